# Checks that the token sees exactly one account before anything is applied.
data "http" "accounts" {
  url = "${var.host_url}/v2/accounts/"
  request_headers = {
    Authorization = "Token ${var.dbt_token}"
  }

  lifecycle {
    postcondition {
      condition     = length(jsondecode(self.response_body).data) == 1
      error_message = "The dbt Cloud token must be scoped to one account."
    }
  }
}

# Must not fire: one account, by id.
data "http" "account" {
  url = format("%s/v3/accounts/%s/", var.host_url, jsondecode(data.http.accounts.response_body).data[0].id)
  request_headers = {
    Authorization = "Token ${var.dbt_token}"
  }
}
