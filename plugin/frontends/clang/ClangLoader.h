#pragma once

#include <memory>
#include <optional>
#include <string>

#include "ClangAnalyzer.h"

namespace dbtlint {

// The C and C++ front end as the command sees it: finds the compilation
// database, and opens the Clang module (dbt-clang-frontend.so, in
// <bindir>/../lib/dbt-api-lint/) at the first file that has one.
class ClangLoaderFrontEnd : public FrontEnd {
 public:
  // `compilationDatabaseDirectory`: from -p, or empty to look for
  // compile_commands.json in the scanned directory that holds the file, or
  // in the current directory, or in a build/ folder of either.
  ClangLoaderFrontEnd(std::string compilationDatabaseDirectory, const std::vector<std::string>& scanRoots);
  ~ClangLoaderFrontEnd() override;

  bool handles(Language language) const override;
  // The rules Clang decides for a file it parsed; for one it could not, the
  // analysis says so and the text layer's findings stay.
  std::vector<std::string_view> decidedRules() const override;
  FileAnalysis analyze(const SourceFile& file, const AnalysisContext& context) override;
  // With a compilation database, headers found through its include paths
  // may define any value: every file is analysed. Without one, Clang does
  // not run, so nothing else is read.
  std::optional<std::vector<std::string>> dependencies(const SourceFile& file, const WordPlaces& words) const override;

 private:
  std::optional<std::string> databaseDirectoryFor(const std::string& path) const;
  bool loadModule(FileAnalysis& analysis);

  std::string compilationDatabaseDirectory_;
  std::vector<std::string> searchedDirectories_;  // absolute, the current directory last
  std::unique_ptr<ClangAnalyzer> analyzer_;
  bool moduleFailed_ = false;
  bool toldNoDatabase_ = false;
};

}  // namespace dbtlint
