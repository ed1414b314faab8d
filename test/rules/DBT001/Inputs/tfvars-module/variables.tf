variable "dbt_cloud_api_key" {
  type      = string
  sensitive = true
}

# A default overridden in auto.tfvars.json is still a key in the repository.
variable "dbt_service_token" {
  type = string
  # VARIABLES: variables.tf:[[@LINE+4]]:14: error: literal dbt Cloud credential {{.*}} [DBT001]
  # VARIABLES-NEXT: default = "…3f1a"
  # VARIABLES-NEXT: ^~~~~
  # VARIABLES-NEXT: main.tf:9:1: note: the dbtcloud provider takes it as its token here
  default = "8d2b6f0a4c9e1d7b3f5a2c8e6d0b4f9a7c1e3f1a"
}

# Without a value anywhere: supplied with TF_VAR_dbt_personal_token at apply time.
variable "dbt_personal_token" {
  type      = string
  sensitive = true
}
