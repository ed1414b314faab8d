/* The few declarations of libcurl the tests use, shaped as in the real
   curl/curl.h (libcurl is not installed here; only the shape matters). */
#ifndef TEST_CURL_H
#define TEST_CURL_H

typedef void CURL;
typedef enum { CURLE_OK = 0 } CURLcode;
typedef enum {
  CURLOPT_NOBODY = 44,
  CURLOPT_UPLOAD = 46,
  CURLOPT_POST = 47,
  CURLOPT_URL = 10002,
  CURLOPT_POSTFIELDS = 10015,
  CURLOPT_HTTPHEADER = 10023,
  CURLOPT_CUSTOMREQUEST = 10036
} CURLoption;

struct curl_slist {
  char *data;
  struct curl_slist *next;
};

CURL *curl_easy_init(void);
CURLcode curl_easy_setopt(CURL *curl, CURLoption option, ...);
CURLcode curl_easy_perform(CURL *curl);
void curl_easy_cleanup(CURL *curl);
struct curl_slist *curl_slist_append(struct curl_slist *list, const char *data);

#endif
