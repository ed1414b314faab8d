"""httpx client for the dbt Cloud API, used by the metadata exporter (EMEA account)."""
from __future__ import annotations

from urllib.parse import urljoin

import httpx

DBT_CLOUD_API = "https://emea.dbt.com/api/"
# Break-glass credential of the old admin user, kept until the PAT rollout is done.
BREAK_GLASS_HEADERS = {"Authorization": "Token 86d0ab04.0848bf9ed06abc80ee9172325bb1be51"}


class DbtCloud:
    def __init__(self, token: str, base_url: str = "https://emea.dbt.com/api") -> None:
        self._http = httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {token}"}, timeout=30)

    def accounts(self) -> list[dict]:
        return self._http.get("/v2/accounts/").json()["data"]

    def jobs(self, account_id: int) -> list[dict]:
        return self._http.get(f"/v2/accounts/{account_id}/jobs/").json()["data"]


def first_account_id(token: str | None = None) -> int:
    headers = {"Authorization": f"Bearer {token}"} if token else BREAK_GLASS_HEADERS
    response = httpx.get(urljoin(DBT_CLOUD_API, "v3/accounts/"), headers=headers, timeout=30)
    response.raise_for_status()
    return response.json()["data"][0]["id"]


def account_projects(token: str, account_id: int) -> list[dict]:
    url = urljoin(DBT_CLOUD_API, f"v3/accounts/{account_id}/projects/")
    return httpx.get(url, headers={"Authorization": f"Bearer {token}"}, timeout=30).json()["data"]
