"""Loads the AWS Organizations account list into raw.aws_accounts, then
refreshes the finops models in dbt Cloud."""
from datetime import datetime

import boto3
from airflow import DAG
from airflow.decorators import task
from airflow.providers.dbt.cloud.hooks.dbt import DbtCloudHook
from airflow.providers.snowflake.hooks.snowflake import SnowflakeHook

FINOPS_JOB_ID = 48391

with DAG(dag_id="aws_accounts_sync", start_date=datetime(2024, 3, 1), schedule="@daily", catchup=False):

    @task
    def load_aws_accounts() -> int:
        organizations = boto3.client("organizations")
        rows, next_token = [], None
        while True:
            page = organizations.list_accounts(**({"NextToken": next_token} if next_token else {}))
            rows += [(a["Id"], a["Name"], a["Email"], a["Status"]) for a in page["Accounts"]]
            next_token = page.get("NextToken")
            if not next_token:
                break
        SnowflakeHook(snowflake_conn_id="snowflake_raw").insert_rows("raw.aws_accounts", rows, replace=True)
        return len(rows)

    @task
    def refresh_finops(loaded: int) -> int:
        hook = DbtCloudHook(dbt_cloud_conn_id="dbt_cloud_default")
        run = hook.trigger_job_run(job_id=FINOPS_JOB_ID, cause=f"aws_accounts_sync loaded {loaded} accounts").json()["data"]
        hook.wait_for_job_run_status(run_id=run["id"], timeout=3600)
        return run["id"]

    refresh_finops(load_aws_accounts())
