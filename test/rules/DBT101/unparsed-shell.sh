#!/bin/sh
# A test left unclosed: the shell parser wraps the script in an ERROR node,
# where the last command is no command node, so the text rule's finding stands
# there; the commands that parse are decided by the shell front end as always.
# RUN: not %dbt-api-lint %s 2>/dev/null | FileCheck %s --implicit-check-not="[DBT101]"
# RUN: not %dbt-api-lint %s 2>&1 >/dev/null | FileCheck %s --check-prefix=NOTICE
# NOTICE: dbt-api-lint: warning: {{.*}}unparsed-shell.sh: does not parse in full as shell; analysed what parses
ACCOUNTS=https://cloud.getdbt.com/api/v2/accounts/
curl -sSf "${ACCOUNTS}70403/jobs/"
if [ x ; then
# CHECK: unparsed-shell.sh:[[@LINE+1]]:6: error: request to the cross-account endpoint GET /api/v3/accounts/, {{.*}} [DBT101]
curl https://cloud.getdbt.com/api/v3/accounts/ "
