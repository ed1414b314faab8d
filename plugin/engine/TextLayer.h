#pragma once

#include <re2/re2.h>
#include <re2/set.h>

#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "DbtHosts.h"
#include "Finding.h"
#include "LiteralPrefilter.h"

namespace dbtlint {

struct TextScan {
  std::vector<Detection> detections;
  // The text matches a rule pattern or one of dbtMentionPatterns: the
  // prefilter's verdict on the file's own bytes.
  bool mentionsDbt = false;
  // The literal pass found none of its literals: the text holds no phrase
  // that holds one (TextLayer::literalPassCatches).
  bool turnedAway = false;
};

// The layer every file gets: the selected rules' RE2 patterns and the
// prefilter's, matched in one RE2::Set pass over the file, then each rule
// pattern that hit is run alone to find where and with which groups (on the
// first texts, every rule pattern: kSetWorthBytes).
class TextLayer {
 public:
  TextLayer(const std::vector<const Rule*>& rules, const DbtHosts& hosts);
  ~TextLayer();

  TextScan scan(const SourceFile& file) const;
  // The prefilter's half of scan, for a path or a file read for another.
  bool mentionsDbt(std::string_view text) const;
  // Whether every text that holds `phrase` (in any case) passes the literal
  // pass: a text it turned away then holds no `phrase`.
  bool literalPassCatches(std::string_view phrase) const;
  // What the first, literal, pass of both looks for (LiteralPrefilter).
  const std::vector<std::string>& prefilterLiterals() const { return literalPrefilter().literals(); }
  // Whether a rule pattern that may match across a line end (`spans_lines`)
  // may match in `text` or in a text made of its bytes, some blanked: it
  // holds a literal such a match needs.
  bool mayMatchAcrossLines(std::string_view text) const;

 private:
  // The literal pass pays for building it (a few milliseconds) only over
  // enough text: it is built once the layer has been asked about so many
  // bytes, and texts before are matched without it. Either way the result is
  // the same: the pass only turns away texts no pattern can match.
  static constexpr size_t kLiteralPassWorthBytes = 4 << 20;
  // The set entries that may match `text` by the literals it holds, once the
  // literal pass runs; nullopt before.
  std::optional<std::vector<int>> literalPass(std::string_view text) const;
  // Up to so many entries that may match run alone rather than in the set:
  // a file that holds only `authorization` needs one pattern, which RE2 runs
  // faster alone (its literal start is searched for) than the set's DFA.
  static constexpr size_t kMostRunAlone = 2;
  // The set pays for compiling it and for building its DFA on the first
  // texts (most of a pre-commit hook's run) only over enough text: until the
  // layer has been asked about so many bytes, each rule pattern runs alone,
  // and the mention patterns as one expression. Either way the same
  // patterns match.
  static constexpr size_t kSetWorthBytes = 256 << 10;
  // The set entries that may match `input`, sorted: rule patterns, which then
  // run alone, and mention patterns, last (one stands for all when the set
  // did not run); nullopt when the literal pass turns the text away.
  std::optional<std::vector<int>> candidates(re2::StringPiece input) const;
  // The same, by the set (or every pattern, before kSetWorthBytes).
  std::vector<int> setCandidates(re2::StringPiece input) const;
  // nullptr when the set cannot be compiled: every rule pattern then runs alone.
  const RE2::Set* set() const;
  // Whether a mention pattern matches `input`, by one expression of them all.
  bool mentionsAlone(re2::StringPiece input) const;
  // Whether `input` matches a mention pattern or a rule pattern of the set's
  // hits: a rule's set expression may match where its pattern does not.
  bool anyHitMatches(const std::vector<int>& sortedHits, re2::StringPiece input) const;
  const LiteralPrefilter& literalPrefilter() const;

  struct CompiledPattern;
  std::vector<CompiledPattern> patterns_;  // set entries [0, patterns_.size()); mention patterns after
  std::vector<std::string> setExpressions_;  // of the rule patterns, then the mention patterns
  mutable std::once_flag setBuilt_;
  mutable std::unique_ptr<RE2::Set> set_;
  mutable std::once_flag mentionBuilt_;
  mutable std::unique_ptr<RE2> mention_;
  mutable std::atomic<size_t> bytesAsked_ = 0;
  mutable std::once_flag literalsBuilt_;
  mutable std::unique_ptr<LiteralPrefilter> literals_;  // what the set needs, checked first
  std::vector<std::string> spanningExpressions_;  // the rule patterns that may match across a line end
  mutable std::once_flag spanningBuilt_;
  mutable std::unique_ptr<LiteralPrefilter> spanning_;  // what those need
};

// A rule pattern with its macros replaced: the known hosts and the legacy key names.
std::string expandMacros(std::string regex, const DbtHosts& hosts);

// What the set matches for a pattern: `regex` with each counted repetition
// (`x{16,}`, `x{2,5}`, `x{3}`) made `x+`, or `x*` from zero. It matches
// wherever `regex` does, and more; the set only picks the patterns that then
// run alone, so nothing is lost, and RE2 compiles one `x` instead of sixteen:
// a third of the set's compile time with the built-in rules, most of a short
// run's start.
std::string withoutCountedRepetitions(std::string_view regex);

}  // namespace dbtlint
