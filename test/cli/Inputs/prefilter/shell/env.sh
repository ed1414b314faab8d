API_HOST=cloud.getdbt.com
