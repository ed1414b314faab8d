#pragma once

#include <optional>
#include <vector>

#include "FrontEnd.h"
#include "Interpreter.h"

namespace dbtlint::python {

// The rules as they apply to Python calls and subscripts, with the values
// the interpreter resolved where each stands: requests to the cross-account
// endpoint (DBT101), dbt Cloud API call sites (DBT201), account-listing client
// calls (DBT102), legacy-named credentials read for authentication (DBT003),
// shell commands in strings, handed to the shell front end, and legacy keys
// that reach an Authorization header or a dbt client through a name (DBT001;
// the text layer finds the literal ones).
class DbtChecks : public ExpressionVisitor {
 public:
  DbtChecks(const SourceFile& file, const AnalysisContext& context) : file_(file), context_(context) {}

  void visit(TSNode expression, const Scope& scope, const Module& module, Interpreter& interpreter) override;

  FileAnalysis& analysis() { return analysis_; }

 private:
  void checkRequest(TSNode call, const Scope& scope, const Module& module, Interpreter& interpreter);
  void checkWrapperCall(TSNode call, const Scope& scope, const Module& module, Interpreter& interpreter);
  // The wrapper call's argument for the first wrapper parameter `url` uses.
  TSNode wrapperArgument(TSNode url, std::string_view wrapperSource) const;
  void checkAccountListing(TSNode call, const Scope& scope, const Module& module, Interpreter& interpreter);
  void checkLegacyKeyRead(TSNode expression, const Scope& scope, const Module& module, Interpreter& interpreter);
  // pydantic settings read each field from the environment variable of its name.
  void checkSettingsFields(TSNode definition, const Scope& scope, const Module& module, Interpreter& interpreter);
  void checkShellCommand(TSNode call, const Scope& scope, const Module& module, Interpreter& interpreter);
  void checkAuthorizationHeader(TSNode expression, const Scope& scope, const Module& module, Interpreter& interpreter);
  void checkClientCredentials(TSNode call, const Scope& scope, const Module& module, Interpreter& interpreter);
  // DBT001 on each literal of this file that `value` is made of and that is
  // shaped as a legacy key; `scheme` strips a leading `Token `/`Bearer `.
  void reportLegacyKeys(TSNode value, bool scheme, const Scope& scope, const Module& module, Interpreter& interpreter);
  bool fileNamesDbtCloudHost(const Module& module);
  void report(const Rule& rule, Span span, std::string message, std::vector<RelatedLocation> related = {});
  RelatedLocation relatedAt(const Origin& origin, std::string message) const;

  const SourceFile& file_;
  const AnalysisContext& context_;
  FileAnalysis analysis_;
  std::optional<bool> namesDbtCloudHost_;
  // While a wrapper runs for one of its calls: that call, and the wrapper's
  // parameters, whose arguments a cross-account request inside is blamed on.
  TSNode wrapperCall_{};
  std::vector<std::string> wrapperParameters_;
  int wrapperRuns_ = 0;
};

}  // namespace dbtlint::python
