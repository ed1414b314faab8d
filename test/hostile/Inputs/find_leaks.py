#!/usr/bin/env python3
"""find_leaks.py INPUT_DIR... -- OUTPUT_FILE...: every credential-shaped value
in the inputs (dbt Cloud tokens, long hex keys) that appears whole in any
output. Prints them, redacted, and fails if there is one."""
import os
import re
import sys

SECRET = re.compile(rb"dbt[uc]_[A-Za-z0-9_-]{30,}|\b[0-9a-f]{32,}\b")
PLACEHOLDER = re.compile(rb"(?i)x{4}|example|your|placeholder|changeme|test|dummy|fake|sample|redacted")
IDENTIFIER = re.compile(rb"dbt[uc]_[a-z_]+")  # a function name, such as dbtc_trigger_job_and_wait

split = sys.argv.index("--")
secrets = set()
for top in sys.argv[1:split]:
    for directory, _, names in os.walk(top):
        for name in names:
            with open(os.path.join(directory, name), "rb") as source:
                secrets.update(m for m in SECRET.findall(source.read()) if not PLACEHOLDER.search(m) and not IDENTIFIER.fullmatch(m))
leaks = []
for path in sys.argv[split + 1:]:
    with open(path, "rb") as output:
        text = output.read()
    leaks += [(path, secret) for secret in sorted(secrets) if secret in text]
for path, secret in leaks:
    print(f"leak: {path} holds {secret[:5].decode()}…{secret[-4:].decode()}")
print(f"{len(secrets)} credential-shaped values in the inputs, {len(leaks)} leaked")
sys.exit(1 if leaks else 0)
