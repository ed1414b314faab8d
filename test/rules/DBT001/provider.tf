# RUN: not %dbt-api-lint %s | FileCheck %s --implicit-check-not="[DBT"
terraform {
  required_providers {
    dbtcloud = {
      source  = "dbt-labs/dbtcloud"
      version = "~> 0.3"
    }
  }
}

provider "dbtcloud" {
  account_id = 70403103922125
  # CHECK: provider.tf:[[@LINE+1]]:17: error: literal dbt Cloud credential {{.*}} [DBT001]
  token      = "e2d4f6a8c0b1d3e5f7a9c2b4d6e8f0a1c3b5d7e9"
  host_url   = "https://cloud.getdbt.com/api"
}

provider "dbtcloud" {
  alias      = "staging"
  account_id = 70403103922126
  token      = var.dbt_cloud_token
}
