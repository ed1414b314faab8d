dbt_cloud_account_id = 70403
dbt_cloud_token      = "dbtc_QmX7pfcpZt0EVO0DiD4LVGGHhluKVeMuT7IiMk1vifIUSeUghE"
