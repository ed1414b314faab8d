"""Endpoint URLs, written to stay under the line-length limit."""

DBT_CLOUD_HOST = "https://cloud.getdbt.com"

ACCOUNTS_ENDPOINT = (
    "https://cloud.getdbt.com"
    "/api/v2/accounts/"
)

ACCOUNTS_ENDPOINT_V3 = (DBT_CLOUD_HOST +
                        "/api/v3/"
                        "accounts/")


def account_endpoint(account_id: int, version: int = 2) -> str:
    base = ACCOUNTS_ENDPOINT if version == 2 else ACCOUNTS_ENDPOINT_V3
    return (
        f"{base}"
        f"{account_id}/"
    )


DBT_CLOUD_YML = """\
version: "1"
context:
  active-project: "{project_id}"
projects:
  - project-id: "{project_id}"
    account-host: "cloud.getdbt.com"
    account-id: "{account_id}"
    token-value: "{token}"
"""
