// The part of cpp-httplib's interface the tests use (the library is not
// installed here; only the declarations matter to the analysis).
#pragma once

#include <map>
#include <string>

namespace httplib {

using Headers = std::multimap<std::string, std::string>;

struct Response {
  int status = 0;
  std::string body;
};

class Result {
 public:
  const Response* operator->() const;
};

class Client {
 public:
  explicit Client(const std::string& scheme_host_port);
  Result Get(const std::string& path);
  Result Get(const std::string& path, const Headers& headers);
  Result Post(const std::string& path, const std::string& body, const std::string& content_type);
  void set_bearer_token_auth(const std::string& token);
  void set_default_headers(Headers headers);
};

}  // namespace httplib
