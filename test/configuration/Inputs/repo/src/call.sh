curl -H "Authorization: Token $DBT_API_KEY" x
