# RUN: not %dbt-api-lint %s | FileCheck %s --implicit-check-not="[DBT"
# A project-local wrapper that takes a URL or a path: the finding is on the
# caller's argument, with a note on the request inside the wrapper.
import requests

BASE = "https://cloud.getdbt.com/api"
SESSION = requests.Session()


def dbt_get(path, **params):
    return SESSION.get(BASE + path, params=params).json()


def fetch(url, timeout=30):
    return requests.get(url, timeout=timeout)


def trigger(path):
    return SESSION.post(BASE + path)


# CHECK: wrappers.py:[[@LINE+1]]:10: error: request to the cross-account endpoint GET /api/v2/accounts/, {{.*}} [DBT101]
dbt_get("/v2/accounts/")
# CHECK: wrappers.py:11:24: note: the request is made here
dbt_get("/v2/accounts/70403/jobs/", limit=10)
# CHECK: wrappers.py:[[@LINE+1]]:12: error: {{.*}}GET /api/v3/accounts/, {{.*}} [DBT101]
fetch(url="https://emea.dbt.com/api/v3/accounts/")
# CHECK: wrappers.py:15:25: note: the request is made here
fetch("https://emea.dbt.com/api/v3/accounts/70403/projects/")
# A POST through a wrapper is not a list call.
trigger("/v3/accounts/")
