// The clang-tidy plugin: `clang-tidy --load=dbt-clang-tidy.so -checks='-*,dbt-*'`.
// One check per rule, named dbt-<rule name>, reporting what the scanner's
// Clang module reports, with the rule's message.

#include <ClangTidyCheck.h>
#include <ClangTidyModule.h>
#include <ClangTidyModuleRegistry.h>
#include <clang/ASTMatchers/ASTMatchFinder.h>

#include <algorithm>

#include "DbtClangAnalysis.h"
#include "Errors.h"
#include "Rule.h"
#include "Secrets.h"

namespace dbtlint {
namespace {

using clang::tidy::ClangTidyCheck;
using clang::tidy::ClangTidyContext;

// The rules the analysis decides; DBT102 and DBT201 stay with the scanner.
constexpr std::string_view kTidyRules[] = {"DBT001", "DBT002", "DBT003", "DBT101"};

// The check option that adds single-tenant dbt Cloud hosts, the scanner's
// --dbt-host: `dbt-cross-account-endpoint.DbtHosts`, or `DbtHosts` for
// every check, a list separated by `;` or `,`.
constexpr llvm::StringLiteral kHostsOption = "DbtHosts";

const RuleCatalog& catalog() {
  static const RuleCatalog rules = RuleCatalog::builtin();
  return rules;
}

class DbtRuleCheck : public ClangTidyCheck {
 public:
  DbtRuleCheck(llvm::StringRef name, ClangTidyContext* context, const Rule& rule)
      : ClangTidyCheck(name, context), rule_(rule), addedHosts_(Options.getLocalOrGlobal(kHostsOption, "")) {
    std::string list = addedHosts_;
    std::replace(list.begin(), list.end(), ',', ';');
    llvm::SmallVector<llvm::StringRef, 4> hosts;
    llvm::StringRef(list).split(hosts, ';');
    for (const llvm::StringRef host : hosts) {
      if (host.trim().empty()) continue;
      try {
        hosts_.add(std::string_view(host.trim().data(), host.trim().size()));
      } catch (const UsageError& error) {
        configurationDiag("%0: %1") << kHostsOption << error.what();
      }
    }
  }

  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap& options) override {
    Options.store(options, kHostsOption, addedHosts_);
  }

  void registerMatchers(clang::ast_matchers::MatchFinder* finder) override {
    finder->addMatcher(clang::ast_matchers::translationUnitDecl().bind("unit"), this);
  }

  void check(const clang::ast_matchers::MatchFinder::MatchResult& result) override {
    const clang::SourceManager& sources = *result.SourceManager;
    const clang::SourceLocation fileStart = sources.getLocForStartOfFile(sources.getMainFileID());
    for (const ClangDetection& found : analyzeMainFile(*result.Context, hosts_)) {
      if (found.ruleId != rule_.id) continue;
      std::string message = formatMessage(rule_.message, [&](std::string_view name) -> std::optional<std::string> {
        for (const auto& [key, value] : found.parameters) {
          if (key == name) return value;
        }
        return std::nullopt;
      }) + found.messageSuffix;
      // The suffix shows a URL, which may hold a token (?token=dbtu_…).
      message = redactTokensIn(message);
      // clang's diagnostic format treats % as the start of an argument.
      std::string escaped;
      for (const char c : message) escaped += c == '%' ? std::string("%%") : std::string(1, c);
      diag(fileStart.getLocWithOffset(static_cast<int>(found.span.begin)), escaped);
    }
  }

 private:
  const Rule& rule_;
  std::string addedHosts_;
  DbtHosts hosts_;
};

class DbtTidyModule : public clang::tidy::ClangTidyModule {
 public:
  void addCheckFactories(clang::tidy::ClangTidyCheckFactories& factories) override {
    for (const std::string_view id : kTidyRules) {
      const Rule& rule = *catalog().find(id);
      factories.registerCheckFactory("dbt-" + rule.name, [&rule](llvm::StringRef name, ClangTidyContext* context) {
        return std::make_unique<DbtRuleCheck>(name, context, rule);
      });
    }
  }
};

const clang::tidy::ClangTidyModuleRegistry::Add<DbtTidyModule> kRegistration("dbt-module", "dbt Cloud API checks");

}  // namespace
}  // namespace dbtlint
