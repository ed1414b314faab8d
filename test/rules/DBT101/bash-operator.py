# Shell commands in Python strings go to the shell front end, which maps its
# findings back into this file.
# RUN: not %dbt-api-lint %s | FileCheck %s --implicit-check-not="[DBT"
import os
import subprocess

from airflow.operators.bash import BashOperator

snapshot = BashOperator(
    task_id="snapshot_accounts",
    bash_command=(
        'curl -sSf -H "Authorization: Token $DBT_CLOUD_TOKEN" '
        # CHECK: bash-operator.py:[[@LINE+1]]:10: error: {{.*}}GET /api/v2/accounts/, {{.*}} [DBT101]
        "https://cloud.getdbt.com/api/v2/accounts/ > /tmp/accounts.json"
    ),
)
# CHECK: bash-operator.py:[[@LINE+1]]:18: error: {{.*}} [DBT102]
subprocess.run(["dbtc", "accounts", "list"], check=True)
# CHECK: bash-operator.py:[[@LINE+1]]:12: error: {{.*}} [DBT102]
os.system("dbt-cloud account list")
