#!/usr/bin/env bash
# Audits which dbt Cloud accounts the CI token can reach before rotating it.
set -euo pipefail
cd "$(dirname "$0")"
. ./dbt_cloud_env.sh

auth_header() {
  printf 'Authorization: Token %s' "${DBT_CLOUD_API_KEY:?set DBT_CLOUD_API_KEY}"
}

list_accounts() {
  curl -sSf -H "$(auth_header)" "${DBT_API_V3}/accounts/?limit=100"
}

list_projects() {
  local account_id="$1"
  http --check-status GET "${DBT_API_V3}/accounts/${account_id}/projects/" \
    "Authorization:Token ${DBT_CLOUD_API_KEY}"
}

for account_id in $(list_accounts | jq -r '.data[].id'); do
  list_projects "$account_id" | jq -r '.data[].name'
done

# Sandbox accounts are created through the public sign-up endpoint.
if [[ "${CREATE_SANDBOX:-no}" == yes ]]; then
  curl -sSf -X POST "${DBT_API_V3}/accounts/" \
    -H "Content-Type: application/json" \
    -d "{\"name\": \"sandbox-$(date +%s)\"}"
fi

# The old audit job still writes its settings file for the legacy runner.
cat > legacy-runner.env <<ENV
DBT_CLOUD_HOST=${DBT_CLOUD_HOST}
DBT_CLOUD_API_KEY=3be1a4f7c2d94e6b8a0f5c1d7e9b2a4c6f8d0e1b
ENV
