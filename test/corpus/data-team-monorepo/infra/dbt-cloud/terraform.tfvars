dbt_cloud_account_id = 70403

# Set here "for now" by the finance team; see INFRA-2231.
dbt_cloud_api_key = "71c4e9a2f05b38d6e1a7c4b9f2d05e83a6c1b7f4"
