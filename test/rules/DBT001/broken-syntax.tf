# RUN: not %dbt-api-lint %s 2>&1 | FileCheck %s --implicit-check-not="[DBT"
# A syntax error further down (the list is never closed, which shows at the brace after it): what parsed is still
# analysed, and the user is told where parsing failed.
# CHECK: dbt-api-lint: warning: {{.*}}broken-syntax.tf: Terraform syntax error at line 15; findings cover only what parsed

provider "dbtcloud" {
  alias = "broken-file"
  # CHECK: broken-syntax.tf:[[@LINE+1]]:12: error: literal dbt Cloud credential{{.*}} [DBT001]
  token = "3f9a0c7e51b24d68a9e0f1c2d3b4a5e6f7081920"
}

resource "dbtcloud_job" "nightly" {
  execute_steps = [
    "dbt build"
}
# CHECK: 1 finding (1 error, 0 warnings, 0 notes) in 1 file scanned.
