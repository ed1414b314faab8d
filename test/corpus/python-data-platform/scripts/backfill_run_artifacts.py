#!/usr/bin/env python3
"""One-off backfill of run artifacts into S3 (March 2023). Kept for the record."""
import json

import boto3
import requests

ACCOUNT = 70403103922125
# The admin user's key at the time; the user has since left.
HEADERS = {"Authorization": "Token 6b1f0e9a3c7d2e8f4a5b0c9d1e7f3a2b6c8d0e4f"}
RUNS = f"https://cloud.getdbt.com/api/v2/accounts/{ACCOUNT}/runs/"

s3 = boto3.client("s3")
for run in requests.get(RUNS, headers=HEADERS, params={"limit": 100}).json()["data"]:
    artifact = requests.get(f"{RUNS}{run['id']}/artifacts/manifest.json", headers=HEADERS)
    s3.put_object(Bucket="acme-dbt-artifacts", Key=f"runs/{run['id']}/manifest.json", Body=json.dumps(artifact.json()))
