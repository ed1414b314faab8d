#include "TextLayer.h"

#include <algorithm>
#include <numeric>
#include <optional>
#include <utility>

#include "DbtDomain.h"
#include "Secrets.h"

namespace dbtlint {

// A rule pattern, compiled on its own the first time the set says it hit:
// a short run (a pre-commit hook's few files) needs few of them. Each was
// compiled when its rule was loaded (the built-in ones, by RuleTest).
struct TextLayer::CompiledPattern {
  const Rule* rule = nullptr;
  const TextPattern* pattern = nullptr;
  std::string regexSource;
  std::optional<std::string> fileMustMatchSource;

  struct Compiled {
    std::unique_ptr<RE2> regex;
    std::unique_ptr<RE2> fileMustMatch;
    int spanGroup = -1;
    int secretGroup = -1;
  };
  const Compiled& compiled() const;

 private:
  mutable std::once_flag compiledOnce_;
  mutable Compiled compiled_;
};

namespace {

// Latin-1 lets every byte stand for one character, so invalid UTF-8 and
// binary junk never stop a match; the patterns themselves are ASCII.
RE2::Options patternOptions() {
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingLatin1);
  options.set_log_errors(false);
  options.set_max_mem(64 << 20);
  return options;
}

// `regex[at]` opens a counted repetition `{n}`, `{n,}` or `{n,m}`: its end
// past the `}` and whether it may repeat zero times; nullopt otherwise (RE2
// reads any other `{` as itself).
std::optional<std::pair<size_t, bool>> countedRepetitionAt(std::string_view regex, size_t at) {
  size_t i = at + 1;
  const auto digits = [&] {
    const size_t begin = i;
    while (i < regex.size() && regex[i] >= '0' && regex[i] <= '9') ++i;
    return regex.substr(begin, i - begin);
  };
  const std::string_view least = digits();
  if (least.empty()) return std::nullopt;
  if (i < regex.size() && regex[i] == ',') {
    ++i;
    digits();
  }
  if (i >= regex.size() || regex[i] != '}') return std::nullopt;
  return std::pair{i + 1, least.find_first_not_of('0') == std::string_view::npos};
}

}  // namespace

std::string expandMacros(std::string regex, const DbtHosts& hosts) {
  const std::pair<std::string_view, std::string> macros[] = {{"{{DBT_HOST}}", hosts.regex()},
                                                             {"{{LEGACY_KEY_NAME}}", legacyApiKeyNamePattern()}};
  for (const auto& [macro, expansion] : macros) {
    for (size_t at; (at = regex.find(macro)) != std::string::npos;) regex.replace(at, macro.size(), expansion);
  }
  return regex;
}

std::string withoutCountedRepetitions(std::string_view regex) {
  std::string result;
  bool inClass = false;
  for (size_t i = 0; i < regex.size();) {
    const char c = regex[i];
    size_t end = i + 1;  // what is copied as it is
    if (c == '\\' && i + 1 < regex.size()) {
      end = i + 2;
      const char escaped = regex[i + 1];
      if (escaped == 'Q') {  // \Q…\E: all literal
        const size_t close = regex.find("\\E", i + 2);
        end = close == std::string_view::npos ? regex.size() : close + 2;
      } else if ((escaped == 'x' || escaped == 'p' || escaped == 'P') && end < regex.size() && regex[end] == '{') {
        const size_t close = regex.find('}', end);  // \x{41}, \p{Greek}
        end = close == std::string_view::npos ? regex.size() : close + 1;
      }
    } else if (inClass) {
      if (c == '[' && i + 1 < regex.size() && regex[i + 1] == ':') {  // [:alpha:]
        const size_t close = regex.find(":]", i + 2);
        end = close == std::string_view::npos ? i + 1 : close + 2;
      } else if (c == ']') {
        inClass = false;
      }
    } else if (c == '[') {
      inClass = true;
      if (end < regex.size() && regex[end] == '^') ++end;
      if (end < regex.size() && regex[end] == ']') ++end;  // a `]` first is itself
    } else if (c == '{') {
      if (const auto repetition = countedRepetitionAt(regex, i)) {
        result += repetition->second ? '*' : '+';
        i = repetition->first;
        continue;
      }
    }
    result.append(regex.substr(i, end - i));
    i = end;
  }
  return result;
}

namespace {

int groupIndex(const RE2& regex, const std::string& name) {
  const auto it = regex.NamedCapturingGroups().find(name);
  return it == regex.NamedCapturingGroups().end() ? -1 : it->second;
}

Span spanOf(std::string_view text, re2::StringPiece piece) {
  const auto begin = static_cast<size_t>(piece.data() - text.data());
  return {begin, begin + piece.size()};
}

}  // namespace

