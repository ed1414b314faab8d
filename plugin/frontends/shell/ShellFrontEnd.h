#pragma once

#include "FrontEnd.h"

namespace dbtlint {

// Shell scripts, and shell embedded in other files (YAML `run:` steps): HTTP
// requests made with curl, wget, HTTPie and xh, dbt Cloud CLI commands, and
// credentials assigned to dbt-named variables or passed as options. Values are
// followed through assignments, expansions and branches.
class ShellFrontEnd : public FrontEnd {
 public:
  bool handles(Language language) const override { return language == Language::Shell; }
  std::vector<std::string_view> decidedRules() const override { return {"DBT001", "DBT101", "DBT102"}; }
  FileAnalysis analyze(const SourceFile& file, const AnalysisContext& context) override;
};

}  // namespace dbtlint
