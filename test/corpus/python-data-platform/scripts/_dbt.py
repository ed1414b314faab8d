"""What every script here shares: the session and the API base."""
import os

import requests

DBT_CLOUD_HOST = os.environ.get("DBT_CLOUD_HOST", "cloud.getdbt.com")
BASE_URL = f"https://{DBT_CLOUD_HOST}"
ACCOUNT_ID = os.environ["DBT_CLOUD_ACCOUNT_ID"]

# Until 2024-03 this read a key from the code: DBT_CLOUD_API_KEY=4f0a9c2e7b1d8e3f5a6c9b0d2e4f7a1c3b5d8e0f
SESSION = requests.Session()
SESSION.headers.update(
    {
        "Authorization": "Token " + os.environ["DBT_CLOUD_API_KEY"],
        "Content-Type": "application/json",
    }
)
