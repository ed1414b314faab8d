"""Helpers around the dbtc client for ad-hoc admin tasks."""
import json
import os
import subprocess

from dbtc import dbtCloudClient

client = dbtCloudClient(
    service_token=os.environ["DBT_CLOUD_SERVICE_TOKEN"],
    host=os.environ.get("DBT_CLOUD_HOST", "cloud.getdbt.com"),
)


def dbtc_trigger_job_and_wait_for_completion(account_id: int, job_id: int, cause: str) -> dict:
    run = client.cloud.trigger_job(account_id, job_id, {"cause": cause}, should_poll=True)
    return run["data"]


def account_id_for(name: str) -> int:
    return client.cloud.get_account_by_name(name)["id"]


def accounts_from_cli() -> list[dict]:
    # The same list through the CLI, for workers where the SDK is not importable.
    output = subprocess.run(["dbtc", "accounts", "list"], capture_output=True, check=True, text=True).stdout
    return json.loads(output)["data"]
