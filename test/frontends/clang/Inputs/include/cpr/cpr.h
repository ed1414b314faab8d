// The part of cpr's interface the tests use (the library is not installed
// here; only the declarations matter to the analysis).
#pragma once

#include <map>
#include <string>

namespace cpr {

class Url : public std::string {
 public:
  Url(const char* url) : std::string(url) {}
  Url(std::string url) : std::string(std::move(url)) {}
};

class Header : public std::map<std::string, std::string> {
 public:
  using std::map<std::string, std::string>::map;
};

class Body : public std::string {
 public:
  Body(const char* body) : std::string(body) {}
};

struct Response {
  long status_code = 0;
  std::string text;
};

template <typename... Options>
Response Get(Options&&... options);
template <typename... Options>
Response Post(Options&&... options);

}  // namespace cpr
