#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace dbtlint::python {

// What decides which top-level statements of a module its analysis keeps.
struct StatementQuestions {
  // Whether a statement (its whole lines, with the comments and blank lines
  // after it), or its comments and strings alone, could matter to a finding
  // on its own (AnalysisContext::partMayMatter).
  std::function<bool(std::string_view statement)> mayMatter;
  // Whether `from <dots><dotted> import …` may name a module of the scanned
  // project, whose values the interpreter then reads.
  std::function<bool(int dots, const std::string& dotted)> importsProjectModule;
};

// `text` (Python) with the top-level statements blanked that can neither hold
// a finding nor exchange a value with one that can: spaces for their bytes,
// line ends kept, so that offsets, lines and columns stay those of `text`.
// A statement is kept when it may matter on its own, imports a project
// module, or shares a module-level name with a kept statement that one of
// them may bind; every import statement is kept. Found lexically, without
// parsing: nullopt when every statement is kept or the text cannot be
// followed (an unterminated string, unbalanced brackets, an indented first
// line), and then all of it is to be analysed. docs/performance.md has the
// argument.
std::optional<std::string> withUnrelatedStatementsBlanked(std::string_view text, const StatementQuestions& questions);

}  // namespace dbtlint::python