const TextLayer::CompiledPattern::Compiled& TextLayer::CompiledPattern::compiled() const {
  std::call_once(compiledOnce_, [&] {
    compiled_.regex = std::make_unique<RE2>(regexSource, patternOptions());
    if (fileMustMatchSource) compiled_.fileMustMatch = std::make_unique<RE2>(*fileMustMatchSource, patternOptions());
    compiled_.spanGroup = groupIndex(*compiled_.regex, "span");
    compiled_.secretGroup = groupIndex(*compiled_.regex, "secret");
  });
  return compiled_;
}

TextLayer::TextLayer(const std::vector<const Rule*>& rules, const DbtHosts& hosts) {
  size_t patternCount = 0;
  for (const Rule* rule : rules) patternCount += rule->textPatterns.size();
  patterns_ = std::vector<CompiledPattern>(patternCount);  // in place: a once_flag does not move
  auto next = patterns_.begin();
  for (const Rule* rule : rules) {
    for (const TextPattern& pattern : rule->textPatterns) {
      CompiledPattern& entry = *next++;
      entry.rule = rule;
      entry.pattern = &pattern;
      entry.regexSource = expandMacros(pattern.regex, hosts);
      setExpressions_.push_back(withoutCountedRepetitions(entry.regexSource));
      if (pattern.spansLines) spanningExpressions_.push_back(setExpressions_.back());
      if (pattern.fileMustMatch) entry.fileMustMatchSource = expandMacros(*pattern.fileMustMatch, hosts);
    }
  }
  for (const std::string& mention : dbtMentionPatterns(hosts)) setExpressions_.push_back(mention);
}

const RE2::Set* TextLayer::set() const {
  std::call_once(setBuilt_, [&] {
    auto set = std::make_unique<RE2::Set>(patternOptions(), RE2::UNANCHORED);
    for (const std::string& expression : setExpressions_) {
      if (set->Add(expression, nullptr) < 0) return;
    }
    if (set->Compile()) set_ = std::move(set);
  });
  return set_.get();
}

bool TextLayer::mentionsAlone(re2::StringPiece input) const {
  std::call_once(mentionBuilt_, [&] {
    std::string any;
    for (auto mention = setExpressions_.begin() + static_cast<std::ptrdiff_t>(patterns_.size()); mention != setExpressions_.end(); ++mention) {
      any += (any.empty() ? "(?:" : "|(?:") + *mention + ")";
    }
    mention_ = std::make_unique<RE2>(any, patternOptions());
  });
  // An expression that does not compile cannot say no.
  return !mention_->ok() || mention_->Match(input, 0, input.size(), RE2::UNANCHORED, nullptr, 0);
}

std::optional<std::vector<int>> TextLayer::candidates(re2::StringPiece input) const {
  std::optional<std::vector<int>> possible = literalPass(std::string_view(input.data(), input.size()));
  if (possible && possible->empty()) return std::nullopt;
  if (possible && possible->size() <= kMostRunAlone) {
    // Those few alone, with one expression for the mention patterns among them.
    const auto firstMention = std::lower_bound(possible->begin(), possible->end(), static_cast<int>(patterns_.size()));
    const bool mayMention = firstMention != possible->end();
    possible->erase(firstMention, possible->end());
    if (mayMention && mentionsAlone(input)) {
      possible->push_back(static_cast<int>(patterns_.size()));
    }
    return possible;
  }
  return setCandidates(input);
}

std::vector<int> TextLayer::setCandidates(re2::StringPiece input) const {
  std::vector<int> hits;
  const RE2::Set* const any = bytesAsked_.load(std::memory_order_relaxed) < kSetWorthBytes ? nullptr : set();
  RE2::Set::ErrorInfo error{};
  if (any != nullptr && (any->Match(input, &hits, &error) || error.kind != RE2::Set::kOutOfMemory)) {
    std::sort(hits.begin(), hits.end());
    return hits;
  }
  // Every rule pattern then runs alone; a mention is looked for only where
  // the set's DFA did not run out of memory (losing findings is worse than time).
  hits.resize(patterns_.size());
  std::iota(hits.begin(), hits.end(), 0);
  if (any != nullptr || mentionsAlone(input)) {
    hits.push_back(static_cast<int>(patterns_.size()));
  }
  return hits;
}

const LiteralPrefilter& TextLayer::literalPrefilter() const {
  std::call_once(literalsBuilt_, [&] { literals_ = std::make_unique<LiteralPrefilter>(setExpressions_, patternOptions()); });
  return *literals_;
}

bool TextLayer::mayMatchAcrossLines(std::string_view text) const {
  if (spanningExpressions_.empty()) return false;
  std::call_once(spanningBuilt_, [&] { spanning_ = std::make_unique<LiteralPrefilter>(spanningExpressions_, patternOptions()); });
  return spanning_->mayMatch(text);
}

