url = "https://dbt-proxy.acme.internal/api"
