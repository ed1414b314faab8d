variable "dbt_cloud_account_id" {
  type        = number
  description = "The dbt Cloud account that holds the analytics project."
}

variable "dbt_cloud_token" {
  type        = string
  sensitive   = true
  description = "A dbt Cloud service token with Account Admin permission."
}
