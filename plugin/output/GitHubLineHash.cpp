#include "GitHubLineHash.h"

#include <array>
#include <cstdint>
#include <cstdio>
#include <map>
#include <optional>

namespace dbtlint {
namespace {

constexpr char16_t kReplacement = 0xFFFD;

// `content` as UTF-16 units, decoded the way a WHATWG (browser, Node.js)
// decoder does: a byte order mark is kept, and each maximal invalid
// subsequence becomes one U+FFFD. GitHub's action reads files that way.
std::u16string decodeUtf8(std::string_view content) {
  std::u16string units;
  units.reserve(content.size());
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(content[i]); };
  for (size_t i = 0; i < content.size();) {
    const unsigned char lead = byte(i);
    if (lead < 0x80) {
      units.push_back(lead);
      ++i;
      continue;
    }
    size_t continuations = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    char32_t code = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
      continuations = 1;
      code = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      continuations = 2;
      code = lead & 0x0F;
      if (lead == 0xE0) low = 0xA0;
      if (lead == 0xED) high = 0x9F;  // no surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      continuations = 3;
      code = lead & 0x07;
      if (lead == 0xF0) low = 0x90;
      if (lead == 0xF4) high = 0x8F;
    } else {
      units.push_back(kReplacement);
      ++i;
      continue;
    }
    size_t seen = 0;
    while (seen < continuations) {
      const size_t at = i + 1 + seen;
      if (at >= content.size() || byte(at) < low || byte(at) > high) break;
      code = (code << 6) | (byte(at) & 0x3F);
      low = 0x80;
      high = 0xBF;
      ++seen;
    }
    if (seen < continuations) {
      // The bytes read so far form one maximal invalid subsequence; the byte
      // that broke it starts afresh.
      units.push_back(kReplacement);
      i += 1 + seen;
      continue;
    }
    if (code >= 0x10000) {
      code -= 0x10000;
      units.push_back(static_cast<char16_t>(0xD800 + (code >> 10)));
      units.push_back(static_cast<char16_t>(0xDC00 + (code & 0x3FF)));
    } else {
      units.push_back(static_cast<char16_t>(code));
    }
    i += 1 + continuations;
  }
  return units;
}

}  // namespace

std::vector<std::string> githubLineHashes(std::string_view content) {
  constexpr size_t kBlock = 100;
  constexpr uint64_t kMultiplier = 37;
  constexpr uint32_t kEndOfFile = 65535;
  // Signed 64-bit arithmetic that wraps is unsigned arithmetic modulo 2^64.
  uint64_t blockFactor = 1;
  for (size_t i = 0; i < kBlock; ++i) blockFactor *= kMultiplier;

  std::array<uint32_t, kBlock> window{};
  std::array<std::optional<uint32_t>, kBlock> lineAt{};
  uint64_t hash = 0;
  size_t index = 0;
  uint32_t lineCount = 0;
  bool lineStartsHere = true;
  bool afterCarriageReturn = false;
  std::map<std::string, unsigned> emitted;
  std::vector<std::string> hashes;

  const auto emit = [&] {
    char hex[17];
    std::snprintf(hex, sizeof hex, "%llx", static_cast<unsigned long long>(hash));
    const unsigned occurrence = ++emitted[hex];
    hashes.resize(std::max<size_t>(hashes.size(), *lineAt[index]));
    hashes[*lineAt[index] - 1] = std::string(hex) + ":" + std::to_string(occurrence);
    lineAt[index].reset();
  };
  const auto update = [&](uint32_t unit) {
    hash = kMultiplier * hash + unit - blockFactor * window[index];
    window[index] = unit;
    index = (index + 1) % kBlock;
  };
  const auto consume = [&](uint32_t unit) {
    if (unit == ' ' || unit == '\t' || (unit == '\n' && afterCarriageReturn)) {
      afterCarriageReturn = false;
      return;
    }
    afterCarriageReturn = unit == '\r';
    if (afterCarriageReturn) unit = '\n';
    if (lineAt[index]) emit();
    if (lineStartsHere) {
      lineStartsHere = false;
      lineAt[index] = ++lineCount;
    }
    if (unit == '\n') lineStartsHere = true;
    update(unit);
  };

  for (const char16_t unit : decodeUtf8(content)) consume(unit);
  consume(kEndOfFile);
  for (size_t i = 0; i < kBlock; ++i) {
    if (lineAt[index]) emit();
    update(0);
  }
  return hashes;
}

void GitHubLineHashAnnotator::annotate(const SourceFile& file, std::vector<Finding>& findings) const {
  const std::vector<std::string> hashes = githubLineHashes(file.text());
  for (Finding& finding : findings) {
    const uint32_t line = finding.location.start.line;
    if (line >= 1 && line <= hashes.size()) finding.properties[std::string(kPrimaryLocationLineHash)] = hashes[line - 1];
  }
}

}  // namespace dbtlint
