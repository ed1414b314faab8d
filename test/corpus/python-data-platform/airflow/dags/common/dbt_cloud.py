"""Shared dbt Cloud settings and helpers for the DAGs in this folder."""
from __future__ import annotations

import requests
from airflow.models import Variable

DBT_CLOUD_CONN_ID = "dbt_cloud_default"
DBT_CLOUD_API = "https://cloud.getdbt.com/api"
# Only ever extended with an account id below.
ACCOUNTS_API = f"{DBT_CLOUD_API}/v2/accounts/"


def dbt_cloud_headers() -> dict[str, str]:
    token = Variable.get("dbt_cloud_api_key")
    return {"Authorization": f"Token {token}", "Accept": "application/json"}


def account_api(account_id: int) -> str:
    return f"{ACCOUNTS_API}{account_id}/"


def get_json(url: str, **params) -> dict:
    response = requests.get(url, headers=dbt_cloud_headers(), params=params, timeout=60)
    response.raise_for_status()
    return response.json()
