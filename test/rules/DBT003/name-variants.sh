#!/usr/bin/env bash
# RUN: not %dbt-api-lint %s | FileCheck %s --implicit-check-not="[DBT"
# The legacy key's names as the engine knows them, in any case: the text
# patterns and the language front ends share one list.
# CHECK: name-variants.sh:[[@LINE+1]]:33: warning: dbt Cloud authentication uses DBT_CLOUD_APIKEY, {{.*}} [DBT003]
curl -H "Authorization: Token ${DBT_CLOUD_APIKEY}" "$HOST"
# CHECK: name-variants.sh:[[@LINE+1]]:62: warning: dbt Cloud authentication uses dbt_cloud_user_api_key, {{.*}} [DBT003]
curl -H "Authorization: Token $(getenv 'x')" -d "${{ secrets.dbt_cloud_user_api_key }}"
# Longer names that only start like one do not fire.
curl -H "Authorization: Token ${DBT_API_KEY_ID}" "$HOST"
