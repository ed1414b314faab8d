# RUN: not %dbt-api-lint %s | FileCheck %s --implicit-check-not="[DBT"
# Names hold every value they get on every path: module constants, locals,
# parameter defaults, return values. The finding is on the request; a note
# points where the cross-account value was built.
import os

import requests

ACCOUNTS = "https://cloud.getdbt.com/api/v2/accounts/"
HEADERS = {"Authorization": f"Token {os.environ['DBT_CLOUD_TOKEN']}"}


def jobs(account_id):
    # A base constant only ever extended with an id is not a request.
    return requests.get(f"{ACCOUNTS}{account_id}/jobs/", headers=HEADERS)


def runs(account_id):
    return requests.get(ACCOUNTS + str(account_id) + "/runs/", headers=HEADERS)


def every_account():
    # The same constant requested as it is.
    # CHECK: names-and-paths.py:[[@LINE+2]]:25: error: request to the cross-account endpoint GET /api/v2/accounts/, {{.*}}/api/v2/accounts/<account_id>/ [DBT101]
    # CHECK-NEXT: return requests.get(ACCOUNTS, headers=HEADERS)
    return requests.get(ACCOUNTS, headers=HEADERS)
# CHECK: names-and-paths.py:9:13: note: the cross-account URL is built here


def account_url(account_id=None):
    url = "https://cloud.getdbt.com/api/v3/accounts/"
    if account_id:
        url += f"{account_id}/"
    return url


def visible_accounts():
    # account_url() without an id: account_id is None, the collection.
    # CHECK: names-and-paths.py:[[@LINE+1]]:25: error: {{.*}}GET /api/v3/accounts/, {{.*}}/api/v3/accounts/<account_id>/ [DBT101]
    return requests.get(account_url(), headers=HEADERS)
# CHECK: names-and-paths.py:31:12: note: the cross-account URL is built here


def configured_account():
    # A known id: account-scoped.
    return requests.get(account_url(70403), headers=HEADERS)


def maybe_account(account_id):
    # An id that may be missing: cross-account on the paths without it.
    # CHECK: names-and-paths.py:[[@LINE+1]]:25: error: {{.*}}GET /api/v3/accounts/, {{.*}} (the URL is cross-account only on some paths; on others it is {{.*}}/api/v3/accounts/{account_id}/) [DBT101]
    return requests.get(account_url(account_id), headers=HEADERS)
# CHECK: names-and-paths.py:31:12: note: the cross-account URL is built here


def paged(base="https://emea.dbt.com/api/v3/accounts/", page=0):
    # A parameter's default.
    # CHECK: names-and-paths.py:[[@LINE+1]]:25: error: {{.*}}GET /api/v3/accounts/, {{.*}} [DBT101]
    return requests.get(base, params={"offset": page}, headers=HEADERS)
# CHECK: names-and-paths.py:56:17: note: the cross-account URL is built here


def local_branches(region):
    if region == "emea":
        url = "https://emea.dbt.com/api/v2/accounts/70403/"
    else:
        url = "https://cloud.getdbt.com/api/v2/accounts/70403/"
    return requests.get(url, headers=HEADERS)


def coinbase():
    # Another API with the same path is not dbt Cloud.
    url = "https://api.coinbase.com/v2/accounts"
    return requests.get(url)
