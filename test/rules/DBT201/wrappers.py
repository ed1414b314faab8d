# RUN: %dbt-api-lint --select DBT201 %s | FileCheck %s --implicit-check-not="[DBT"
# A project-local wrapper's request is a call site at each call that gives it
# a dbt Cloud API URL, on the caller's argument; a request whose path is a
# parameter, on a client whose base is the dbt Cloud API, is one too.
import httpx
import requests

# CHECK: wrappers.py:[[@LINE+1]]:9: note: dbt Cloud API call site (/api), credential: not resolved; {{.*}} [DBT201]
BASE = "https://cloud.getdbt.com/api"


def fetch(url):
    return requests.get(url, timeout=30)


def trigger(path, body):
    return requests.post(BASE + path, json=body)


# CHECK: wrappers.py:[[@LINE+1]]:7: note: dbt Cloud API call site (/api/v2/accounts/70403/runs/), credential: no Authorization header seen; {{.*}} [DBT201]
fetch(BASE + "/v2/accounts/70403/runs/")
# CHECK: wrappers.py:[[@LINE+1]]:10: note: dbt Cloud API call site (/api/v2/accounts/70403/jobs/9/run/), credential: no Authorization header seen; {{.*}} [DBT201]
trigger("/v2/accounts/70403/jobs/9/run/", {"cause": "wrapper"})
# Not the dbt Cloud API: no call site.
fetch("https://api.github.com/repos/dbt-labs/dbt-core")
fetch("https://docs.getdbt.com/docs/dbt-cloud-apis/overview")


class Client:
    def __init__(self):
        # CHECK: wrappers.py:[[@LINE+1]]:44: note: dbt Cloud API call site (/api), credential: not resolved; {{.*}} [DBT201]
        self.http = httpx.Client(base_url="https://emea.dbt.com/api")

    def get(self, path):
        # CHECK: wrappers.py:[[@LINE+1]]:30: note: dbt Cloud API call site (/api/{path}), credential: no Authorization header seen; {{.*}} [DBT201]
        return self.http.get(path)


class Wallet:
    def __init__(self):
        self.http = httpx.Client(base_url="https://api.coinbase.com")

    def get(self, path):
        return self.http.get(path)
