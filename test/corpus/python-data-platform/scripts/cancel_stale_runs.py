#!/usr/bin/env python3
"""Cancels runs that have been queued for more than an hour."""
import datetime as dt

from _dbt import ACCOUNT_ID, BASE_URL, SESSION

RUNS_URL = "%s/api/v2/accounts/%s/runs/"
CANCEL_URL = "%s/api/v2/accounts/%s/runs/%d/cancel/"


def stale_runs(max_age=dt.timedelta(hours=1)):
    response = SESSION.get(RUNS_URL % (BASE_URL, ACCOUNT_ID), params={"status": 1, "order_by": "created_at"})
    now = dt.datetime.now(dt.timezone.utc)
    for run in response.json()["data"]:
        if now - dt.datetime.fromisoformat(run["created_at"]) > max_age:
            yield run["id"]


for run_id in stale_runs():
    SESSION.post(CANCEL_URL % (BASE_URL, ACCOUNT_ID, run_id))
    print(f"cancelled {run_id}")
