#include "Writers.h"

namespace dbtlint {
namespace {

// GitHub's escaping for a workflow command's message, and for its
// properties, where `:` and `,` are separators too.
std::string escapedData(std::string_view text) {
  std::string escaped;
  for (const char c : text) {
    switch (c) {
      case '%': escaped += "%25"; break;
      case '\r': escaped += "%0D"; break;
      case '\n': escaped += "%0A"; break;
      default: escaped += c;
    }
  }
  return escaped;
}

std::string escapedProperty(std::string_view text) {
  std::string escaped;
  for (const char c : escapedData(text)) {
    switch (c) {
      case ':': escaped += "%3A"; break;
      case ',': escaped += "%2C"; break;
      default: escaped += c;
    }
  }
  return escaped;
}

std::string_view commandFor(Level level) {
  switch (level) {
    case Level::Error: return "error";
    case Level::Warning: return "warning";
    case Level::Note: return "notice";
  }
  return "warning";
}

}  // namespace

void writeGitHubAnnotations(std::ostream& out, const ScanResult& result) {
  for (const Finding& finding : result.findings) {
    const Location& at = finding.location;
    // Columns in UTF-16 units, as GitHub's pages count them.
    out << "::" << commandFor(finding.level) << " file=" << escapedProperty(at.path) << ",line=" << at.start.line
        << ",col=" << at.start.utf16Column << ",endLine=" << at.end.line << ",endColumn=" << at.end.utf16Column
        << ",title=" << escapedProperty(finding.rule->id) << "::" << escapedData(finding.message) << '\n';
  }
}

}  // namespace dbtlint
