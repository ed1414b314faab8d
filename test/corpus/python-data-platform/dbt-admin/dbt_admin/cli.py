"""dbt-admin: `dbt-admin accounts`, `dbt-admin projects ACCOUNT`, `dbt-admin whoami NAME`."""
import json

import typer
from dbtc import dbtCloudClient

from .client import get_client

app = typer.Typer()


def _print(payload: dict) -> None:
    typer.echo(json.dumps(payload["data"], indent=2))


@app.command()
def accounts() -> None:
    client: dbtCloudClient = get_client()
    _print(client.cloud.list_accounts())


@app.command()
def projects(account_id: int) -> None:
    client: dbtCloudClient = get_client()
    _print(client.cloud.list_projects(account_id))


@app.command()
def account_id(name: str) -> None:
    typer.echo(get_client().cloud.get_account_by_name(name)["id"])


@app.command()
def trigger(account_id: int, job_id: int, cause: str = "dbt-admin") -> None:
    run = get_client().cloud.trigger_job(account_id, job_id, {"cause": cause}, should_poll=False)
    _print(run)
