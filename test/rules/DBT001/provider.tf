# RUN: not %dbt-api-lint %s | FileCheck %s --implicit-check-not="[DBT"
terraform {
  required_providers {
    dbtcloud = {
      source  = "dbt-labs/dbtcloud"
      version = "~> 0.3"
    }
  }
}

# CHECK: provider.tf:[[@LINE+6]]:17: error: literal dbt Cloud credential {{.*}} [DBT001]
# CHECK-NEXT: token = "…d7e9"
# CHECK-NEXT: ^~~~~
# CHECK-NEXT: provider.tf:[[@LINE+1]]:1: note: the dbtcloud provider takes it as its token here
provider "dbtcloud" {
  account_id = 70403103922125
  token      = "e2d4f6a8c0b1d3e5f7a9c2b4d6e8f0a1c3b5d7e9"
  host_url   = "https://cloud.getdbt.com/api"
}

# A sensitive variable with no value in this module: supplied at apply time.
provider "dbtcloud" {
  alias      = "staging"
  account_id = 70403103922126
  token      = var.dbt_cloud_token
}

variable "dbt_cloud_token" {
  type      = string
  sensitive = true
}

# The token through a local: reported where the literal stands.
provider "dbtcloud" {
  alias = "through-local"
  token = local.dbt_cloud_admin_token
}

locals {
  # CHECK: provider.tf:[[@LINE+3]]:28: error: literal dbt Cloud credential {{.*}} [DBT001]
  # CHECK-NEXT: dbt_cloud_admin_token = "…8e0b"
  # CHECK-NEXT: ^~~~~
  dbt_cloud_admin_token = "9b1e5d7f3a2c4e6b8d0f1a3c5e7b9d2f4a6c8e0b"
  # CHECK-NEXT: provider.tf:[[@LINE-10]]:1: note: the dbtcloud provider takes it as its token here
}

# Placeholders are no credential.
provider "dbtcloud" {
  alias = "placeholder"
  token = "<your-dbt-cloud-token>"
}

# No token: the provider reads DBT_CLOUD_TOKEN from the environment.
provider "dbtcloud" {
  alias      = "from-environment"
  account_id = 70403103922127
}

# A literal that is not given to dbt Cloud and has no dbt name.
resource "random_id" "suffix" {
  keepers = {
    build = "4c1f8e2a9d7b3e6f0a5c2d8b1e4f7a9c"
  }
  byte_length = 8
}
