# RUN: %dbt-api-lint --select DBT201 %s | FileCheck %s --implicit-check-not="[DBT"
# A dbt Cloud client made is a call site, named with the credential it is
# given: dbtc's token argument, Airflow's connection.
import os

import boto3
from airflow.providers.dbt.cloud.hooks.dbt import DbtCloudHook, DbtCloudJobRunException
from airflow.providers.dbt.cloud.operators.dbt import DbtCloudRunJobOperator
from dbtc import dbtCloudClient

CONN_ID = "dbt_cloud_prod"

# CHECK: clients.py:[[@LINE+1]]:10: note: dbt Cloud API call site (dbtCloudClient), credential: api_key=os.environ["DBT_CLOUD_API_KEY"]; list it in the migration inventory [DBT201]
legacy = dbtCloudClient(api_key=os.environ["DBT_CLOUD_API_KEY"])
# CHECK: clients.py:[[@LINE+1]]:11: note: dbt Cloud API call site (dbtCloudClient), credential: service_token=a literal token; {{.*}} [DBT201]
service = dbtCloudClient(service_token="dbtc_Zq3xW8pLm2Nv7RtY5uKe1HsJ4aBcD6fGhQ9iOjT0kVwXyEzSn")
# Without a token argument dbtc reads the environment.
# CHECK: clients.py:[[@LINE+1]]:11: note: dbt Cloud API call site (dbtCloudClient), credential: DBT_CLOUD_API_KEY or DBT_CLOUD_SERVICE_TOKEN from the environment; {{.*}} [DBT201]
default = dbtCloudClient()

# CHECK: clients.py:[[@LINE+1]]:8: note: dbt Cloud API call site (DbtCloudHook), credential: Airflow connection "dbt_cloud_prod"; {{.*}} [DBT201]
hook = DbtCloudHook(CONN_ID)
# CHECK: clients.py:[[@LINE+1]]:11: note: dbt Cloud API call site (DbtCloudRunJobOperator), credential: Airflow connection "dbt_cloud_default"; {{.*}} [DBT201]
trigger = DbtCloudRunJobOperator(task_id="trigger", job_id=42)


def hook_for(conn_id):
    # CHECK: clients.py:[[@LINE+1]]:12: note: dbt Cloud API call site (DbtCloudHook), credential: an Airflow connection (unknown id); {{.*}} [DBT201]
    return DbtCloudHook(dbt_cloud_conn_id=conn_id)


# Other clients are not dbt Cloud's, nor is the provider's exception.
organizations = boto3.client("organizations")
failure = DbtCloudJobRunException("run 7 failed")
