# RUN: not %dbt-api-lint %s | FileCheck %s --implicit-check-not="[DBT"
"""Requests through clients and sessions: a path relative to a client whose
base is dbt Cloud counts; urljoin works as urllib's. Documentation is not a
call: GET /api/v2/accounts/ on cloud.getdbt.com in this docstring, or in a
comment such as requests.get(ACCOUNTS), does not fire.
"""
import http.client
import posixpath
from urllib.parse import urljoin
from urllib.request import Request, urlopen

import aiohttp
import httpx
import requests
from yarl import URL

API = "https://emea.dbt.com/api/"


class DbtCloud:
    HOST = "https://cloud.getdbt.com"

    def __init__(self, token, base_url="https://cloud.getdbt.com/api"):
        self._http = httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {token}"})
        self._session = requests.Session()

    def accounts(self):
        # CHECK: clients.py:[[@LINE+1]]:32: error: {{.*}}GET /api/v2/accounts/, {{.*}} [DBT101]
        return self._http.get("/v2/accounts/")

    def jobs(self, account_id):
        return self._http.get(f"/v2/accounts/{account_id}/jobs/")

    def listing(self):
        # A class attribute through self.
        # CHECK: clients.py:[[@LINE+1]]:45: error: {{.*}}GET /api/v3/accounts/, {{.*}} [DBT101]
        return self._session.request("GET", self.HOST + "/api/v3/accounts")

    def sign_up(self):
        # POST /api/v3/accounts/ is the trial sign-up, not a list.
        return self._session.request("POST", self.HOST + "/api/v3/accounts/")


def joined():
    # urljoin replaces what follows the base's last slash.
    # CHECK: clients.py:[[@LINE+1]]:18: error: {{.*}}GET /api/v3/accounts/, {{.*}} [DBT101]
    requests.get(urljoin(API, "v3/accounts/"))
    # Without the trailing slash `api` is replaced: /v3/accounts/ is not the API.
    requests.get(urljoin(API.rstrip("/"), "v3/accounts/"))
    # An absolute path keeps only the host.
    requests.get(urljoin(API, "/v3/accounts/"))
    # CHECK: clients.py:[[@LINE+1]]:18: error: {{.*}}GET /api/v2/accounts/, {{.*}} [DBT101]
    requests.get(posixpath.join(API, "v2", "accounts"))
    # CHECK: clients.py:[[@LINE+1]]:18: error: {{.*}}GET /api/v2/accounts/, {{.*}} [DBT101]
    requests.get(str(URL(API) / "v2" / "accounts"))
    requests.get(str(URL(API) / "v2" / "accounts" / "70403"))


def standard_library():
    # CHECK: clients.py:[[@LINE+1]]:13: error: {{.*}}GET /api/v2/accounts/, {{.*}} [DBT101]
    urlopen(API + "v2/accounts")
    urlopen(Request(API + "v3/accounts/", data=b"{}", method="POST"))
    connection = http.client.HTTPSConnection("cloud.getdbt.com")
    # CHECK: clients.py:[[@LINE+1]]:32: error: {{.*}}GET /api/v3/accounts/, {{.*}} [DBT101]
    connection.request("GET", "/api/v3/accounts/")
    connection.request("GET", "/api/v3/accounts/70403/")


async def asynchronous(token):
    async with aiohttp.ClientSession() as session:
        # CHECK: clients.py:[[@LINE+1]]:33: error: {{.*}}GET /api/v3/accounts/, {{.*}} [DBT101]
        async with session.get("https://au.dbt.com/api/v3/accounts/") as response:
            accounts = await response.json()
    async with httpx.AsyncClient(base_url="https://cloud.getdbt.com/api") as client:
        # CHECK: clients.py:[[@LINE+1]]:27: error: {{.*}}GET /api/v2/accounts/, {{.*}} [DBT101]
        await client.get("v2/accounts")
        await client.get(f"v2/accounts/{accounts[0]['id']}/")
    # A relative path on a client with no known base is no proof.
    async with httpx.AsyncClient() as other:
        await other.get("/api/v2/accounts/")


class Endpoints:
    @property
    def accounts(self):
        return "https://cloud.getdbt.com/api/v2/accounts/"

    @property
    def account(self):
        return "https://cloud.getdbt.com/api/v2/accounts/70403/"

    def fetch(self):
        # A property returns its URL.
        # CHECK: clients.py:[[@LINE+1]]:22: error: {{.*}}GET /api/v2/accounts/, {{.*}} [DBT101]
        requests.get(self.accounts)
        # CHECK: clients.py:[[@LINE-10]]:17: note: the cross-account URL is built here
        requests.get(self.account)


class HostEndpoints:
    def __init__(self, account_id=None):
        self.host = "https://emea.dbt.com"
        self.account_id = account_id

    @property
    def accounts(self):
        # A property's body sees the attributes of self.
        return f"{self.host}/api/v3/accounts/"

    @property
    def projects(self):
        return f"{self.host}/api/v3/accounts/{self.account_id}/projects/"

    def fetch(self):
        # CHECK: clients.py:[[@LINE+1]]:22: error: {{.*}}GET /api/v3/accounts/, {{.*}} [DBT101]
        requests.get(self.accounts)
        requests.get(self.projects)
