# RUN: not %dbt-api-lint --select DBT001 %s | FileCheck %s --implicit-check-not="[DBT"
# A Terraform provider block written from Python in two statements. The
# pattern that finds its token spans lines (spans_lines), so no statement of
# the file is left out of its analysis, though the second names nothing of
# dbt and shares no name with the first.
# CHECK: python-provider-block.py:10:20: error: literal dbt Cloud credential without the dbtu_ or dbtc_ prefix{{.*}} [DBT001]
HEAD = 'provider "dbtcloud" {'
settings = {}

TAIL = '  token = "k7Qm2xZp9LwR4tYv8NbC3d" }'
