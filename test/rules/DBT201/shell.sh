#!/bin/sh
# RUN: %dbt-api-lint --select DBT201 %s | FileCheck %s --implicit-check-not="[DBT" --implicit-check-not=9f86d081884c7d65
# A request's URL written out names the credential of its Authorization header.
# CHECK: shell.sh:[[@LINE+2]]:4: note: dbt Cloud API call site (/api/v2/accounts/{DBT_CLOUD_ACCOUNT_ID}/jobs/), credential: $DBT_CLOUD_API_KEY; list it in the migration inventory [DBT201]
curl -sf -H "Authorization: Token $DBT_CLOUD_API_KEY" \
  "https://cloud.getdbt.com/api/v2/accounts/$DBT_CLOUD_ACCOUNT_ID/jobs/"
# CHECK: shell.sh:[[@LINE+1]]:85: note: dbt Cloud API call site (/api/v2/accounts/2/runs/), credential: $DBT_CLOUD_TOKEN; {{.*}} [DBT201]
curl -s -H "Authorization: Bearer ${DBT_CLOUD_TOKEN}" -H "Accept: application/json" https://emea.dbt.com/api/v2/accounts/2/runs/
# CHECK: shell.sh:[[@LINE+1]]:10: note: dbt Cloud API call site (/api/v3/accounts/1/projects/), credential: no Authorization header seen; {{.*}} [DBT201]
curl -s "https://cloud.getdbt.com/api/v3/accounts/1/projects/"
# A header that is a variable as a whole may be the Authorization header.
# CHECK: shell.sh:[[@LINE+1]]:20: note: dbt Cloud API call site (/api/v2/accounts/2/runs/), credential: unknown; {{.*}} [DBT201]
curl -s -H "$AUTH" https://emea.dbt.com/api/v2/accounts/2/runs/
# A literal is named as one, and redacted where the line is shown.
# CHECK: shell.sh:[[@LINE+1]]:76: note: dbt Cloud API call site (/api/v2/accounts/2/runs/), credential: a literal key; {{.*}} [DBT201]
curl -s -H "Authorization: Token 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b" https://emea.dbt.com/api/v2/accounts/2/runs/
# Not a request: the text layer lists the URL, with no credential resolved.
# CHECK: shell.sh:[[@LINE+1]]:6: note: dbt Cloud API call site (/api/v2/accounts/3/), credential: not resolved; {{.*}} [DBT201]
echo https://cloud.getdbt.com/api/v2/accounts/3/
