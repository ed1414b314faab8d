# RUN: not %dbt-api-lint %s | FileCheck %s --implicit-check-not="[DBT"
# A credential passed to a local module is given to dbt Cloud there.

module "dbt_cloud_project" {
  source = "./modules/dbt-cloud-project"
  # CHECK: module-input.tf:[[@LINE+4]]:13: error: literal dbt Cloud credential{{.*}} [DBT001]
  # CHECK-NEXT: token = "…a4d8"
  # CHECK-NEXT: ^~~~~
  # CHECK-NEXT: module-input.tf:[[@LINE-5]]:1: note: this module receives it as its token input
  token  = "6c2e9a4f1b8d3e7a5c0f2b9d4e1a7c3f8b5a4d8"
}

# Must not fire: a registry module's input of the same name is not known to go
# to dbt Cloud, and a placeholder is no credential.
module "vault_reader" {
  source = "hashicorp/vault-reader/aws"
  token  = "5d1f8b3e7a9c2e4f6b0d8a1c3e5f7b9d2a4c6e8f"
}

module "dbt_cloud_staging" {
  source = "./modules/dbt-cloud-project"
  token  = "changeme"
}
