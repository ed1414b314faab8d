#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "DbtHosts.h"
#include "ResolvedString.h"

namespace dbtlint {

// What every front end must decide the same way, whatever its language:
// which URLs are the cross-account endpoint, which literals are credentials
// of which kind, which names hold a legacy API key. domain.md explains why.

enum class HostKind {
  DbtCloud,  // a known dbt Cloud host
  Other,     // a known host that is not dbt Cloud
  Unknown,   // a hole, or no host at all (a relative reference)
};

struct Endpoint {
  HostKind host = HostKind::Unknown;
  std::string hostName;  // when known
  std::string path;      // rendered, holes as {name}
  bool isDbtApiPath = false;  // `/api` or below it
  // GET of this path lists every account: `/api/v2/accounts` or
  // `/api/v3/accounts`, with or without the trailing slash, any query. A hole
  // after `accounts/` is an account id, so the path is account-scoped.
  bool isCrossAccountCollection = false;
  std::optional<int> apiVersion;  // 2 or 3 when under /api/v2 or /api/v3
};

// Reads a request target: an absolute URL, or a path (host Unknown). Holes in
// the host make it Unknown; holes in the path are kept as holes.
Endpoint classifyEndpoint(const ResolvedString& url, const DbtHosts& hosts);

enum class CredentialKind {
  NotCredential,  // too short or not shaped like a key
  Placeholder,    // stands in for a credential: XXXX, <token>, $VAR, changeme…
  DbtToken,       // dbtu_/dbtc_ of real shape: DBT002
  LegacyKey,      // no prefix, key-shaped: DBT001 where it is given to dbt Cloud
};

CredentialKind classifyCredential(std::string_view literal);
// How a message names a literal credential, never by its text (DBT201's
// credential source): "a literal token", "a placeholder" or "a literal key".
std::string_view literalCredentialName(std::string_view literal);

// Names of variables, secrets, inputs and settings. Both are case-insensitive
// and ignore a leading `TF_VAR_`.
// Named as the legacy user API key: DBT_CLOUD_API_KEY, DBT_API_KEY, … (DBT003).
bool isLegacyApiKeyName(std::string_view name);
// Named as any dbt Cloud credential, legacy or not (DBT001's "dbt-named variable").
bool isDbtCredentialName(std::string_view name);

// An RE2 expression (no capture groups) matching every legacy API key name,
// built in or added, in any case and with `-` or `_`: what `{{LEGACY_KEY_NAME}}`
// stands for in a rule's text patterns.
std::string legacyApiKeyNamePattern();

// RE2 expressions (no capture groups) of which a file, its path or a file it
// reads values from must match one for any dbt Cloud finding to be possible:
// "dbt" at the start of a word, followed by no letter or by "c" or "u" (every
// token prefix, built-in credential name, client and provider starts so), the
// hosts and the names a user added. The prefilter
// skips the syntax analysis of files that match none (docs/performance.md).
std::vector<std::string> dbtMentionPatterns(const DbtHosts& hosts);

// Whether the file at `path` is a dbt Cloud CLI configuration
// (dbt_cloud.yml), whose `account-host` names the account's dbt Cloud host.
bool isDbtCloudCliConfigurationName(std::string_view path);

// Teaches these functions a company's own names (configuration file). Call it
// before a scan starts: scans only read the names.
void addCredentialName(std::string_view name, bool isLegacyApiKey);

}  // namespace dbtlint
