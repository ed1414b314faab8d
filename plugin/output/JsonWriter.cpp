#include <nlohmann/json.hpp>

#include "Writers.h"

namespace dbtlint {
namespace {

using Json = nlohmann::ordered_json;

Json position(const Position& at) { return Json{{"line", at.line}, {"column", at.column}}; }

Json location(const Location& at) {
  return Json{{"path", at.path}, {"start", position(at.start)}, {"end", position(at.end)}};
}

std::string_view kindName(NotificationKind kind) {
  switch (kind) {
    case NotificationKind::Unreadable: return "unreadable";
    case NotificationKind::Binary: return "binary";
    case NotificationKind::TooLarge: return "too-large";
    case NotificationKind::Skipped: return "skipped";
    case NotificationKind::Configuration: return "configuration";
    case NotificationKind::SyntaxError: return "syntax-error";
  }
  return "skipped";
}

}  // namespace

void writeJson(std::ostream& out, const ScanResult& result, const JsonReport& report) {
  Json findings = Json::array();
  size_t counts[3] = {0, 0, 0};
  for (const Finding& finding : result.findings) {
    ++counts[static_cast<int>(finding.level)];
    Json related = Json::array();
    for (const RelatedLocation& entry : finding.related) {
      Json item = location(entry.location);
      item["message"] = entry.message;
      related.push_back(std::move(item));
    }
    Json item{{"rule", finding.rule->id},
              {"name", finding.rule->name},
              {"level", levelName(finding.level)},
              {"message", finding.message},
              {"path", finding.location.path},
              {"language", languageName(finding.language)},
              {"start", position(finding.location.start)},
              {"end", position(finding.location.end)},
              {"snippet", finding.snippet},
              {"fingerprint", finding.fingerprint},
              {"related", std::move(related)}};
    findings.push_back(std::move(item));
  }
  Json notifications = Json::array();
  for (const Notification& notification : result.notifications) {
    notifications.push_back(Json{{"level", levelName(notification.level)},
                                 {"kind", kindName(notification.kind)},
                                 {"path", notification.path},
                                 {"message", notification.message}});
  }
  const Json document{{"version", 1},
                      {"tool", Json{{"name", "dbt-api-lint"}, {"version", report.toolVersion}}},
                      {"findings", std::move(findings)},
                      {"notifications", std::move(notifications)},
                      {"summary", Json{{"files_scanned", result.filesScanned},
                                       {"findings", result.findings.size()},
                                       {"errors", counts[2]},
                                       {"warnings", counts[1]},
                                       {"notes", counts[0]}}}};
  // Paths may hold bytes that are not UTF-8; replace them rather than fail.
  out << document.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace dbtlint
