#!/bin/sh
curl -s -H "Authorization: Token $API_TOKEN" "https://analytics.acme-corp.example/api/v2/accounts/"
curl -s "https://api.acme-corp.example/api/v2/accounts/"
