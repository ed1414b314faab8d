#pragma once

#include <ostream>
#include <string>
#include <vector>

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

}  // namespace dbtlint
