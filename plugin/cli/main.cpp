// dbt-api-lint: the command line. Parses options, builds the rule catalog and
// the engine, runs the scan, and hands the result to the chosen writer.

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <thread>

#include "Baseline.h"
#include "Configuration.h"
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
  std::string failOn;  // empty: the configuration's, else warning
  bool listRules = false;
  bool listFiles = false;
  std::string explain;
  std::string color = "auto";
  bool quiet = false;
  std::vector<std::string> ruleDirectories;
  std::vector<std::string> dbtHosts;
  uint64_t maxFileSize = kDefaultMaxFileSize;
  std::string config;
  std::string baseline;
  std::string writeBaseline;
  std::string stdinFilename;
  std::string compilationDatabase;
  std::string category;
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
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

// The configuration file --config names, else the one found from where the
// scan starts; none is an empty configuration.
Configuration configurationFor(const CommandLine& options, const std::vector<std::string>& paths) {
  if (!options.config.empty()) return loadConfiguration(options.config);
  const auto found = findConfiguration(options.stdinFilename.empty() ? paths.front() : options.stdinFilename);
  return found ? loadConfiguration(*found) : Configuration{};
}

std::string readStandardInput() {
  std::string content;
  char buffer[65536];
  while (std::cin.read(buffer, sizeof buffer) || std::cin.gcount() > 0) content.append(buffer, std::cin.gcount());
  return content;
}

// The scan of the paths or of standard input, less what the baseline accepts.
ScanResult scanWithBaseline(const Engine& engine, const CommandLine& options, const std::vector<std::string>& paths) {
  ScanResult result = options.stdinFilename.empty() ? engine.scan(paths)
                                                    : engine.scanBuffer(options.stdinFilename, readStandardInput());
  if (!options.writeBaseline.empty()) Baseline::write(options.writeBaseline, result.findings);
  // A baseline just written accepts every finding of this run.
  const std::string& baseline = options.writeBaseline.empty() ? options.baseline : options.writeBaseline;
  if (!baseline.empty()) Baseline::read(baseline).apply(result);
  return result;
}

int run(const CommandLine& options) {
  if (!options.stdinFilename.empty() && !options.paths.empty()) {
    throw UsageError("--stdin-filename: the text comes from standard input; give no PATH");
  }
  const std::vector<std::string> paths = options.paths.empty() ? std::vector<std::string>{"."} : options.paths;
  const Configuration configuration = configurationFor(options, paths);
  RuleCatalog catalog = RuleCatalog::builtin();
  for (const std::string& directory : configuration.ruleDirectories) catalog.addDirectory(directory);
  for (const std::string& directory : options.ruleDirectories) catalog.addDirectory(directory);
  applyConfiguredLevels(configuration, catalog);

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

  PathFilter pathFilter = configuredPathFilter(configuration);
  if (options.listFiles) {
    std::vector<Notification> notifications;
    for (const FileToScan& file : collectFiles(paths, notifications)) {
      if (pathFilter.accepts(file.path)) std::cout << file.path << '\n';
    }
    writeTextNotifications(std::cerr, ScanResult{{}, std::move(notifications), 0}, TextStyle{});
    return kExitClean;
  }

  DbtHosts hosts;
  configureDomain(configuration, hosts);
  for (const std::string& host : options.dbtHosts) hosts.add(host);
  const std::vector<const Rule*> rules = configuredRules(catalog, configuration, options.select, options.ignore);
  const FrontEndOptions frontEndOptions{options.compilationDatabase, paths};
  Engine engine(rules, std::move(hosts), [&] { return makeFrontEnds(frontEndOptions); }, options.maxFileSize);
  engine.setJobs(options.jobs);
  if (options.format == "sarif") engine.addAnnotator(std::make_unique<GitHubLineHashAnnotator>());
  engine.setPathFilter(std::move(pathFilter));
  std::vector<const Rule*> knownRules;
  for (const Rule& rule : catalog.rules()) knownRules.push_back(&rule);
  engine.setKnownRules(std::move(knownRules));

  std::ofstream file;
  if (!options.output.empty()) {
    file.open(options.output, std::ios::binary | std::ios::trunc);
    if (!file) throw UsageError("--output: cannot write " + options.output);
  }
  std::ostream& out = options.output.empty() ? std::cout : file;

  const ScanResult result = scanWithBaseline(engine, options, paths);

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

  const int threshold = failThreshold(!options.failOn.empty() ? options.failOn : configuration.failOn.value_or("warning"));
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
  app.add_option("-j,--jobs", options.jobs, "Scan on N threads (default: one per core); the output does not change")
      ->check(CLI::Range(1u, 1024u));
  app.add_option("-p,--compile-commands-dir", options.compilationDatabase,
                 "Read the C and C++ compile commands from DIR/compile_commands.json");
  app.add_option("--config", options.config, "Read the configuration from FILE instead of the .dbt-api-lint.yaml found")
      ->check(CLI::ExistingFile);
  app.add_option("--baseline", options.baseline, "Do not report or count the findings accepted in FILE");
  app.add_option("--write-baseline", options.writeBaseline, "Accept every finding of this scan: write them to FILE");
  app.add_option("--stdin-filename", options.stdinFilename,
                 "Scan standard input as the file PATH (its language and configuration)");
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
