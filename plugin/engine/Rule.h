#pragma once

#include <deque>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dbtlint {

enum class Level { Note, Warning, Error };

std::string_view levelName(Level level);
std::optional<Level> parseLevel(std::string_view name);

// One RE2 pattern of a rule's text layer. Named groups have meanings:
// `span` is where the finding points (default: the secret, else the whole
// match), `secret` is a
// credential (checked by `conditions`, always redacted, never put in a
// message), any other group may be named in the message as `{group}`.
struct TextPattern {
  std::string regex;             // may contain {{DBT_HOST}}
  std::optional<std::string> message;  // overrides the rule's message
  std::optional<std::string> fileMustMatch;  // the file as a whole must match this too
  std::vector<std::string> conditions;  // names of checks on the `secret` group
  // It may match across a line end (a block), which front ends that leave
  // out parts of a file must know (TextLayer::mayMatchAcrossLines).
  bool spansLines = false;
};

struct Rule {
  std::string id;    // DBT101
  std::string name;  // cross-account-endpoint
  Level level = Level::Warning;
  bool enabledByDefault = true;
  std::string message;
  std::string shortDescription;
  std::string fullDescription;
  std::vector<std::string> tags;
  std::string precision;  // very-high | high | medium | low
  std::optional<std::string> securitySeverity;  // "0.1" … "10.0"
  std::vector<TextPattern> textPatterns;
  std::string documentation;  // the rule's page, Markdown
  std::string source;         // where the definition came from, for messages
  bool builtin = false;       // compiled in from rules/: its page is published as docs/rules/<id>.md
};

// All rules the scanner knows: the built-in catalog compiled from rules/, plus
// the rule files a user adds. Rules keep their address for the catalog's life.
class RuleCatalog {
 public:
  static RuleCatalog builtin();

  // Adds every `*.json` rule in `directory`, with `ID.md` beside it as its
  // page. Throws UsageError on any fault, naming the file.
  void addDirectory(const std::filesystem::path& directory);
  // How far a rule's text patterns are checked when it is added: a user's are
  // compiled, with their messages' groups checked against them; the built-in
  // ones were, by a unit test (RuleTest.cpp), so that no run pays for it.
  enum class PatternCheck { Compile, AlreadyChecked };
  void addRule(std::string_view source, std::string_view json, std::string documentation,
               PatternCheck check = PatternCheck::Compile);

  const std::deque<Rule>& rules() const { return rules_; }
  const Rule* find(std::string_view id) const;
  // Gives a rule another level for this run (the configuration's overrides).
  void setLevel(const Rule& rule, Level level);

 private:
  std::deque<Rule> rules_;  // sorted by id
};

// The rules a run checks: the defaults, or those named by `select` (ids, id
// prefixes such as DBT1, or ALL), less those named by `ignore`. Unknown names
// throw UsageError.
std::vector<const Rule*> selectRules(const RuleCatalog& catalog, const std::vector<std::string>& select,
                                     const std::vector<std::string>& ignore);

// A rule's message with each `{name}` replaced by `parameter(name)`; a name
// the function does not know is left as it is. Token-shaped text is redacted.
std::string formatMessage(std::string_view message,
                          const std::function<std::optional<std::string>(std::string_view)>& parameter);

// The names `conditions` may use, with what each requires of the secret.
bool isKnownCondition(std::string_view name);
bool conditionHolds(std::string_view name, std::string_view secret);

}  // namespace dbtlint
