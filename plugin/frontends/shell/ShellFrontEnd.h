#pragma once

#include "FrontEnd.h"

namespace dbtlint {

// Shell scripts, and shell embedded in other files (YAML `run:` steps): HTTP
// requests made with curl, wget, HTTPie and xh, dbt Cloud CLI commands, and
// credentials assigned to dbt-named variables or passed as options. Values are
// followed through assignments, expansions, branches and sourced files.
//
// The same analysis reads .env files (KEY=value is shell syntax), where it
// decides only DBT001: a URL in a .env file is configuration that some other
// program requests, so the text layer keeps reporting it.
class ShellFrontEnd : public FrontEnd {
 public:
  explicit ShellFrontEnd(Language language = Language::Shell) : language_(language) {}
  bool handles(Language language) const override { return language == language_; }
  std::vector<std::string_view> decidedRules() const override;
  FileAnalysis analyze(const SourceFile& file, const AnalysisContext& context) override;
  // None besides sourced scripts, which the engine finds in every language.
  std::optional<std::vector<std::string>> dependencies(const SourceFile&, const WordPlaces&) const override {
    return std::vector<std::string>{};
  }

 private:
  Language language_;
};

}  // namespace dbtlint
