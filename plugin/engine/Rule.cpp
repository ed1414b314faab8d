#include "Rule.h"

#include <nlohmann/json.hpp>
#include <re2/re2.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "EmbeddedFiles.h"
#include "Errors.h"
#include "Secrets.h"

namespace dbtlint {
namespace {

using Json = nlohmann::json;

[[noreturn]] void fail(std::string_view source, const std::string& what) {
  throw UsageError("rule file " + std::string(source) + ": " + what);
}

void rejectUnknownKeys(std::string_view source, const Json& object, std::initializer_list<std::string_view> known,
                       std::string_view where) {
  for (const auto& [key, value] : object.items()) {
    if (std::find(known.begin(), known.end(), key) == known.end()) {
      fail(source, "unknown key '" + key + "' in " + std::string(where));
    }
  }
}

std::string requiredString(std::string_view source, const Json& object, const char* key) {
  const auto it = object.find(key);
  if (it == object.end() || !it->is_string() || it->get_ref<const std::string&>().empty()) {
    fail(source, std::string("'") + key + "' must be a non-empty string");
  }
  return it->get<std::string>();
}

std::optional<std::string> optionalString(std::string_view source, const Json& object, const char* key) {
  const auto it = object.find(key);
  if (it == object.end()) return std::nullopt;
  if (!it->is_string()) fail(source, std::string("'") + key + "' must be a string");
  return it->get<std::string>();
}

std::vector<std::string> stringList(std::string_view source, const Json& object, const char* key) {
  const auto it = object.find(key);
  if (it == object.end()) return {};
  if (!it->is_array()) fail(source, std::string("'") + key + "' must be a list of strings");
  std::vector<std::string> values;
  for (const Json& value : *it) {
    if (!value.is_string()) fail(source, std::string("'") + key + "' must be a list of strings");
    values.push_back(value.get<std::string>());
  }
  return values;
}

// Checks that a pattern compiles once its macros ({{DBT_HOST}},
// {{LEGACY_KEY_NAME}}) are replaced by any expression, and that its message
// names only groups it has.
void validatePattern(std::string_view source, const TextPattern& pattern, std::string_view message) {
  std::string regex = pattern.regex;
  for (const std::string_view macro : {"{{DBT_HOST}}", "{{LEGACY_KEY_NAME}}"}) {
    for (size_t at; (at = regex.find(macro)) != std::string::npos;) regex.replace(at, macro.size(), "(?:x)");
  }
  const RE2 compiled(regex, RE2::Quiet);
  if (!compiled.ok()) fail(source, "pattern '" + pattern.regex + "' does not compile: " + compiled.error());
  const auto& groups = compiled.NamedCapturingGroups();
  for (size_t open = message.find('{'); open != std::string_view::npos; open = message.find('{', open + 1)) {
    const size_t close = message.find('}', open);
    if (close == std::string_view::npos) break;
    const std::string group(message.substr(open + 1, close - open - 1));
    if (group == "secret") fail(source, "a message must not show the secret");
    if (!groups.contains(group)) fail(source, "message names '{" + group + "}', which the pattern does not capture");
  }
  for (const std::string& condition : pattern.conditions) {
    if (!isKnownCondition(condition)) fail(source, "unknown condition '" + condition + "'");
    if (!groups.contains("secret")) fail(source, "condition '" + condition + "' needs a (?P<secret>…) group");
  }
  if (pattern.fileMustMatch && !RE2(*pattern.fileMustMatch, RE2::Quiet).ok()) {
    fail(source, "file_must_match '" + *pattern.fileMustMatch + "' does not compile");
  }
}

Rule parseRule(std::string_view source, std::string_view text, RuleCatalog::PatternCheck check) {
  Json json;
  try {
    json = Json::parse(text);
  } catch (const Json::parse_error& error) {
    fail(source, std::string("invalid JSON: ") + error.what());
  }
  if (!json.is_object()) fail(source, "expected a JSON object");
  rejectUnknownKeys(source, json,
                    {"id", "name", "level", "enabled_by_default", "message", "short_description", "full_description",
                     "tags", "precision", "security_severity", "text_patterns"},
                    "the rule");
  Rule rule;
  rule.source = source;
  rule.id = requiredString(source, json, "id");
  // Compiled once, not for every rule of every run.
  static const RE2 kId("[A-Z][A-Z0-9]*[0-9]+");
  static const RE2 kName("[a-z0-9]+(?:-[a-z0-9]+)*");
  static const RE2 kSeverity(R"((?:10\.0|[0-9]\.[0-9]))");
  if (!RE2::FullMatch(rule.id, kId)) fail(source, "id '" + rule.id + "' must look like DBT101");
  rule.name = requiredString(source, json, "name");
  if (!RE2::FullMatch(rule.name, kName)) fail(source, "name must be kebab-case");
  const std::string level = requiredString(source, json, "level");
  const auto parsedLevel = parseLevel(level);
  if (!parsedLevel) fail(source, "level '" + level + "' must be error, warning or note");
  rule.level = *parsedLevel;
  if (const auto it = json.find("enabled_by_default"); it != json.end()) {
    if (!it->is_boolean()) fail(source, "'enabled_by_default' must be true or false");
    rule.enabledByDefault = it->get<bool>();
  }
  rule.message = requiredString(source, json, "message");
  rule.shortDescription = requiredString(source, json, "short_description");
  rule.fullDescription = requiredString(source, json, "full_description");
  rule.tags = stringList(source, json, "tags");
  rule.precision = requiredString(source, json, "precision");
  if (rule.precision != "very-high" && rule.precision != "high" && rule.precision != "medium" &&
      rule.precision != "low") {
    fail(source, "precision must be very-high, high, medium or low");
  }
  rule.securitySeverity = optionalString(source, json, "security_severity");
  if (rule.securitySeverity && !RE2::FullMatch(*rule.securitySeverity, kSeverity)) {
    fail(source, "security_severity must be a score from \"0.1\" to \"10.0\"");
  }
  if (const auto it = json.find("text_patterns"); it != json.end()) {
    if (!it->is_array()) fail(source, "'text_patterns' must be a list");
    for (const Json& entry : *it) {
      if (!entry.is_object()) fail(source, "each text pattern must be an object");
      rejectUnknownKeys(source, entry, {"regex", "message", "file_must_match", "conditions", "spans_lines"},
                        "a text pattern");
      TextPattern pattern{requiredString(source, entry, "regex"), optionalString(source, entry, "message"),
                          optionalString(source, entry, "file_must_match"), stringList(source, entry, "conditions")};
      if (const auto spans = entry.find("spans_lines"); spans != entry.end()) {
        if (!spans->is_boolean()) fail(source, "'spans_lines' must be true or false");
        pattern.spansLines = spans->get<bool>();
      }
      if (check == RuleCatalog::PatternCheck::Compile) validatePattern(source, pattern, pattern.message.value_or(rule.message));
      rule.textPatterns.push_back(std::move(pattern));
    }
  }
  return rule;
}

std::string readFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw UsageError("cannot read rule file " + path.string());
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

}  // namespace

std::string_view levelName(Level level) {
  switch (level) {
    case Level::Note: return "note";
    case Level::Warning: return "warning";
    case Level::Error: return "error";
  }
  return "error";
}

std::optional<Level> parseLevel(std::string_view name) {
  if (name == "note") return Level::Note;
  if (name == "warning") return Level::Warning;
  if (name == "error") return Level::Error;
  return std::nullopt;
}

RuleCatalog RuleCatalog::builtin() {
  RuleCatalog catalog;
  for (const EmbeddedFile& definition : embeddedRuleDefinitions()) {
    const std::string page = std::string(definition.name.substr(0, definition.name.find('.'))) + ".md";
    const auto pages = embeddedRulePages();
    const auto found = std::find_if(pages.begin(), pages.end(), [&](const EmbeddedFile& f) { return f.name == page; });
    catalog.addRule("rules/" + std::string(definition.name), definition.content,
                    found == pages.end() ? std::string() : std::string(found->content), PatternCheck::AlreadyChecked);
  }
  for (Rule& rule : catalog.rules_) rule.builtin = true;
  return catalog;
}

void RuleCatalog::addDirectory(const std::filesystem::path& directory) {
  std::error_code error;
  if (!std::filesystem::is_directory(directory, error)) {
    throw UsageError("--rules: " + directory.string() + " is not a directory");
  }
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(directory, error)) {
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  }
  if (error) throw UsageError("--rules: cannot list " + directory.string() + ": " + error.message());
  std::sort(files.begin(), files.end());
  for (const auto& file : files) {
    auto page = file;
    page.replace_extension(".md");
    addRule(file.string(), readFile(file), std::filesystem::exists(page) ? readFile(page) : std::string());
  }
}

