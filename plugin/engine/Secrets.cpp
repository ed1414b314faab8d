#include "Secrets.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <bitset>

namespace dbtlint {
namespace {

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // U+2026, one column wide
constexpr size_t kShownSuffix = 4;
constexpr size_t kShortestRedactedWithSuffix = 16;

std::string lowercase(std::string_view text) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return lower;
}

size_t longestRunOfOneCharacter(std::string_view text) {
  size_t longest = 0;
  for (size_t i = 0, run = 0; i < text.size(); ++i) {
    run = (i > 0 && text[i] == text[i - 1]) ? run + 1 : 1;
    longest = std::max(longest, run);
  }
  return longest;
}

size_t distinctCharacters(std::string_view text) {
  std::bitset<256> seen;
  for (const unsigned char c : text) seen.set(c);
  return seen.count();
}

}  // namespace

bool hasDbtTokenPrefix(std::string_view value) {
  return value.starts_with("dbtu_") || value.starts_with("dbtc_");
}

bool looksLikePlaceholder(std::string_view value) {
  static constexpr std::array<std::string_view, 9> kTemplateMarkers{"$", "{{", "<", ">", "%(", "%{", "*", "...", kEllipsis};
  for (const std::string_view marker : kTemplateMarkers) {
    if (value.find(marker) != std::string_view::npos) return true;
  }
  const std::string_view body = hasDbtTokenPrefix(value) ? value.substr(5) : value;
  const std::string lower = lowercase(body);
  static constexpr std::array<std::string_view, 20> kFillerWords{
      "xxxx",  "example", "placeholder", "your",   "changeme", "change_me", "change-me",
      "dummy", "fake",    "redacted",    "sample", "replace",  "insert",    "todo",
      "secret", "token",  "abcdef",      "123456", "test",     "mock"};
  for (const std::string_view word : kFillerWords) {
    if (lower.find(word) != std::string::npos) return true;
  }
  // Generated keys are random: a run of five equal characters or a small
  // alphabet (`aaaa…`, `0101…`) means someone typed it.
  return longestRunOfOneCharacter(body) >= 5 || distinctCharacters(body) < 8;
}

bool hasLettersAndDigits(std::string_view value) {
  const bool letters = std::any_of(value.begin(), value.end(), [](unsigned char c) { return std::isalpha(c); });
  const bool digits = std::any_of(value.begin(), value.end(), [](unsigned char c) { return std::isdigit(c); });
  return letters && digits;
}

bool hasMixedCharacterClasses(std::string_view value) {
  const auto has = [&](int (*test)(int)) { return std::any_of(value.begin(), value.end(), [&](unsigned char c) { return test(c) != 0; }); };
  return static_cast<int>(has(std::islower)) + static_cast<int>(has(std::isupper)) + static_cast<int>(has(std::isdigit)) >= 2;
}

std::string redactSecret(std::string_view secret) {
  std::string redacted;
  if (hasDbtTokenPrefix(secret)) {
    redacted.append(secret.substr(0, 5));
    secret.remove_prefix(5);
  }
  redacted.append(kEllipsis);
  if (secret.size() >= kShortestRedactedWithSuffix) redacted.append(secret.substr(secret.size() - kShownSuffix));
  return redacted;
}

std::string redactTokensIn(std::string_view text) {
  static const RE2 kToken("(dbt[uc]_[A-Za-z0-9_-]{16,})");
  std::string result(text);
  re2::StringPiece input(result);
  std::string output;
  re2::StringPiece token;
  size_t copied = 0;
  while (RE2::FindAndConsume(&input, kToken, &token)) {
    const size_t begin = static_cast<size_t>(token.data() - result.data());
    output.append(result, copied, begin - copied);
    output.append(redactSecret(std::string_view(token.data(), token.size())));
    copied = begin + token.size();
  }
  if (copied == 0) return result;
  output.append(result, copied, std::string::npos);
  return output;
}

}  // namespace dbtlint
