API_BASE="https://cloud.getdbt.com/api/v2"
