// dbt-api-lint: the command line. Parses options, builds the rule catalog and
// the engine, runs the scan, and hands the result to the chosen writer.

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>

#include "Engine.h"
#include "Errors.h"
#include "FileWalker.h"
#include "FrontEnds.h"
#include "GitHubLineHash.h"
#include "Writers.h"

namespace dbtlint {
namespace {

struct CommandLine {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string output;
  std::vector<std::string> select;
  std::vector<std::string> ignore;
  std::string failOn = "warning";
  bool listRules = false;
  bool listFiles = false;
  std::string explain;
  std::string color = "auto";
  bool quiet = false;
  std::vector<std::string> ruleDirectories;
  std::vector<std::string> dbtHosts;
  uint64_t maxFileSize = kDefaultMaxFileSize;
  std::string compilationDatabase;
  std::string category;
};

constexpr int kExitClean = 0;
constexpr int kExitFindings = 1;
constexpr int kExitUsage = 2;

void listRules(const RuleCatalog& catalog, std::ostream& out) {
  for (const Rule& rule : catalog.rules()) {
    out << std::left << std::setw(8) << rule.id << std::setw(28) << rule.name << std::setw(9)
        << levelName(rule.level) << std::setw(5) << (rule.enabledByDefault ? "on" : "off") << rule.shortDescription
        << '\n';
  }
}

bool useColor(const CommandLine& options) {
  if (options.color != "auto") return options.color == "always";
  const char* term = std::getenv("TERM");
  return options.output.empty() && isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr &&
         !(term != nullptr && std::string_view(term) == "dumb");
}

int failThreshold(const std::string& failOn) {
  if (failOn == "none") return 3;  // above every level
  return static_cast<int>(*parseLevel(failOn));
}

// %SRCROOT% is the top of the git work tree holding the first path scanned,
// else the current directory.
SarifReport sarifReport(const CommandLine& options, const std::vector<const Rule*>& rules, const std::string& scanRoot) {
  SarifReport report{DBT_API_LINT_VERSION, DBT_API_LINT_HOMEPAGE, rules, options.category};
  report.workingDirectory = std::filesystem::current_path().string();
  report.workTree = describeWorkTree(scanRoot);
  report.sourceRoot = report.workTree ? report.workTree->top : report.workingDirectory;
  return report;
}

int run(const CommandLine& options) {
  RuleCatalog catalog = RuleCatalog::builtin();
  for (const std::string& directory : options.ruleDirectories) catalog.addDirectory(directory);

  if (options.listRules) {
    listRules(catalog, std::cout);
    return kExitClean;
  }
  if (!options.explain.empty()) {
    const auto selected = selectRules(catalog, {options.explain}, {});
    if (selected.size() != 1) throw UsageError("--explain: '" + options.explain + "' names more than one rule");
    std::cout << selected.front()->documentation;
    return kExitClean;
  }

  const std::vector<std::string> paths = options.paths.empty() ? std::vector<std::string>{"."} : options.paths;
  if (options.listFiles) {
    std::vector<Notification> notifications;
    for (const FileToScan& file : collectFiles(paths, notifications)) std::cout << file.path << '\n';
    writeTextNotifications(std::cerr, ScanResult{{}, std::move(notifications), 0}, TextStyle{});
    return kExitClean;
  }

  DbtHosts hosts;
  for (const std::string& host : options.dbtHosts) hosts.add(host);
  const std::vector<const Rule*> rules = selectRules(catalog, options.select, options.ignore);
  Engine engine(rules, std::move(hosts), makeFrontEnds({options.compilationDatabase, paths}), options.maxFileSize);
  if (options.format == "sarif") engine.addAnnotator(std::make_unique<GitHubLineHashAnnotator>());

  std::ofstream file;
  if (!options.output.empty()) {
    file.open(options.output, std::ios::binary | std::ios::trunc);
    if (!file) throw UsageError("--output: cannot write " + options.output);
  }
  std::ostream& out = options.output.empty() ? std::cout : file;

  const ScanResult result = engine.scan(paths);
  // Warnings about the scan come first, so that a merged stream reads in order.
  writeTextNotifications(std::cerr, result, TextStyle{useColor(options) && isatty(STDERR_FILENO), options.quiet});
  if (options.format == "json") {
    writeJson(out, result, JsonReport{DBT_API_LINT_VERSION});
  } else if (options.format == "sarif") {
    writeSarif(out, result, sarifReport(options, rules, paths.front()));
  } else if (options.format == "github") {
    writeGitHubAnnotations(out, result);
  } else {
    writeText(out, result, TextStyle{useColor(options), options.quiet});
  }
  out.flush();
  if (!out) throw UsageError("cannot write the report" + (options.output.empty() ? "" : " to " + options.output));

  const int threshold = failThreshold(options.failOn);
  for (const Finding& finding : result.findings) {
    if (static_cast<int>(finding.level) >= threshold) return kExitFindings;
  }
  return kExitClean;
}

}  // namespace
}  // namespace dbtlint

