#pragma once

#include <memory>

#include "FrontEnd.h"

namespace dbtlint {

class ModuleFileListing;
class ParsedModuleFiles;

// Terraform configurations: the dbtcloud provider's token followed through
// variables, locals and .tfvars files of the same module; HTTP data sources
// and the restapi provider; shell in local-exec provisioners.
class TerraformFrontEnd : public FrontEnd {
 public:
  TerraformFrontEnd();
  ~TerraformFrontEnd() override;

  bool handles(Language language) const override;
  std::vector<std::string_view> decidedRules() const override;
  FileAnalysis analyze(const SourceFile& file, const AnalysisContext& context) override;
  // The module's other files: variables and locals come from them. None for
  // a file that holds nothing they could make a finding of (mayContribute).
  std::optional<std::vector<std::string>> dependencies(const SourceFile& file, const WordPlaces& words) const override;

 private:
  std::unique_ptr<ParsedModuleFiles> parsedModuleFiles_;
  std::unique_ptr<ModuleFileListing> moduleFiles_;  // a cache: dependencies() uses it too
};

}  // namespace dbtlint
