// cpr requests to dbt Cloud, and their look-alikes that must not fire. The
// scanner and the clang-tidy plugin report the same places.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %python %S/Inputs/make_compile_commands.py %t %s
// RUN: not %dbt-api-lint -p %t %s | FileCheck %s --implicit-check-not="[DBT"
// RUN: %clang-tidy --load=%dbt-clang-tidy -checks='-*,dbt-*' -p %t %s 2>&1 | FileCheck %s --check-prefix=TIDY --implicit-check-not="[dbt-"
#include <string>

#include <cpr/cpr.h>

#define DBT_API "https://cloud.getdbt.com/api/v2"

void accounts(const std::string& account_id) {
  // CHECK: cpr-requests.cpp:[[@LINE+4]]:32: error: request to the cross-account endpoint GET /api/v2/accounts/,{{.*}} [DBT101]
  // CHECK: cpr-requests.cpp:[[@LINE+3]]:93: error: literal dbt Cloud credential without the dbtu_ or dbtc_ prefix{{.*}} [DBT001]
  // TIDY: cpr-requests.cpp:[[@LINE+2]]:32: warning: request to the cross-account endpoint{{.*}} [dbt-cross-account-endpoint]
  // TIDY: cpr-requests.cpp:[[@LINE+1]]:93: warning: literal dbt Cloud credential{{.*}} [dbt-legacy-user-api-key]
  auto all = cpr::Get(cpr::Url{DBT_API "/accounts/"}, cpr::Header{{"Authorization", "Bearer 3c1e9b7a5d2f8c4e6a0b1d9f7e5c3a2b8d6f4e1c"}});

  auto jobs = cpr::Get(cpr::Url{DBT_API "/accounts/" + account_id + "/jobs/"});
  auto sign_up = cpr::Post(cpr::Url{"https://cloud.getdbt.com/api/v3/accounts/"}, cpr::Body{"{}"});
  auto other = cpr::Get(cpr::Url{"https://api.coinbase.com/v2/accounts"},
                        cpr::Header{{"Authorization", "Bearer 3c1e9b7a5d2f8c4e6a0b1d9f7e5c3a2b8d6f4e1c"}});
}