void RuleCatalog::addRule(std::string_view source, std::string_view json, std::string documentation, PatternCheck check) {
  Rule rule = parseRule(source, json, check);
  if (const Rule* existing = find(rule.id)) {
    fail(source, "rule id " + rule.id + " is already defined by " + existing->source);
  }
  if (documentation.empty()) {
    documentation = "# " + rule.id + " " + rule.name + "\n\n" + rule.fullDescription + "\n";
  }
  rule.documentation = std::move(documentation);
  const auto position = std::lower_bound(rules_.begin(), rules_.end(), rule.id,
                                         [](const Rule& r, const std::string& id) { return r.id < id; });
  rules_.insert(position, std::move(rule));
}

const Rule* RuleCatalog::find(std::string_view id) const {
  const auto it = std::find_if(rules_.begin(), rules_.end(), [&](const Rule& rule) { return rule.id == id; });
  return it == rules_.end() ? nullptr : &*it;
}

void RuleCatalog::setLevel(const Rule& rule, Level level) {
  for (Rule& entry : rules_) {
    if (&entry == &rule) entry.level = level;
  }
}

std::vector<const Rule*> selectRules(const RuleCatalog& catalog, const std::vector<std::string>& select,
                                     const std::vector<std::string>& ignore) {
  const auto matching = [&](const std::string& name, const char* option) {
    std::vector<const Rule*> rules;
    for (const Rule& rule : catalog.rules()) {
      if (name == "ALL" || rule.id.starts_with(name) || rule.name == name) rules.push_back(&rule);
    }
    if (rules.empty()) throw UsageError(std::string(option) + ": no rule matches '" + name + "' (see --list-rules)");
    return rules;
  };
  std::set<const Rule*> chosen;
  if (select.empty()) {
    for (const Rule& rule : catalog.rules()) {
      if (rule.enabledByDefault) chosen.insert(&rule);
    }
  }
  for (const std::string& name : select) {
    for (const Rule* rule : matching(name, "--select")) chosen.insert(rule);
  }
  for (const std::string& name : ignore) {
    for (const Rule* rule : matching(name, "--ignore")) chosen.erase(rule);
  }
  std::vector<const Rule*> rules(chosen.begin(), chosen.end());
  std::sort(rules.begin(), rules.end(), [](const Rule* a, const Rule* b) { return a->id < b->id; });
  return rules;
}

