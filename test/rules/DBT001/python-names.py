# RUN: not %dbt-api-lint %s | FileCheck %s --implicit-check-not="[DBT"
# A legacy key that reaches an Authorization header or the dbtc client through
# a name or an f-string is found at its literal.
import requests
from dbtc import dbtCloudClient

API = "https://cloud.getdbt.com/api/v2/accounts/70403/"
# CHECK: python-names.py:[[@LINE+1]]:14: error: literal dbt Cloud credential without the dbtu_ or dbtc_ prefix{{.*}} [DBT001]
ADMIN_KEY = "4f1c8a2e9b7d3f6a0c5e8b1d2a9f7c3e6b0d4a81"
# CHECK-NEXT: ADMIN_KEY = "…4a81"
HEADERS = {"Authorization": f"Token {ADMIN_KEY}"}

# dbtc's api_key is the legacy key's parameter (DBT003) and gets one here.
# CHECK: python-names.py:[[@LINE+2]]:25: warning: dbt Cloud authentication uses api_key, {{.*}} [DBT003]
# CHECK: python-names.py:[[@LINE+1]]:34: error: literal dbt Cloud credential {{.*}} [DBT001]
client = dbtCloudClient(api_key="7e2b9d4f1a8c3e6b0d5f2a9c7e4b1d8f3a6c0e5b")

# A placeholder, a token-prefixed value and a name of unknown value do not fire.
session = requests.Session()
session.headers["Authorization"] = "Token <paste-your-key-here>"
PLACEHOLDER = "changeme-before-deploying-1"
requests.get(API, headers={"Authorization": "Bearer " + PLACEHOLDER})
requests.get(API, headers={"Authorization": f"Token {session.auth}"})
