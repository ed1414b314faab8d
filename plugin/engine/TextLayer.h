#pragma once

#include <re2/re2.h>
#include <re2/set.h>

#include <memory>
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
};

// The layer every file gets: the selected rules' RE2 patterns and the
// prefilter's, matched in one RE2::Set pass over the file, then each rule
// pattern that hit is run alone to find where and with which groups.
class TextLayer {
 public:
  TextLayer(const std::vector<const Rule*>& rules, const DbtHosts& hosts);
  ~TextLayer();

  TextScan scan(const SourceFile& file) const;
  // The prefilter's half of scan, for a path or a file read for another.
  bool mentionsDbt(std::string_view text) const;
  // What the first, literal, pass of both looks for (LiteralPrefilter).
  std::vector<std::string> prefilterLiterals() const { return literals_->literals(); }

 private:
  struct CompiledPattern;
  std::vector<CompiledPattern> patterns_;  // set entries [0, patterns_.size()); mention patterns after
  std::unique_ptr<RE2::Set> anyPattern_;
  std::unique_ptr<LiteralPrefilter> literals_;  // what the set needs, checked first
};

}  // namespace dbtlint
