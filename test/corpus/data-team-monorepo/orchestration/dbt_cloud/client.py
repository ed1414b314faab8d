"""Thin dbt Cloud Admin API client used by the DAGs and scripts."""
from __future__ import annotations

import os

import requests

ACCOUNTS = "https://cloud.getdbt.com/api/v2/accounts/"
V3 = "https://cloud.getdbt.com/api/v3"

_session = requests.Session()
_session.headers["Authorization"] = f"Token {os.environ['DBT_CLOUD_TOKEN']}"


def job_url(account_id: int, job_id: int) -> str:
    return f"{ACCOUNTS}{account_id}/jobs/{job_id}/"


def runs_url(account_id: int) -> str:
    return ACCOUNTS + str(account_id) + "/runs/"


def account_url(account_id: int | None = None) -> str:
    url = "https://cloud.getdbt.com/api/v3/accounts/"
    if account_id:
        url += f"{account_id}/"
    return url


def visible_accounts() -> list[dict]:
    """Every account this token can see."""
    return _session.get(account_url(), timeout=30).json()["data"]


def environments(account_id: int) -> list[dict]:
    url = (
        f"https://cloud.getdbt.com/api/v3/accounts/"
        f"{account_id}/environments/"
    )
    return _session.get(url, timeout=30).json()["data"]


def projects(account_id: int) -> list[dict]:
    return _session.get(f"{V3}/accounts/{account_id}/projects/", timeout=30).json()["data"]


def trigger(account_id: int, job_id: int, cause: str) -> dict:
    response = _session.post(job_url(account_id, job_id) + "run/", json={"cause": cause}, timeout=30)
    response.raise_for_status()
    return response.json()["data"]


def latest_runs(account_id: int, limit: int = 20) -> list[dict]:
    params = {"order_by": "-id", "limit": limit}
    return _session.get(runs_url(account_id), params=params, timeout=30).json()["data"]
