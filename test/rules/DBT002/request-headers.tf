# RUN: not %dbt-api-lint %s | FileCheck %s --implicit-check-not="[DBT"
# The Authorization header of an HTTP data source or of the restapi provider
# is a credential: the part after the scheme is classified.

data "http" "jobs_with_service_token" {
  url = "https://cloud.getdbt.com/api/v2/accounts/70403/jobs/"
  request_headers = {
    # CHECK: request-headers.tf:[[@LINE+4]]:29: error: hard-coded dbt Cloud token{{.*}} [DBT002]
    # CHECK-NEXT: Authorization = "Bearer dbtc_…K9dQ"
    # CHECK-NEXT: ^~~~~~~~~~
    # CHECK-NEXT: request-headers.tf:[[@LINE-6]]:1: note: this HTTP request sends it as its Authorization header
    Authorization = "Bearer dbtc_Lw3vN8qR2tY6uI0oP4aS7dF1gH5jK9zX3cV6bN2mQ8wE4rK9dQ"
  }
}

provider "restapi" {
  uri = "https://cloud.getdbt.com/api"
  headers = {
    # CHECK: request-headers.tf:[[@LINE+4]]:28: error: literal dbt Cloud credential{{.*}} [DBT001]
    # CHECK-NEXT: Authorization = "Token …b7c2"
    # CHECK-NEXT: ^~~~~
    # CHECK-NEXT: request-headers.tf:[[@LINE-6]]:1: note: the restapi provider sends it as its Authorization header here
    Authorization = "Token 4e8a1c6f9b2d5e7a0c3f6b9d2e5a8c1f4b7c2"
  }
}

data "http" "jobs_with_variable" {
  url = "https://cloud.getdbt.com/api/v2/accounts/70403/jobs/"
  request_headers = {
    # CHECK: request-headers.tf:[[@LINE+3]]:34: warning: dbt Cloud authentication uses dbt_api_key, {{.*}} [DBT003]
    # CHECK-NEXT: Authorization = "Token ${var.dbt{{_}}api_key}"
    # CHECK: request-headers.tf:[[@LINE-5]]:1: note: this HTTP request sends it as its Authorization header
    Authorization = "Token ${var.dbt_api_key}"
  }
}

# A quoted header name is the same header.
data "http" "jobs_with_quoted_header" {
  url = "https://cloud.getdbt.com/api/v2/accounts/70403/jobs/"
  request_headers = {
    # CHECK: request-headers.tf:[[@LINE+4]]:30: error: literal dbt Cloud credential{{.*}} [DBT001]
    # CHECK-NEXT: "Authorization" = "Token …e1d6"
    # CHECK-NEXT: ^~~~~
    # CHECK-NEXT: request-headers.tf:[[@LINE-6]]:1: note: this HTTP request sends it as its Authorization header
    "Authorization" = "Token 8c3f0a7e2d5b9c1e4a6f8d0b3c5e7a9f2e1d6"
  }
}

# Must not fire: placeholders, and a header of another kind.
data "http" "placeholder" {
  url = "https://cloud.getdbt.com/api/v2/accounts/70403/jobs/"
  request_headers = {
    Authorization = "Token <your-dbt-cloud-token>"
    Accept        = "application/json"
  }
}

# Must not fire: the same header form sent to another API.
data "http" "github_releases" {
  url = "https://api.github.com/repos/dbt-labs/dbt-core/releases"
  request_headers = {
    Authorization = "Token 2b7e4a9c1f6d3e8b0a5c7f2d9e4b1a6c3f8d0e5b"
  }
}

variable "dbt_api_key" {
  type      = string
  sensitive = true
}
