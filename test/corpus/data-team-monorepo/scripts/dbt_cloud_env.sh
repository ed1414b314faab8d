# Shared settings for the dbt Cloud scripts; sourced, not run.
case "${DBT_CLOUD_REGION:-us}" in
  emea) DBT_CLOUD_HOST=emea.dbt.com ;;
  au) DBT_CLOUD_HOST=au.dbt.com ;;
  *) DBT_CLOUD_HOST=cloud.getdbt.com ;;
esac
DBT_API_V2="https://${DBT_CLOUD_HOST}/api/v2"
DBT_API_V3="https://${DBT_CLOUD_HOST}/api/v3"
