# RUN: %dbt-api-lint --select DBT201 %s | FileCheck %s --implicit-check-not="[DBT"
# Every dbt Cloud API request target resolved in Terraform is a call site, with
# its path. A literal API base counts too (the text layer finds it).

locals {
  # CHECK: terraform.tf:[[@LINE+1]]:14: note: dbt Cloud API call site (/api), credential: not resolved; list it in the migration inventory [DBT201]
  dbt_api = "https://cloud.getdbt.com/api"
}

provider "dbtcloud" {
  host_url = local.dbt_api
}

data "http" "jobs" {
  # CHECK: terraform.tf:[[@LINE+1]]:10: note: dbt Cloud API call site (/api/v2/accounts/{var.account_id}/jobs/), credential: not resolved; list it in the migration inventory [DBT201]
  url = "${local.dbt_api}/v2/accounts/${var.account_id}/jobs/"
}

# Must not fire: not a dbt Cloud host.
data "http" "weather" {
  url = "https://api.weather.example/v2/accounts/"
}

variable "account_id" {
  type = string
}
