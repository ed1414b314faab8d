#include <curl/curl.h>

#define ACCOUNT_ID "70403103922125"

void fetch(CURL *curl) {
  curl_easy_setopt(curl, CURLOPT_URL, "https://cloud.getdbt.com/api/v2/accounts/" ACCOUNT_ID "/jobs/");
}
