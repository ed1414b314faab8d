#!/usr/bin/env python3
"""Prints the dbt Cloud accounts, projects and jobs this key can see.

Used when onboarding a new analyst: `python scripts/list_accounts.py`.
"""
import os
import sys

from dbtc import dbtCloudClient

client = dbtCloudClient(api_key=os.environ["DBT_CLOUD_API_KEY"])


def main() -> int:
    accounts = client.cloud.list_accounts()["data"]
    if not accounts:
        print("this key sees no dbt Cloud account", file=sys.stderr)
        return 1
    for account in accounts:
        print(f"{account['id']:>8}  {account['name']}")
        for project in client.cloud.list_projects(account["id"])["data"]:
            print(f"{'':>8}  project {project['id']}: {project['name']}")

    # The configured account, looked up directly: account-scoped, fine.
    account_id = int(os.environ.get("DBT_CLOUD_ACCOUNT_ID", "70403"))
    account = client.cloud.get_account(account_id)["data"]
    jobs = client.cloud.list_jobs(account_id)["data"]
    print(f"{account['name']} has {len(jobs)} jobs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
