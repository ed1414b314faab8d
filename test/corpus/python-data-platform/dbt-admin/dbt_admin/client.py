"""The dbtc client, configured from the environment.

Set DBT_CLOUD_SERVICE_TOKEN (a service token, dbtc_...) for automation, e.g.

    export DBT_CLOUD_SERVICE_TOKEN=dbtc_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX

Older installs still read DBT_CLOUD_API_KEY.
"""
import os
from functools import lru_cache

from dbtc import dbtCloudClient


@lru_cache(maxsize=1)
def get_client() -> dbtCloudClient:
    service_token = os.getenv("DBT_CLOUD_SERVICE_TOKEN")
    if service_token:
        return dbtCloudClient(service_token=service_token, host=os.getenv("DBT_CLOUD_HOST", "cloud.getdbt.com"))
    return dbtCloudClient(api_key=os.environ["DBT_CLOUD_API_KEY"], host=os.getenv("DBT_CLOUD_HOST", "cloud.getdbt.com"))
