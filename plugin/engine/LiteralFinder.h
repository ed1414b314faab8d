#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace dbtlint {

// Finds where any of a few literals occur in a text, at memory speed, with
// Teddy, the packed search of Hyperscan and ripgrep: each literal gets one
// of 8 buckets and a window of (up to) 3 of its bytes, the rarest; 32 (or,
// without AVX2, 16) text offsets at a time look up, with byte shuffles, which
// buckets' windows can start there, and only those candidates are compared
// with the whole literals of their buckets. The cost per byte hardly depends
// on how many literals there are.
class LiteralFinder {
 public:
  enum class LetterCase { Sensitive, Insensitive };  // Insensitive: ASCII letters, literals given lowercase
  // The widest vectors the search may use; narrower ones are for tests.
  enum class Vectors { Widest, Sse, None };

  LiteralFinder(std::vector<std::string> literals, LetterCase letterCase, Vectors vectors = Vectors::Widest);

  // Calls `found(offset, literal index)` for each occurrence, by offset (and
  // by index at one offset), until it returns false; returns false when it
  // was stopped so.
  bool forEach(std::string_view text, const std::function<bool(size_t, size_t)>& found) const;
  // Whether any literal occurs in `text`.
  bool findsAny(std::string_view text) const;

  const std::vector<std::string>& literals() const { return literals_; }

  static constexpr size_t kWindow = 3;
  static constexpr size_t kBuckets = 8;
  // For each place in a window, the buckets whose window byte there has a
  // given low nibble, and a given high nibble: one bit per bucket, in a
  // 16-entry table that the shuffles index (twice over, for both 128-bit
  // halves of an AVX2 register).
  struct NibbleTables {
    std::array<std::array<uint8_t, 32>, kWindow> low{};
    std::array<std::array<uint8_t, 32>, kWindow> high{};
  };

 private:
  bool matchesAt(std::string_view text, size_t offset, const std::string& literal) const;
  uint8_t caseBit() const { return letterCase_ == LetterCase::Insensitive ? 0x20 : 0; }
  // Runs the vector loop and the scalar tail, calling `candidate(offset,
  // buckets)`; false when `candidate` stopped it.
  template <class Candidate>
  bool search(std::string_view text, Candidate& candidate) const;
  // Calls `found(start, literal)` for each literal of `buckets` whose window,
  // at `windowOffset`, lies in a whole occurrence of it.
  template <class Found>
  void forEachLiteralAt(std::string_view text, size_t windowOffset, uint8_t buckets, const Found& found) const;

  std::vector<std::string> literals_;
  LetterCase letterCase_;
  Vectors vectors_;
  NibbleTables tables_;
  std::array<std::vector<size_t>, kBuckets> buckets_;  // literal indices
  std::vector<size_t> windows_;                        // where each literal's window starts in it
  size_t deepestWindow_ = 0;
};

}  // namespace dbtlint
