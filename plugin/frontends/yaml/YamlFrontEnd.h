#pragma once

#include "FrontEnd.h"

namespace dbtlint {

// YAML: CI pipelines (GitHub Actions, GitLab CI, CircleCI, Azure Pipelines),
// whose shell steps go to the shell front end with the variables the
// pipeline sets; literal credentials under dbt-named keys; request URLs under
// keys that name an endpoint.
class YamlFrontEnd : public FrontEnd {
 public:
  bool handles(Language language) const override { return language == Language::Yaml; }
  std::vector<std::string_view> decidedRules() const override { return {"DBT101"}; }
  FileAnalysis analyze(const SourceFile& file, const AnalysisContext& context) override;
  // None besides scripts its shell steps source, which the engine finds.
  std::optional<std::vector<std::string>> dependencies(const SourceFile&, const WordPlaces&) const override {
    return std::vector<std::string>{};
  }
  // A dbt_cloud.yml's `account-host` (and `active-host`) values.
  std::vector<std::string> declaredDbtHosts(const SourceFile& file) const override;
};

}  // namespace dbtlint
