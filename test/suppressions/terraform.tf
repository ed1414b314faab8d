# RUN: not %dbt-api-lint %s | FileCheck %s --implicit-check-not=" [DBT"
# Terraform has three comment forms; each can hold a suppression.
provider "dbtcloud" {
  account_id = 1234
  # dbt-api-lint: ignore[DBT002] revoked token kept for the provider's own tests
  token      = "dbtc_Hk3Lm9Np2Qr7St1Uv5Wx8Yz0Ab4Cd6Ef-Gh_Jk2Lm4Np6Qr8St"
  host_url   = "https://cloud.getdbt.com/api"
}

locals {
  // dbt-api-lint: ignore[DBT002] revoked
  old_token = "dbtc_Zq9xR2vLk8WmT4pNc7YhB3sJd6FgA1eUo5iKy0QwErTzXcVbNmL"
  other     = "dbtc_Zq9xR2vLk8WmT4pNc7YhB3sJd6FgA1eUo5iKy0QwErTzXcVbNmK" /* dbt-api-lint: ignore[DBT002] revoked */
  # CHECK: terraform.tf:[[@LINE+1]]:16: error: hard-coded dbt Cloud token{{.*}} [DBT002]
  live      = "dbtc_Aq9xR2vLk8WmT4pNc7YhB3sJd6FgA1eUo5iKy0QwErTzXcVbNmL"
}
