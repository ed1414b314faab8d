"""Settings, read from the environment (and .env) by pydantic-settings."""
from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class ExporterSettings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    dbt_cloud_api_key: SecretStr
    dbt_cloud_account_id: int
    warehouse_dsn: str = "snowflake://exporter@acme/analytics"


DBT_CLOUD_API_URL = "https://emea.dbt.com/api"
METADATA_API_URL = "https://metadata.emea.dbt.com/graphql"

settings = ExporterSettings()
