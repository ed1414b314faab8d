// Boost.Beast requests to dbt Cloud: the host from req.set(field::host, …),
// the target from the constructor or req.target(…), the method from the
// constructor, req.method(…) or req.method_string(…). Look-alikes must not
// fire. The scanner and the clang-tidy plugin report the same places.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %python %S/Inputs/make_compile_commands.py %t %s
// RUN: not %dbt-api-lint -p %t %s | FileCheck %s --implicit-check-not="[DBT"
// RUN: %clang-tidy --load=%dbt-clang-tidy -checks='-*,dbt-*' -p %t %s 2>&1 | FileCheck %s --check-prefix=TIDY --implicit-check-not="[dbt-"
#include <string>

#include <boost/beast/http.hpp>

namespace http = boost::beast::http;

constexpr const char* kDbtHost = "cloud.getdbt.com";

void list_accounts() {
  // CHECK: beast-requests.cpp:[[@LINE+2]]:58: error: request to the cross-account endpoint GET /api/v2/accounts/,{{.*}} [DBT101]
  // TIDY: beast-requests.cpp:[[@LINE+1]]:58: warning: request to the cross-account endpoint GET /api/v2/accounts/,{{.*}} [dbt-cross-account-endpoint]
  http::request<http::string_body> req{http::verb::get, "/api/v2/accounts/", 11};
  req.set(http::field::host, kDbtHost);
  // CHECK: beast-requests.cpp:[[@LINE+2]]:46: error: literal dbt Cloud credential without the dbtu_ or dbtc_ prefix{{.*}} [DBT001]
  // TIDY: beast-requests.cpp:[[@LINE+1]]:46: warning: literal dbt Cloud credential{{.*}} [dbt-legacy-user-api-key]
  req.set(http::field::authorization, "Token 3c1e9b7a5d2f8c4e6a0b1d9f7e5c3a2b8d6f4e1c");
}

void step_by_step() {
  http::request<http::empty_body> req;
  req.method(http::verb::get);
  // CHECK: beast-requests.cpp:[[@LINE+2]]:15: error: request to the cross-account endpoint GET /api/v3/accounts/,{{.*}} [DBT101]
  // TIDY: beast-requests.cpp:[[@LINE+1]]:15: warning: {{.*}} [dbt-cross-account-endpoint]
  req.target("/api/v3/accounts?limit=10");
  req.set("Host", "emea.dbt.com");
  // CHECK: beast-requests.cpp:[[@LINE+2]]:36: error: hard-coded dbt Cloud token{{.*}} [DBT002]
  // TIDY: beast-requests.cpp:[[@LINE+1]]:36: warning: hard-coded dbt Cloud token{{.*}} [dbt-hardcoded-dbt-cloud-token]
  req.set("Authorization", "Bearer dbtc_Zq4Wm8Kx2Rv6Tn1Py5Ls9Hb3Jd7Fg0Ac4Ue8Io2Nk6Mh1Qw5Er9Ty");
}

void method_as_text() {
  http::request<http::empty_body> req;
  // CHECK: beast-requests.cpp:[[@LINE+2]]:15: error: request to the cross-account endpoint GET /api/v2/accounts/,{{.*}} [DBT101]
  // TIDY: beast-requests.cpp:[[@LINE+1]]:15: warning: {{.*}} [dbt-cross-account-endpoint]
  req.target("https://ab123.us1.dbt.com/api/v2/accounts");
  req.method_string("get");
}

// Must not fire: below an account id, the trial sign-up POST, another API
// (with a key sent to it), and an unknown host.
void look_alikes(const std::string& account_id, const std::string& configured_host) {
  std::string jobs = "/api/v2/accounts/";
  jobs += account_id;
  jobs += "/jobs/";
  http::request<http::empty_body> scoped{http::verb::get, jobs, 11};
  scoped.set(http::field::host, kDbtHost);

  http::request<http::string_body> sign_up{http::verb::post, "/api/v3/accounts/", 11};
  sign_up.set(http::field::host, kDbtHost);

  http::request<http::empty_body> other{http::verb::get, "/v2/accounts", 11};
  other.set(http::field::host, "api.coinbase.com");
  other.set(http::field::authorization, "Token 3c1e9b7a5d2f8c4e6a0b1d9f7e5c3a2b8d6f4e1c");

  http::request<http::empty_body> unknown{http::verb::get, "/api/v2/accounts/", 11};
  unknown.set(http::field::host, configured_host);
}
