// URLs handed to clients the analysis does not know (an in-house wrapper
// whose code is in another translation unit, a class of its own): a URL of
// the cross-account collection on a dbt Cloud host given as it is is
// reported as a GET, at the argument. Look-alikes must not fire. The scanner
// and the clang-tidy plugin report the same places.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %python %S/Inputs/make_compile_commands.py %t %s
// RUN: not %dbt-api-lint -p %t %s | FileCheck %s --implicit-check-not="[DBT"
// RUN: %clang-tidy --load=%dbt-clang-tidy -checks='-*,dbt-*' -p %t %s 2>&1 | FileCheck %s --check-prefix=TIDY --implicit-check-not="[dbt-"
#include <cstdio>
#include <cstring>
#include <string>

#include <curl/curl.h>

// The company's own HTTP client, declared in its header.
std::string http_get(const std::string& url, const char* token);
int http_post_json(const char* url, const char* body);
void log_url(const char* url);
void audit(const char* what);

class DbtRequest {
 public:
  explicit DbtRequest(const char* url);
};

// Another library's string class and a camel-case logger.
class QString {
 public:
  QString(const char* text);
};
void logURL(const char* text);

// A wrapper of this file that requests the URL it is given as it is, and a
// helper of this file that builds an account's URL from the base it is given.
static std::string fetch(const char* url) {
  CURL* curl = curl_easy_init();
  curl_easy_setopt(curl, CURLOPT_URL, url);
  curl_easy_perform(curl);
  return "";
}

static std::string account_url(const std::string& base, const std::string& id) { return base + id + "/"; }

#define DBT_HOST "https://cloud.getdbt.com"
#define LIST_ACCOUNTS_PATH "/api/v2/accounts/"
#define ACCOUNT_URL_TEMPLATE DBT_HOST "/api/v2/accounts/{account_id}/"

void in_house(const char* token) {
  const char* url = "https://cloud.getdbt.com/api/v2/accounts/";
  // CHECK: unknown-clients.cpp:[[@LINE+2]]:35: error: request to the cross-account endpoint GET /api/v2/accounts/,{{.*}} [DBT101]
  // TIDY: unknown-clients.cpp:[[@LINE+1]]:35: warning: request to the cross-account endpoint GET /api/v2/accounts/,{{.*}} [dbt-cross-account-endpoint]
  std::string accounts = http_get(url, token);
  // CHECK: unknown-clients.cpp:[[@LINE+2]]:12: error: request to the cross-account endpoint GET /api/v2/accounts/,{{.*}} [DBT101]
  // TIDY: unknown-clients.cpp:[[@LINE+1]]:12: warning: {{.*}} [dbt-cross-account-endpoint]
  http_get(DBT_HOST LIST_ACCOUNTS_PATH, token);
  // CHECK: unknown-clients.cpp:[[@LINE+2]]:23: error: request to the cross-account endpoint GET /api/v3/accounts/,{{.*}} [DBT101]
  // TIDY: unknown-clients.cpp:[[@LINE+1]]:23: warning: {{.*}} [dbt-cross-account-endpoint]
  DbtRequest request("https://emea.dbt.com/api/v3/accounts");
  // CHECK: unknown-clients.cpp:[[@LINE+2]]:9: error: request to the cross-account endpoint GET /api/v3/accounts/,{{.*}} [DBT101]
  // TIDY: unknown-clients.cpp:[[@LINE+1]]:9: warning: {{.*}} [dbt-cross-account-endpoint]
  fetch(DBT_HOST "/api/v3/accounts/");
}

// Must not fire: below an account id, an id appended before the call,
// another host, a relative path and a template that only look alike, a
// function named for another method or for output, text functions and string
// classes, a helper of this file that extends the URL it is given, and a URL
// that a recognised request (the sign-up POST) already consumed.
static const char kSignUp[] = "https://cloud.getdbt.com/api/v3/accounts/";

void look_alikes(const char* token, const std::string& account_id) {
  http_get(DBT_HOST "/api/v2/accounts/70403103922125/jobs/", token);
  http_get(DBT_HOST LIST_ACCOUNTS_PATH + account_id, token);
  http_get("https://api.coinbase.com/v2/accounts", token);
  http_get(LIST_ACCOUNTS_PATH, token);
  http_get(ACCOUNT_URL_TEMPLATE, token);
  http_get(account_url(DBT_HOST LIST_ACCOUNTS_PATH, account_id), token);
  http_post_json(DBT_HOST "/api/v3/accounts/", "{}");
  const char* url = DBT_HOST LIST_ACCOUNTS_PATH;
  log_url(url);
  QString text("https://cloud.getdbt.com/api/v2/accounts/");
  logURL(url);
  std::printf("calling %s\n", url);
  std::size_t length = std::strlen(url);
  (void)length;

  CURL* curl = curl_easy_init();
  curl_easy_setopt(curl, CURLOPT_URL, kSignUp);
  curl_easy_setopt(curl, CURLOPT_POSTFIELDS, "{}");
  audit(kSignUp);
}