std::optional<std::vector<int>> TextLayer::literalPass(std::string_view text) const {
  if (bytesAsked_.fetch_add(text.size(), std::memory_order_relaxed) < kLiteralPassWorthBytes) return std::nullopt;
  return literalPrefilter().expressionsThatMayMatch(text);
}

TextLayer::~TextLayer() = default;

bool TextLayer::literalPassCatches(std::string_view phrase) const {
  std::string lowered(phrase);
  std::transform(lowered.begin(), lowered.end(), lowered.begin(), [](unsigned char c) { return std::tolower(c); });
  const std::vector<std::string>& literals = prefilterLiterals();
  return std::any_of(literals.begin(), literals.end(), [&](const std::string& literal) { return lowered.find(literal) != std::string::npos; });
}

bool TextLayer::mentionsDbt(std::string_view text) const {
  const re2::StringPiece input(text.data(), text.size());
  const std::optional<std::vector<int>> hits = candidates(input);
  return hits && anyHitMatches(*hits, input);
}

bool TextLayer::anyHitMatches(const std::vector<int>& sortedHits, re2::StringPiece input) const {
  // Mention patterns, last in the set, need no second look.
  return std::any_of(sortedHits.rbegin(), sortedHits.rend(), [&](int hit) {
    return static_cast<size_t>(hit) >= patterns_.size() ||
           patterns_[static_cast<size_t>(hit)].compiled().regex->Match(input, 0, input.size(), RE2::UNANCHORED, nullptr, 0);
  });
}

TextScan TextLayer::scan(const SourceFile& file) const {
  const std::string_view text = file.text();
  const re2::StringPiece input(text.data(), text.size());
  TextScan result;
  const std::optional<std::vector<int>> candidate = candidates(input);
  if (!candidate) {
    result.turnedAway = true;
    return result;
  }
  const std::vector<int>& hits = *candidate;
  // Mention patterns come last; a rule pattern counts once it matches itself, below.
  result.mentionsDbt = !hits.empty() && static_cast<size_t>(hits.back()) >= patterns_.size();

  std::vector<Detection>& detections = result.detections;
  for (const int hit : hits) {
    if (static_cast<size_t>(hit) >= patterns_.size()) break;  // a mention pattern: no detection
    const CompiledPattern& pattern = patterns_[static_cast<size_t>(hit)];
    const CompiledPattern::Compiled& compiled = pattern.compiled();
    std::vector<re2::StringPiece> groups(static_cast<size_t>(compiled.regex->NumberOfCapturingGroups()) + 1);
    const auto matchFrom = [&](size_t position) {
      return position <= text.size() && compiled.regex->Match(input, position, text.size(), RE2::UNANCHORED,
                                                              groups.data(), static_cast<int>(groups.size()));
    };
    if (!matchFrom(0)) continue;  // only the set's looser expression matched
    result.mentionsDbt = true;
    if (compiled.fileMustMatch && !RE2::PartialMatch(input, *compiled.fileMustMatch)) continue;
    const std::string& message = pattern.pattern->message ? *pattern.pattern->message : pattern.rule->message;
    // Each turn holds a match in `groups`; the next is sought from its end.
    size_t position = 0;
    for (bool found = true; found; found = matchFrom(position)) {
      const Span match = spanOf(text, groups[0]);
      position = match.end > match.begin ? match.end : match.begin + 1;
      Detection detection;
      if (compiled.secretGroup >= 0 && groups[compiled.secretGroup].data() != nullptr) {
        const re2::StringPiece secret = groups[compiled.secretGroup];
        const std::string_view value(secret.data(), secret.size());
        const auto& conditions = pattern.pattern->conditions;
        if (!std::all_of(conditions.begin(), conditions.end(),
                         [&](const std::string& condition) { return conditionHolds(condition, value); })) {
          continue;
        }
        detection.secrets.push_back(spanOf(text, secret));
      }
      const bool hasSpanGroup = compiled.spanGroup >= 0 && groups[compiled.spanGroup].data() != nullptr;
      detection.rule = pattern.rule;
      detection.span = hasSpanGroup ? spanOf(text, groups[compiled.spanGroup])
                       : detection.secrets.empty() ? match
                                                   : detection.secrets.front();
      const auto& named = compiled.regex->NamedCapturingGroups();
      detection.message = formatMessage(message, [&](std::string_view name) -> std::optional<std::string> {
        const auto group = named.find(std::string(name));
        if (group == named.end() || groups[group->second].data() == nullptr) return std::nullopt;
        return std::string(groups[group->second].data(), groups[group->second].size());
      });
      detection.layer = Layer::Text;
      detections.push_back(std::move(detection));
    }
  }
  return result;
}

}  // namespace dbtlint
