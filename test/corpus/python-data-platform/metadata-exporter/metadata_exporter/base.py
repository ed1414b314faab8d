"""Base class of the exporter's dbt Cloud clients: one pooled httpx.AsyncClient."""
from __future__ import annotations

import httpx

from .settings import DBT_CLOUD_API_URL, settings


class BaseDbtCloudClient:
    api_url = DBT_CLOUD_API_URL

    def __init__(self, timeout: float = 30.0) -> None:
        self.account_id = settings.dbt_cloud_account_id
        self._http = httpx.AsyncClient(
            base_url=self.api_url,
            headers={"Authorization": f"Token {settings.dbt_cloud_api_key.get_secret_value()}"},
            timeout=timeout,
        )

    async def _get_data(self, path: str, **params) -> list | dict:
        response = await self._http.get(path, params=params)
        response.raise_for_status()
        return response.json()["data"]

    async def aclose(self) -> None:
        await self._http.aclose()
