#!/usr/bin/env bash
# RUN: not %dbt-api-lint %s | FileCheck %s --implicit-check-not="[DBT"
# A credential named as the legacy API key: its value is unknown here.
set -euo pipefail

ACCOUNT_ID="${DBT_CLOUD_ACCOUNT_ID:?}"
# CHECK: legacy-names.sh:[[@LINE+1]]:37: warning: dbt Cloud authentication uses DBT_CLOUD_API_KEY, named as a legacy user API key{{.*}} [DBT003]
curl -sf -H "Authorization: Token ${DBT_CLOUD_API_KEY}" \
  "https://cloud.getdbt.com/api/v2/accounts/${ACCOUNT_ID}/jobs/"
# CHECK: legacy-names.sh:[[@LINE+1]]:33: warning: dbt Cloud authentication uses DBT_API_KEY, {{.*}} [DBT003]
dbt-cloud job run --api-token "$DBT_API_KEY" --job-id 42

# Tokens named for what they are do not fire.
curl -sf -H "Authorization: Token ${DBT_CLOUD_SERVICE_TOKEN}" \
  "https://cloud.getdbt.com/api/v2/accounts/${ACCOUNT_ID}/runs/"
