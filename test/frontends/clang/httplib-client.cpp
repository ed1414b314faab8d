// cpp-httplib requests to dbt Cloud through constants and std::string
// concatenation, and their look-alikes that must not fire. The scanner and
// the clang-tidy plugin report the same places.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %python %S/Inputs/make_compile_commands.py %t %s
// RUN: not %dbt-api-lint -p %t %s | FileCheck %s --implicit-check-not="[DBT"
// RUN: %clang-tidy --load=%dbt-clang-tidy -checks='-*,dbt-*' -p %t %s 2>&1 | FileCheck %s --check-prefix=TIDY --implicit-check-not="[dbt-"
#include <cstdlib>
#include <string>

#include <fmt/format.h>
#include <httplib.h>

constexpr const char* kDbtCloud = "https://cloud.getdbt.com";
static const std::string kApiV3 = "/api/v3";

void inventory(const std::string& account_id) {
  httplib::Client cli(kDbtCloud);
  // CHECK: httplib-client.cpp:[[@LINE+2]]:42: warning: dbt Cloud authentication uses DBT_CLOUD_API_KEY, named as a legacy user API key{{.*}} [DBT003]
  // TIDY: httplib-client.cpp:[[@LINE+1]]:42: warning: dbt Cloud authentication uses DBT_CLOUD_API_KEY{{.*}} [dbt-api-key-credential]
  cli.set_bearer_token_auth(std::getenv("DBT_CLOUD_API_KEY"));
  // CHECK: httplib-client.cpp:[[@LINE+2]]:22: error: request to the cross-account endpoint GET /api/v3/accounts/,{{.*}} [DBT101]
  // TIDY: httplib-client.cpp:[[@LINE+1]]:22: warning: request to the cross-account endpoint GET /api/v3/accounts/,{{.*}} [dbt-cross-account-endpoint]
  auto all = cli.Get(kApiV3 + "/accounts/");
  auto projects = cli.Get(kApiV3 + "/accounts/" + account_id + "/projects/");
  auto sign_up = cli.Post("/api/v3/accounts/", "{}", "application/json");
}

void literal_credentials() {
  httplib::Client cli("https://cloud.getdbt.com");
  // CHECK: httplib-client.cpp:[[@LINE+4]]:23: error: request to the cross-account endpoint GET /api/v2/accounts/,{{.*}} [DBT101]
  // CHECK: httplib-client.cpp:[[@LINE+3]]:69: error: literal dbt Cloud credential without the dbtu_ or dbtc_ prefix{{.*}} [DBT001]
  // TIDY: httplib-client.cpp:[[@LINE+2]]:23: warning: {{.*}} [dbt-cross-account-endpoint]
  // TIDY: httplib-client.cpp:[[@LINE+1]]:69: warning: literal dbt Cloud credential{{.*}} [dbt-legacy-user-api-key]
  auto all = cli.Get("/api/v2/accounts/", {{"Authorization", "Token 3c1e9b7a5d2f8c4e6a0b1d9f7e5c3a2b8d6f4e1c"}});
  // CHECK: httplib-client.cpp:[[@LINE+2]]:30: error: hard-coded dbt Cloud token{{.*}} [DBT002]
  // TIDY: httplib-client.cpp:[[@LINE+1]]:30: warning: hard-coded dbt Cloud token{{.*}} [dbt-hardcoded-dbt-cloud-token]
  cli.set_bearer_token_auth("dbtc_Zq4Wm8Kx2Rv6Tn1Py5Ls9Hb3Jd7Fg0Ac4Ue8Io2Nk6Mh1Qw5Er9Ty");
}

void formatted(const std::string& account_id, const std::string& configured_host) {
  httplib::Client cli(fmt::format("https://{}", "cloud.getdbt.com"));
  // CHECK: httplib-client.cpp:[[@LINE+2]]:22: error: request to the cross-account endpoint GET /api/v3/accounts/,{{.*}} [DBT101]
  // TIDY: httplib-client.cpp:[[@LINE+1]]:22: warning: {{.*}} [dbt-cross-account-endpoint]
  auto all = cli.Get(fmt::format("{}/accounts/", kApiV3));
  auto jobs = cli.Get(fmt::format("{}/accounts/{}/jobs/", kApiV3, account_id));
  httplib::Client elsewhere(fmt::format("https://{}", configured_host));
  auto unknown = elsewhere.Get("/api/v2/accounts/");
}

// Must not fire: a path extended before the request, another host, a
// placeholder, and a key sent to another API.
void look_alikes(const std::string& account_id) {
  httplib::Client cli(kDbtCloud);
  std::string path = "/api/v2/accounts/";
  path += account_id;
  auto jobs = cli.Get(path);
  cli.set_bearer_token_auth("<your-personal-access-token>");

  httplib::Client other("https://api.example.com");
  auto elsewhere = other.Get("/api/v2/accounts/", {{"Authorization", "Token 3c1e9b7a5d2f8c4e6a0b1d9f7e5c3a2b8d6f4e1c"}});
}
