# RUN: not %dbt-api-lint %s | FileCheck %s --implicit-check-not="[DBT"
"""A job trigger written before personal access tokens existed."""
import requests

# CHECK: legacy-keys.py:[[@LINE+1]]:22: error: literal dbt Cloud credential without the dbtu_ or dbtc_ prefix{{.*}} [DBT001]
DBT_CLOUD_API_KEY = "9f3b2c7d1e8a4f6b0c5d2e9a7b3f1c8d4e6a2b0f"
# CHECK-NEXT: DBT_CLOUD_API_KEY = "…2b0f"
# CHECK-NEXT:                      ^~~~

BASE_URL = "https://cloud.getdbt.com/api/v2/accounts/70403103922125"
# CHECK: legacy-keys.py:[[@LINE+1]]:36: error: literal dbt Cloud credential {{.*}} [DBT001]
HEADERS = {"Authorization": "Token 3c1e9b7a5d2f8c4e6a0b1d9f7e5c3a2b8d6f4e1c.a7"}

# Prefixed tokens are DBT002's, placeholders and references nobody's.
DBT_CLOUD_TOKEN = "dbtu_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
DBT_API_KEY = "<paste-your-api-key>"
dbt_cloud_token = "changeme-before-deploying-1"
GITHUB = {"Authorization": "token"}


def run_job(job_id):
    return requests.post(f"{BASE_URL}/jobs/{job_id}/run/", headers=HEADERS, json={"cause": "nightly"})
