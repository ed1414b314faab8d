#pragma once

#include "FrontEnd.h"
#include "Imports.h"
#include "Interpreter.h"

namespace dbtlint {

// Python through tree-sitter-python: resolves the string values of URLs
// (literals, concatenation, f-strings, formatting, urljoin, names on every
// path, imported constants) and the objects requests are made on, then
// decides the rules that depend on them. See docs/frontends/python.md.
class PythonFrontEnd : public FrontEnd {
 public:
  bool handles(Language language) const override { return language == Language::Python; }
  std::vector<std::string_view> decidedRules() const override;
  FileAnalysis analyze(const SourceFile& file, const AnalysisContext& context) override;
  std::vector<std::string> dependencyWords() const override { return {"from"}; }
  // The modules its `from … import` statements may name.
  std::optional<std::vector<std::string>> dependencies(const SourceFile& file, const WordPlaces& words) const override;

 private:
  python::ModuleCache modules_;  // imported modules, shared by the files this instance scans
  mutable DirectoryListings listings_;  // where imports may lead
  mutable python::ImportCandidateCache importCandidates_{listings_};
};

}  // namespace dbtlint
