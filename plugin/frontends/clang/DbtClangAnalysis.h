#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "DbtHosts.h"
#include "SourceFile.h"

namespace clang {
class ASTContext;
}

namespace dbtlint {

// What the analysis of one translation unit found in its main file. Both the
// scanner's Clang module and the clang-tidy plugin turn these into their own
// diagnostics, so the two report the same things at the same places.
struct ClangDetection {
  std::string_view ruleId;  // DBT001, DBT002, DBT003 or DBT101
  Span span;                // bytes of the main file
  std::vector<std::pair<std::string, std::string>> parameters;  // for the rule's message
  std::vector<Span> secrets;
  std::string messageSuffix;  // appended to the rule's message
};

// The requests (libcurl, cpp-httplib, cpr, Boost.Beast, and URLs given to
// functions it does not know), credentials and legacy-named environment reads
// in the main file of a parsed translation unit, sorted by position.
std::vector<ClangDetection> analyzeMainFile(clang::ASTContext& context, const DbtHosts& hosts);

}  // namespace dbtlint
