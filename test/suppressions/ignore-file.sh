#!/usr/bin/env bash
# RUN: not %dbt-api-lint %s | FileCheck %s --implicit-check-not=" [DBT"
# dbt-api-lint: ignore-file[DBT003] the vault entry keeps its old name; it holds a service token
# A file-wide suppression covers every line, above and below it too.
set -euo pipefail
curl -sf -H "Authorization: Token ${DBT_CLOUD_API_KEY}" "https://cloud.getdbt.com/api/v2/accounts/42/jobs/"
dbt-cloud job run --api-token "$DBT_API_KEY" --job-id 42
# Other rules still fire.
# CHECK: ignore-file.sh:[[@LINE+1]]:1: error: dbtc{{ }}accounts list lists {{.*}} [DBT102]
dbtc accounts list
# CHECK: ignore-file.sh:[[@LINE+1]]:61: note: the suppression of DBT101 suppresses nothing in this file{{.*}} [DBT900]
# Nothing here calls it any more: dbt-api-lint: ignore-file[DBT101]
