// The Clang module the command opens at its first C or C++ file: parses the
// file with its command from the compilation database and runs the analysis
// shared with the clang-tidy plugin.

#include <clang/Basic/Diagnostic.h>
#include <clang/Frontend/ASTUnit.h>
#include <clang/Tooling/ArgumentsAdjusters.h>
#include <clang/Tooling/CompilationDatabase.h>
#include <clang/Tooling/Tooling.h>

#include <filesystem>
#include <map>
#include <mutex>

#include "ClangAnalyzer.h"
#include "DbtClangAnalysis.h"
#include "Rule.h"

namespace dbtlint {
namespace {

// Keeps the first error instead of printing every diagnostic: a file that
// does not compile here (a missing include path, say) is one notification.
class FirstErrorKeeper : public clang::DiagnosticConsumer {
 public:
  void HandleDiagnostic(clang::DiagnosticsEngine::Level level, const clang::Diagnostic& diagnostic) override {
    DiagnosticConsumer::HandleDiagnostic(level, diagnostic);
    if (level < clang::DiagnosticsEngine::Error || !firstError_.empty()) return;
    llvm::SmallString<128> text;
    diagnostic.FormatDiagnostic(text);
    firstError_ = text.str().str();
    if (diagnostic.hasSourceManager() && diagnostic.getLocation().isValid()) {
      const clang::PresumedLoc where = diagnostic.getSourceManager().getPresumedLoc(diagnostic.getLocation());
      if (where.isValid()) {
        firstError_ = std::filesystem::path(where.getFilename()).filename().string() + ":" + std::to_string(where.getLine()) +
                      ":" + std::to_string(where.getColumn()) + ": " + firstError_;
      }
    }
  }
  const std::string& firstError() const { return firstError_; }

 private:
  std::string firstError_;
};

// One file at a time in the whole process, whichever analyzer parses it:
// Clang's driver and tooling touch process-wide LLVM state (the cl::opt
// registry that a compile command's -mllvm options change, statistics,
// signal handlers) that is not safe to use from two threads at once.
std::mutex clangMutex;

class ClangModuleAnalyzer : public ClangAnalyzer {
 public:
  ClangFileResult analyze(const SourceFile& file, const AnalysisContext& context,
                          const std::string& compilationDatabaseDirectory) override {
    const std::lock_guard<std::mutex> oneAtATime(clangMutex);
    ClangFileResult result;
    const auto notify = [&](std::string message) {
      result.analysis.notifications.push_back({Level::Warning, NotificationKind::Configuration, file.path(), std::move(message)});
    };
    clang::tooling::CompilationDatabase* database = databaseIn(compilationDatabaseDirectory, notify);
    if (database == nullptr) return result;

    const std::string path = std::filesystem::absolute(file.path()).lexically_normal().string();
    clang::tooling::ClangTool tool(*database, {path});
    // Clang parses the bytes the engine read, so offsets agree.
    tool.mapVirtualFile(path, file.text());
    // Builtin headers from Clang's own installation, whatever the command's
    // compiler is; warnings are not this tool's business.
    tool.appendArgumentsAdjuster(clang::tooling::getInsertArgumentAdjuster(
        clang::tooling::CommandLineArguments{"-resource-dir=" DBT_CLANG_RESOURCE_DIR, "-w"},
        clang::tooling::ArgumentInsertPosition::END));
    FirstErrorKeeper errors;
    tool.setDiagnosticConsumer(&errors);
    tool.setPrintErrorMessage(false);
    std::vector<std::unique_ptr<clang::ASTUnit>> units;
    tool.buildASTs(units);
    if (units.empty()) {
      notify("C/C++ front end: Clang could not parse this file; it gets the text-level rules only");
      return result;
    }
    if (errors.getNumErrors() > 0) {
      notify("C/C++ front end: " + std::to_string(errors.getNumErrors()) + " compile error(s), the first: " +
             errors.firstError() + "; findings come from what parses");
    }
    result.parsed = true;
    for (const auto& unit : units) {
      for (const ClangDetection& found : analyzeMainFile(unit->getASTContext(), context.hosts())) {
        const Rule* rule = context.rule(found.ruleId);
        if (rule == nullptr) continue;
        Detection detection;
        detection.rule = rule;
        detection.span = found.span;
        detection.secrets = found.secrets;
        detection.layer = Layer::Syntax;
        detection.message = formatMessage(rule->message, [&](std::string_view name) -> std::optional<std::string> {
          for (const auto& [key, value] : found.parameters) {
            if (key == name) return value;
          }
          return std::nullopt;
        }) + found.messageSuffix;
        result.analysis.detections.push_back(std::move(detection));
      }
    }
    return result;
  }

 private:
  template <typename Notify>
  clang::tooling::CompilationDatabase* databaseIn(const std::string& directory, const Notify& notify) {
    auto found = databases_.find(directory);
    if (found == databases_.end()) {
      std::string error;
      std::unique_ptr<clang::tooling::CompilationDatabase> database =
          clang::tooling::CompilationDatabase::loadFromDirectory(directory, error);
      // Headers and files missing from the database borrow a neighbour's command.
      if (database) database = clang::tooling::inferMissingCompileCommands(std::move(database));
      found = databases_.emplace(directory, Loaded{std::move(database), std::move(error), false}).first;
    }
    Loaded& loaded = found->second;
    if (!loaded.database && !loaded.reported) {
      loaded.reported = true;
      notify("C/C++ front end: cannot read the compilation database in " + directory + ": " + loaded.error);
    }
    return loaded.database.get();
  }

  struct Loaded {
    std::unique_ptr<clang::tooling::CompilationDatabase> database;
    std::string error;
    bool reported;
  };
  std::map<std::string, Loaded> databases_;
};

}  // namespace
}  // namespace dbtlint

extern "C" __attribute__((visibility("default"))) dbtlint::ClangAnalyzer* dbtlintCreateClangAnalyzer() {
  return new dbtlint::ClangModuleAnalyzer();
}
