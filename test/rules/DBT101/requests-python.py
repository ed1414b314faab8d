# RUN: not %dbt-api-lint %s | FileCheck %s --implicit-check-not="[DBT"
"""Airflow task helpers that talk to dbt Cloud with requests."""
import os

import requests

HEADERS = {"Authorization": f"Token {os.environ['DBT_CLOUD_TOKEN']}"}
ACCOUNT_ID = os.environ["DBT_CLOUD_ACCOUNT_ID"]


def find_account(name):
    # The cross-account list, v2, with and without the trailing slash.
    # CHECK: requests-python.py:[[@LINE+1]]:30: error: request to the cross-account endpoint GET /api/v2/accounts/, {{.*}} [DBT101]
    accounts = requests.get("https://cloud.getdbt.com/api/v2/accounts/", headers=HEADERS).json()
    # CHECK: requests-python.py:[[@LINE+1]]:28: error: request to the cross-account endpoint GET /api/v2/accounts/, {{.*}} [DBT101]
    legacy = requests.get('https://cloud.getdbt.com/api/v2/accounts', headers=HEADERS)
    # v3 with a query string, on a regional and on a cell-based host.
    # CHECK: requests-python.py:[[@LINE+1]]:27: error: {{.*}}GET /api/v3/accounts/{{.*}} [DBT101]
    paged = requests.get("https://emea.dbt.com/api/v3/accounts/?limit=100&offset=0", headers=HEADERS)
    # CHECK: requests-python.py:[[@LINE+1]]:26: error: {{.*}}GET /api/v3/accounts/{{.*}} [DBT101]
    cell = requests.get("https://ab123.us1.dbt.com/api/v3/accounts/", headers=HEADERS)
    return [a for a in accounts["data"] + legacy.json()["data"] + paged.json()["data"] + cell.json()["data"] if a["name"] == name]


def account_scoped_calls():
    # Below an account id every endpoint stays valid: none of these fire.
    requests.get(f"https://cloud.getdbt.com/api/v2/accounts/{ACCOUNT_ID}/", headers=HEADERS)
    requests.get("https://cloud.getdbt.com/api/v2/accounts/12345/jobs/", headers=HEADERS)
    requests.get("https://cloud.getdbt.com/api/v3/accounts/12345/projects/?limit=10", headers=HEADERS)
    # Not dbt Cloud: Coinbase has /v2/accounts too.
    requests.get("https://api.coinbase.com/v2/accounts", headers=HEADERS)
    requests.get("https://api.example.com/api/v2/accounts/", headers=HEADERS)
    # The dbt Cloud docs site is not the API.
    print("see https://docs.getdbt.com/dbt-cloud/api-v2#/operations/List%20Accounts")
