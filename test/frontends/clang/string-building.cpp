// URLs built in steps (std::string += and append) and with {fmt}'s
// positional and named arguments. The scanner and the clang-tidy plugin
// report the same places.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %python %S/Inputs/make_compile_commands.py %t %s
// RUN: not %dbt-api-lint -p %t %s | FileCheck %s --implicit-check-not="[DBT"
// RUN: %clang-tidy --load=%dbt-clang-tidy -checks='-*,dbt-*' -p %t %s 2>&1 | FileCheck %s --check-prefix=TIDY --implicit-check-not="[dbt-"
#include <string>

#include <fmt/format.h>
#include <httplib.h>

void in_steps(const std::string& account_id) {
  httplib::Client cli("https://cloud.getdbt.com");
  std::string path = "/api/v2";
  path += "/accounts";
  path.append("/");
  // CHECK: string-building.cpp:[[@LINE+2]]:22: error: request to the cross-account endpoint GET /api/v2/accounts/,{{.*}} [DBT101]
  // TIDY: string-building.cpp:[[@LINE+1]]:22: warning: request to the cross-account endpoint GET /api/v2/accounts/,{{.*}} [dbt-cross-account-endpoint]
  auto all = cli.Get(path);
  path += account_id;
  auto one = cli.Get(path);

  std::string base;
  base += "https://emea";
  base.append(".dbt.com");
  httplib::Client emea(base);
  // CHECK: string-building.cpp:[[@LINE+2]]:29: error: request to the cross-account endpoint GET /api/v3/accounts/,{{.*}} [DBT101]
  // TIDY: string-building.cpp:[[@LINE+1]]:29: warning: {{.*}} [dbt-cross-account-endpoint]
  auto emea_all = emea.Get("/api/v3/accounts/");
}

void formatted(const std::string& account_id) {
  httplib::Client cli("https://cloud.getdbt.com");
  // CHECK: string-building.cpp:[[@LINE+2]]:22: error: request to the cross-account endpoint GET /api/v3/accounts/,{{.*}} [DBT101]
  // TIDY: string-building.cpp:[[@LINE+1]]:22: warning: {{.*}} [dbt-cross-account-endpoint]
  auto all = cli.Get(fmt::format("{0}/accounts/", "/api/v3"));
  // CHECK: string-building.cpp:[[@LINE+2]]:24: error: request to the cross-account endpoint GET /api/v2/accounts/,{{.*}} [DBT101]
  // TIDY: string-building.cpp:[[@LINE+1]]:24: warning: {{.*}} [dbt-cross-account-endpoint]
  auto named = cli.Get(fmt::format("/api/{version}/accounts/", fmt::arg("version", "v2")));
  auto jobs = cli.Get(fmt::format("{1}/accounts/{0}/jobs/", account_id, "/api/v2"));
  auto one = cli.Get(fmt::format("/api/{version}/accounts/{id}/", fmt::arg("version", "v2"), fmt::arg("id", account_id)));
  auto padded = cli.Get(fmt::format("/api/{0:>3}/accounts/", "v2"));
  auto missing = cli.Get(fmt::format("/api/{version}/accounts/", fmt::arg("api", "v2")));
}

// A step in an `if` without `else` is taken on some paths only: reported
// when either path is cross-account, naming the other path's URL.
void on_some_paths(const std::string& account_id, bool with_id, bool limited) {
  httplib::Client cli("https://cloud.getdbt.com");
  std::string maybe = "/api/v2/accounts/";
  if (with_id) maybe += account_id;
  // CHECK: string-building.cpp:[[@LINE+2]]:25: error: request to the cross-account endpoint GET /api/v2/accounts/,{{.*}} (the URL is cross-account only on some paths; on others it is https://cloud.getdbt.com/api/v2/accounts/{account_id}) [DBT101]
  // TIDY: string-building.cpp:[[@LINE+1]]:25: warning: {{.*}} (the URL is cross-account only on some paths; on others it is https://cloud.getdbt.com/api/v2/accounts/{account_id}) [dbt-cross-account-endpoint]
  auto either = cli.Get(maybe);
  std::string list = "/api/v3/accounts/";
  if (limited) {
    list += "?limit=10";
  }
  // CHECK: string-building.cpp:[[@LINE+2]]:22: error: request to the cross-account endpoint GET /api/v3/accounts/, {{[^(]*}} [DBT101]
  // TIDY: string-building.cpp:[[@LINE+1]]:22: warning: request to the cross-account endpoint GET /api/v3/accounts/, {{[^(]*}} [dbt-cross-account-endpoint]
  auto all = cli.Get(list);
  std::string base = "/api/v2";
  if (with_id) base += "/accounts/";
  // CHECK: string-building.cpp:[[@LINE+2]]:23: error: request to the cross-account endpoint GET /api/v2/accounts/,{{.*}} (the URL is cross-account only on some paths; on others it is https://cloud.getdbt.com/api/v2) [DBT101]
  // TIDY: string-building.cpp:[[@LINE+1]]:23: warning: {{.*}} (the URL is cross-account only on some paths; on others it is https://cloud.getdbt.com/api/v2) [dbt-cross-account-endpoint]
  auto some = cli.Get(base);
  // The other path's URL is shown with its token redacted, by clang-tidy too.
  std::string tokened = "/api/v2/accounts/";
  // CHECK: string-building.cpp:[[@LINE+1]]:50: error: hard-coded dbt Cloud token{{.*}} [DBT002]
  if (with_id) tokened += "70403103922125/?token=dbtc_Zq4Wm8Kx2Rv6Tn1Py5Ls9Hb3Jd7Fg0Ac4Ue8Io2Nk6Mh1Qw5Er9Ty";
  // CHECK: string-building.cpp:[[@LINE+2]]:25: error: {{.*}} on others it is https://cloud.getdbt.com/api/v2/accounts/70403103922125/?token=dbtc_…r9Ty) [DBT101]
  // TIDY: string-building.cpp:[[@LINE+1]]:25: warning: {{.*}} on others it is https://cloud.getdbt.com/api/v2/accounts/70403103922125/?token=dbtc_…r9Ty) [dbt-cross-account-endpoint]
  auto hidden = cli.Get(tokened);
}

// Must not fire: an id appended in steps, steps in both branches of an `if`
// (the value is then unknown), and a string changed some other way.
void look_alikes(const std::string& account_id, bool with_id) {
  httplib::Client cli("https://cloud.getdbt.com");
  std::string scoped = "/api/v2/accounts/";
  scoped.append(account_id).append("/jobs/");
  auto jobs = cli.Get(scoped);
  std::string either = "/api/v2/accounts/";
  if (with_id) {
    either += account_id;
  } else {
    either += "70403103922125";
  }
  auto one_or_other = cli.Get(either);
  std::string assigned = "/api/v2/accounts/";
  assigned = "/api/v2/accounts/" + account_id;
  auto one = cli.Get(assigned);
}
