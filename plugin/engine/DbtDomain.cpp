#include "DbtDomain.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>

#include "PathNames.h"
#include "Secrets.h"

namespace dbtlint {
namespace {

// Holes become this byte while a URL is parsed, so that parsing sees where
// the unknown parts are.
constexpr char kHoleMark = '\x01';

// The mark byte in literal text (a scanned file may hold any byte) becomes
// U+FFFD, so that every mark is a hole.
std::string withHoleMarks(const ResolvedString& value) {
  std::string text;
  for (const auto& piece : value.pieces()) {
    if (piece.isHole) {
      text += kHoleMark;
    } else {
      for (const char c : piece.text) text += c == kHoleMark ? std::string_view("\xEF\xBF\xBD") : std::string_view(&c, 1);
    }
  }
  return text;
}

std::string lowercase(std::string_view text) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return lower;
}

std::string normalisedName(std::string_view name) {
  std::string lower = lowercase(name);
  if (lower.starts_with("tf_var_")) lower.erase(0, 7);
  std::replace(lower.begin(), lower.end(), '-', '_');
  return lower;
}

constexpr std::array<std::string_view, 4> kLegacyKeyNames{"dbt_cloud_api_key", "dbt_api_key", "dbt_cloud_user_api_key",
                                                         "dbt_cloud_apikey"};
constexpr std::array<std::string_view, 8> kTokenNames{
    "dbt_cloud_token",         "dbt_cloud_api_token", "dbt_cloud_service_token", "dbt_token",
    "dbt_cloud_personal_token", "dbt_cloud_pat",      "dbt_service_token",       "dbt_api_token"};

// Names added by the configuration, normalised.
std::vector<std::string>& addedNames(bool legacyApiKey) {
  static std::vector<std::string> legacyKeyNames;
  static std::vector<std::string> tokenNames;
  return legacyApiKey ? legacyKeyNames : tokenNames;
}

bool contains(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

constexpr size_t kShortestCredential = 16;
constexpr size_t kShortestToken = 35;  // the prefix and 30 characters

}  // namespace

Endpoint classifyEndpoint(const ResolvedString& url, const DbtHosts& hosts) {
  const std::string text = withHoleMarks(url);
  Endpoint endpoint;
  std::string_view rest = text;
  const size_t scheme = rest.find("://");
  const bool absolute = scheme != std::string_view::npos &&
                        std::all_of(rest.begin(), rest.begin() + static_cast<long>(scheme),
                                    [](unsigned char c) { return std::isalpha(c); }) &&
                        scheme > 0;
  if (absolute) {
    rest.remove_prefix(scheme + 3);
    const size_t hostEnd = std::min(rest.find_first_of("/?#"), rest.size());
    std::string_view authority = rest.substr(0, hostEnd);
    rest.remove_prefix(hostEnd);
    if (const size_t at = authority.rfind('@'); at != std::string_view::npos) authority.remove_prefix(at + 1);
    if (const size_t colon = authority.find(':'); colon != std::string_view::npos) authority = authority.substr(0, colon);
    if (authority.find(kHoleMark) == std::string_view::npos && !authority.empty()) {
      endpoint.hostName = std::string(authority);
      endpoint.host = hosts.matches(authority) ? HostKind::DbtCloud : HostKind::Other;
    }
  } else {
    // `{base}/api/v2/accounts/`: an unknown base, then a path.
    while (!rest.empty() && rest.front() == kHoleMark) rest.remove_prefix(1);
  }
  const std::string_view path = rest.substr(0, std::min(rest.find_first_of("?#"), rest.size()));
  endpoint.path = std::string(path);
  std::replace(endpoint.path.begin(), endpoint.path.end(), kHoleMark, '?');
  endpoint.isDbtApiPath = path == "/api" || path.starts_with("/api/");
  if (path.starts_with("/api/v2/") || path == "/api/v2") endpoint.apiVersion = 2;
  if (path.starts_with("/api/v3/") || path == "/api/v3") endpoint.apiVersion = 3;
  const std::string_view afterVersion = path.substr(std::min<size_t>(std::string_view("/api/v2/").size(), path.size()));
  endpoint.isCrossAccountCollection = endpoint.apiVersion && (afterVersion == "accounts" || afterVersion == "accounts/");
  // Render the path again with named holes for messages.
  if (path.find(kHoleMark) != std::string_view::npos) {
    std::string rendered;
    size_t hole = std::count(text.begin(), text.begin() + (path.data() - text.data()), kHoleMark);
    std::vector<std::string> names;
    for (const auto& piece : url.pieces()) {
      if (piece.isHole) names.push_back(piece.text.empty() ? "?" : piece.text);
    }
    for (const char c : path) rendered += c == kHoleMark ? "{" + names[hole++] + "}" : std::string(1, c);
    endpoint.path = rendered;
  }
  return endpoint;
}

CredentialKind classifyCredential(std::string_view literal) {
  if (literal.size() < kShortestCredential) {
    return hasDbtTokenPrefix(literal) ? CredentialKind::Placeholder : CredentialKind::NotCredential;
  }
  if (looksLikePlaceholder(literal)) return CredentialKind::Placeholder;
  if (hasDbtTokenPrefix(literal)) {
    static const RE2 kTokenShape("dbt[uc]_[A-Za-z0-9_-]+");
    const bool realShape = literal.size() >= kShortestToken && RE2::FullMatch(re2::StringPiece(literal.data(), literal.size()), kTokenShape) &&
                           hasMixedCharacterClasses(literal.substr(5));
    return realShape ? CredentialKind::DbtToken : CredentialKind::Placeholder;
  }
  if (literal.find_first_of(" \t\r\n") != std::string_view::npos || !hasLettersAndDigits(literal)) {
    return CredentialKind::NotCredential;
  }
  return CredentialKind::LegacyKey;
}

std::string_view literalCredentialName(std::string_view literal) {
  switch (classifyCredential(literal)) {
    case CredentialKind::DbtToken: return "a literal token";
    case CredentialKind::Placeholder: return "a placeholder";
    default: return "a literal key";
  }
}

bool isLegacyApiKeyName(std::string_view name) {
  const std::string normalised = normalisedName(name);
  return std::find(kLegacyKeyNames.begin(), kLegacyKeyNames.end(), normalised) != kLegacyKeyNames.end() ||
         contains(addedNames(true), normalised);
}

bool isDbtCredentialName(std::string_view name) {
  const std::string normalised = normalisedName(name);
  return isLegacyApiKeyName(name) ||
         std::find(kTokenNames.begin(), kTokenNames.end(), normalised) != kTokenNames.end() ||
         contains(addedNames(false), normalised);
}

namespace {

// An RE2 expression (no capture groups) matching any of `names`, in any case
// and with `-` or `_`.
std::string anyNamePattern(std::vector<std::string> names) {
  // Longest first, so that no name stops a longer one from matching.
  std::stable_sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  std::string pattern = "(?i:";
  for (const std::string& name : names) {
    if (pattern.size() > 4) pattern += '|';
    for (const char c : name) pattern += c == '_' ? std::string("[_-]") : RE2::QuoteMeta(std::string(1, c));
  }
  return pattern + ")";
}

}  // namespace

std::string legacyApiKeyNamePattern() {
  std::vector<std::string> names(kLegacyKeyNames.begin(), kLegacyKeyNames.end());
  names.insert(names.end(), addedNames(true).begin(), addedNames(true).end());
  return anyNamePattern(std::move(names));
}

std::vector<std::string> dbtMentionPatterns(const DbtHosts& hosts) {
  // Every built-in token prefix, credential name, client, provider and host
  // holds "dbt" at the start of a word (hosts in the middle, as getdbt.com:
  // their own pattern), followed by no letter or by "c" or "u" (dbtc_,
  // DBT_CLOUD_API_KEY, dbtcloud, DbtCloudHook, DBTClient, dbt-cloud); what a
  // user adds may not. Not inside a word, as in "pdbtrack" or base64, nor
  // starting another one, as "dbtable" or "DBTYPE".
  std::vector<std::string> patterns{"(?i:(?:^|[^a-z0-9])dbt(?:$|[^a-z]|[cu]))", hosts.regex()};
  std::vector<std::string> added = addedNames(true);
  added.insert(added.end(), addedNames(false).begin(), addedNames(false).end());
  if (!added.empty()) patterns.push_back(anyNamePattern(std::move(added)));
  return patterns;
}

bool isDbtCloudCliConfigurationName(std::string_view path) {
  const std::string_view name = fileName(path);
  return name == "dbt_cloud.yml" || name == "dbt_cloud.yaml";
}

void addCredentialName(std::string_view name, bool isLegacyApiKey) {
  addedNames(isLegacyApiKey).push_back(normalisedName(name));
}

}  // namespace dbtlint
