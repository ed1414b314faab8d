variable "dbt_cloud_account_id" {
  type        = number
  description = "The analytics account."
}

variable "finance_account_id" {
  type    = number
  default = 51798
}

variable "dbt_cloud_token" {
  type        = string
  sensitive   = true
  description = "Service token; CI passes it as TF_VAR_dbt_cloud_token."
}

variable "dbt_cloud_api_key" {
  type        = string
  sensitive   = true
  description = "Legacy user API key of the finance admin."
}
