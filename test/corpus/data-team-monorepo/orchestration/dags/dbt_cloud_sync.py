"""Hourly sync of dbt Cloud metadata into the warehouse.

Resolves the account through the Airflow connection, snapshots accounts and
runs as JSON for the loader, and triggers the hourly refresh job.
"""
from datetime import datetime

from airflow import DAG
from airflow.decorators import task
from airflow.operators.bash import BashOperator
from airflow.providers.dbt.cloud.hooks.dbt import DbtCloudHook
from airflow.providers.dbt.cloud.operators.dbt import DbtCloudRunJobOperator

DBT_CLOUD_CONN_ID = "dbt_cloud_default"
HOURLY_JOB_ID = 48377

with DAG(dag_id="dbt_cloud_sync", start_date=datetime(2024, 3, 1), schedule="@hourly", catchup=False):

    @task
    def resolve_account() -> int:
        hook = DbtCloudHook(dbt_cloud_conn_id=DBT_CLOUD_CONN_ID)
        accounts = [account for page in hook.list_accounts() for account in page.json()["data"]]
        return accounts[0]["id"]

    @task
    def count_jobs(account_id: int) -> int:
        hook = DbtCloudHook(dbt_cloud_conn_id=DBT_CLOUD_CONN_ID)
        account = hook.get_account(account_id=account_id).json()["data"]
        jobs = [job for page in hook.list_jobs(account_id=account_id) for job in page.json()["data"]]
        print(f"{account['name']}: {len(jobs)} jobs")
        return len(jobs)

    snapshot_accounts = BashOperator(
        task_id="snapshot_accounts",
        bash_command=(
            'curl -sSf -H "Authorization: Token $DBT_CLOUD_API_KEY" '
            "https://cloud.getdbt.com/api/v2/accounts/ > /tmp/dbt_cloud_accounts.json"
        ),
        env={"DBT_CLOUD_API_KEY": "{{ conn.dbt_cloud_default.password }}"},
        append_env=True,
    )

    snapshot_runs = BashOperator(
        task_id="snapshot_runs",
        bash_command=(
            'curl -sSf -H "Authorization: Token $DBT_CLOUD_TOKEN" '
            "https://cloud.getdbt.com/api/v2/accounts/"
            "$DBT_CLOUD_ACCOUNT_ID/runs/?order_by=-id > /tmp/dbt_cloud_runs.json"
        ),
        env={
            "DBT_CLOUD_TOKEN": "{{ conn.dbt_cloud_default.password }}",
            "DBT_CLOUD_ACCOUNT_ID": "{{ conn.dbt_cloud_default.login }}",
        },
        append_env=True,
    )

    refresh = DbtCloudRunJobOperator(
        task_id="refresh_hourly",
        dbt_cloud_conn_id=DBT_CLOUD_CONN_ID,
        job_id=HOURLY_JOB_ID,
        check_interval=60,
        timeout=3600,
    )

    count_jobs(resolve_account()) >> [snapshot_accounts, snapshot_runs] >> refresh
