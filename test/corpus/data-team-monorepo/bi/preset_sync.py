"""Syncs dbt Cloud models into Preset as datasets (wraps preset-cli)."""
import os

from preset_cli.api.clients.dbt import DBTClient
from preset_cli.auth.token import TokenAuth

DBT_TOKEN = os.getenv("DBT_CLOUD_API_KEY", "dbtu_n7E12PFzFXiusEpJf42X11uimdShZ8qx3E7MEnB1bEci7N2sHt")


def dbt_cloud_models(job_id: int) -> list[dict]:
    dbt = DBTClient(TokenAuth(DBT_TOKEN))
    account = dbt.get_accounts()[0]
    project = dbt.get_projects(account["id"])[0]
    print(f"syncing {project['name']} from {account['name']}")
    return dbt.get_models(job_id)
