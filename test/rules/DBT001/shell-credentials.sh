#!/usr/bin/env bash
# RUN: not %dbt-api-lint %s | FileCheck %s --implicit-check-not="[DBT"
# RUN: not %dbt-api-lint %s > %t.txt; not grep -F "4c7b35375" %t.txt
# Literal legacy keys in shell: in a dbt Cloud request header, assigned to a
# dbt-named variable, passed as --api-token, written into a .env file.
API="https://cloud.getdbt.com/api/v2"

# CHECK: shell-credentials.sh:[[@LINE+1]]:31: error: literal dbt Cloud credential {{.*}} [DBT001]
curl -H "Authorization: Token ecae8dd780404c4c7b3537584fe471c5a00dacb0" "$API/accounts/70403/jobs/"
# The same key through a variable: reported where it is written.
# CHECK: shell-credentials.sh:[[@LINE+1]]:5: error: literal dbt Cloud credential {{.*}} [DBT001]
KEY=f40cfb9ac2cd7e1592b079553ba1b0fdf97409c2
wget --header "Authorization: Bearer $KEY" "$API/accounts/70403/runs/"
# CHECK: shell-credentials.sh:[[@LINE+1]]:31: error: literal dbt Cloud credential {{.*}} [DBT001]
export TF_VAR_dbt_cloud_token=9efd535feddbdcd0dc3fc75e72f5e6353fd1c551
# CHECK: shell-credentials.sh:[[@LINE+1]]:31: error: literal dbt Cloud credential {{.*}} [DBT001]
dbt-cloud job run --api-token 8d2f6b1e9c4a7d3f0b5e8a2c6d9f1b4e7a0c3d5f --job-id 42
cat > .env <<'ENV'
# CHECK: shell-credentials.sh:[[@LINE+1]]:19: error: literal dbt Cloud credential {{.*}} [DBT001]
DBT_CLOUD_API_KEY=b7e4a1c9d3f2e8b6a0c5d7f9e1b3a4c6d8e0f2a1
ENV
# Options kept in an array and expanded into the request.
# CHECK: shell-credentials.sh:[[@LINE+1]]:32: error: literal dbt Cloud credential {{.*}} [DBT001]
AUTH=(-H "Authorization: Token 3be1a4f7c2d94e6b8a0f5c1d7e9b2a4c6f8d0e1b")
curl -sSf "${AUTH[@]}" "$API/accounts/70403/"
OPTIONS=(-sSf)
# CHECK: shell-credentials.sh:[[@LINE+1]]:43: error: literal dbt Cloud credential {{.*}} [DBT001]
OPTIONS+=(--header "Authorization: Bearer 5d8a2f4c6e1b3d7f9a0c2e4b6d8f1a3c5e7b9d0f")
curl "${OPTIONS[@]}" "$API/accounts/70403/runs/"

# Not dbt Cloud: GitHub's API takes `Authorization: token` too.
curl -H "Authorization: token ecae8dd780404c4c7b3537584fe471c5a00dacb0" https://api.github.com/user
GITHUB_AUTH=(-H "Authorization: token 6c9e2b4f8a1d3e5c7b9a0f2d4e6c8b1a3f5d7e9c")
curl -sSf "${GITHUB_AUTH[@]}" https://api.github.com/user
# References and placeholders are not literals.
curl -H "Authorization: Token ${DBT_CLOUD_TOKEN}" "$API/accounts/70403/jobs/"
DBT_CLOUD_TOKEN="<your-token>"
dbt-cloud job run --api-token "$(vault read -field=token secret/dbt)" --job-id 42
