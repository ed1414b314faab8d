# RUN: not %dbt-api-lint %s | FileCheck %s --implicit-check-not=" [DBT"
# RUN: not %dbt-api-lint --format json %s | FileCheck %s --check-prefix=JSON
"""Inline suppressions in Python comments."""
import requests

# On the finding's own line, by id: suppressed, with its reason kept.
requests.get("https://cloud.getdbt.com/api/v2/accounts/")  # dbt-api-lint: ignore[DBT101] listed once at start-up, reviewed
# JSON: "suppressed": [
# JSON: "rule": "DBT101",
# JSON: "start": {
# JSON-NEXT: "line": 7,
# JSON: "suppression": {
# JSON-NEXT: "kind": "in-source",
# JSON-NEXT: "justification": "listed once at start-up, reviewed",

# Alone on the line before, by rule name: suppressed.
# dbt-api-lint: ignore[cross-account-endpoint] migration ticket DATA-42
requests.get("https://cloud.getdbt.com/api/v3/accounts/")
# JSON: "justification": "migration ticket DATA-42",

# A trailing comment covers its own line only: the next line still fires, and
# the suppression, having suppressed nothing, is reported.
# CHECK: python.py:[[@LINE+1]]:37: note: the suppression of DBT101 suppresses nothing on this line: remove it{{.*}} [DBT900]
retries = 3  # dbt-api-lint: ignore[DBT101] meant for the next line
# CHECK: python.py:[[@LINE+1]]:15: error: request to the cross-account endpoint {{.*}} [DBT101]
requests.get("https://cloud.getdbt.com/api/v2/accounts/")

# Naming another rule suppresses nothing.
# CHECK: python.py:[[@LINE+2]]:15: error: request to the cross-account endpoint {{.*}} [DBT101]
# CHECK: python.py:[[@LINE+1]]:83: note: the suppression of DBT002 suppresses nothing on this line{{.*}} [DBT900]
requests.get("https://cloud.getdbt.com/api/v2/accounts/")  # dbt-api-lint: ignore[DBT002]

# Two rules in one comment, both used: nothing is reported.
requests.get("https://cloud.getdbt.com/api/v2/accounts/", headers={"Authorization": "Token dbtc_Hk3Lm9Np2Qr7St1Uv5Wx8Yz0Ab4Cd6Ef-Gh_Jk2Lm4Np6Qr8St"})  # dbt-api-lint: ignore[DBT101, DBT002] test fixture

# A rule this run does not check (DBT201 is off by default) cannot be judged unused.
requests.get("https://cloud.getdbt.com/api/v2/accounts/12/jobs/")  # dbt-api-lint: ignore[DBT201] inventory done

# The marker outside a comment is not a suppression.
# CHECK: python.py:[[@LINE+1]]:15: error: request to the cross-account endpoint {{.*}} [DBT101]
requests.get("https://cloud.getdbt.com/api/v2/accounts/", params={"note": "dbt-api-lint: ignore[DBT101]"})

# JSON: "summary": {
# JSON: "suppressed": 4
