# Used with -var-file=staging.tfvars by engineers on their laptops.
dbt_cloud_account_id = 70411
dbt_cloud_token      = "dbtc_Vb8nM2qW5eR9tY3uI7oP1aS4dF6gH0jK2lZ8xC5vB7nM1qW3eT"
