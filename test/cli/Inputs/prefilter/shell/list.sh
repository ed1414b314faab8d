#!/bin/sh
. ./env.sh
curl -s "https://${API_HOST}/api/v2/accounts/"
