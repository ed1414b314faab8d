"""Small dbt Cloud helpers shared by the data platform's services."""
from .endpoints import ACCOUNTS_ENDPOINT, account_endpoint
from .requests_api import list_accounts, list_environments, run_job
