# RUN: not %dbt-api-lint --select DBT001 %s | FileCheck %s --implicit-check-not="[DBT"
"""The Python front end decides DBT001 in Python files: every literal the text
layer finds (in code, comments and strings alike) is found where it starts,
and a key sent only to another host is not.

Setup notes, as people write them:
# CHECK: python-decided.py:[[@LINE+1]]:17: error: literal dbt Cloud credential {{.*}} [DBT001]
    DBT_API_KEY=5c0e9a4f7b2d8e1a3f6c9b0d4e7a2f5c
"""
import os
import urllib.request

import requests

API = "https://cloud.getdbt.com/api/v2/accounts/70403/"
# Revoked, but still here: dbt_cloud_token: 9e4b2f7a1c8d3e6b0f5a2c9d7e1b4f8a
# CHECK: python-decided.py:[[@LINE-1]]:45: error: literal dbt Cloud credential {{.*}} [DBT001]

# CHECK: python-decided.py:[[@LINE+1]]:29: error: literal dbt Cloud credential {{.*}} [DBT001]
settings.dbt_cloud_token = "3a7f1e9c5b2d8a4f0e6c1b9d7a3e5f2c"
# CHECK: python-decided.py:[[@LINE+1]]:30: error: literal dbt Cloud credential {{.*}} [DBT001]
run_job(dbt_cloud_api_token="8b2e6f0a4d9c1e7b3f5a8d2c6e0b9f4a")
# Forms the text layer misses are found too.
# CHECK: python-decided.py:[[@LINE+1]]:39: error: literal dbt Cloud credential {{.*}} [DBT001]
os.environ.setdefault("DBT_API_KEY", "1d5a9e3f7c0b4d8a2e6f1c9b5d3a7e0f")
CONFIG = {
    # CHECK: python-decided.py:[[@LINE+1]]:28: error: literal dbt Cloud credential {{.*}} [DBT001]
    "DBT_CLOUD_API_KEY": ("6f0b4e8a2d7c1f5b9e3a6d0c4f8b2e7a"),
}
request = urllib.request.Request(API)
# CHECK: python-decided.py:[[@LINE+1]]:45: error: literal dbt Cloud credential {{.*}} [DBT001]
request.add_header("Authorization", "Bearer 2e7c1a5f9d3b8e0a4c6f2d9b1e5a7c3f")
# CHECK: python-decided.py:[[@LINE+1]]:52: error: literal dbt Cloud credential {{.*}} [DBT001]
requests.get(API, headers={"Authorization": "Token 7b3f9d1e5a0c8f2b6d4e9a3c7f1b5e0d"})
# A dbt_cloud.yml written from Python; an escaped line end is no line end.
DBT_CLOUD_YML = """\
projects:
  # CHECK: python-decided.py:[[@LINE+1]]:18: error: literal dbt Cloud credential {{.*}} [DBT001]
  - token-value: 4c8e2a6f0d3b9e7a1f5c8d2b6e0a4f9c
"""
OTHER_YML = "projects:\n  - token-value: 0e4a8c2f6b1d9e5a3c7f0b4d8e2a6c1f\n"

# Must not fire: GitHub's `token` header on a request that goes only to
# GitHub, a name that is no literal, placeholders and prefixed tokens.
requests.post(
    "https://api.github.com/repos/acme/analytics/git/refs",
    headers={"Authorization": "token 0a9d3c7e1b5f8a2d6c4e0b9f3a7d1c5e"},
)
DBT_API_KEY = dbt_api_key_from_vault_2024
DBT_API_KEY = "<paste-your-api-key-1>"
DBT_CLOUD_TOKEN = "dbtu_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
