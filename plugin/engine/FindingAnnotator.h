#pragma once

#include <vector>

#include "Finding.h"
#include "SourceFile.h"

namespace dbtlint {

// Adds to a file's findings what only the file's text can tell, while the
// engine still holds that text: an output format's per-finding values (such as
// a hash of the lines from the finding on) go into Finding::properties. The
// engine calls every annotator once per file that has findings, so an output
// format needs no second read of the files and the engine knows none of them.
class FindingAnnotator {
 public:
  virtual ~FindingAnnotator() = default;
  virtual void annotate(const SourceFile& file, std::vector<Finding>& findings) const = 0;
};

}  // namespace dbtlint
