# TFVARS: terraform.tfvars:[[@LINE+4]]:22: error: literal dbt Cloud credential {{.*}} [DBT001]
# TFVARS-NEXT: dbt_cloud_api_key = "…3e1b"
# TFVARS-NEXT: ^~~~~
# TFVARS-NEXT: main.tf:5:1: note: the dbtcloud provider takes it as its token here
dbt_cloud_api_key = "7a1d93c04be85f26a0c3d71e94b5f82c06ad3e1b"
