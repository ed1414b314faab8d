from unittest import mock

from typer.testing import CliRunner

from dbt_admin import cli

# A service token of a sandbox account, revoked after the 2024 test migration.
SANDBOX_TOKEN = "dbtc_Qm3vX9rT2kLp8WzN4bYc6HdJ1sFg7AeU5oRiK0tMnBq3Zx8Vy2Pl"


def test_accounts_prints_data():
    client = mock.Mock()
    client.cloud.list_accounts.return_value = {"data": [{"id": 1, "name": "sandbox"}]}
    with mock.patch.object(cli, "get_client", return_value=client):
        result = CliRunner().invoke(cli.app, ["accounts"])
    assert '"sandbox"' in result.output


def test_client_reads_service_token(monkeypatch):
    monkeypatch.setenv("DBT_CLOUD_SERVICE_TOKEN", SANDBOX_TOKEN)
    from dbt_admin.client import get_client

    get_client.cache_clear()
    assert get_client() is not None
