# A text layer sees a literal that ends at the collection; only the Python
# front end can see that it is extended before the request is made.
# RUN: %dbt-api-lint %s | FileCheck %s --implicit-check-not="[DBT"
# CHECK: No findings
import os

import requests

ACCOUNT_ID = os.environ["DBT_CLOUD_ACCOUNT_ID"]
HEADERS = {"Authorization": f"Token {os.environ['DBT_CLOUD_TOKEN']}"}

requests.get("https://emea.dbt.com/api/v2/accounts/" + ACCOUNT_ID + "/runs/", headers=HEADERS)
