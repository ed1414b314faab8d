#!/usr/bin/env python3
"""Copies environment variables from the staging project to production."""
import argparse
from urllib.parse import urljoin

from _dbt import ACCOUNT_ID, BASE_URL, SESSION

API_V3 = urljoin(BASE_URL, "/api/v3/")
ENVIRONMENT_VARIABLES = "{api}accounts/{account}/projects/{project}/environment-variables/environment/"


def environment_variables(project_id):
    url = ENVIRONMENT_VARIABLES.format(api=API_V3, account=ACCOUNT_ID, project=project_id)
    return SESSION.get(url).json()["data"]


def accounts():
    # Only to check that the key still reaches the account.
    return SESSION.get(urljoin(API_V3, "accounts/")).json()["data"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--from-project", type=int, required=True)
    parser.add_argument("--to-project", type=int, required=True)
    options = parser.parse_args()
    if ACCOUNT_ID not in {str(account["id"]) for account in accounts()}:
        raise SystemExit(f"the key cannot see account {ACCOUNT_ID}")
    for name, value in environment_variables(options.from_project).items():
        body = {"env_var_names": [name], "new_value": value}
        SESSION.post(urljoin(API_V3, f"accounts/{ACCOUNT_ID}/projects/{options.to_project}/environment-variables/bulk/"), json=body)


if __name__ == "__main__":
    main()
