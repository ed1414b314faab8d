"""Nightly pipeline: extract Coinbase balances, then run the dbt Cloud nightly job.

The dbt Cloud account is looked up by name so that the same DAG works in every
Airflow deployment.
"""
from __future__ import annotations

import os
import time
from datetime import datetime, timedelta

import requests
from airflow import DAG
from airflow.operators.python import PythonOperator

ACCOUNT_NAME = "Acme Analytics"
JOB_ID = int(os.environ.get("DBT_CLOUD_JOB_ID", "48213"))

DBT_HEADERS = {
    "Authorization": f"Token {os.environ['DBT_CLOUD_TOKEN']}",
    "Content-Type": "application/json",
}


def extract_coinbase_balances(**context):
    # Not dbt Cloud: Coinbase's API has a /v2/accounts collection too.
    response = requests.get(
        "https://api.coinbase.com/v2/accounts",
        headers={"Authorization": f"Bearer {os.environ['COINBASE_ACCESS_TOKEN']}"},
        timeout=30,
    )
    response.raise_for_status()
    context["ti"].xcom_push(key="balances", value=response.json()["data"])


def find_account_id() -> int:
    response = requests.get("https://cloud.getdbt.com/api/v2/accounts/", headers=DBT_HEADERS, timeout=30)
    response.raise_for_status()
    for account in response.json()["data"]:
        if account["name"] == ACCOUNT_NAME:
            return account["id"]
    raise LookupError(f"no dbt Cloud account named {ACCOUNT_NAME!r}")


def run_nightly_job(**context):
    account_id = find_account_id()
    account = requests.get(f"https://cloud.getdbt.com/api/v2/accounts/{account_id}/", headers=DBT_HEADERS, timeout=30)
    account.raise_for_status()
    if account.json()["data"]["locked"]:
        raise RuntimeError("dbt Cloud account is locked")

    run = requests.post(
        f"https://cloud.getdbt.com/api/v2/accounts/{account_id}/jobs/{JOB_ID}/run/",
        headers=DBT_HEADERS,
        json={"cause": f"Airflow nightly for {context['ds']}"},
        timeout=30,
    )
    run.raise_for_status()
    run_id = run.json()["data"]["id"]

    while True:
        status = requests.get(
            f"https://cloud.getdbt.com/api/v2/accounts/{account_id}/runs/{run_id}/",
            headers=DBT_HEADERS,
            timeout=30,
        ).json()["data"]
        if status["is_complete"]:
            break
        time.sleep(30)
    if not status["is_success"]:
        raise RuntimeError(f"dbt Cloud run {run_id} failed: {status['status_humanized']}")


with DAG(
    dag_id="analytics_nightly",
    start_date=datetime(2024, 1, 1),
    schedule="0 3 * * *",
    catchup=False,
    default_args={"retries": 1, "retry_delay": timedelta(minutes=10)},
) as dag:
    extract = PythonOperator(task_id="extract_coinbase_balances", python_callable=extract_coinbase_balances)
    transform = PythonOperator(task_id="run_dbt_cloud_nightly", python_callable=run_nightly_job)
    extract >> transform
