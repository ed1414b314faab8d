#include "Suppressions.h"

#include <algorithm>
#include <cctype>

#include "LiteralFinder.h"
#include "Secrets.h"

namespace dbtlint {
namespace {

struct NamedRule {
  std::string name;  // as written: an id or a rule name
  Span span;         // where it is written, for the unused-suppression finding
  bool used = false;
};

struct InlineSuppression {
  bool wholeFile = false;
  uint32_t firstLine = 0;  // the lines it covers
  uint32_t lastLine = 0;
  std::vector<NamedRule> rules;
  std::string reason;
  Location location;
};

bool isBlank(char c) { return c == ' ' || c == '\t'; }

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && isBlank(text.front())) text.remove_prefix(1);
  while (!text.empty() && isBlank(text.back())) text.remove_suffix(1);
  return text;
}

// Where the comment holding the marker opens, if one does before it. An
// opener counts at the line's start or after a character that cannot end a
// word or a URL scheme, so `https://` opens no comment.
std::optional<size_t> commentOpener(std::string_view beforeMarker) {
  for (size_t at = 0; at < beforeMarker.size(); ++at) {
    const std::string_view rest = beforeMarker.substr(at);
    if (!rest.starts_with('#') && !rest.starts_with("//") && !rest.starts_with("/*")) continue;
    const auto previous = at == 0 ? ' ' : static_cast<unsigned char>(beforeMarker[at - 1]);
    if (!std::isalnum(previous) && previous != ':') return at;
  }
  return std::nullopt;
}

// Reads `ignore[…] reason` or `ignore-file[…] reason` after the marker.
std::optional<InlineSuppression> parseSuppression(const SourceFile& file, uint32_t line, size_t markerOffset) {
  const std::string_view lineText = file.lineText(line);
  const size_t lineBegin = file.lineStart(line);
  const size_t inLine = markerOffset - lineBegin;
  const auto opener = commentOpener(lineText.substr(0, inLine));
  if (!opener) return std::nullopt;

  size_t at = inLine + kSuppressionMarker.size();
  while (at < lineText.size() && isBlank(lineText[at])) ++at;
  InlineSuppression suppression;
  const std::string_view rest = lineText.substr(at);
  if (rest.starts_with("ignore-file[")) {
    suppression.wholeFile = true;
    at += 12;
  } else if (rest.starts_with("ignore[")) {
    at += 7;
  } else {
    return std::nullopt;
  }
  const size_t close = lineText.find(']', at);
  if (close == std::string_view::npos) return std::nullopt;
  for (size_t begin = at; begin <= close;) {
    size_t end = std::min(lineText.find(',', begin), close);
    size_t nameBegin = begin;
    size_t nameEnd = end;
    while (nameBegin < nameEnd && isBlank(lineText[nameBegin])) ++nameBegin;
    while (nameEnd > nameBegin && isBlank(lineText[nameEnd - 1])) --nameEnd;
    if (nameEnd > nameBegin) {
      suppression.rules.push_back({std::string(lineText.substr(nameBegin, nameEnd - nameBegin)),
                                   {lineBegin + nameBegin, lineBegin + nameEnd}});
    }
    begin = end + 1;
  }
  std::string_view reason = trimmed(lineText.substr(close + 1));
  if (reason.ends_with("*/")) reason = trimmed(reason.substr(0, reason.size() - 2));
  // The reason goes into every report: a token pasted into it must not.
  suppression.reason = redactTokensIn(reason);
  suppression.location = {file.path(), file.positionOf(markerOffset), file.positionOf(lineBegin + lineText.size())};
  const bool aloneOnItsLine = trimmed(lineText.substr(0, *opener)).empty();
  suppression.firstLine = line;
  suppression.lastLine = aloneOnItsLine ? line + 1 : line;
  return suppression;
}

std::vector<InlineSuppression> findSuppressions(const SourceFile& file) {
  std::vector<InlineSuppression> suppressions;
  const std::string_view text = file.text();
  // Every file is searched, most of them without one: a vector search, not
  // memchr's stop at every 'd'.
  static const LiteralFinder kMarkers({std::string(kSuppressionMarker)}, LiteralFinder::LetterCase::Sensitive);
  kMarkers.forEach(text, [&](size_t at, size_t) {
    if (auto suppression = parseSuppression(file, file.positionOf(at).line, at)) {
      suppressions.push_back(std::move(*suppression));
    }
    return true;
  });
  return suppressions;
}

bool names(const NamedRule& named, const Rule& rule) { return named.name == rule.id || named.name == rule.name; }

}  // namespace

std::vector<Detection> applySuppressions(const SourceFile& file, const std::vector<const Rule*>& checked,
                                         const std::vector<const Rule*>& known, std::vector<Finding>& findings,
                                         std::vector<Finding>& suppressed) {
  std::vector<InlineSuppression> suppressions = findSuppressions(file);
  if (suppressions.empty()) return {};

  std::erase_if(findings, [&](Finding& finding) {
    const uint32_t line = finding.location.start.line;
    for (InlineSuppression& suppression : suppressions) {
      if (!suppression.wholeFile && (line < suppression.firstLine || line > suppression.lastLine)) continue;
      const auto named = std::find_if(suppression.rules.begin(), suppression.rules.end(),
                                      [&](const NamedRule& entry) { return names(entry, *finding.rule); });
      if (named == suppression.rules.end()) continue;
      named->used = true;
      finding.suppression = Suppression{SuppressionKind::InSource, suppression.reason, suppression.location};
      suppressed.push_back(std::move(finding));
      return true;
    }
    return false;
  });

  const auto unusedRule = std::find_if(checked.begin(), checked.end(),
                                       [](const Rule* rule) { return rule->id == kUnusedSuppressionRule; });
  if (unusedRule == checked.end()) return {};
  std::vector<Detection> unused;
  for (const InlineSuppression& suppression : suppressions) {
    // Naming the unused-suppression rule itself keeps the comment's other
    // names from being reported: a suppression meant for code that fires
    // only sometimes.
    const bool keptOnPurpose = std::any_of(suppression.rules.begin(), suppression.rules.end(),
                                           [&](const NamedRule& named) { return names(named, **unusedRule); });
    if (keptOnPurpose) continue;
    for (const NamedRule& named : suppression.rules) {
      const auto namesIt = [&](const Rule* rule) { return names(named, *rule); };
      const bool unknown = !known.empty() && std::none_of(known.begin(), known.end(), namesIt);
      const bool judged = std::any_of(checked.begin(), checked.end(), namesIt);
      std::string problem;
      if (unknown) {
        problem = "names no rule (see --list-rules): correct it or remove it";
      } else if (judged && !named.used) {
        const char* scope = suppression.wholeFile                          ? "in this file"
                            : suppression.lastLine > suppression.firstLine ? "on this line or the next"
                                                                           : "on this line";
        problem = std::string("suppresses nothing ") + scope + ": remove it, or move it next to the finding it is meant for";
      } else {
        continue;
      }
      Detection detection;
      detection.rule = *unusedRule;
      detection.span = named.span;
      detection.message = formatMessage((*unusedRule)->message, [&](std::string_view parameter) -> std::optional<std::string> {
        if (parameter == "rule") return named.name;
        if (parameter == "problem") return problem;
        return std::nullopt;
      });
      unused.push_back(std::move(detection));
    }
  }
  return unused;
}

}  // namespace dbtlint
