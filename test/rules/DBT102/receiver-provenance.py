# RUN: not %dbt-api-lint %s | FileCheck %s --implicit-check-not="[DBT"
"""Account listing fires only on a receiver shown to be a dbt Cloud client:
constructed from it, imported from its package, or annotated with its type.
In this docstring client.cloud.list_accounts() is only documentation."""
import boto3
import dbtc
from airflow.providers.dbt.cloud.hooks.dbt import DbtCloudHook as Hook
from dbtc import dbtCloudClient
from preset_cli.api.clients.dbt import DBTClient

# CHECK: receiver-provenance.py:[[@LINE+1]]:52: error: get_account_by_name lists every account of the caller {{.*}} [DBT102]
acme = dbtc.dbtCloudClient(service_token="").cloud.get_account_by_name("Acme")
# CHECK: receiver-provenance.py:[[@LINE+1]]:19: error: list_accounts lists every account {{.*}} [DBT102]
Hook("dbt_cloud").list_accounts()


def annotated(client: dbtCloudClient, hook: Hook, preset: DBTClient):
    # CHECK: receiver-provenance.py:[[@LINE+1]]:18: error: list_accounts lists {{.*}} [DBT102]
    client.cloud.list_accounts()
    # CHECK: receiver-provenance.py:[[@LINE+1]]:10: error: list_accounts lists {{.*}} [DBT102]
    hook.list_accounts()
    # CHECK: receiver-provenance.py:[[@LINE+1]]:12: error: get_accounts lists {{.*}} [DBT102]
    preset.get_accounts()
    # Account-scoped calls and methods the clients do not have.
    client.cloud.list_projects(70403)
    hook.get_accounts()
    preset.list_accounts()


def not_dbt(organizations, unknown):
    # AWS Organizations and receivers of unknown origin do not fire.
    boto3.client("organizations").list_accounts()
    organizations.list_accounts()
    unknown.cloud.get_account_by_name("Acme")
    # client.cloud.list_accounts() in a comment does not fire either.
