# A file that ends inside a call: tree-sitter wraps the call in an ERROR node
# and the interpreter sees no request there, so the text rule's finding stands
# (only there: where the file parses, the front end still decides).
# RUN: not %dbt-api-lint %s 2>/dev/null | FileCheck %s --implicit-check-not="[DBT101]"
# RUN: not %dbt-api-lint %s 2>&1 >/dev/null | FileCheck %s --check-prefix=NOTICE
# NOTICE: dbt-api-lint: warning: {{.*}}unclosed-call.py: Python syntax error at line 14; the findings come from the parts that parse
import requests

# Only ever extended: not the cross-account list call.
ACCOUNTS = "https://cloud.getdbt.com/api/v2/accounts/"
requests.get(ACCOUNTS + "70403/jobs/")

# CHECK: unclosed-call.py:[[@LINE+1]]:15: error: request to the cross-account endpoint GET /api/v3/accounts/, {{.*}} [DBT101]
requests.get("https://cloud.getdbt.com/api/v3/accounts/",
