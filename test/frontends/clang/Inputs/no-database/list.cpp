#include <httplib.h>

void list() {
  httplib::Client cli("https://cloud.getdbt.com");
  cli.Get("/api/v3/accounts/");
}
