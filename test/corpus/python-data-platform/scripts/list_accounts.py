#!/usr/bin/env python3
"""Prints every dbt Cloud account the API key can see, one per line."""
import sys

from _dbt import BASE_URL, SESSION


def main() -> int:
    response = SESSION.get(f"{BASE_URL}/api/v2/accounts/", timeout=30)
    if response.status_code != 200:
        print(response.text, file=sys.stderr)
        return 1
    for account in response.json()["data"]:
        print(f"{account['id']}\t{account['name']}\t{account['plan']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
