#pragma once

#include <re2/filtered_re2.h>
#include <re2/re2.h>

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "LiteralFinder.h"

namespace dbtlint {

// A necessary condition for any of a set of regular expressions to match,
// checked at memory speed: the text must hold one of a few literals (RE2's
// FilteredRE2 finds the literals each expression needs; a small set that
// every expression needs one of is kept). Text without any of them cannot
// match, so the regular expressions need not run over it.
class LiteralPrefilter {
 public:
  LiteralPrefilter(const std::vector<std::string>& expressions, const RE2::Options& options);

  ~LiteralPrefilter();

  // False only when no expression can match `text`.
  bool mayMatch(std::string_view text) const;
  // The expressions (their indices, ascending) that can match `text`, given
  // which literals it holds: none for a text without any; every one when
  // every text may match.
  std::vector<int> expressionsThatMayMatch(std::string_view text) const;
  // The literals looked for, lowercase, any case matching; empty when every
  // text may match.
  const std::vector<std::string>& literals() const {
    static const std::vector<std::string> kNone;
    return everyTextMayMatch_ ? kNone : finder_->literals();
  }

 private:
  // The expressions that may match a text holding the literals of `present`
  // (a bit per literal kept), and no other.
  std::vector<int> expressionsGiven(uint64_t present) const;

  size_t expressionCount_ = 0;
  bool everyTextMayMatch_ = false;
  std::unique_ptr<re2::FilteredRE2> filter_;
  std::vector<std::string> atoms_;         // what each expression needs, as FilteredRE2 finds it
  std::unique_ptr<LiteralFinder> finder_;  // of the literals kept (atoms), lowercase
  mutable std::mutex givenMutex_;
  mutable std::map<uint64_t, std::vector<int>> given_;  // expressionsGiven, once worked out
};

}  // namespace dbtlint
