import requests
requests.get("https://dbt.acme.example/api/v2/accounts/")
