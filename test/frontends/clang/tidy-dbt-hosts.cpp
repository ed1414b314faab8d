// Single-tenant dbt Cloud hosts: the scanner's --dbt-host is the clang-tidy
// check option DbtHosts (for every dbt-* check, or one check's own).
// RUN: rm -rf %t && mkdir -p %t
// RUN: %python %S/Inputs/make_compile_commands.py %t %s
// RUN: not %dbt-api-lint -p %t --dbt-host dbt.acme.example --dbt-host '*.cells.example' %s | FileCheck %s --implicit-check-not="[DBT"
// RUN: %clang-tidy --load=%dbt-clang-tidy -checks='-*,dbt-*' -p %t %s \
// RUN:   -config="{CheckOptions: [{key: DbtHosts, value: 'dbt.acme.example; *.cells.example'}]}" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=TIDY --implicit-check-not="[dbt-"
// One check's own option: only that check knows the host.
// RUN: %clang-tidy --load=%dbt-clang-tidy -checks='-*,dbt-*' -p %t %s \
// RUN:   -config="{CheckOptions: [{key: dbt-cross-account-endpoint.DbtHosts, value: 'dbt.acme.example,*.cells.example'}]}" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=LOCAL --implicit-check-not="[dbt-"
// Without the option the hosts are not dbt Cloud: nothing fires.
// RUN: %clang-tidy --load=%dbt-clang-tidy -checks='-*,dbt-*' -p %t %s 2>&1 | FileCheck %s --allow-empty --check-prefix=NONE
// NONE-NOT: [dbt-
// A value that is no host name is a configuration error.
// RUN: %clang-tidy --load=%dbt-clang-tidy -checks='-*,dbt-*' -p %t %s \
// RUN:   -config="{CheckOptions: [{key: DbtHosts, value: 'https://dbt.acme.example/'}]}" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=BAD --implicit-check-not="[dbt-"
// BAD: warning: DbtHosts: invalid dbt Cloud host 'https://dbt.acme.example/'{{.*}} [clang-tidy-config]
#include <string>

#include <httplib.h>

void single_tenant() {
  httplib::Client cli("https://dbt.acme.example");
  // CHECK: tidy-dbt-hosts.cpp:[[@LINE+5]]:23: error: request to the cross-account endpoint GET /api/v2/accounts/,{{.*}} [DBT101]
  // CHECK: tidy-dbt-hosts.cpp:[[@LINE+4]]:69: error: literal dbt Cloud credential without the dbtu_ or dbtc_ prefix{{.*}} [DBT001]
  // TIDY: tidy-dbt-hosts.cpp:[[@LINE+3]]:23: warning: request to the cross-account endpoint GET /api/v2/accounts/,{{.*}} [dbt-cross-account-endpoint]
  // TIDY: tidy-dbt-hosts.cpp:[[@LINE+2]]:69: warning: literal dbt Cloud credential{{.*}} [dbt-legacy-user-api-key]
  // LOCAL: tidy-dbt-hosts.cpp:[[@LINE+1]]:23: warning: request to the cross-account endpoint GET /api/v2/accounts/,{{.*}} [dbt-cross-account-endpoint]
  auto all = cli.Get("/api/v2/accounts/", {{"Authorization", "Token 3c1e9b7a5d2f8c4e6a0b1d9f7e5c3a2b8d6f4e1c"}});
  httplib::Client cell("https://eu2.cells.example");
  // CHECK: tidy-dbt-hosts.cpp:[[@LINE+3]]:25: error: request to the cross-account endpoint GET /api/v3/accounts/,{{.*}} [DBT101]
  // TIDY: tidy-dbt-hosts.cpp:[[@LINE+2]]:25: warning: {{.*}} [dbt-cross-account-endpoint]
  // LOCAL: tidy-dbt-hosts.cpp:[[@LINE+1]]:25: warning: {{.*}} [dbt-cross-account-endpoint]
  auto more = cell.Get("/api/v3/accounts/");
}

// Must not fire: another host of the same company.
void elsewhere() {
  httplib::Client cli("https://git.acme.example");
  auto all = cli.Get("/api/v2/accounts/", {{"Authorization", "Token 3c1e9b7a5d2f8c4e6a0b1d9f7e5c3a2b8d6f4e1c"}});
}
