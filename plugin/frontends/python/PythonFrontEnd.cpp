#include "PythonFrontEnd.h"

#include <memory>

#include "DbtChecks.h"
#include "Imports.h"
#include "Interpreter.h"
#include "Syntax.h"

namespace dbtlint {
namespace {

// The first node that did not parse, for the notification.
TSNode firstError(TSNode root) {
  std::vector<TSNode> pending{root};
  while (!pending.empty()) {
    const TSNode node = pending.back();
    pending.pop_back();
    if (ts_node_is_error(node) || ts_node_is_missing(node)) return node;
    if (!ts_node_has_error(node)) continue;
    python::pushAllChildrenReversed(node, pending);
  }
  return root;
}

}  // namespace

std::vector<std::string_view> PythonFrontEnd::decidedRules() const { return {"DBT001", "DBT003", "DBT101", "DBT102"}; }

std::optional<std::vector<std::string>> PythonFrontEnd::dependencies(const SourceFile& file) const {
  return python::importedFiles(file.path(), file.text(), listings_);
}

FileAnalysis PythonFrontEnd::analyze(const SourceFile& file, const AnalysisContext& context) {
  // The interpreter owns the modules; the scanned one is not copied.
  const std::shared_ptr<const SourceFile> shared(&file, [](const SourceFile*) {});
  python::DbtChecks checks(file, context);
  python::Interpreter interpreter(context, checks, modules_, listings_);
  const std::unique_ptr<python::Module> module = python::Interpreter::parse(shared);
  if (!module->tree) {
    checks.analysis().notifications.push_back(
        module->overBudget ? parseAbandoned(file.path())
                           : Notification{Level::Warning, NotificationKind::ParseError, file.path(),
                                          "could not parse as Python; only the text rules ran"});
    checks.analysis().analysedWholeFile = false;
    return std::move(checks.analysis());
  }
  interpreter.run(*module);
  checks.checkLiteralCredentials(module->root());
  if (context.rule("DBT001") != nullptr) checks.checkCredentialsInText(module->root());
  if (const TSNode root = module->root(); ts_node_has_error(root)) {
    const uint32_t line = file.positionOf(ts_node_start_byte(firstError(root))).line;
    checks.analysis().notifications.push_back(
        {Level::Warning, NotificationKind::ParseError, file.path(),
         "Python syntax error at line " + std::to_string(line) + "; the findings come from the parts that parse"});
  }
  return std::move(checks.analysis());
}

}  // namespace dbtlint