int main(int argc, char** argv) {
  using dbtlint::CommandLine;
  CommandLine options;
  CLI::App app{"Finds legacy dbt Cloud user API keys, hard-coded tokens and cross-account API calls.",
               "dbt-api-lint"};
  app.set_version_flag("--version", std::string("dbt-api-lint ") + DBT_API_LINT_VERSION);
  app.add_option("paths", options.paths, "Files and directories to scan (default: .)");
  app.add_option("--format", options.format, "Output format")->check(CLI::IsMember({"text", "json", "sarif", "github"}));
  app.add_option("--category", options.category, "SARIF: the analysis category (automationDetails.id)");
  app.add_option("-o,--output", options.output, "Write the report to FILE instead of standard output");
  app.add_option("--select", options.select, "Check only these rules: ids, id prefixes, names or ALL")
      ->delimiter(',')
      ->allow_extra_args(false);
  app.add_option("--ignore", options.ignore, "Do not check these rules")->delimiter(',')->allow_extra_args(false);
  app.add_option("--fail-on", options.failOn, "Exit with 1 when a finding is at least this level")
      ->check(CLI::IsMember({"error", "warning", "note", "none"}));
  app.add_flag("--list-rules", options.listRules, "List the rules and exit");
  app.add_flag("--list-files", options.listFiles, "List the files a scan would read, and exit");
  app.add_option("--explain", options.explain, "Print a rule's documentation and exit");
  app.add_option("--color", options.color, "Colour the text output")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_flag("-q,--quiet", options.quiet, "Print findings only: no summary, no warnings about the scan");
  app.add_option("--rules", options.ruleDirectories, "Add the rule files (*.json) in DIR")->allow_extra_args(false);
  app.add_option("--dbt-host", options.dbtHosts, "Treat HOST (or *.DOMAIN) as a dbt Cloud host too")
      ->allow_extra_args(false);
  app.add_option("--max-file-size", options.maxFileSize, "Skip files larger than this many bytes")
      ->check(CLI::PositiveNumber);
  app.add_option("-p,--compile-commands-dir", options.compilationDatabase,
                 "Read the C and C++ compile commands from DIR/compile_commands.json");
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& success) {
    return app.exit(success);
  } catch (const CLI::ParseError& error) {
    std::cerr << "dbt-api-lint: error: " << error.what() << "\nRun with --help for usage.\n";
    return dbtlint::kExitUsage;
  }
  try {
    return dbtlint::run(options);
  } catch (const dbtlint::UsageError& error) {
    std::cerr << "dbt-api-lint: error: " << error.what() << '\n';
    return dbtlint::kExitUsage;
  } catch (const std::exception& error) {
    std::cerr << "dbt-api-lint: internal error: " << error.what() << '\n';
    return dbtlint::kExitUsage;
  }
}
