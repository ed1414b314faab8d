#pragma once

#include <re2/re2.h>

#include <memory>
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

  // False only when no expression can match `text`.
  bool mayMatch(std::string_view text) const;
  // The literals looked for, lowercase, any case matching; empty when every
  // text may match.
  const std::vector<std::string>& literals() const {
    static const std::vector<std::string> kNone;
    return everyTextMayMatch_ ? kNone : finder_->literals();
  }

 private:
  bool everyTextMayMatch_ = false;
  std::unique_ptr<LiteralFinder> finder_;  // of the literals kept, lowercase
};

}  // namespace dbtlint
