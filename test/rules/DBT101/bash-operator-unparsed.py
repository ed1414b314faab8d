# Shell in a Python string that does not parse: the text rule's finding
# stands where the shell parser gave up, mapped back into this file.
# RUN: not %dbt-api-lint %s 2>/dev/null | FileCheck %s --implicit-check-not="[DBT101]"
# RUN: not %dbt-api-lint %s 2>&1 >/dev/null | FileCheck %s --check-prefix=NOTICE
# NOTICE: dbt-api-lint: warning: {{.*}}bash-operator-unparsed.py: embedded shell code does not parse in full; analysed what parses
from airflow.operators.bash import BashOperator

BashOperator(
    task_id="accounts",
    bash_command=(
        "if [ -n \"$DBT_CLOUD_TOKEN\" ; then "
        # CHECK: bash-operator-unparsed.py:[[@LINE+1]]:20: error: request to the cross-account endpoint GET /api/v2/accounts/, {{.*}} [DBT101]
        "curl -sSf https://cloud.getdbt.com/api/v2/accounts/ \"; fi"
    ),
)
