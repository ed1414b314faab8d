#include "Configuration.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <fstream>
#include <iterator>

#include "DbtDomain.h"
#include "Errors.h"

namespace dbtlint {
namespace {

namespace fs = std::filesystem;

const std::vector<std::string_view> kKeys{"include", "exclude", "select",           "ignore", "fail-on",
                                          "levels",  "dbt-hosts", "credential-names", "rules"};
const std::vector<std::string_view> kCredentialKinds{"legacy-api-key", "token"};

std::string joined(const std::vector<std::string_view>& words) {
  std::string text;
  for (const std::string_view word : words) text += (text.empty() ? "" : ", ") + std::string(word);
  return text;
}

class Reader {
 public:
  explicit Reader(std::string path) : path_(std::move(path)) {}

  std::string where(const YAML::Node& node) const {
    const YAML::Mark mark = node.Mark();
    if (mark.is_null()) return path_;
    return path_ + ":" + std::to_string(mark.line + 1) + ":" + std::to_string(mark.column + 1);
  }

  [[noreturn]] void fail(const YAML::Node& node, const std::string& what) const {
    throw UsageError(where(node) + ": " + what);
  }

  std::string scalar(const YAML::Node& node, const std::string& what) const {
    if (!node.IsScalar() || node.Scalar().empty()) fail(node, "expected " + what);
    return node.Scalar();
  }

  std::vector<Configured> list(const YAML::Node& node, const std::string& key, const std::string& what) const {
    if (!node.IsSequence()) fail(node, "'" + key + "' expects a list of " + what);
    std::vector<Configured> values;
    for (const YAML::Node& item : node) values.push_back({scalar(item, what + " in '" + key + "'"), where(item)});
    return values;
  }

  // The keys of a mapping, each checked against `known`.
  void checkKeys(const YAML::Node& node, const std::vector<std::string_view>& known, const std::string& what) const {
    if (!node.IsMap()) fail(node, "expected " + what);
    for (const auto& entry : node) {
      const std::string key = scalar(entry.first, "a key");
      if (std::find(known.begin(), known.end(), key) == known.end()) {
        fail(entry.first, "unknown key '" + key + "'; expected one of: " + joined(known));
      }
    }
  }

