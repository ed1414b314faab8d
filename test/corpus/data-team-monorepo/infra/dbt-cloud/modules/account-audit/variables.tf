variable "dbt_token" {
  type      = string
  sensitive = true
}

variable "host_url" {
  type    = string
  default = "https://cloud.getdbt.com/api"
}
