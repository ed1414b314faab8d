import requests

ACCOUNTS = requests.get("https://analytics.acme-corp.example/api/v3/accounts/").json()
OTHER = requests.get("https://api.acme-corp.example/api/v3/accounts/").json()
