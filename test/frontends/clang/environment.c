// Environment variables named as the legacy user API key, read with getenv
// or secure_getenv (the name written out, or from a constant or a macro), or
// named in a shell command written in a string. Clang decides this rule for
// the file, so mentions in comments and disabled code do not fire. The
// scanner and the clang-tidy plugin report the same places.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %python %S/Inputs/make_compile_commands.py %t %s
// RUN: not %dbt-api-lint -p %t %s | FileCheck %s --implicit-check-not="[DBT"
// RUN: %clang-tidy --load=%dbt-clang-tidy -checks='-*,dbt-*' -p %t %s 2>&1 | FileCheck %s --check-prefix=TIDY --implicit-check-not="[dbt-"
#define _GNU_SOURCE
#include <stdlib.h>

// CHECK: environment.c:[[@LINE+2]]:23: warning: dbt Cloud authentication uses DBT_API_KEY, named as a legacy user API key{{.*}} [DBT003]
// TIDY: environment.c:[[@LINE+1]]:23: warning: dbt Cloud authentication uses DBT_API_KEY{{.*}} [dbt-api-key-credential]
#define KEY_VARIABLE "DBT_API_KEY"
// CHECK: environment.c:[[@LINE+2]]:37: warning: dbt Cloud authentication uses dbt_cloud_api_key{{.*}} [DBT003]
// TIDY: environment.c:[[@LINE+1]]:37: warning: {{.*}} [dbt-api-key-credential]
static const char kKeyVariable[] = "dbt_cloud_api_key";

void read_keys(void) {
  // CHECK: environment.c:[[@LINE+2]]:29: warning: dbt Cloud authentication uses DBT_CLOUD_API_KEY{{.*}} [DBT003]
  // TIDY: environment.c:[[@LINE+1]]:29: warning: {{.*}} [dbt-api-key-credential]
  const char *key = getenv("DBT_CLOUD_API_KEY");
  const char *from_macro = secure_getenv(KEY_VARIABLE);
  const char *from_constant = getenv(kKeyVariable);
  // CHECK: environment.c:[[@LINE+2]]:44: warning: dbt Cloud authentication uses DBT_CLOUD_API_KEY{{.*}} [DBT003]
  // TIDY: environment.c:[[@LINE+1]]:44: warning: {{.*}} [dbt-api-key-credential]
  system("curl -H \"Authorization: Token ${DBT_CLOUD_API_KEY}\" \"$DBT_URL\"");
  (void)key;
  (void)from_macro;
  (void)from_constant;
}

// Must not fire: other names, a name only mentioned in a comment
// (getenv("DBT_CLOUD_API_KEY")), and disabled code.
void look_alikes(void) {
  const char *token = getenv("DBT_CLOUD_TOKEN");
  const char *account = getenv("DBT_CLOUD_ACCOUNT_ID");
  system("echo $DBT_CLOUD_SERVICE_TOKEN_NAME $HOME");
#if 0
  const char *old = getenv("DBT_CLOUD_API_KEY");
#endif
  (void)token;
  (void)account;
}
