# A syntax error does not stop the analysis of what parses around it, and the
# user is told.
# RUN: not %dbt-api-lint %s 2>/dev/null | FileCheck %s --implicit-check-not="[DBT"
# RUN: not %dbt-api-lint %s 2>&1 >/dev/null | FileCheck %s --check-prefix=NOTICE
# RUN: not %dbt-api-lint %s 2>/dev/null | FileCheck %s --check-prefix=SUMMARY
# SUMMARY: 2 findings (2 errors, 0 warnings, 0 notes) in 1 file scanned.
# NOTICE: dbt-api-lint: warning: {{.*}}broken-syntax.py: Python syntax error at line 15; the findings come from the parts that parse
import requests

ACCOUNTS = "https://cloud.getdbt.com/api/v2/accounts/"
# CHECK: broken-syntax.py:[[@LINE+1]]:14: error: request to the cross-account endpoint GET /api/v2/accounts/, {{.*}} [DBT101]
requests.get(ACCOUNTS)


def broken(:
    return requests.get(ACCOUNTS + "70403/")


# CHECK: broken-syntax.py:[[@LINE+1]]:14: error: request to the cross-account endpoint GET /api/v2/accounts/, {{.*}} [DBT101]
requests.get(ACCOUNTS)
