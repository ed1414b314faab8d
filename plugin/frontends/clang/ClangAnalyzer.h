#pragma once

#include <string>

#include "FrontEnd.h"

namespace dbtlint {

// The boundary between the command and the Clang module. Clang is a large
// shared library: the command holds only a loader (ClangLoader.h) that opens
// the module at the first C or C++ file, so a scan without one never loads it.
struct ClangFileResult {
  FileAnalysis analysis;
  bool parsed = false;  // false: no AST at all, so the text layer must decide
};

class ClangAnalyzer {
 public:
  virtual ~ClangAnalyzer() = default;
  // Parses `file` with its command from the compilation database in
  // `compilationDatabaseDirectory` (or one inferred from a neighbour).
  virtual ClangFileResult analyze(const SourceFile& file, const AnalysisContext& context,
                                  const std::string& compilationDatabaseDirectory) = 0;
};

// The module exports this function under this name.
using CreateClangAnalyzer = ClangAnalyzer* ();
inline constexpr const char* kCreateClangAnalyzerSymbol = "dbtlintCreateClangAnalyzer";

}  // namespace dbtlint
