#!/usr/bin/env bash
# Triggers a dbt Cloud job, waits for the run and reports the result on the commit.
# Usage: DBT_CLOUD_ACCOUNT_ID=70403 DBT_CLOUD_JOB_ID=48213 scripts/trigger_job.sh
set -euo pipefail

ACCOUNT_ID="${DBT_CLOUD_ACCOUNT_ID:?}"
JOB_ID="${DBT_CLOUD_JOB_ID:?}"
API="https://cloud.getdbt.com/api/v2/accounts/${ACCOUNT_ID}"  # dbt-api-lint: ignore[DBT101] an account-scoped base, never requested alone

run_id=$(curl -sSf -X POST \
  -H "Authorization: Token ${DBT_API_KEY}" \
  -H "Content-Type: application/json" \
  -d '{"cause": "Triggered from scripts/trigger_job.sh"}' \
  "${API}/jobs/${JOB_ID}/run/" | jq -r '.data.id')
echo "dbt Cloud run ${run_id} started"

while :; do
  status=$(curl -sSf -H "Authorization: Token ${DBT_API_KEY}" "${API}/runs/${run_id}/" | jq -r '.data.status_humanized')
  case "$status" in
    Success) state=success; break ;;
    Error|Cancelled) state=failure; break ;;
  esac
  sleep 20
done

# Report the result on the commit (GitHub, not dbt Cloud).
curl -sSf -X POST \
  -H "Authorization: token ${GITHUB_TOKEN}" \
  -H "Accept: application/vnd.github+json" \
  "https://api.github.com/repos/${GITHUB_REPOSITORY}/statuses/${GITHUB_SHA}" \
  -d "{\"state\": \"${state}\", \"context\": \"dbt Cloud\", \"description\": \"run ${run_id}: ${status}\"}"
