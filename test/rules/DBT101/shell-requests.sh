#!/usr/bin/env bash
# RUN: not %dbt-api-lint %s | FileCheck %s --implicit-check-not="[DBT"
# Requests to the cross-account collection, followed through variables,
# options and branches, and their twins that must not fire.
set -euo pipefail
API="https://cloud.getdbt.com/api/v2"

# A base in a variable, extended in the argument.
# CHECK: shell-requests.sh:[[@LINE+1]]:55: error: {{.*}}GET /api/v2/accounts/{{.*}} [DBT101]
curl -sSf -H "Authorization: Token $DBT_CLOUD_TOKEN" "$API/accounts/"
# --url, and a query string.
# CHECK: shell-requests.sh:[[@LINE+1]]:13: error: {{.*}}GET /api/v3/accounts/{{.*}} [DBT101]
curl --url "https://cloud.getdbt.com/api/v3/accounts?limit=10"
# -G sends the data as a query: still a GET.
# CHECK: shell-requests.sh:[[@LINE+1]]:20: error: {{.*}}GET /api/v3/accounts/{{.*}} [DBT101]
curl -G -d limit=5 https://cloud.getdbt.com/api/v3/accounts/
# Single quotes are literal.
# CHECK: shell-requests.sh:[[@LINE+1]]:7: error: {{.*}} [DBT101]
curl 'https://cloud.getdbt.com/api/v2/accounts/' | jq .

# Trial sign-up is a POST: -X POST, or data without -G.
curl -X POST "https://cloud.getdbt.com/api/v3/accounts/"
curl --request=POST "https://cloud.getdbt.com/api/v3/accounts/"
curl -d '{"name": "Acme"}' https://cloud.getdbt.com/api/v3/accounts/
# Account-scoped paths.
curl "$API/accounts/${DBT_CLOUD_ACCOUNT_ID}/jobs/"
curl "https://cloud.getdbt.com/api/v3/accounts/$DBT_CLOUD_ACCOUNT_ID/projects/"
# A URL that is always extended before use.
ACCOUNT_URL="https://cloud.getdbt.com/api/v2/accounts/"
ACCOUNT_URL+="${DBT_CLOUD_ACCOUNT_ID}/"
curl "$ACCOUNT_URL"
# Printed, not requested.
echo "https://cloud.getdbt.com/api/v2/accounts/"

# Branches give several values; one of them is the collection.
if [ -n "${DBT_CLOUD_ACCOUNT_ID:-}" ]; then
  URL="$API/accounts/$DBT_CLOUD_ACCOUNT_ID/"
else
  URL="$API/accounts/"
fi
# CHECK: shell-requests.sh:[[@LINE+1]]:7: error: {{.*}} [DBT101]
curl "$URL"
case "${REGION:-us}" in
  emea) HOST=emea.dbt.com ;;
  *) HOST=cloud.getdbt.com ;;
esac
# CHECK: shell-requests.sh:[[@LINE+1]]:68: error: {{.*}}GET /api/v3/accounts/{{.*}} [DBT101]
curl https://$HOST/api/v3/accounts/$DBT_CLOUD_ACCOUNT_ID/projects/ https://$HOST/api/v3/accounts/
# A default value.
BASE="${DBT_BASE:-https://emea.dbt.com/api/v2}"
# CHECK: shell-requests.sh:[[@LINE+1]]:43: error: {{.*}} [DBT101]
wget --header="Authorization: Bearer $T" "$BASE/accounts/"
wget --post-data='{}' "$BASE/accounts/"

# Inside functions, subshells, command substitutions and here-documents.
list_accounts() {
  # CHECK: shell-requests.sh:[[@LINE+1]]:12: error: {{.*}} [DBT101]
  http GET emea.dbt.com/api/v2/accounts/ "Authorization:Token $T"
}
# CHECK: shell-requests.sh:[[@LINE+1]]:6: error: {{.*}}GET /api/v3/accounts/{{.*}} [DBT101]
( xh https://au.dbt.com/api/v3/accounts/ )
# CHECK: shell-requests.sh:[[@LINE+1]]:18: error: {{.*}} [DBT101]
count=$(curl -sf https://cloud.getdbt.com/api/v2/accounts/ | jq '.data | length')
http POST https://cloud.getdbt.com/api/v3/accounts/ name=Acme
ssh bastion <<'REMOTE'
# CHECK: shell-requests.sh:[[@LINE+1]]:6: error: {{.*}} [DBT101]
curl https://cloud.getdbt.com/api/v2/accounts/
REMOTE
