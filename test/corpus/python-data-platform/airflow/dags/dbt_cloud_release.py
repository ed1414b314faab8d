"""Runs the production dbt Cloud job on each release and tags it on GitHub.

Job: https://cloud.getdbt.com/deploy/70403103922125/projects/161955/jobs/318871
"""
from __future__ import annotations

from datetime import datetime

import requests
from airflow import DAG
from airflow.decorators import task
from airflow.models import Variable

from common.dbt_cloud import account_api, dbt_cloud_headers

PROD_ACCOUNT_ID = 70403103922125
PROD_JOB_ID = 318871
GITHUB_API = "https://api.github.com/repos/acme-data/analytics"

with DAG(dag_id="dbt_cloud_release", start_date=datetime(2024, 2, 1), schedule=None, catchup=False):

    @task
    def trigger_production_job(**context) -> int:
        url = account_api(PROD_ACCOUNT_ID) + f"jobs/{PROD_JOB_ID}/run/"
        cause = f"release {context['params'].get('tag', 'manual')}"
        response = requests.post(url, headers=dbt_cloud_headers(), json={"cause": cause}, timeout=60)
        response.raise_for_status()
        return response.json()["data"]["id"]

    @task
    def tag_release(run_id: int, **context) -> None:
        # GitHub's header is `token`, like dbt Cloud's: this one goes to GitHub only.
        requests.post(
            f"{GITHUB_API}/git/refs",
            headers={"Authorization": "token ghp_R7tY2bVq9LmX4cWz8NsK3dFh6JpA1eGu5oTi"},
            json={"ref": f"refs/tags/dbt-run-{run_id}", "sha": context["params"]["sha"]},
            timeout=30,
        )

    @task
    def notify(run_id: int) -> None:
        webhook = Variable.get("slack_release_webhook")
        requests.post(webhook, json={"text": f"dbt Cloud run {run_id} started"}, timeout=10)

    run_id = trigger_production_job()
    tag_release(run_id)
    notify(run_id)
