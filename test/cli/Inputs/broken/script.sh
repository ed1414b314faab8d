curl https://cloud.getdbt.com/api/v2/accounts/
if then fi (((
