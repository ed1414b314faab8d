# Off by default: only --select turns the inventory on.
# RUN: %dbt-api-lint %s | FileCheck %s --check-prefix=DEFAULT --implicit-check-not="[DBT"
# RUN: %dbt-api-lint --select DBT201 %s | FileCheck %s --implicit-check-not="[DBT"
# DEFAULT: No findings in 1 file scanned.
import os

import httpx
import requests

ACCOUNT = os.environ["DBT_CLOUD_ACCOUNT_ID"]
# CHECK: inventory.py:[[@LINE+1]]:23: note: dbt Cloud API call site (/api/v2/accounts/{DBT_CLOUD_ACCOUNT_ID}/runs/), credential: {{.*}} [DBT201]
runs = requests.get(f"https://cloud.getdbt.com/api/v2/accounts/{ACCOUNT}/runs/")
# CHECK: inventory.py:[[@LINE+1]]:26: note: dbt Cloud API call site (/api/v3/accounts/{DBT_CLOUD_ACCOUNT_ID}/projects/1/), credential: {{.*}} [DBT201]
project = requests.get(f"https://emea.dbt.com/api/v3/accounts/{ACCOUNT}/projects/1/")
# A bare API base is a call site too.
# CHECK: inventory.py:[[@LINE+1]]:33: note: dbt Cloud API call site (/api), credential: {{.*}} [DBT201]
client = httpx.Client(base_url="https://cloud.getdbt.com/api")
# Other APIs and dbt's web pages are not call sites.
requests.get("https://api.github.com/repos/dbt-labs/dbt-core")
print("docs: https://docs.getdbt.com/docs/dbt-cloud-apis/overview")
