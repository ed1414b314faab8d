"""Settings of the imported-constant.py test: the base lives in another module."""
API = "https://cloud.getdbt.com/api"
ACCOUNTS = API + "/v2/accounts/"
