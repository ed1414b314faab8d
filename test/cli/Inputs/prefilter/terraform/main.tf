provider "dbtcloud" {
  account_id = 1
  token      = var.api_key
}

variable "api_key" {}

locals {
  api = "https://cloud.getdbt.com/api/v2"
}
