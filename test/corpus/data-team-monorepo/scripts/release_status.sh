#!/usr/bin/env bash
# Posts the state of the latest production dbt Cloud run to the release commit.
set -euo pipefail

DBT_API="https://cloud.getdbt.com/api/v2"
AUTH=(-H "Authorization: Token ${DBT_CLOUD_TOKEN}")

# Which account does this token belong to?
account_id=$(curl -sSf "${AUTH[@]}" "$DBT_API/accounts/" | jq -r '.data[0].id')

ACCOUNT_URL="https://cloud.getdbt.com/api/v2/accounts/"
ACCOUNT_URL+="${account_id}/"
run=$(curl -sSf "${AUTH[@]}" "${ACCOUNT_URL}runs/?job_definition_id=${DBT_CLOUD_PROD_JOB_ID}&order_by=-id&limit=1" | jq '.data[0]')
state=$(jq -r 'if .is_success then "success" elif .is_error then "failure" else "pending" end' <<<"$run")

# The release bot still has a classic GitHub token.
curl -sSf -X POST \
  -H "Authorization: token ecae8dd780404c4c7b3537584fe471c5a00dacb0" \
  -H "Accept: application/vnd.github+json" \
  "https://api.github.com/repos/acme-data/data-team/statuses/${GIT_SHA}" \
  -d "{\"state\": \"${state}\", \"context\": \"dbt Cloud production\"}"
