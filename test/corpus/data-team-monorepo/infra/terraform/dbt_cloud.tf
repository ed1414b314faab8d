locals {
  dbt_cloud_host = "https://cloud.getdbt.com"
}

provider "dbtcloud" {
  account_id = 70403
  host_url   = "${local.dbt_cloud_host}/api"
  token      = "24b8f218ef80ebbdc6983ebd02268fffe0ff296a"
}

# The EMEA account still authenticates with the old key, passed in as a variable.
provider "dbtcloud" {
  alias      = "emea"
  account_id = 51798
  token      = var.dbt_cloud_api_key
  host_url   = "https://emea.dbt.com/api"
}

variable "dbt_cloud_api_key" {
  type      = string
  sensitive = true
}

resource "null_resource" "dbt_cloud_preflight" {
  triggers = {
    always = timestamp()
  }

  provisioner "local-exec" {
    command = "curl -sSf -H \"Authorization: Token $DBT_CLOUD_API_KEY\" https://emea.dbt.com/api/v2/accounts/ | jq -e '.data | length == 1'"
  }
}

resource "dbtcloud_project" "finance" {
  provider = dbtcloud.emea
  name     = "Finance"
}
