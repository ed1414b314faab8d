# RUN: not %dbt-api-lint --select DBT201,DBT101 %s | FileCheck %s --implicit-check-not="[DBT"
# `%` and str.format take every value of each argument: a host read from the
# environment with a default is a dbt Cloud host on one path.
import os

from urllib.parse import urljoin

import requests

HOST = os.environ.get("DBT_CLOUD_HOST", "cloud.getdbt.com")
BASE = f"https://{HOST}"
ACCOUNT = os.environ["DBT_CLOUD_ACCOUNT_ID"]

# CHECK: format-values.py:[[@LINE+1]]:14: note: dbt Cloud API call site (/api/v2/accounts/{DBT_CLOUD_ACCOUNT_ID}/runs/), credential: {{.*}} [DBT201]
requests.get("%s/api/v2/accounts/%s/runs/" % (BASE, ACCOUNT))
# CHECK: format-values.py:[[@LINE+1]]:14: note: dbt Cloud API call site (/api/v2/accounts/{DBT_CLOUD_ACCOUNT_ID}/jobs/), credential: {{.*}} [DBT201]
requests.get("%(base)s/api/v2/accounts/%(account)s/jobs/" % {"base": BASE, "account": ACCOUNT})
# CHECK: format-values.py:[[@LINE+1]]:14: note: dbt Cloud API call site (/api/v3/accounts/{DBT_CLOUD_ACCOUNT_ID}/projects/), credential: {{.*}} [DBT201]
requests.get("{}/api/v3/accounts/{}/projects/".format(BASE, ACCOUNT))
# CHECK: format-values.py:[[@LINE+1]]:14: error: {{.*}}GET /api/v3/accounts/, {{.*}} (the URL is cross-account only on some paths; on others it is https://{DBT_CLOUD_HOST}/api/v3/accounts/) [DBT101]
requests.get("{base}/api/v3/accounts/".format(base=BASE))
# CHECK: format-values.py:[[@LINE-1]]:14: note: dbt Cloud API call site (/api/v3/accounts/), credential: {{.*}} [DBT201]
# urljoin keeps the scheme and the unknown host of a base.
# CHECK: format-values.py:[[@LINE+1]]:14: error: {{.*}}GET /api/v3/accounts/, {{.*}} (the URL is cross-account only on some paths; on others it is https://{DBT_CLOUD_HOST}/api/v3/accounts/) [DBT101]
requests.get(urljoin(BASE, "/api/v3/accounts/"))
# CHECK: format-values.py:[[@LINE-1]]:14: note: dbt Cloud API call site (/api/v3/accounts/), credential: {{.*}} [DBT201]
# A host that is never dbt Cloud's.
requests.get("%s/v2/accounts" % "https://api.coinbase.com")
