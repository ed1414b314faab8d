# RUN: not %dbt-api-lint --select ALL %s 2>&1 | FileCheck %s --implicit-check-not="[DBT" --implicit-check-not="warning:"
# Only the statements that share a module-level name with one that names dbt
# Cloud are analysed (the checks below stand first: a comment goes with the
# statement before it). The request inside list_accounts is found through its
# call at the end; the syntax error in a statement that shares nothing is not
# reported, as the findings come from all that could bear on one.
# CHECK: unrelated-statements.py:30:16: error: request to the cross-account endpoint GET /api/v2/accounts/, {{.*}} [DBT101]
# CHECK: unrelated-statements.py:20:25: note: the request is made here
# CHECK: unrelated-statements.py:30:16: note: dbt Cloud API call site (/api/v2/accounts/){{.*}} [DBT201]
import requests

ACCOUNTS_PATH = "/api/v2/accounts/"


def unrelated(records):
    return sorted(records, key=lambda record: record["amount"])


def list_accounts(base):
    return requests.get(base + ACCOUNTS_PATH)


def broken_but_unrelated():
    return [1, 2,, 3]


TIMEOUT = 30


list_accounts("https://cloud.getdbt.com")
