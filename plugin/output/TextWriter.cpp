#include <algorithm>
#include <string_view>

#include "Writers.h"

namespace dbtlint {
namespace {

struct Colors {
  std::string_view bold, red, magenta, cyan, green, reset;
};

Colors colorsFor(const TextStyle& style) {
  if (!style.color) return {};
  return {"\x1b[1m", "\x1b[1;31m", "\x1b[1;35m", "\x1b[1;36m", "\x1b[1;32m", "\x1b[0m"};
}

std::string_view levelColor(Level level, const Colors& colors) {
  switch (level) {
    case Level::Error: return colors.red;
    case Level::Warning: return colors.magenta;
    case Level::Note: return colors.cyan;
  }
  return colors.reset;
}

// Spaces up to the span, keeping the snippet's tabs so the caret lines up.
std::string caretLine(const Finding& finding) {
  std::string line;
  uint32_t column = 0;
  for (size_t i = 0; i < finding.snippet.size() && column < finding.snippetColumn; ++column) {
    line += finding.snippet[i] == '\t' ? '\t' : ' ';
    i += utf8SequenceLength(finding.snippet, i);
  }
  line += '^';
  line.append(finding.snippetWidth - 1, '~');
  return line;
}

std::string plural(size_t count, std::string_view word) {
  return std::to_string(count) + " " + std::string(word) + (count == 1 ? "" : "s");
}

}  // namespace

void writeText(std::ostream& out, const ScanResult& result, const TextStyle& style) {
  const Colors colors = colorsFor(style);
  size_t counts[3] = {0, 0, 0};
  for (const Finding& finding : result.findings) {
    ++counts[static_cast<int>(finding.level)];
    out << colors.bold << finding.location.path << ':' << finding.location.start.line << ':'
        << finding.location.start.column << ":" << colors.reset << ' ' << levelColor(finding.level, colors)
        << levelName(finding.level) << ':' << colors.reset << ' ' << colors.bold << finding.message << " ["
        << finding.rule->id << ']' << colors.reset << '\n';
    out << finding.snippet << '\n' << colors.green << caretLine(finding) << colors.reset << '\n';
    for (const RelatedLocation& related : finding.related) {
      out << colors.bold << related.location.path << ':' << related.location.start.line << ':'
          << related.location.start.column << ":" << colors.reset << ' ' << colors.cyan << "note:" << colors.reset
          << ' ' << related.message << '\n';
    }
  }
  if (style.quiet) return;
  // A file with a syntax error was scanned all the same.
  const size_t skipped = std::count_if(result.notifications.begin(), result.notifications.end(),
                                       [](const Notification& n) { return n.kind != NotificationKind::SyntaxError; });
  if (result.findings.empty()) {
    out << "No findings";
  } else {
    out << plural(result.findings.size(), "finding") << " (" << plural(counts[2], "error") << ", "
        << plural(counts[1], "warning") << ", " << plural(counts[0], "note") << ")";
  }
  out << " in " << plural(result.filesScanned, "file") << " scanned";
  if (skipped > 0) out << "; " << plural(skipped, "path") << " not scanned (see --format json)";
  out << ".\n";
}

void writeTextNotifications(std::ostream& err, const ScanResult& result, const TextStyle& style) {
  const Colors colors = colorsFor(style);
  for (const Notification& notification : result.notifications) {
    if (notification.level == Level::Note || style.quiet) continue;
    err << "dbt-api-lint: " << levelColor(notification.level, colors) << levelName(notification.level) << ':'
        << colors.reset << ' ' << (notification.path.empty() ? "" : notification.path + ": ") << notification.message
        << '\n';
  }
}

}  // namespace dbtlint
