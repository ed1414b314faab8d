// The part of {fmt}'s interface the tests use, with its inline version
// namespace and format_string wrapper (the library is not installed here).
#pragma once

#include <string>
#include <type_traits>

namespace fmt {
inline namespace v9 {

template <typename... Args>
struct format_string {
  format_string(const char* text) : text(text) {}
  const char* text;
};

template <typename T>
struct named_arg {
  const char* name;
  const T& value;
};

template <typename T>
named_arg<T> arg(const char* name, const T& value);

template <typename... Args>
std::string format(format_string<std::decay_t<Args>...> format, Args&&... args);

}  // namespace v9
}  // namespace fmt
