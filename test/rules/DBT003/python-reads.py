# RUN: not %dbt-api-lint %s | FileCheck %s --implicit-check-not="[DBT"
"""Credentials read under the legacy key's name, in code. A docstring that
says os.environ["DBT_CLOUD_API_KEY"] is documentation and does not fire."""
import os

from airflow.models import Variable
from dbtc import dbtCloudClient
from pydantic_settings import BaseSettings

# CHECK: python-reads.py:[[@LINE+1]]:21: warning: dbt Cloud authentication uses DBT_CLOUD_API_KEY, named as a legacy user API key{{.*}} [DBT003]
token = os.environ["DBT_CLOUD_API_KEY"]
# CHECK: python-reads.py:[[@LINE+1]]:32: warning: dbt Cloud authentication uses DBT_API_KEY, {{.*}} [DBT003]
fallback = os.environ.get(key="DBT_API_KEY", default=token)
# CHECK: python-reads.py:[[@LINE+1]]:25: warning: dbt Cloud authentication uses dbt_cloud_api_key, {{.*}} [DBT003]
airflow = Variable.get("dbt_cloud_api_key")
# dbtc's api_key parameter is the legacy key: reported where the value was
# read under a legacy name, else on the parameter.
client = dbtCloudClient(api_key=token)
# CHECK: python-reads.py:[[@LINE+1]]:24: warning: dbt Cloud authentication uses api_key, {{.*}} [DBT003]
other = dbtCloudClient(api_key=os.getenv("DBT_CLOUD_TOKEN"))

# Token names and service tokens do not fire; nor does this comment's
# os.getenv("DBT_API_KEY").
service = dbtCloudClient(service_token=os.getenv("DBT_CLOUD_SERVICE_TOKEN"))
settings = {"DBT_CLOUD_API_KEY": "set in the vault"}


# Settings classes read each field from the environment variable of its name.
class Settings(BaseSettings):
    # CHECK: python-reads.py:[[@LINE+1]]:5: warning: dbt Cloud authentication uses dbt_cloud_api_key, {{.*}} [DBT003]
    dbt_cloud_api_key: str
    dbt_cloud_token: str = ""


class PlainObject:
    dbt_cloud_api_key: str = ""
