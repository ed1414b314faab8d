#include "PythonFrontEnd.h"

#include <memory>

#include "DbtChecks.h"
#include "Interpreter.h"
#include "ParseBudget.h"

namespace dbtlint {

std::vector<std::string_view> PythonFrontEnd::decidedRules() const { return {"DBT001", "DBT003", "DBT101", "DBT102"}; }

std::optional<std::vector<std::string>> PythonFrontEnd::dependencies(const SourceFile& file, const WordPlaces& words) const {
  return python::importedFiles(file.path(), file.text(), words, importCandidates_);
}

FileAnalysis PythonFrontEnd::analyze(const SourceFile& file, const AnalysisContext& context) {
  // The interpreter owns the modules; the scanned one is not copied.
  const std::shared_ptr<const SourceFile> shared(&file, [](const SourceFile*) {});
  python::DbtChecks checks(file, context);
  python::Interpreter interpreter(context, checks, modules_, listings_);
  // Statements that cannot bear on a finding are not parsed, unless a text
  // pattern may match across them (the view of comments and strings that
  // DbtChecks matches would lose part of it).
  const python::StatementQuestions questions{
      [&](std::string_view statement) { return context.partMayMatter(file, statement); },
      [&](int dots, const std::string& dotted) { return !importCandidates_.of(file.path(), dots, dotted).empty(); }};
  const bool inParts = !context.mayMatchAcrossLines(file.text());
  const std::unique_ptr<python::Module> module = python::Interpreter::parse(shared, inParts ? &questions : nullptr);
  if (!module->syntax) {
    checks.analysis().notifications.push_back(
        module->overBudget ? parseAbandoned(file.path())
                           : Notification{Level::Warning, NotificationKind::ParseError, file.path(),
                                          "could not parse as Python; only the text rules ran"});
    checks.analysis().analysedWholeFile = false;
    return std::move(checks.analysis());
  }
  interpreter.run(*module);
  checks.checkCredentials(*module->syntax);
  if (ParseErrors& errors = module->errors; errors.firstError) {
    const uint32_t line = file.positionOf(*errors.firstError).line;
    checks.analysis().notifications.push_back(
        {Level::Warning, NotificationKind::ParseError, file.path(),
         "Python syntax error at line " + std::to_string(line) + "; the findings come from the parts that parse"});
    checks.analysis().unparsed = std::move(errors.unparsed);
  }
  return std::move(checks.analysis());
}

}  // namespace dbtlint
