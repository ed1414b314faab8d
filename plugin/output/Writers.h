#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "FileWalker.h"
#include "Finding.h"

namespace dbtlint {

// Output formats. Each turns a finished scan into bytes; none of them knows
// how findings were made, and the engine knows none of them.

struct TextStyle {
  bool color = false;
  bool quiet = false;  // findings only: no summary
};

// Compiler style: `path:line:col: level: message [ID]`, the source line, a
// caret line under the span, then a one-line summary.
void writeText(std::ostream& out, const ScanResult& result, const TextStyle& style);

// Warnings about the scan itself (unreadable files, …) for a terminal's stderr.
void writeTextNotifications(std::ostream& err, const ScanResult& result, const TextStyle& style);

struct JsonReport {
  std::string toolVersion;
};

// A stable, documented JSON document (docs/output.md); schema version 1.
void writeJson(std::ostream& out, const ScanResult& result, const JsonReport& report);

// A notification's kind as the JSON and SARIF formats name it: `unreadable`, …
std::string_view notificationKindName(NotificationKind kind);

struct SarifReport {
  std::string toolVersion;
  std::string informationUri;      // the project's home page
  std::vector<const Rule*> rules;  // the rules the run checked: tool.driver.rules
  std::string category;            // automationDetails.id; empty for none
  std::string workingDirectory;    // absolute; relative finding paths start here
  std::string sourceRoot;          // absolute directory that %SRCROOT% stands for
  std::optional<WorkTreeState> workTree;  // versionControlProvenance, when scanning a git work tree
  size_t maxResults = 25000;       // GitHub code scanning's limit per run
};

// A SARIF 2.1.0 log of one run for GitHub code scanning and editors' SARIF
// viewers: columns in UTF-16 units, paths relative to %SRCROOT%, a
// primaryLocationLineHash where GitHubLineHashAnnotator left one.
void writeSarif(std::ostream& out, const ScanResult& result, const SarifReport& report);

// GitHub Actions workflow commands (`::error file=…,line=…::message`), one a
// finding, which GitHub shows as annotations on the changed lines.
void writeGitHubAnnotations(std::ostream& out, const ScanResult& result);

}  // namespace dbtlint
