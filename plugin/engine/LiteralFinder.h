#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace dbtlint {

// Finds where any of a few literals occur in a text, at memory speed: sixteen
// offsets at a time are compared with the first bytes of every literal (SSE2),
// and only those candidates with the whole literal.
class LiteralFinder {
 public:
  enum class LetterCase { Sensitive, Insensitive };  // Insensitive: ASCII letters, literals given lowercase

  LiteralFinder(std::vector<std::string> literals, LetterCase letterCase);

  // Calls `found(offset, literal index)` for each occurrence, by offset, until
  // it returns false; returns false when it was stopped so.
  bool forEach(std::string_view text, const std::function<bool(size_t, size_t)>& found) const;
  // Whether any literal occurs in `text`.
  bool findsAny(std::string_view text) const;

  const std::vector<std::string>& literals() const { return literals_; }

 private:
  bool matchesAt(std::string_view text, size_t offset, const std::string& literal) const;

  std::vector<std::string> literals_;
  LetterCase letterCase_;
};

}  // namespace dbtlint
