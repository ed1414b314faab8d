#include "LiteralFinder.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <algorithm>

namespace dbtlint {
namespace {

constexpr size_t kComparedBytes = 3;  // of each literal's start, in the vector loop
constexpr size_t kBlock = 16;

char lowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c; }

}  // namespace

LiteralFinder::LiteralFinder(std::vector<std::string> literals, LetterCase letterCase)
    : literals_(std::move(literals)), letterCase_(letterCase) {
  std::erase_if(literals_, [](const std::string& literal) { return literal.empty(); });
}

bool LiteralFinder::matchesAt(std::string_view text, size_t offset, const std::string& literal) const {
  if (offset + literal.size() > text.size()) return false;
  if (letterCase_ == LetterCase::Sensitive) return text.compare(offset, literal.size(), literal) == 0;
  for (size_t i = 0; i < literal.size(); ++i) {
    if (lowerAscii(text[offset + i]) != literal[i]) return false;
  }
  return true;
}

bool LiteralFinder::forEach(std::string_view text, const std::function<bool(size_t, size_t)>& found) const {
  const auto reportAt = [&](size_t offset) {
    for (size_t literal = 0; literal < literals_.size(); ++literal) {
      if (matchesAt(text, offset, literals_[literal]) && !found(offset, literal)) return false;
    }
    return true;
  };
  size_t offset = 0;
#ifdef __SSE2__
  // Or-ing 0x20 lowers letters (and lets a few other bytes through, which
  // matchesAt turns away).
  const bool foldCase = letterCase_ == LetterCase::Insensitive;
  const __m128i caseBit = _mm_set1_epi8(foldCase ? 0x20 : 0);
  struct Start {
    __m128i bytes[kComparedBytes];
    size_t compared;
  };
  std::vector<Start> starts;
  for (const std::string& literal : literals_) {
    Start start{};
    start.compared = std::min(kComparedBytes, literal.size());
    for (size_t i = 0; i < start.compared; ++i) {
      start.bytes[i] = _mm_set1_epi8(static_cast<char>(foldCase ? literal[i] | 0x20 : literal[i]));
    }
    starts.push_back(start);
  }
  for (; offset + kBlock + kComparedBytes - 1 <= text.size(); offset += kBlock) {
    __m128i loaded[kComparedBytes];
    for (size_t i = 0; i < kComparedBytes; ++i) {
      loaded[i] = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + offset + i)), caseBit);
    }
    unsigned candidates = 0;
    for (const Start& start : starts) {
      __m128i equal = _mm_cmpeq_epi8(loaded[0], start.bytes[0]);
      for (size_t i = 1; i < start.compared; ++i) equal = _mm_and_si128(equal, _mm_cmpeq_epi8(loaded[i], start.bytes[i]));
      candidates |= static_cast<unsigned>(_mm_movemask_epi8(equal));
    }
    for (; candidates != 0; candidates &= candidates - 1) {
      if (!reportAt(offset + static_cast<size_t>(__builtin_ctz(candidates)))) return false;
    }
  }
#endif
  for (; offset < text.size(); ++offset) {
    if (!reportAt(offset)) return false;
  }
  return true;
}

bool LiteralFinder::findsAny(std::string_view text) const {
  return !forEach(text, [](size_t, size_t) { return false; });
}

}  // namespace dbtlint
