#pragma once

#include <set>
#include <string>
#include <vector>

#include "Finding.h"

namespace dbtlint {

// Findings a team has accepted, matched by fingerprint (rule, path, the
// finding's line without white space, occurrence) rather than by line number,
// so code moving above a finding does not make it new. The file holds one
// accepted finding a line, `RULE FINGERPRINT PATH`, sorted, with no dates, so
// that it merges cleanly.
class Baseline {
 public:
  // Throws UsageError naming the file and line of any fault.
  static Baseline read(const std::string& path);
  // Writes `findings` as a baseline. Throws UsageError when it cannot.
  static void write(const std::string& path, const std::vector<Finding>& findings);

  // Moves the findings this baseline accepts to `result.suppressed`, and adds
  // a note when some entries match nothing any more (the code was fixed).
  void apply(ScanResult& result) const;

 private:
  std::string path_;
  std::set<std::string> entries_;
};

}  // namespace dbtlint
