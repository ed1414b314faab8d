#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "DbtHosts.h"
#include "PathFilter.h"
#include "Rule.h"

namespace dbtlint {

// The configuration file, `.dbt-api-lint.yaml` (docs/configuration.md).
inline constexpr std::string_view kConfigurationFileName = ".dbt-api-lint.yaml";

// A value with where it was written (`file:line:column`), for error messages.
struct Configured {
  std::string value;
  std::string where;
};

struct Configuration {
  std::string path;                 // empty when there is no file
  std::filesystem::path directory;  // globs and rule directories are relative to it
  std::vector<std::string> include;
  std::vector<std::string> exclude;
  std::vector<Configured> select;
  std::vector<Configured> ignore;
  std::optional<std::string> failOn;
  std::vector<std::pair<Configured, Level>> levels;
  std::vector<Configured> dbtHosts;
  std::vector<std::string> legacyApiKeyNames;
  std::vector<std::string> tokenNames;
  std::vector<std::string> ruleDirectories;  // resolved against `directory`
};

// The configuration file for `scannedPath`: the nearest one in its directory
// or above, up to the top of its git work tree (or the file system's root
// outside one).
std::optional<std::string> findConfiguration(const std::string& scannedPath);

// Reads and checks a configuration file. Throws UsageError with the file,
// line and column and what was expected for any unknown key or bad value.
Configuration loadConfiguration(const std::string& path);
// The same for the file's text; `path` names it in messages and anchors its
// relative paths.
Configuration parseConfiguration(const std::string& path, const std::string& text);

// Gives rules the file's levels. A name that matches no rule is an error
// where it is written, here and in configuredRules.
void applyConfiguredLevels(const Configuration& configuration, RuleCatalog& catalog);

// The run's rules: the command line's --select and --ignore when given, else
// the file's; each list replaces the other's.
std::vector<const Rule*> configuredRules(const RuleCatalog& catalog, const Configuration& configuration,
                                         const std::vector<std::string>& select, const std::vector<std::string>& ignore);

// Adds the file's dbt Cloud hosts and credential names.
void configureDomain(const Configuration& configuration, DbtHosts& hosts);

PathFilter configuredPathFilter(const Configuration& configuration);

}  // namespace dbtlint
