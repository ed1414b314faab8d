#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "FindingAnnotator.h"

namespace dbtlint {

// The Finding::properties key under which GitHubLineHashAnnotator stores a
// finding's hash; SARIF's partialFingerprints uses the same name.
inline constexpr std::string_view kPrimaryLocationLineHash = "primaryLocationLineHash";

// GitHub's primaryLocationLineHash for every line of `content` (index 0 is
// line 1), as GitHub's upload action computes it: a rolling hash over the
// UTF-16 units of the next 100 characters that are not spaces or tabs, from
// the line's start on, suffixed `:N` for the Nth line of the file with that
// hash. Lines end at LF, CRLF or a lone CR; a file that ends with a line
// terminator has one more, empty, line.
std::vector<std::string> githubLineHashes(std::string_view content);

// Stores each finding's start-line hash, so that an upload through the API
// matches alerts across runs exactly as GitHub's own upload action would.
class GitHubLineHashAnnotator : public FindingAnnotator {
 public:
  void annotate(const SourceFile& file, std::vector<Finding>& findings) const override;
};

}  // namespace dbtlint
