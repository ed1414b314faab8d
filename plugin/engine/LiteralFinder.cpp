#include "LiteralFinder.h"

#if defined(__x86_64__)
#include <immintrin.h>
#endif

#include <algorithm>
#include <climits>

namespace dbtlint {
namespace {

using NibbleTables = LiteralFinder::NibbleTables;
constexpr size_t kWindow = LiteralFinder::kWindow;

char lowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c; }

// How common a byte is in source code and prose, letters folded: the window
// of a literal is the run of its bytes that is least common, so that few
// offsets of a text are candidates ("tok" of "token-value" is everywhere in
// Ansible, "n-v" is not).
int commonness(char byte) {
  static constexpr std::string_view kByCommonness = " etaoinsrlcdup_.m\n\"'()=,f:hg/-bywk#v0123456789x[]{}jqz";
  const size_t rank = kByCommonness.find(lowerAscii(byte));
  return rank == std::string_view::npos ? 0 : static_cast<int>(kByCommonness.size() - rank);
}

size_t rarestWindow(const std::string& literal) {
  const size_t length = std::min(literal.size(), kWindow);
  size_t rarest = 0;
  int lowest = INT_MAX;
  for (size_t start = 0; start + length <= literal.size(); ++start) {
    int score = 0;
    for (size_t i = 0; i < length; ++i) score += commonness(literal[start + i]);
    if (score < lowest) {
      lowest = score;
      rarest = start;
    }
  }
  return rarest;
}

#if defined(__x86_64__)
// Each loop calls `candidate(offset, buckets)` for every offset of its whole
// blocks where some bucket's window may start, and returns the offset where
// the blocks end, or npos when `candidate` stopped it. Or-ing 0x20 lowers
// letters (and lets a few other bytes through, which the caller turns away).

template <class Candidate>
__attribute__((target("ssse3"))) size_t blocksOf16(std::string_view text, const NibbleTables& tables, bool foldCase,
                                                    Candidate& candidate) {
  const __m128i caseBit = _mm_set1_epi8(foldCase ? 0x20 : 0);
  const __m128i nibble = _mm_set1_epi8(0x0F);
  const auto table = [](const std::array<uint8_t, 32>& entries) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(entries.data())); };
  size_t offset = 0;
  for (; offset + 16 + kWindow - 1 <= text.size(); offset += 16) {
    __m128i buckets = _mm_set1_epi8(-1);
    for (size_t place = 0; place < kWindow; ++place) {
      const __m128i bytes = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + offset + place)), caseBit);
      const __m128i low = _mm_shuffle_epi8(table(tables.low[place]), _mm_and_si128(bytes, nibble));
      const __m128i high = _mm_shuffle_epi8(table(tables.high[place]), _mm_and_si128(_mm_srli_epi16(bytes, 4), nibble));
      buckets = _mm_and_si128(buckets, _mm_and_si128(low, high));
    }
    auto candidates = static_cast<uint32_t>(~_mm_movemask_epi8(_mm_cmpeq_epi8(buckets, _mm_setzero_si128())) & 0xFFFF);
    if (candidates == 0) continue;
    std::array<uint8_t, 16> bits{};
    _mm_storeu_si128(reinterpret_cast<__m128i*>(bits.data()), buckets);
    for (; candidates != 0; candidates &= candidates - 1) {
      const auto lane = static_cast<size_t>(__builtin_ctz(candidates));
      if (!candidate(offset + lane, bits[lane])) return std::string_view::npos;
    }
  }
  return offset;
}

