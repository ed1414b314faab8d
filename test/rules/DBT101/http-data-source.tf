# RUN: not %dbt-api-lint %s | FileCheck %s --implicit-check-not="[DBT"
# Request targets in Terraform resolved through locals, templates, format(),
# join(), heredocs, `%{ if }` directives and the dbtcloud provider's host_url.
# A target built by a function call is reported at the call.

locals {
  dbt_api      = "https://cloud.getdbt.com/api"
  dbt_accounts = "${local.dbt_api}/v2/accounts/"
}

provider "dbtcloud" {
  account_id = var.account_id
  host_url   = local.dbt_api
}

data "http" "all_accounts" {
  # CHECK: http-data-source.tf:[[@LINE+1]]:10: error: request to the cross-account endpoint {{.*}} [DBT101]
  url = "${local.dbt_api}/v2/accounts/"
}

data "http" "all_accounts_v3" {
  # CHECK: http-data-source.tf:[[@LINE+1]]:9: error: {{.*}} GET /api/v3/{{.*}} [DBT101]
  url = format("%s/v3/accounts", local.dbt_api)
}

data "http" "joined" {
  # CHECK: http-data-source.tf:[[@LINE+1]]:9: error: {{.*}} [DBT101]
  url = join("/", [local.dbt_api, "v2", "accounts", ""])
}

# One branch of the directive leaves the collection: that branch is the call.
data "http" "maybe_scoped" {
  # CHECK: http-data-source.tf:[[@LINE+1]]:10: error: {{.*}} [DBT101]
  url = "${local.dbt_accounts}%{ if var.account_id != "" }${var.account_id}/%{ endif }"
}

data "http" "heredoc" {
  url = <<-EOT
    ${local.dbt_api}/v3/accounts/
  EOT
  # CHECK: http-data-source.tf:[[@LINE-2]]:5: error: {{.*}} [DBT101]
}

# A relative path joined to the provider's host_url.
data "http" "relative" {
  # CHECK: http-data-source.tf:[[@LINE+1]]:10: error: {{.*}} [DBT101]
  url = "/v2/accounts/"
}

# Must not fire: the base is only ever extended with an account id.
data "http" "jobs" {
  url = "${local.dbt_accounts}${var.account_id}/jobs/"
}

data "http" "account" {
  url = format("%s/v3/accounts/%s/", local.dbt_api, var.account_id)
}

# Must not fire: the same path on another API's host.
data "http" "coinbase" {
  url = "https://api.coinbase.com/v2/accounts"
}

variable "account_id" {
  type = string
}
