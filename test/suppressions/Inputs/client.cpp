// A C++ client: `//` and `/* */` comments.
#include <cpr/cpr.h>

int main() {
  // dbt-api-lint: ignore[DBT101] reviewed
  cpr::Get(cpr::Url{"https://cloud.getdbt.com/api/v2/accounts/"});
  /* dbt-api-lint: ignore[DBT101] reviewed too */
  cpr::Get(cpr::Url{"https://cloud.getdbt.com/api/v3/accounts/"});
  cpr::Get(cpr::Url{"https://cloud.getdbt.com/api/v3/accounts"}); /* dbt-api-lint: ignore[DBT101] */
  cpr::Get(cpr::Url{"https://emea.dbt.com/api/v2/accounts/"});
}
