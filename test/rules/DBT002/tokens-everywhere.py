# RUN: not %dbt-api-lint %s | FileCheck %s --implicit-check-not="[DBT"
# Real-shaped tokens fire wherever they stand; placeholders never do.
import os

# CHECK: tokens-everywhere.py:[[@LINE+1]]:18: error: hard-coded dbt Cloud token: {{.*}} [DBT002]
SERVICE_TOKEN = "dbtc_7hQx2LmZ9vKp4RtWb8NcYe3JfGs6Ad1UoTi5Xk0Bq-Er_ZyMnVw"
# CHECK: tokens-everywhere.py:[[@LINE+1]]:42: error: hard-coded dbt Cloud token: {{.*}} [DBT002]
headers = {"Authorization": "Bearer " + "dbtu_Zq9xR2vLk8WmT4pNc7YhB3sJd6FgA1eUo5iKy0QwErTzXcVbNmL"}
# The snippet shows only the prefix and the last four characters.
# CHECK-NEXT: headers = {"Authorization": "Bearer " + "dbtu_…bNmL"}

# Placeholders, templates and look-alikes do not fire.
EXAMPLE = "dbtu_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
TEMPLATE = "dbtc_<your-service-token-goes-here-and-nowhere-else>"
SHORT = "dbtu_abc123"
FROM_ENV = os.environ.get("DBT_CLOUD_TOKEN", "dbtc_")
NOT_A_TOKEN = "mydbtu_Zq9xR2vLk8WmT4pNc7YhB3sJd6FgA1eUo5iKy0QwErTzXcVbNmL"


# An identifier that starts like a token is not one: tokens are random.
def dbtc_trigger_job_and_wait_for_completion(job_id):
    return job_id
