locals {
  dbt_api = "https://cloud.getdbt.com/api"
  # Every job lives under the one analytics account.
  account_api = "${local.dbt_api}/v2/accounts/${var.dbt_cloud_account_id}"
}

provider "dbtcloud" {
  account_id = var.dbt_cloud_account_id
  token      = var.dbt_cloud_token
  host_url   = local.dbt_api
}

# The finance account is still managed with the old user key.
provider "dbtcloud" {
  alias      = "finance"
  account_id = var.finance_account_id
  token      = var.dbt_cloud_api_key
  host_url   = local.dbt_api
}

resource "dbtcloud_project" "analytics" {
  name = "Analytics"
}

resource "dbtcloud_project" "finance" {
  provider = dbtcloud.finance
  name     = "Finance"
}

data "http" "job_inventory" {
  url = "${local.account_api}/jobs/"
  request_headers = {
    Authorization = "Token ${var.dbt_cloud_token}"
    Accept        = "application/json"
  }
}

module "account_audit" {
  source    = "./modules/account-audit"
  dbt_token = var.dbt_cloud_token
}

output "job_count" {
  value = length(jsondecode(data.http.job_inventory.response_body).data)
}
