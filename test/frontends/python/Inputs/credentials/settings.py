import os

DBT_CLOUD_API = "https://cloud.getdbt.com/api"
TOKEN = os.environ["DBT_CLOUD_SERVICE_TOKEN"]
