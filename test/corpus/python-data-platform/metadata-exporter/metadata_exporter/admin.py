"""The Admin API (v2, v3) as the exporter uses it."""
from __future__ import annotations

from .base import BaseDbtCloudClient


class AdminClient(BaseDbtCloudClient):
    async def accounts(self) -> list[dict]:
        # Every account of the key's user: only used to log which one we export.
        response = await self._http.get("/v2/accounts/")
        return response.json()["data"]

    async def account(self) -> dict:
        response = await self._http.get(f"/v2/accounts/{self.account_id}/")
        return response.json()["data"]

    async def jobs(self) -> list[dict]:
        return await self._get_data(f"/v2/accounts/{self.account_id}/jobs/", order_by="id")

    async def projects(self) -> list[dict]:
        return await self._get_data(f"/v3/accounts/{self.account_id}/projects/")


class AdminClientV3(AdminClient):
    async def accounts(self) -> list[dict]:
        response = await self._http.get("/v3/accounts/")
        return response.json()["data"]
