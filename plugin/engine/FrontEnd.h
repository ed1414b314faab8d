#pragma once

#include <string_view>
#include <vector>

#include "DbtHosts.h"
#include "Finding.h"

namespace dbtlint {

// What a front end may consult besides the file it analyses.
struct AnalysisContext {
  const std::vector<const Rule*>& rules;  // the rules selected for this run
  const DbtHosts& hosts;
};

struct FileAnalysis {
  std::vector<Detection> detections;
  std::vector<Notification> notifications;  // e.g. a parse error
};

// A language front end: parses files of its languages and reports what their
// syntax and resolved values show. Front ends know nothing of each other or of
// output formats; the engine picks the front end by language.
class FrontEnd {
 public:
  virtual ~FrontEnd() = default;

  virtual bool handles(Language language) const = 0;

  // Rules this front end decides for the files it analyses: the text layer's
  // findings of these rules are dropped for those files, so that, say, a base
  // URL that is only ever extended does not fire because it looks like the
  // cross-account endpoint.
  virtual std::vector<std::string_view> decidedRules() const = 0;

  virtual FileAnalysis analyze(const SourceFile& file, const AnalysisContext& context) = 0;
};

}  // namespace dbtlint
