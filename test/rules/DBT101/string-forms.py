# RUN: not %dbt-api-lint %s | FileCheck %s --implicit-check-not="[DBT"
# Every way Python spells a string resolves to the URL it builds; each firing
# case has an account-scoped twin that must not fire.
import requests

HOST = "https://cloud.getdbt.com"
VERSION = 2

# Prefixes, triple quotes and escapes.
# CHECK: string-forms.py:[[@LINE+1]]:16: error: request to the cross-account endpoint GET /api/v2/accounts/, {{.*}} [DBT101]
requests.get(r"https://cloud.getdbt.com/api/v2/accounts/")
# CHECK: string-forms.py:[[@LINE+1]]:18: error: {{.*}} GET /api/v3/accounts/, {{.*}} [DBT101]
requests.get(U'''https://emea.dbt.com/api/v3/accounts''')
# CHECK: string-forms.py:[[@LINE+1]]:15: error: {{.*}} GET /api/v2/accounts/, {{.*}} [DBT101]
requests.get("https:\x2f\x2fcloud.getdbt.com\u002fapi/v2/accounts/")
requests.get(rb"https://cloud.getdbt.com/api/v2/accounts/\x31/")

# Adjacent literals, across lines: one string.
# CHECK: string-forms.py:[[@LINE+1]]:15: error: {{.*}} GET /api/v2/accounts/, {{.*}} [DBT101]
requests.get("https://cloud.getdbt.com/api/"
             "v2/accounts/")
requests.get("https://cloud.getdbt.com/api/v2/accounts/"
             "70403/jobs/")

# +, f-strings (a format spec too), % and str.format.
# CHECK: string-forms.py:[[@LINE+1]]:14: error: {{.*}} GET /api/v2/accounts/, {{.*}} [DBT101]
requests.get(HOST + "/api/v2/accounts/")
requests.get(HOST + "/api/v2/accounts/" + str(VERSION))
# CHECK: string-forms.py:[[@LINE+1]]:16: error: {{.*}} GET /api/v2/accounts/, {{.*}} [DBT101]
requests.get(f"{HOST}/api/v{VERSION}/accounts/")
requests.get(f"{HOST}/api/v{VERSION:d}/accounts/{VERSION:>{VERSION}}/")
# CHECK: string-forms.py:[[@LINE+1]]:14: error: {{.*}} GET /api/v3/accounts/, {{.*}} [DBT101]
requests.get("%s/api/v3/accounts/?limit=%d" % (HOST, 100))
requests.get("%(host)s/api/v3/accounts/%(id)s/" % {"host": HOST, "id": 1})
# CHECK: string-forms.py:[[@LINE+1]]:14: error: {{.*}} GET /api/v2/accounts/, {{.*}} [DBT101]
requests.get("{}/api/v{}/accounts".format(HOST, VERSION))
requests.get("{host}/api/v2/accounts/{id}/".format(host=HOST, id=VERSION))
# CHECK: string-forms.py:[[@LINE+1]]:14: error: {{.*}} GET /api/v2/accounts/, {{.*}} [DBT101]
requests.get("/".join([HOST, "api", "v2", "accounts"]))
requests.get("/".join([HOST, "api", "v2", "accounts", "70403"]))

# += extends a name: the extended value is account-scoped.
url = HOST + "/api/v2/accounts/"
url += "70403/"
requests.get(url)
