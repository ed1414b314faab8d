# RUN: not %dbt-api-lint --select DBT101 %s | FileCheck %s --implicit-check-not="[DBT"
# Wrappers calling wrappers (three deep at most), wrappers imported from another
# module and methods called on self: the finding is on the scanned file's
# argument, with a note on the request.
import httpx

from .Inputs.dbt_cloud.http_helpers import api_get, dbt_get

BASE = "https://cloud.getdbt.com/api"


def v2(path):
    return dbt_get("/v2" + path)


def paged(path, page=0):
    return v2(path + f"?offset={page}")


# CHECK: nested-wrappers.py:[[@LINE+1]]:10: error: request to the cross-account endpoint GET /api/v2/accounts/, {{.*}} [DBT101]
dbt_get("/v2/accounts/")
# CHECK: Inputs{{/|\\}}dbt_cloud{{/|\\}}http_helpers.py:10:24: note: the request is made here
# CHECK: nested-wrappers.py:[[@LINE+1]]:5: error: {{.*}}GET /api/v2/accounts/, {{.*}} [DBT101]
v2("/accounts/")
# CHECK: nested-wrappers.py:[[@LINE+1]]:10: error: {{.*}}GET /api/v3/accounts/, {{.*}} [DBT101]
api_get("https://emea.dbt.com/api/v3/accounts/")

# Account-scoped paths through the same wrappers, and a wrapper calling
# itself, do not fire.
dbt_get("/v2/accounts/70403/jobs/")
v2("/accounts/70403/")
paged("/accounts/70403/runs/", page=2)
api_get("https://api.coinbase.com/v2/accounts")


def retry(path, attempts=3):
    return retry(path, attempts - 1) if attempts else dbt_get(path)


retry("/v2/accounts/70403/")
# Four wrappers deep (paged, v2, dbt_get, api_get) is past the limit.
paged("/accounts/")


class Client:
    def __init__(self):
        self.http = httpx.Client(base_url=BASE)

    def get_data(self, path):
        return self.http.get(path).json()["data"]

    def accounts(self):
        # CHECK: nested-wrappers.py:[[@LINE+1]]:31: error: {{.*}}GET /api/v2/accounts/, {{.*}} [DBT101]
        return self.get_data("/v2/accounts/")

    def jobs(self, account_id):
        return self.get_data(f"/v2/accounts/{account_id}/jobs/")
