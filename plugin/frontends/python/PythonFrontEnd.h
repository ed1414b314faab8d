#pragma once

#include <memory>

#include "FrontEnd.h"
#include "Interpreter.h"
#include "TextLayer.h"

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
  // The modules its `from … import` statements may name.
  std::optional<std::vector<std::string>> dependencies(const SourceFile& file) const override;

 private:
  // DBT001's text patterns, for comments and strings: compiled once for the
  // run's rule and hosts, which stay the same for the instance's life.
  const TextLayer& credentialPatterns(const Rule& rule, const DbtHosts& hosts);

  python::ModuleCache modules_;  // imported modules, shared by the files this instance scans
  mutable DirectoryListings listings_;  // where imports may lead
  std::unique_ptr<TextLayer> credentialPatterns_;
  const Rule* credentialRule_ = nullptr;
  const DbtHosts* credentialHosts_ = nullptr;
};

}  // namespace dbtlint
