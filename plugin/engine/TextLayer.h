#pragma once

#include <re2/re2.h>
#include <re2/set.h>

#include <memory>
#include <vector>

#include "DbtHosts.h"
#include "Finding.h"

namespace dbtlint {

// The layer every file gets: the selected rules' RE2 patterns, matched in one
// RE2::Set pass over the file, then each pattern that hit is run alone to
// find where and with which groups.
class TextLayer {
 public:
  TextLayer(const std::vector<const Rule*>& rules, const DbtHosts& hosts);
  ~TextLayer();

  std::vector<Detection> scan(const SourceFile& file) const;

 private:
  struct CompiledPattern;
  std::vector<CompiledPattern> patterns_;
  std::unique_ptr<RE2::Set> anyPattern_;
};

}  // namespace dbtlint
