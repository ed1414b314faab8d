# RUN: not %dbt-api-lint --select DBT101 %s | FileCheck %s --implicit-check-not="[DBT"
# Methods see what their bases set in __init__ and as class attributes, from
# another module or this one, however many bases up.
import httpx

from .Inputs.dbt_cloud.base_client import BaseClient


class Admin(BaseClient):
    async def accounts(self):
        # CHECK: class-hierarchy.py:[[@LINE+1]]:38: error: request to the cross-account endpoint GET /api/v2/accounts/, {{.*}} [DBT101]
        return await self._http.get("/v2/accounts/")

    async def account(self, account_id):
        return await self._http.get(f"/v2/accounts/{account_id}/")


class AdminV3(Admin):
    async def accounts(self):
        # CHECK: class-hierarchy.py:[[@LINE+1]]:38: error: {{.*}}GET /api/v3/accounts/, {{.*}} [DBT101]
        return await self._http.get("/v3/accounts/")


class Local:
    def __init__(self):
        self.http = httpx.Client(base_url="https://emea.dbt.com/api")


class LocalAdmin(Local):
    def accounts(self):
        # CHECK: class-hierarchy.py:[[@LINE+1]]:31: error: {{.*}}GET /api/v2/accounts/, {{.*}} [DBT101]
        return self.http.get("/v2/accounts/")


class Coinbase:
    def __init__(self):
        self.http = httpx.Client(base_url="https://api.coinbase.com")


class Wallets(Coinbase):
    def accounts(self):
        return self.http.get("/v2/accounts")


# A base that is itself (or unknown) is no loop.
class Loop(Loop):
    def accounts(self):
        return self.http.get("/v2/accounts/")