std::string formatMessage(std::string_view message,
                          const std::function<std::optional<std::string>(std::string_view)>& parameter) {
  std::string text;
  for (size_t i = 0; i < message.size(); ++i) {
    const size_t close = message[i] == '{' ? message.find('}', i) : std::string_view::npos;
    const std::optional<std::string> value =
        close == std::string_view::npos ? std::nullopt : parameter(message.substr(i + 1, close - i - 1));
    if (!value) {
      text += message[i];
      continue;
    }
    text += *value;
    i = close;
  }
  return redactTokensIn(text);
}

namespace {
struct Condition {
  std::string_view name;
  bool (*holds)(std::string_view secret);
};
constexpr Condition kConditions[] = {
    {"not-placeholder", [](std::string_view s) { return !looksLikePlaceholder(s); }},
    {"no-token-prefix", [](std::string_view s) { return !hasDbtTokenPrefix(s); }},
    {"letters-and-digits", hasLettersAndDigits},
    {"mixed-character-classes", hasMixedCharacterClasses},
};
}  // namespace

bool isKnownCondition(std::string_view name) {
  return std::any_of(std::begin(kConditions), std::end(kConditions), [&](const Condition& c) { return c.name == name; });
}

bool conditionHolds(std::string_view name, std::string_view secret) {
  for (const Condition& condition : kConditions) {
    if (condition.name == name) return condition.holds(secret);
  }
  return false;
}

}  // namespace dbtlint
