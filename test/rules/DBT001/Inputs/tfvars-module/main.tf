# MAIN: main.tf:[[@LINE+5]]:15: warning: dbt Cloud authentication uses dbt_cloud_api_key, {{.*}} [DBT003]
# MAIN-NEXT: token = var.dbt_cloud{{_}}api_key
# MAIN-NEXT: ^~~~~~~~~~~~~~~~~
# MAIN-NEXT: main.tf:[[@LINE+1]]:1: note: the dbtcloud provider takes it as its token here
provider "dbtcloud" {
  token = var.dbt_cloud_api_key
}

provider "dbtcloud" {
  alias      = "service"
  account_id = 70403
  token      = var.dbt_service_token
  host_url   = "https://cloud.getdbt.com/api"
}

provider "dbtcloud" {
  alias = "personal"
  token = var.dbt_personal_token
}
