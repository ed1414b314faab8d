#!/usr/bin/env bash
# One finding of each rule, for the option tests.
export DBT_CLOUD_API_KEY=5e8c1a9f3b7d2e6a4c0f8b1d9e3a7c5f2b6d4e80
export DBT_CLOUD_TOKEN=dbtc_Hk3Lm9Np2Qr7St1Uv5Wx8Yz0Ab4Cd6Ef-Gh_Jk2Lm4Np6Qr8St
curl -H "Authorization: Token ${DBT_API_KEY}" https://cloud.getdbt.com/api/v2/accounts/
dbtc accounts list
