data "http" "accounts" {
  url = "https://cloud.getdbt.com/api/v2/accounts/"
  request_headers = {
    Authorization = "Token ${var.t}"
