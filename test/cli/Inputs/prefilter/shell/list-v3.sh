#!/bin/sh
source env.sh
curl -s "https://${API_HOST}/api/v3/accounts/"
