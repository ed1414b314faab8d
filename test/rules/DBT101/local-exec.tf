# RUN: not %dbt-api-lint %s | FileCheck %s --implicit-check-not="[DBT"
# Shell run by Terraform: local-exec commands, with their environment, and the
# program of an external data source.

resource "terraform_data" "list_accounts" {
  provisioner "local-exec" {
    # CHECK: local-exec.tf:[[@LINE+1]]:64: error: request to the cross-account endpoint {{.*}} [DBT101]
    command = "curl -sS -H \"Authorization: Token $DBT_TOKEN\" $DBT_HOST/api/v2/accounts/"
    environment = {
      DBT_TOKEN = var.dbt_token
      DBT_HOST  = "https://cloud.getdbt.com"
    }
  }
}

data "external" "accounts" {
  # CHECK: local-exec.tf:[[@LINE+1]]:38: error: request to the cross-account endpoint {{.*}} [DBT101]
  program = ["bash", "-c", "curl -sS $DBT_HOST/api/v3/accounts/ | jq '{count: (.data | length | tostring)}'"]
}

# Must not fire: an account-scoped request.
resource "null_resource" "list_jobs" {
  provisioner "local-exec" {
    command = "curl -sS -H \"Authorization: Token $DBT_TOKEN\" $DBT_HOST/api/v2/accounts/70403/jobs/"
    environment = {
      DBT_HOST = "https://cloud.getdbt.com"
    }
  }
}

variable "dbt_token" {
  type      = string
  sensitive = true
}
