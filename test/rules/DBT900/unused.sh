#!/usr/bin/env bash
# RUN: not %dbt-api-lint %s | FileCheck %s --implicit-check-not=" [DBT"
# RUN: not %dbt-api-lint --ignore DBT900 %s | FileCheck %s --check-prefix=OFF
# RUN: %expect-exit 1 %dbt-api-lint --fail-on note --ignore DBT102 %s
# OFF: 1 finding (1 error, 0 warnings, 0 notes), 1 suppressed in 1 file scanned.

# Fires: the call below was fixed, the comment stayed.
# CHECK: unused.sh:[[@LINE+1]]:24: note: the suppression of DBT101 suppresses nothing on this line or the next{{.*}} [DBT900]
# dbt-api-lint: ignore[DBT101] until the audit job moves to per-account calls
curl -sf "https://cloud.getdbt.com/api/v2/accounts/${ACCOUNT_ID}/jobs/"

# Fires once per unused rule; a used one beside it does not.
# CHECK: unused.sh:[[@LINE+1]]:52: note: the suppression of DBT003 suppresses nothing on this line: {{.*}} [DBT900]
dbtc accounts list  # dbt-api-lint: ignore[DBT102, DBT003] audit job

# Fires: a name that is no rule (a letter O for a zero) never suppresses anything.
# CHECK: unused.sh:[[@LINE+2]]:1: error: dbtc{{ }}accounts list lists {{.*}} [DBT102]
# CHECK: unused.sh:[[@LINE+1]]:44: note: the suppression of DBT1O2 names no rule (see --list-rules): correct it or remove it [DBT900]
dbtc accounts list  # dbt-api-lint: ignore[DBT1O2] audit job

# Does not fire: naming DBT900 too keeps a suppression on purpose.
echo done  # dbt-api-lint: ignore[DBT003, DBT900] fires on some runners only
# CHECK: 4 findings (1 error, 0 warnings, 3 notes), 1 suppressed in 1 file scanned.