template <class Candidate>
__attribute__((target("avx2"))) size_t blocksOf32(std::string_view text, const NibbleTables& tables, bool foldCase,
                                                   Candidate& candidate) {
  const __m256i caseBit = _mm256_set1_epi8(foldCase ? 0x20 : 0);
  const __m256i nibble = _mm256_set1_epi8(0x0F);
  // NOLINTNEXTLINE(*-avoid-c-arrays): std::array<__m256i> would drop the vector type's attributes (GCC warns)
  __m256i lowTables[kWindow];
  __m256i highTables[kWindow];  // NOLINT(*-avoid-c-arrays)
  for (size_t place = 0; place < kWindow; ++place) {
    lowTables[place] = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(tables.low[place].data()));
    highTables[place] = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(tables.high[place].data()));
  }
  size_t offset = 0;
  for (; offset + 32 + kWindow - 1 <= text.size(); offset += 32) {
    __m256i buckets = _mm256_set1_epi8(-1);
    for (size_t place = 0; place < kWindow; ++place) {
      const __m256i bytes =
          _mm256_or_si256(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(text.data() + offset + place)), caseBit);
      const __m256i low = _mm256_shuffle_epi8(lowTables[place], _mm256_and_si256(bytes, nibble));
      const __m256i high = _mm256_shuffle_epi8(highTables[place], _mm256_and_si256(_mm256_srli_epi16(bytes, 4), nibble));
      buckets = _mm256_and_si256(buckets, _mm256_and_si256(low, high));
    }
    auto candidates = ~static_cast<uint32_t>(_mm256_movemask_epi8(_mm256_cmpeq_epi8(buckets, _mm256_setzero_si256())));
    if (candidates == 0) continue;
    std::array<uint8_t, 32> bits{};
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(bits.data()), buckets);
    for (; candidates != 0; candidates &= candidates - 1) {
      const auto lane = static_cast<size_t>(__builtin_ctz(candidates));
      if (!candidate(offset + lane, bits[lane])) return std::string_view::npos;
    }
  }
  return offset;
}

// One literal needs no tables: its window's bytes are compared directly,
// half the work of the shuffles.
template <class Candidate>
__attribute__((target("avx2"))) size_t blocksOf32(std::string_view text, std::string_view window, bool foldCase,
                                                   Candidate& candidate) {
  const char caseBit = foldCase ? 0x20 : 0;
  const __m256i caseBits = _mm256_set1_epi8(caseBit);
  __m256i windowBytes[kWindow];  // NOLINT(*-avoid-c-arrays): see lowTables
  for (size_t place = 0; place < window.size(); ++place) windowBytes[place] = _mm256_set1_epi8(static_cast<char>(window[place] | caseBit));
  size_t offset = 0;
  for (; offset + 32 + kWindow - 1 <= text.size(); offset += 32) {
    __m256i equal = _mm256_set1_epi8(-1);
    for (size_t place = 0; place < window.size(); ++place) {
      const __m256i bytes =
          _mm256_or_si256(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(text.data() + offset + place)), caseBits);
      equal = _mm256_and_si256(equal, _mm256_cmpeq_epi8(bytes, windowBytes[place]));
    }
    for (auto candidates = static_cast<uint32_t>(_mm256_movemask_epi8(equal)); candidates != 0; candidates &= candidates - 1) {
      if (!candidate(offset + static_cast<size_t>(__builtin_ctz(candidates)), static_cast<uint8_t>(1))) return std::string_view::npos;
    }
  }
  return offset;
}

// Asked at start-up, perhaps before libgcc's own initialiser ran: hence the init.
const bool kHasAvx2 = [] {
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx2") != 0;
}();
const bool kHasSsse3 = [] {
  __builtin_cpu_init();
  return __builtin_cpu_supports("ssse3") != 0;
}();
#endif

}  // namespace