 private:
  std::string path_;
};

std::vector<std::string> values(const std::vector<Configured>& configured) {
  std::vector<std::string> plain;
  for (const Configured& entry : configured) plain.push_back(entry.value);
  return plain;
}

// The rules a name of the file matches; none is an error where it is written.
std::vector<const Rule*> rulesNamed(const RuleCatalog& catalog, const Configured& name) {
  try {
    return selectRules(catalog, {name.value}, {});
  } catch (const UsageError&) {
    throw UsageError(name.where + ": no rule matches '" + name.value + "' (see --list-rules)");
  }
}

}  // namespace

std::optional<std::string> findConfiguration(const std::string& scannedPath) {
  std::error_code error;
  fs::path directory = fs::absolute(scannedPath, error).lexically_normal();
  if (!fs::is_directory(directory, error)) directory = directory.parent_path();
  while (true) {
    const fs::path candidate = directory / kConfigurationFileName;
    if (fs::is_regular_file(candidate, error)) return candidate.string();
    if (fs::exists(directory / ".git", error) || directory == directory.parent_path()) return std::nullopt;
    directory = directory.parent_path();
  }
}

Configuration loadConfiguration(const std::string& path) {
  std::ifstream stream(path, std::ios::binary);
  if (!stream) throw UsageError("--config: cannot read " + path);
  return parseConfiguration(path, std::string(std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>()));
}

Configuration parseConfiguration(const std::string& path, const std::string& text) {
  const Reader reader(path);
  YAML::Node document;
  try {
    document = YAML::Load(text);
  } catch (const YAML::DeepRecursion& error) {
    // yaml-cpp's own message is "bad file".
    throw UsageError(path + ":" + std::to_string(error.mark.line + 1) + ":" + std::to_string(error.mark.column + 1) +
                     ": nested too deeply to be a configuration; not read");
  } catch (const YAML::ParserException& error) {
    throw UsageError(path + ":" + std::to_string(error.mark.line + 1) + ":" + std::to_string(error.mark.column + 1) +
                     ": not valid YAML: " + error.msg);
  }
  Configuration configuration;
  configuration.path = path;
  configuration.directory = fs::absolute(path).parent_path();
  if (document.IsNull()) return configuration;  // an empty file
  reader.checkKeys(document, kKeys, "a mapping of settings (" + joined(kKeys) + ")");

  if (const YAML::Node node = document["include"]) configuration.include = values(reader.list(node, "include", "glob patterns"));
  if (const YAML::Node node = document["exclude"]) configuration.exclude = values(reader.list(node, "exclude", "glob patterns"));
  for (const auto* globs : {&configuration.include, &configuration.exclude}) {
    for (const std::string& glob : *globs) {
      try {
        PathFilter::validate(glob);
      } catch (const UsageError& error) {
        throw UsageError(path + ": " + error.what());
      }
    }
  }
  if (const YAML::Node node = document["select"]) configuration.select = reader.list(node, "select", "rule ids or names");
  if (const YAML::Node node = document["ignore"]) configuration.ignore = reader.list(node, "ignore", "rule ids or names");
  if (const YAML::Node node = document["fail-on"]) {
    const std::string value = reader.scalar(node, "a level: error, warning, note or none");
    if (value != "none" && !parseLevel(value)) reader.fail(node, "'fail-on' expects error, warning, note or none, not '" + value + "'");
    configuration.failOn = value;
  }
  if (const YAML::Node node = document["levels"]) {
    if (!node.IsMap()) reader.fail(node, "'levels' expects a mapping of rule id to error, warning or note");
    for (const auto& entry : node) {
      const std::string rule = reader.scalar(entry.first, "a rule id");
      const std::string value = reader.scalar(entry.second, "a level: error, warning or note");
      const auto level = parseLevel(value);
      if (!level) reader.fail(entry.second, "the level of " + rule + " must be error, warning or note, not '" + value + "'");
      configuration.levels.push_back({{rule, reader.where(entry.first)}, *level});
    }
  }
  if (const YAML::Node node = document["dbt-hosts"]) configuration.dbtHosts = reader.list(node, "dbt-hosts", "host names");
  if (const YAML::Node node = document["credential-names"]) {
    reader.checkKeys(node, kCredentialKinds, "a mapping of 'legacy-api-key' and 'token' to lists of names");
    if (const YAML::Node names = node["legacy-api-key"]) {
      configuration.legacyApiKeyNames = values(reader.list(names, "legacy-api-key", "variable or secret names"));
    }
    if (const YAML::Node names = node["token"]) {
      configuration.tokenNames = values(reader.list(names, "token", "variable or secret names"));
    }
  }
  if (const YAML::Node node = document["rules"]) {
    for (const Configured& directory : reader.list(node, "rules", "rule directories")) {
      configuration.ruleDirectories.push_back((configuration.directory / directory.value).lexically_normal().string());
    }
  }
  return configuration;
}

void applyConfiguredLevels(const Configuration& configuration, RuleCatalog& catalog) {
  for (const auto& [rule, level] : configuration.levels) {
    for (const Rule* matched : rulesNamed(catalog, rule)) catalog.setLevel(*matched, level);
  }
}

std::vector<const Rule*> configuredRules(const RuleCatalog& catalog, const Configuration& configuration,
                                         const std::vector<std::string>& select, const std::vector<std::string>& ignore) {
  for (const auto* names : {&configuration.select, &configuration.ignore}) {
    for (const Configured& name : *names) rulesNamed(catalog, name);
  }
  return selectRules(catalog, select.empty() ? values(configuration.select) : select,
                     ignore.empty() ? values(configuration.ignore) : ignore);
}

void configureDomain(const Configuration& configuration, DbtHosts& hosts) {
  for (const Configured& host : configuration.dbtHosts) {
    try {
      hosts.add(host.value);
    } catch (const UsageError& error) {
      throw UsageError(host.where + ": " + error.what());
    }
  }
  for (const std::string& name : configuration.legacyApiKeyNames) addCredentialName(name, true);
  for (const std::string& name : configuration.tokenNames) addCredentialName(name, false);
}

PathFilter configuredPathFilter(const Configuration& configuration) {
  if (configuration.path.empty()) return PathFilter();
  return PathFilter(configuration.directory, configuration.include, configuration.exclude);
}

}  // namespace dbtlint
