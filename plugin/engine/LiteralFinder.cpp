#include "LiteralFinder.h"

#if defined(__x86_64__)
#include <immintrin.h>
#endif

#include <algorithm>
#include <cstring>

namespace dbtlint {
namespace {

using Start = LiteralFinder::Start;

char lowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c; }

#if defined(__x86_64__)
// Each loop calls `candidate(offset)` for every offset of its whole blocks
// where some literal's compared bytes are, and returns the offset where the
// blocks end, or npos when `candidate` stopped it. Or-ing 0x20 lowers
// letters (and lets a few other bytes through, which the caller turns away).

template <class Candidate>
size_t blocksOf16(std::string_view text, const std::vector<Start>& starts, size_t longest, bool foldCase,
                  Candidate& candidate) {
  const __m128i caseBit = _mm_set1_epi8(foldCase ? 0x20 : 0);
  const auto load = [&](size_t at) { return _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + at)), caseBit); };
  const auto lanes = [](const std::array<uint8_t, 32>& byte) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(byte.data())); };
  size_t offset = 0;
  for (; offset + 16 + longest <= text.size(); offset += 16) {
    const __m128i first = load(offset);
    const __m128i second = load(offset + 1);
    unsigned candidates = 0;
    for (const Start& start : starts) {
      __m128i equal = _mm_cmpeq_epi8(first, lanes(start.lanes[0]));
      if (start.compared > 1) equal = _mm_and_si128(equal, _mm_cmpeq_epi8(second, lanes(start.lanes[1])));
      if (start.compared > 2) equal = _mm_and_si128(equal, _mm_cmpeq_epi8(load(offset + start.last), lanes(start.lanes[2])));
      candidates |= static_cast<unsigned>(_mm_movemask_epi8(equal));
    }
    for (; candidates != 0; candidates &= candidates - 1) {
      if (!candidate(offset + static_cast<size_t>(__builtin_ctz(candidates)))) return std::string_view::npos;
    }
  }
  return offset;
}

template <class Candidate>
__attribute__((target("avx2"))) size_t blocksOf32(std::string_view text, const std::vector<Start>& starts, size_t longest,
                                                   bool foldCase, Candidate& candidate) {
  const __m256i caseBit = _mm256_set1_epi8(foldCase ? 0x20 : 0);
  size_t offset = 0;
  for (; offset + 32 + longest <= text.size(); offset += 32) {
    const __m256i first = _mm256_or_si256(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(text.data() + offset)), caseBit);
    const __m256i second = _mm256_or_si256(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(text.data() + offset + 1)), caseBit);
    uint32_t candidates = 0;
    for (const Start& start : starts) {
      __m256i equal = _mm256_cmpeq_epi8(first, _mm256_loadu_si256(reinterpret_cast<const __m256i*>(start.lanes[0].data())));
      if (start.compared > 1) {
        const __m256i byte = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(start.lanes[1].data()));
        equal = _mm256_and_si256(equal, _mm256_cmpeq_epi8(second, byte));
      }
      if (start.compared > 2) {
        const __m256i last = _mm256_or_si256(
            _mm256_loadu_si256(reinterpret_cast<const __m256i*>(text.data() + offset + start.last)), caseBit);
        const __m256i byte = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(start.lanes[2].data()));
        equal = _mm256_and_si256(equal, _mm256_cmpeq_epi8(last, byte));
      }
      candidates |= static_cast<uint32_t>(_mm256_movemask_epi8(equal));
    }
    for (; candidates != 0; candidates &= candidates - 1) {
      if (!candidate(offset + static_cast<size_t>(__builtin_ctz(candidates)))) return std::string_view::npos;
    }
  }
  return offset;
}

// Asked at start-up, perhaps before libgcc's own initialiser ran: hence the init.
const bool kHasAvx2 = [] {
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx2") != 0;
}();
#endif

}  // namespace

LiteralFinder::LiteralFinder(std::vector<std::string> literals, LetterCase letterCase)
    : literals_(std::move(literals)), letterCase_(letterCase) {
  std::erase_if(literals_, [](const std::string& literal) { return literal.empty(); });
  for (const std::string& literal : literals_) {
    Start start{};
    start.last = literal.size() - 1;
    start.compared = std::min<size_t>(literal.size(), 3);
    const std::array<char, 3> compared{literal[0], literal[std::min<size_t>(1, start.last)], literal[start.last]};
    for (size_t i = 0; i < start.compared; ++i) {
      const char byte = letterCase_ == LetterCase::Insensitive ? static_cast<char>(compared[i] | 0x20) : compared[i];
      std::memset(start.lanes[i].data(), byte, start.lanes[i].size());
    }
    starts_.push_back(start);
    longest_ = std::max(longest_, literal.size());
  }
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
  auto reportAt = [&](size_t offset) {
    for (size_t literal = 0; literal < literals_.size(); ++literal) {
      if (matchesAt(text, offset, literals_[literal]) && !found(offset, literal)) return false;
    }
    return true;
  };
  size_t offset = 0;
#if defined(__x86_64__)
  const bool foldCase = letterCase_ == LetterCase::Insensitive;
  offset = kHasAvx2 ? blocksOf32(text, starts_, longest_, foldCase, reportAt)
                   : blocksOf16(text, starts_, longest_, foldCase, reportAt);
  if (offset == std::string_view::npos) return false;
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
