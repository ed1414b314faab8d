#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace dbtlint {

// Finds where any of a few literals occur in a text, at memory speed: 32 (or,
// without AVX2, 16) offsets at a time are compared with the first bytes of
// every literal, and only those candidates with the whole literal.
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

  // Each literal is a candidate where its first two bytes and its last are
  // (the first bytes alone, "tok" or ".ge", are common in code); the vector
  // loops compare these, each repeated in every lane of a vector (lowered
  // when any case matches).
  struct Start {
    std::array<std::array<uint8_t, 32>, 3> lanes;  // first, second, last
    size_t last;                                    // the last byte's offset
    size_t compared;                                // bytes compared: the literal's length, at most 3
  };

 private:
  bool matchesAt(std::string_view text, size_t offset, const std::string& literal) const;

  std::vector<std::string> literals_;
  LetterCase letterCase_;
  std::vector<Start> starts_;  // one per literal, built once
  size_t longest_ = 0;
};

}  // namespace dbtlint
