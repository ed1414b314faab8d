#!/usr/bin/env bash
# A single-tenant host is dbt Cloud only once the user says so.
# RUN: %dbt-api-lint %s | FileCheck %s --check-prefix=DEFAULT --implicit-check-not="[DBT"
# RUN: not %dbt-api-lint --dbt-host dbt.acme-corp.example %s | FileCheck %s --check-prefix=ADDED --implicit-check-not="[DBT"
# RUN: not %dbt-api-lint --dbt-host "*.acme-corp.example" %s | FileCheck %s --check-prefix=ADDED --implicit-check-not="[DBT"
# DEFAULT: No findings in 1 file scanned.
set -euo pipefail

# ADDED: single-tenant-host.sh:[[@LINE+1]]:46: error: {{.*}}GET /api/v2/accounts/{{.*}} [DBT101]
curl -H "Authorization: Bearer ${DBT_TOKEN}" https://dbt.acme-corp.example/api/v2/accounts/
curl -H "Authorization: Bearer ${DBT_TOKEN}" "https://dbt.acme-corp.example/api/v2/accounts/${ACCOUNT_ID}/jobs/"
