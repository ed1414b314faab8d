// The part of Boost.Beast's HTTP interface the tests use (Boost is not
// installed here; only the declarations matter to the analysis).
#pragma once

#include <string_view>

namespace boost {
namespace beast {

using string_view = std::string_view;

namespace http {

enum class verb { unknown, delete_, get, head, post, put, patch };
enum class field { unknown, authorization, content_type, host, user_agent };

class fields {};
struct string_body {};
struct empty_body {};

template <bool isRequest, class Body, class Fields = fields>
class message {
 public:
  message() = default;
  message(verb method, string_view target, unsigned version);
  verb method() const;
  void method(verb method);
  void method_string(string_view method);
  string_view target() const;
  void target(string_view target);
  void set(field name, string_view value);
  void set(string_view name, string_view value);
  void insert(field name, string_view value);
};

template <class Body, class Fields = fields>
using request = message<true, Body, Fields>;
template <class Body, class Fields = fields>
using response = message<false, Body, Fields>;

}  // namespace http
}  // namespace beast
}  // namespace boost
