// libcurl requests to dbt Cloud, seen by Clang through the compilation
// database, and their look-alikes that must not fire. The scanner and the
// clang-tidy plugin report the same places.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %python %S/Inputs/make_compile_commands.py %t %s
// RUN: not %dbt-api-lint -p %t %s | FileCheck %s --implicit-check-not="[DBT"
// RUN: %clang-tidy --load=%dbt-clang-tidy -checks='-*,dbt-*' -p %t %s 2>&1 | FileCheck %s --check-prefix=TIDY --implicit-check-not="[dbt-"
#include <stdio.h>
#include <stdlib.h>

#include <curl/curl.h>

#define DBT_HOST "https://cloud.getdbt.com"
#define V2 "/api/v2"
// A key joined to its header by literal concatenation after macro expansion.
// The key is shown redacted, in the snippet as in every output.
// CHECK: curl-requests.c:[[@LINE+3]]:18: error: literal dbt Cloud credential without the dbtu_ or dbtc_ prefix{{.*}} [DBT001]
// CHECK-NEXT: {{^}}#define API_KEY "…2b0f"{{$}}
// TIDY: curl-requests.c:[[@LINE+1]]:18: warning: literal dbt Cloud credential without the dbtu_ or dbtc_ prefix{{.*}} [dbt-legacy-user-api-key]
#define API_KEY "9f3b2c7d1e8a4f6b0c5d2e9a7b3f1c8d4e6a2b0f"

static const char ACCOUNTS_URL[] = "https://cloud.getdbt.com/api/v2/accounts/";

void list_accounts(void) {
  CURL *curl = curl_easy_init();
  struct curl_slist *headers = NULL;
  headers = curl_slist_append(headers, "Authorization: Token " API_KEY);
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  // CHECK: curl-requests.c:[[@LINE+2]]:39: error: request to the cross-account endpoint GET /api/v2/accounts/,{{.*}} [DBT101]
  // TIDY: curl-requests.c:[[@LINE+1]]:39: warning: request to the cross-account endpoint GET /api/v2/accounts/,{{.*}} [dbt-cross-account-endpoint]
  curl_easy_setopt(curl, CURLOPT_URL, DBT_HOST V2 "/accounts/");
  curl_easy_perform(curl);
  curl_easy_cleanup(curl);
}

void list_accounts_again(CURL *curl) {
  // The constant passed as it is: the collection itself.
  // CHECK: curl-requests.c:[[@LINE+2]]:39: error: request to the cross-account endpoint GET /api/v2/accounts/,{{.*}} [DBT101]
  // TIDY: curl-requests.c:[[@LINE+1]]:39: warning: {{.*}} [dbt-cross-account-endpoint]
  curl_easy_setopt(curl, CURLOPT_URL, ACCOUNTS_URL);
  curl_easy_perform(curl);
}

void list_accounts_v3(CURL *curl) {
  // CHECK: curl-requests.c:[[@LINE+2]]:40: error: request to the cross-account endpoint GET /api/v3/accounts/,{{.*}} [DBT101]
  // TIDY: curl-requests.c:[[@LINE+1]]:40: warning: {{.*}} [dbt-cross-account-endpoint]
  curl_easy_setopt(curl, CURLOPT_URL, "https://emea.dbt.com/api/v3/accounts?limit=10");
  curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, "get");
  curl_easy_perform(curl);
}

// A buffer filled by snprintf has the value its format says.
void list_accounts_formatted(CURL *curl) {
  char url[128];
  snprintf(url, sizeof url, "%s%s/accounts/", DBT_HOST, "/api/v3");
  // CHECK: curl-requests.c:[[@LINE+2]]:39: error: request to the cross-account endpoint GET /api/v3/accounts/,{{.*}} [DBT101]
  // TIDY: curl-requests.c:[[@LINE+1]]:39: warning: {{.*}} [dbt-cross-account-endpoint]
  curl_easy_setopt(curl, CURLOPT_URL, url);
  curl_easy_perform(curl);
}

void unknown_host(CURL *curl, const char *host, int version) {
  char url[128];
  snprintf(url, sizeof url, "https://%s/api/v2/accounts/", host);
  curl_easy_setopt(curl, CURLOPT_URL, url);
  char versioned[128];
  snprintf(versioned, sizeof versioned, DBT_HOST "/api/v%d/accounts/", version);
  curl_easy_setopt(curl, CURLOPT_URL, versioned);
  curl_easy_perform(curl);
}

// Must not fire: below an account id, the constant only ever extended, the
// trial sign-up POST, another host, and a macro that only logs a URL.
#define LOG_ENDPOINT(url) printf("calling %s\n", url)

void account_scoped(CURL *curl, const char *account_id) {
  char url[256];
  snprintf(url, sizeof url, "%s%s/jobs/", ACCOUNTS_URL, account_id);
  curl_easy_setopt(curl, CURLOPT_URL, url);
  curl_easy_setopt(curl, CURLOPT_URL, DBT_HOST V2 "/accounts/70403103922125/jobs/");
  LOG_ENDPOINT("https://cloud.getdbt.com/api/v2/accounts/");
  curl_easy_perform(curl);
}

void sign_up(const char *form) {
  CURL *with_fields = curl_easy_init();
  curl_easy_setopt(with_fields, CURLOPT_URL, "https://cloud.getdbt.com/api/v3/accounts/");
  curl_easy_setopt(with_fields, CURLOPT_POSTFIELDS, form);
  CURL *with_post = curl_easy_init();
  curl_easy_setopt(with_post, CURLOPT_POST, 1L);
  curl_easy_setopt(with_post, CURLOPT_URL, "https://cloud.getdbt.com/api/v3/accounts/");
}

void other_api(CURL *curl) {
  struct curl_slist *headers = curl_slist_append(NULL, "Authorization: token 3c1e9b7a5d2f8c4e6a0b1d9f7e5c3a2b8d6f4e1c");
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(curl, CURLOPT_URL, "https://api.example.com/api/v2/accounts/");
  curl_easy_perform(curl);
}

void from_the_environment(CURL *curl) {
  char header[512];
  snprintf(header, sizeof header, "Authorization: Bearer %s", getenv("DBT_CLOUD_TOKEN"));
  struct curl_slist *headers = curl_slist_append(NULL, header);
  headers = curl_slist_append(headers, "Authorization: Token <your-api-key>");
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(curl, CURLOPT_URL, DBT_HOST V2 "/accounts/70403103922125/");
  curl_easy_perform(curl);
}
