# RUN: not %dbt-api-lint --select DBT001 %s 2>&1 | FileCheck %s --implicit-check-not="[DBT"
# What does not parse is read as text: its credentials are still found.
# CHECK: warning: {{.*}}python-broken.py: Python syntax error at line [[@LINE+2]]; the findings come from the parts that parse
API = "https://cloud.getdbt.com/api/v2/"
def broken(:
    # CHECK: python-broken.py:[[@LINE+1]]:26: error: literal dbt Cloud credential {{.*}} [DBT001]
    DBT_CLOUD_API_KEY = "3f8a1c6e0b5d9f2a7c4e8b1d6a0f3c9e"
    # CHECK: python-broken.py:[[@LINE+1]]:40: error: literal dbt Cloud credential {{.*}} [DBT001]
    HEADERS = {"Authorization": "Token 9c2e6a0f4b8d1e5a3c7f9b2d6e0a4c8f"}
