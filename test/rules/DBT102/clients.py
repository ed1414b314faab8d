# RUN: not %dbt-api-lint %s | FileCheck %s --implicit-check-not="[DBT"
"""Account discovery through the dbt Cloud clients."""
import boto3
from airflow.providers.dbt.cloud.hooks.dbt import DbtCloudHook
from dbtc import dbtCloudClient

client = dbtCloudClient(service_token="{{ var.value.dbt_token }}")
# CHECK: clients.py:[[@LINE+1]]:25: error: list_accounts lists every account of the caller {{.*}} [DBT102]
accounts = client.cloud.list_accounts()
# CHECK: clients.py:[[@LINE+1]]:21: error: get_account_by_name lists every account {{.*}} [DBT102]
acme = client.cloud.get_account_by_name("Acme")
# CHECK: clients.py:[[@LINE+1]]:43: error: list_accounts lists {{.*}} [DBT102]
hook_accounts = DbtCloudHook("dbt_cloud").list_accounts()

# Account-scoped calls are fine.
jobs = client.cloud.list_jobs(account_id=acme["id"])
