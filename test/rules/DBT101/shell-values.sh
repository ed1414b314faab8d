#!/usr/bin/env bash
# RUN: not %dbt-api-lint %s | FileCheck %s --implicit-check-not="[DBT"
# Declarations, default assignments and words built of several parts.
readonly HOST=cloud.getdbt.com
declare -r VERSION=v2
fetch() {
  local path="/api/${VERSION}/"'accounts'
  # CHECK: shell-values.sh:[[@LINE+1]]:16: error: {{.*}}GET /api/v2/accounts/{{.*}} [DBT101]
  xh --follow "https://$HOST$path" "Authorization:Bearer $DBT_CLOUD_TOKEN"
  # HTTPie items with a body are a POST.
  xh "https://$HOST$path" name=Sandbox
}
: "${DBT_URL:=https://emea.dbt.com/api/v3/accounts/}"
# CHECK: shell-values.sh:[[@LINE+1]]:36: error: {{.*}}GET /api/v3/accounts/{{.*}} [DBT101]
export URL="$DBT_URL" && curl -sf "$URL" -o accounts.json
# A command's output is unknown: the account id may follow.
curl -sf "https://$HOST/api/v2/accounts/$(cat account_id)"
