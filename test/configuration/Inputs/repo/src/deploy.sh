curl -H "Authorization: Token $ACME_DBT_KEY" x
