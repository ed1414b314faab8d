# Each Python call site names where its credential comes from: what the
# Authorization header is made of, as the code reads it; literals only as such.
# RUN: %dbt-api-lint --select DBT201 %s | FileCheck %s --implicit-check-not="[DBT" --implicit-check-not=9f86d081884c7d65
import os

import httpx
import requests
from airflow.models import Variable
from pydantic_settings import BaseSettings

# CHECK: credential-sources.py:[[@LINE+1]]:9: note: dbt Cloud API call site (/api/v2/accounts/70403), credential: not resolved; {{.*}} [DBT201]
BASE = "https://cloud.getdbt.com/api/v2/accounts/70403"
TOKEN = os.getenv("DBT_CLOUD_TOKEN")
HEADERS = {"Authorization": f"Bearer {TOKEN}", "Accept": "application/json"}


class Settings(BaseSettings):
    dbt_api_key: str


settings = Settings()

# CHECK: credential-sources.py:[[@LINE+1]]:16: note: dbt Cloud API call site (/api/v2/accounts/70403/jobs/), credential: os.environ['DBT_CLOUD_API_KEY']; list it in the migration inventory [DBT201]
requests.get(f"{BASE}/jobs/", headers={"Authorization": f"Token {os.environ['DBT_CLOUD_API_KEY']}"})
# CHECK: credential-sources.py:[[@LINE+1]]:17: note: dbt Cloud API call site (/api/v2/accounts/70403/jobs/1/run/), credential: os.getenv("DBT_CLOUD_TOKEN"); {{.*}} [DBT201]
requests.post(f"{BASE}/jobs/1/run/", headers=HEADERS)
# CHECK: credential-sources.py:[[@LINE+1]]:16: note: dbt Cloud API call site (/api/v2/accounts/70403/runs/), credential: Variable.get("dbt_cloud_token"); {{.*}} [DBT201]
requests.get(f"{BASE}/runs/", headers={"Authorization": "Token " + Variable.get("dbt_cloud_token")})
# CHECK: credential-sources.py:[[@LINE+1]]:16: note: dbt Cloud API call site (/api/v2/accounts/70403/projects/), credential: settings.dbt_api_key; {{.*}} [DBT201]
requests.get(f"{BASE}/projects/", headers={"Authorization": f"Token {settings.dbt_api_key}"})

# A literal is named as one, never shown.
# CHECK: credential-sources.py:[[@LINE+1]]:16: note: dbt Cloud API call site (/api/v2/accounts/70403/environments/), credential: a literal key; {{.*}} [DBT201]
requests.get(f"{BASE}/environments/", headers={"Authorization": "Token 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b"})
# CHECK: credential-sources.py:[[@LINE+1]]:16: note: dbt Cloud API call site (/api/v2/accounts/70403/users/), credential: a literal token; {{.*}} [DBT201]
requests.get(f"{BASE}/users/", headers={"Authorization": "Bearer dbtc_Zq3xW8pLm2Nv7RtY5uKe1HsJ4aBcD6fGhQ9iOjT0kVwXyEzSn"})

# No Authorization header at all.
# CHECK: credential-sources.py:[[@LINE+1]]:16: note: dbt Cloud API call site (/api/v2/accounts/70403/), credential: no Authorization header seen; {{.*}} [DBT201]
requests.get(f"{BASE}/", headers={"Accept": "application/json"})


def trigger(job_id, token):
    # A parameter: where it comes from is not known here.
    # CHECK: credential-sources.py:[[@LINE+1]]:28: note: dbt Cloud API call site (/api/v2/accounts/70403/jobs/{job_id}/run/), credential: unknown; {{.*}} [DBT201]
    return requests.post(f"{BASE}/jobs/{job_id}/run/", headers={"Authorization": f"Token {token}"})


def artifacts(run_id, production):
    # Set apart from the dictionary, with a value that differs by path.
    headers = {"Accept": "application/json"}
    headers["Authorization"] = "Token " + (os.environ["DBT_CLOUD_SERVICE_TOKEN"] if production else os.getenv("DBT_API_KEY"))
    # CHECK: credential-sources.py:[[@LINE+1]]:27: note: dbt Cloud API call site (/api/v2/accounts/70403/runs/{run_id}/artifacts/), credential: os.environ["DBT_CLOUD_SERVICE_TOKEN"] or os.getenv("DBT_API_KEY"); {{.*}} [DBT201]
    return requests.get(f"{BASE}/runs/{run_id}/artifacts/", headers=headers)


# A session's headers, set once for every request made on it.
session = requests.Session()
session.headers.update({"Authorization": f"Token {os.environ['DBT_CLOUD_SERVICE_TOKEN']}"})
# CHECK: credential-sources.py:[[@LINE+1]]:15: note: dbt Cloud API call site (/api/v2/accounts/70403/jobs/), credential: os.environ['DBT_CLOUD_SERVICE_TOKEN']; {{.*}} [DBT201]
session.get(f"{BASE}/jobs/")


class DbtCloud:
    def __init__(self):
        self.token = os.environ["DBT_CLOUD_API_KEY"]
        # The literal base is listed by the text layer, which resolves no credential.
        # CHECK: credential-sources.py:[[@LINE+1]]:46: note: dbt Cloud API call site (/api), credential: not resolved; {{.*}} [DBT201]
        self.client = httpx.Client(base_url="https://cloud.getdbt.com/api", headers={"Authorization": f"Token {self.token}"})

    def runs(self):
        # CHECK: credential-sources.py:[[@LINE+1]]:33: note: dbt Cloud API call site (/api/v2/accounts/70403/runs/), credential: os.environ["DBT_CLOUD_API_KEY"]; {{.*}} [DBT201]
        return self.client.get("/v2/accounts/70403/runs/")


def projects(client: httpx.Client):
    # A client given as a parameter may carry any headers.
    # CHECK: credential-sources.py:[[@LINE+1]]:25: note: dbt Cloud API call site (/api/v2/accounts/70403/projects/), credential: unknown; {{.*}} [DBT201]
    return client.get(f"{BASE}/projects/")
