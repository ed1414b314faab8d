// A file that does not compile still gets findings from what parses, and
// one warning that names the first error instead of a screen of them.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %python %S/Inputs/make_compile_commands.py %t %s
// RUN: not %dbt-api-lint -p %t %s 2>&1 | FileCheck %s --implicit-check-not="[DBT" --implicit-check-not="warning:"
#include <curl/curl.h>

// CHECK: dbt-api-lint: warning: {{.*}}broken-syntax.c: C/C++ front end: 2 compile error(s), the first: broken-syntax.c:[[@LINE+2]]:39: use of undeclared identifier 'undeclared_url'; findings come from what parses
void broken(CURL *curl) {
  curl_easy_setopt(curl, CURLOPT_URL, undeclared_url);
  int unfinished = ;
}

void still_analysed(CURL *curl) {
  // CHECK: broken-syntax.c:[[@LINE+1]]:40: error: request to the cross-account endpoint {{.*}} [DBT101]
  curl_easy_setopt(curl, CURLOPT_URL, "https://cloud.getdbt.com/api/v2/accounts/");
}
