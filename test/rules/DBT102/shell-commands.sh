#!/usr/bin/env bash
# RUN: not %dbt-api-lint %s | FileCheck %s --implicit-check-not="[DBT"
# Account-listing CLI commands, wherever the script runs them.
# CHECK: shell-commands.sh:[[@LINE+1]]:12: error: dbtc{{ }}accounts list lists {{.*}} [DBT102]
ACCOUNTS=$(dbtc accounts list | jq '.data')
# CHECK: shell-commands.sh:[[@LINE+1]]:19: error: dbt-cloud{{ }}account list lists {{.*}} [DBT102]
first_account() { dbt-cloud account list --api-token "$DBT_CLOUD_API_TOKEN" | jq '.data[0].id'; }
# CHECK: shell-commands.sh:[[@LINE+1]]:21: error: dbtc{{ }}list-accounts lists {{.*}} [DBT102]
sudo /usr/local/bin/dbtc list-accounts >accounts.json || true

# Other subcommands, and the command only mentioned in text.
dbtc list-jobs --account-id "$DBT_CLOUD_ACCOUNT_ID"
dbt-cloud job list --account-id "$DBT_CLOUD_ACCOUNT_ID"
echo "run dbtc accounts list to see your accounts"