LiteralFinder::LiteralFinder(std::vector<std::string> literals, LetterCase letterCase, Vectors vectors)
    : literals_(std::move(literals)), letterCase_(letterCase), vectors_(vectors) {
  std::erase_if(literals_, [](const std::string& literal) { return literal.empty(); });
  // Literals with the same window share a bucket; the others take the next.
  std::vector<std::string> bucketWindows;
  for (size_t index = 0; index < literals_.size(); ++index) {
    const std::string& literal = literals_[index];
    const size_t start = rarestWindow(literal);
    windows_.push_back(start);
    deepestWindow_ = std::max(deepestWindow_, start);
    const std::string window = literal.substr(start, kWindow);
    auto bucket = static_cast<size_t>(std::find(bucketWindows.begin(), bucketWindows.end(), window) - bucketWindows.begin());
    if (bucket == bucketWindows.size()) bucketWindows.push_back(window);
    bucket %= kBuckets;
    buckets_[bucket].push_back(index);
    const auto bit = static_cast<uint8_t>(1U << bucket);
    for (size_t place = 0; place < kWindow; ++place) {
      for (const size_t half : {0, 16}) {  // the same table for both halves of a 256-bit register
        if (place >= window.size()) {  // past a short literal's end, any byte will do
          for (size_t nibble = 0; nibble < 16; ++nibble) {
            tables_.low[place][half + nibble] |= bit;
            tables_.high[place][half + nibble] |= bit;
          }
          continue;
        }
        const auto byte = static_cast<uint8_t>(static_cast<uint8_t>(window[place]) | caseBit());
        tables_.low[place][half + (byte & 0x0F)] |= bit;
        tables_.high[place][half + (byte >> 4)] |= bit;
      }
    }
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

template <class Candidate>
bool LiteralFinder::search(std::string_view text, Candidate& candidate) const {
  size_t offset = 0;
#if defined(__x86_64__)
  const bool foldCase = letterCase_ == LetterCase::Insensitive;
  if (vectors_ == Vectors::Widest && kHasAvx2 && literals_.size() == 1) {
    offset = blocksOf32(text, std::string_view(literals_.front()).substr(windows_.front(), kWindow), foldCase, candidate);
  } else if (vectors_ == Vectors::Widest && kHasAvx2) {
    offset = blocksOf32(text, tables_, foldCase, candidate);
  } else if (vectors_ != Vectors::None && kHasSsse3) {
    offset = blocksOf16(text, tables_, foldCase, candidate);
  }
  if (offset == std::string_view::npos) return false;
#endif
  for (; offset < text.size(); ++offset) {
    if (!candidate(offset, static_cast<uint8_t>(0xFF))) return false;
  }
  return true;
}

bool LiteralFinder::forEach(std::string_view text, const std::function<bool(size_t, size_t)>& found) const {
  // A literal found through a window deep inside it starts before one found
  // at an earlier offset: occurrences wait, in order, until no window found
  // later can start before them.
  std::vector<std::pair<size_t, size_t>> pending;
  const auto reportBefore = [&](size_t end) {
    size_t reported = 0;
    bool going = true;
    for (; reported < pending.size() && pending[reported].first < end && going; ++reported) {
      going = found(pending[reported].first, pending[reported].second);
    }
    pending.erase(pending.begin(), pending.begin() + static_cast<std::ptrdiff_t>(reported));
    return going;
  };
  auto candidate = [&](size_t offset, uint8_t buckets) {
    if (!pending.empty() && offset >= deepestWindow_ && !reportBefore(offset - deepestWindow_)) return false;
    forEachLiteralAt(text, offset, buckets, [&](size_t start, size_t literal) {
      pending.insert(std::upper_bound(pending.begin(), pending.end(), std::pair{start, literal}), {start, literal});
    });
    return true;
  };
  return search(text, candidate) && reportBefore(std::string_view::npos);
}

bool LiteralFinder::findsAny(std::string_view text) const {
  bool found = false;
  auto candidate = [&](size_t offset, uint8_t buckets) {
    forEachLiteralAt(text, offset, buckets, [&](size_t, size_t) { found = true; });
    return !found;
  };
  search(text, candidate);
  return found;
}

template <class Found>
void LiteralFinder::forEachLiteralAt(std::string_view text, size_t windowOffset, uint8_t buckets, const Found& found) const {
  for (; buckets != 0; buckets &= static_cast<uint8_t>(buckets - 1)) {
    for (const size_t literal : buckets_[static_cast<size_t>(__builtin_ctz(buckets))]) {
      const size_t window = windows_[literal];
      if (windowOffset >= window && matchesAt(text, windowOffset - window, literals_[literal])) found(windowOffset - window, literal);
    }
  }
}

}  // namespace dbtlint
