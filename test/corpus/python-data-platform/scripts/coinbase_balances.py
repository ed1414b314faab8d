#!/usr/bin/env python3
"""Treasury report: balances of the company's Coinbase accounts (not dbt Cloud)."""
import os

import requests

COINBASE_API = "https://api.coinbase.com"
HEADERS = {"Authorization": f"Bearer {os.environ['COINBASE_ACCESS_TOKEN']}", "CB-VERSION": "2024-01-01"}

for account in requests.get(f"{COINBASE_API}/v2/accounts", headers=HEADERS, timeout=30).json()["data"]:
    print(account["name"], account["balance"]["amount"], account["balance"]["currency"])
