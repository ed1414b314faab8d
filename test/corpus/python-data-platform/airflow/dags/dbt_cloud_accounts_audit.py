"""Weekly audit of dbt Cloud users and licences, for the security review.

Lists every account the service user can see, then the users of each.
"""
from __future__ import annotations

from datetime import datetime

import boto3
from airflow import DAG
from airflow.decorators import task
from airflow.providers.dbt.cloud.hooks.dbt import DbtCloudHook

from common.dbt_cloud import ACCOUNTS_API, DBT_CLOUD_CONN_ID, account_api, get_json

with DAG(dag_id="dbt_cloud_accounts_audit", start_date=datetime(2024, 1, 8), schedule="@weekly", catchup=False):

    @task
    def account_ids() -> list[int]:
        return [account["id"] for account in get_json(ACCOUNTS_API)["data"]]

    @task
    def account_ids_from_hook() -> list[int]:
        hook = DbtCloudHook(dbt_cloud_conn_id=DBT_CLOUD_CONN_ID)
        return [account["id"] for page in hook.list_accounts() for account in page.json()["data"]]

    @task
    def users(account_id: int) -> list[dict]:
        return get_json(account_api(account_id) + "users/", limit=100)["data"]

    @task
    def aws_accounts() -> list[str]:
        # The AWS side of the review: AWS Organizations, not dbt Cloud.
        organizations = boto3.client("organizations")
        return [account["Id"] for account in organizations.list_accounts()["Accounts"]]

    users.expand(account_id=account_ids())
    account_ids_from_hook()
    aws_accounts()
