# RUN: not %dbt-api-lint %s | FileCheck %s --implicit-check-not="[DBT"
# Constants imported from another module of the scanned tree resolve; the
# note points into that module.
import requests

from .Inputs.dbt_cloud.settings import ACCOUNTS
from .Inputs.dbt_cloud.settings import API as BASE

# CHECK: imported-constant.py:[[@LINE+1]]:14: error: request to the cross-account endpoint GET /api/v2/accounts/, {{.*}} [DBT101]
requests.get(ACCOUNTS)
# CHECK: Inputs{{/|\\}}dbt_cloud{{/|\\}}settings.py:3:12: note: the cross-account URL is built here
# CHECK: imported-constant.py:[[@LINE+1]]:14: error: request to the cross-account endpoint GET /api/v3/accounts/, {{.*}} [DBT101]
requests.get(BASE + "/v3/accounts")
requests.get(ACCOUNTS + "70403/")
requests.get(f"{BASE}/v3/accounts/70403/projects/")
