"""The few dbt Cloud Admin API calls the services make, on a requests session."""
from __future__ import annotations

import requests

from .endpoints import ACCOUNTS_ENDPOINT, ACCOUNTS_ENDPOINT_V3, DBT_CLOUD_HOST, account_endpoint


def session_for(token: str) -> requests.Session:
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {token}"
    return session


def list_accounts(session: requests.Session, v3: bool = False) -> list[dict]:
    response = session.get(
        ACCOUNTS_ENDPOINT_V3 if v3 else ACCOUNTS_ENDPOINT,
        timeout=30,
    )
    response.raise_for_status()
    return response.json()["data"]


def list_environments(session: requests.Session, account_id: int) -> list[dict]:
    response = session.get(
        f"{DBT_CLOUD_HOST}/api/v3/accounts/"
        f"{account_id}/environments/",
        timeout=30,
    )
    return response.json()["data"]


def list_users(session: requests.Session, account_id: int) -> list[dict]:
    url = (DBT_CLOUD_HOST + "/api/v2/accounts/"
           + str(account_id)
           + "/users/")
    return session.get(url, timeout=30).json()["data"]


def run_job(session: requests.Session, account_id: int, job_id: int, cause: str) -> dict:
    response = session.post(
        account_endpoint(account_id)
        + f"jobs/{job_id}/run/",
        json={"cause": cause},
        timeout=30,
    )
    return response.json()["data"]


def job_runs_page(session: requests.Session, account_id: int, offset: int = 0) -> dict:
    return session.get(
        "https://cloud.getdbt.com/api/v2/accounts/"
        f"{account_id}"
        "/runs/"
        f"?offset={offset}&order_by=-id",
        timeout=30,
    ).json()


def legacy_accounts_url() -> str:
    # Kept for the v1 compatibility shim; the shim itself was deleted.
    return "https://cloud.getdbt.com/api/v2/" \
        "accounts/"
