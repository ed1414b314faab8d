#!/usr/bin/env bash
# RUN: not %dbt-api-lint %s | FileCheck %s --implicit-check-not="[DBT"
# Values from a sourced file in the tree: `source` and `.` alike.
source "Inputs/dbt-cloud.env"
# CHECK: sourced-settings.sh:[[@LINE+1]]:11: error: {{.*}}GET /api/v3/accounts/{{.*}} [DBT101]
curl -sf "$DBT_API/accounts/"
curl -sf "$DBT_API/accounts/$DBT_CLOUD_ACCOUNT_ID/projects/"
. ./Inputs/missing.env
curl -sf "$UNKNOWN_BASE/accounts/"
