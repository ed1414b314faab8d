terraform {
  required_providers {
    dbtcloud = {
      source  = "dbt-labs/dbtcloud"
      version = "~> 0.3"
    }
  }
}

provider "dbtcloud" {
  account_id = var.dbt_cloud_account_id
  # TODO(data-platform): switch to var.dbt_cloud_token once the service token is rolled out
  token      = "a88bf9a03e8833cc882ce962e7725a6be3fa7b1c"
  host_url   = "https://cloud.getdbt.com/api"
}

resource "dbtcloud_project" "analytics" {
  name = "Analytics"
}

resource "dbtcloud_environment" "prod" {
  project_id  = dbtcloud_project.analytics.id
  name        = "Production"
  dbt_version = "versionless"
  type        = "deployment"
}

resource "dbtcloud_job" "nightly" {
  project_id     = dbtcloud_project.analytics.id
  environment_id = dbtcloud_environment.prod.environment_id
  name           = "Nightly"
  execute_steps  = ["dbt build --exclude tag:hourly"]
  triggers = {
    github_webhook       = false
    git_provider_webhook = false
    schedule             = true
    on_merge             = false
  }
  schedule_type = "custom_cron"
  schedule_cron = "0 3 * * *"
}
