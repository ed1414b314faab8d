provider "dbtcloud" {
  account_id = 1
  token      = var.api_key
}

variable "api_key" {}
