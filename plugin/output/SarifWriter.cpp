#include <algorithm>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

#include "GitHubLineHash.h"
#include "Writers.h"

namespace dbtlint {
namespace {

using Json = nlohmann::ordered_json;
namespace fs = std::filesystem;

constexpr std::string_view kSourceRoot = "%SRCROOT%";

// A path as a URI reference: every byte but unreserved characters and `/`
// percent-encoded, so that spaces, `#` and bytes that are not UTF-8 survive.
std::string percentEncoded(std::string_view path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string encoded;
  for (const char c : path) {
    const auto byte = static_cast<unsigned char>(c);
    const bool alphanumeric = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (alphanumeric || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
      encoded += c;
    } else {
      encoded += '%';
      encoded += kHex[byte >> 4];
      encoded += kHex[byte & 0xF];
    }
  }
  return encoded;
}

std::string directoryUri(const fs::path& directory) {
  std::string uri = "file://" + percentEncoded(directory.generic_string());
  if (uri.back() != '/') uri += '/';
  return uri;
}

fs::path withoutTrailingSlash(const fs::path& directory) {
  const fs::path normal = directory.lexically_normal();
  return normal.has_filename() ? normal : normal.parent_path();
}

// SARIF viewers show messages as sentences, ending with a period. The first
// letter stays as it is: "dbt" is written in lower case.
std::string sentence(std::string text) {
  if (!text.empty() && text.back() != '.') text += '.';
  return text;
}

// `git@host:owner/repo.git` is not a URI; `ssh://host/owner/repo.git` is. A
// user name or password written into a remote's URL never reaches the log.
std::string repositoryUri(std::string remote) {
  const size_t scheme = remote.find("://");
  const size_t colon = remote.find(':');
  if (scheme == std::string::npos && colon != std::string::npos && remote.find('/') > colon) {
    remote = "ssh://" + remote.substr(0, colon) + "/" + remote.substr(colon + 1);
  }
  const size_t authority = remote.find("://");
  if (authority == std::string::npos) return {};
  const size_t hostBegin = authority + 3;
  const size_t hostEnd = remote.find('/', hostBegin);
  const size_t userEnd = remote.rfind('@', hostEnd);
  if (userEnd != std::string::npos && userEnd >= hostBegin) remote.erase(hostBegin, userEnd + 1 - hostBegin);
  return remote;
}

// `count` code points of `text` from code point `first` on.
std::string codePointsOf(std::string_view text, uint32_t first, uint32_t count) {
  size_t begin = 0;
  for (uint32_t i = 0; i < first && begin < text.size(); ++i) begin += utf8SequenceLength(text, begin);
  size_t end = begin;
  for (uint32_t i = 0; i < count && end < text.size(); ++i) end += utf8SequenceLength(text, end);
  return std::string(text.substr(begin, end - begin));
}

class SarifLog {
 public:
  SarifLog(const ScanResult& result, const SarifReport& report)
      : result_(result),
        report_(report),
        workingDirectory_(withoutTrailingSlash(report.workingDirectory)),
        sourceRoot_(withoutTrailingSlash(report.sourceRoot)) {}

  Json document() {
    for (const Rule* rule : report_.rules) ruleIndex(*rule);
    std::vector<const Finding*> kept = keptFindings();
    Json results = Json::array();
    for (const Finding* finding : kept) results.push_back(resultFor(*finding));
    // Suppressed findings are results too, marked so, while room is left:
    // code scanning shows them as dismissed, a viewer can filter them.
    for (const Finding& finding : result_.suppressed) {
      if (results.size() >= report_.maxResults) break;
      results.push_back(suppressedResultFor(finding));
    }
    Json notifications = Json::array();
    if (kept.size() < result_.findings.size()) {
      notifications.push_back(Json{
          {"level", "warning"},
          {"message",
           {{"text", "Left out " + std::to_string(result_.findings.size() - kept.size()) + " of " +
                         std::to_string(result_.findings.size()) + " results, the least severe ones: GitHub code " +
                         "scanning accepts at most " + std::to_string(report_.maxResults) +
                         " results in a run. Narrow the scan with --select, --ignore or fewer paths."}}},
          {"descriptor", {{"id", "results-left-out"}}}});
    }
    bool succeeded = true;
    for (const Notification& notification : result_.notifications) {
      succeeded = succeeded && notification.level != Level::Error;
      Json item{{"level", levelName(notification.level)},
                {"message", {{"text", sentence(notification.path.empty() ? notification.message
                                                                          : notification.path + ": " + notification.message)}}}};
      if (!notification.path.empty()) item["locations"] = Json::array({{{"physicalLocation", {{"artifactLocation", artifactLocation(notification.path)}}}}});
      item["descriptor"] = {{"id", notificationKindName(notification.kind)}};
      notifications.push_back(std::move(item));
    }

    Json driver{{"name", "dbt-api-lint"},
                {"version", report_.toolVersion},
                {"semanticVersion", report_.toolVersion},
                {"informationUri", report_.informationUri},
                {"rules", std::move(rules_)}};
    Json invocation{{"executionSuccessful", succeeded},
                    {"workingDirectory", {{"uri", directoryUri(workingDirectory_)}}},
                    {"toolExecutionNotifications", std::move(notifications)}};
    Json run{{"tool", {{"driver", std::move(driver)}}}, {"invocations", Json::array({std::move(invocation)})}};
    if (!report_.category.empty()) {
      // As GitHub's upload action writes it: a trailing `/` makes the whole
      // value the category.
      run["automationDetails"] = {{"id", report_.category.back() == '/' ? report_.category : report_.category + "/"}};
    }
    if (report_.workTree) {
      Json provenance{{"repositoryUri", repositoryUri(report_.workTree->remoteUrl)}};
      if (provenance["repositoryUri"] == "") provenance["repositoryUri"] = directoryUri(report_.workTree->top);
      if (!report_.workTree->commit.empty()) provenance["revisionId"] = report_.workTree->commit;
      if (!report_.workTree->branch.empty()) provenance["branch"] = report_.workTree->branch;
      provenance["mappedTo"] = {{"uriBaseId", kSourceRoot}};
      run["versionControlProvenance"] = Json::array({std::move(provenance)});
    }
    run["originalUriBaseIds"] = {{kSourceRoot, {{"uri", directoryUri(sourceRoot_)}}}};
    run["columnKind"] = "utf16CodeUnits";
    run["results"] = std::move(results);
    return Json{{"$schema", "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"},
                {"version", "2.1.0"},
                {"runs", Json::array({std::move(run)})}};
  }

 private:
  // The most severe findings up to the limit, in the scan's order.
  std::vector<const Finding*> keptFindings() const {
    std::vector<const Finding*> kept;
    for (const Finding& finding : result_.findings) kept.push_back(&finding);
    if (kept.size() <= report_.maxResults) return kept;
    std::stable_sort(kept.begin(), kept.end(), [](const Finding* a, const Finding* b) { return a->level > b->level; });
    kept.resize(report_.maxResults);
    std::sort(kept.begin(), kept.end());  // findings are contiguous: address order is scan order
    return kept;
  }

  // The rule's index in tool.driver.rules, added there on first use.
  size_t ruleIndex(const Rule& rule) {
    if (const auto found = ruleIndexes_.find(rule.id); found != ruleIndexes_.end()) return found->second;
    std::vector<std::string> tags = rule.tags;
    // GitHub reads security-severity only on rules tagged `security`.
    if (rule.securitySeverity && std::find(tags.begin(), tags.end(), "security") == tags.end()) tags.insert(tags.begin(), "security");
    Json properties{{"tags", tags},
                    {"precision", rule.precision},
                    {"problem.severity", rule.level == Level::Note ? "recommendation" : std::string(levelName(rule.level))}};
    if (rule.securitySeverity) properties["security-severity"] = *rule.securitySeverity;
    Json help{{"text", rule.documentation.empty() ? sentence(rule.fullDescription) : rule.documentation}};
    if (!rule.documentation.empty()) help["markdown"] = rule.documentation;
    Json entry{{"id", rule.id},
               {"name", rule.name},
               {"shortDescription", {{"text", sentence(rule.shortDescription)}}},
               {"fullDescription", {{"text", sentence(rule.fullDescription)}}},
               {"help", std::move(help)}};
    if (rule.builtin) entry["helpUri"] = report_.informationUri + "/blob/main/docs/rules/" + rule.id + ".md";
    entry["defaultConfiguration"] = {{"level", levelName(rule.level)}};
    entry["properties"] = std::move(properties);
    rules_.push_back(std::move(entry));
    return ruleIndexes_.emplace(rule.id, rules_.size() - 1).first->second;
  }

  Json artifactLocation(const std::string& path) const {
    const fs::path absolute = (workingDirectory_ / path).lexically_normal();
    const fs::path relative = absolute.lexically_relative(sourceRoot_);
    if (!relative.empty() && *relative.begin() != "..") {
      return {{"uri", percentEncoded(relative.generic_string())}, {"uriBaseId", kSourceRoot}};
    }
    return {{"uri", "file://" + percentEncoded(absolute.generic_string())}};
  }

  Json region(const Location& location) const {
    return {{"startLine", location.start.line},
            {"startColumn", location.start.utf16Column},
            {"endLine", location.end.line},
            {"endColumn", location.end.utf16Column}};
  }

  Json resultFor(const Finding& finding) {
    Json physical{{"artifactLocation", artifactLocation(finding.location.path)}, {"region", region(finding.location)}};
    if (finding.location.end.line == finding.location.start.line) {
      // The engine's snippet is the start line with every secret redacted;
      // the region's text is the part of it under the finding.
      physical["region"]["snippet"] = {{"text", codePointsOf(finding.snippet, finding.snippetColumn, finding.snippetWidth)}};
      physical["contextRegion"] = {{"startLine", finding.location.start.line}, {"snippet", {{"text", finding.snippet}}}};
    }
    Json item{{"ruleId", finding.rule->id},
              {"ruleIndex", ruleIndex(*finding.rule)},
              {"level", levelName(finding.level)},
              {"message", {{"text", sentence(finding.message)}}},
              {"locations", Json::array({{{"physicalLocation", std::move(physical)}}})}};
    if (!finding.related.empty()) {
      Json related = Json::array();
      for (const RelatedLocation& entry : finding.related) {
        related.push_back({{"id", related.size() + 1},
                           {"physicalLocation",
                            {{"artifactLocation", artifactLocation(entry.location.path)}, {"region", region(entry.location)}}},
                           {"message", {{"text", sentence(entry.message)}}}});
      }
      item["relatedLocations"] = std::move(related);
    }
    Json fingerprints{{"dbtApiLint/v1", finding.fingerprint}};
    if (const auto hash = finding.properties.find(std::string(kPrimaryLocationLineHash)); hash != finding.properties.end()) {
      fingerprints[std::string(kPrimaryLocationLineHash)] = hash->second;
    }
    item["partialFingerprints"] = std::move(fingerprints);
    return item;
  }

  // An inline comment is an `inSource` suppression with its reason; a baseline
  // entry an `external` one.
  Json suppressedResultFor(const Finding& finding) {
    Json item = resultFor(finding);
    const Suppression& suppression = *finding.suppression;
    Json entry{{"kind", suppression.kind == SuppressionKind::InSource ? "inSource" : "external"},
               {"status", "accepted"}};
    if (!suppression.justification.empty()) entry["justification"] = suppression.justification;
    if (suppression.location) {
      entry["location"] = {{"physicalLocation",
                            {{"artifactLocation", artifactLocation(suppression.location->path)},
                             {"region", region(*suppression.location)}}}};
    }
    item["suppressions"] = Json::array({std::move(entry)});
    return item;
  }

  const ScanResult& result_;
  const SarifReport& report_;
  fs::path workingDirectory_;
  fs::path sourceRoot_;
  Json rules_ = Json::array();
  std::map<std::string, size_t> ruleIndexes_;
};

}  // namespace

void writeSarif(std::ostream& out, const ScanResult& result, const SarifReport& report) {
  // Paths may hold bytes that are not UTF-8; replace them rather than fail.
  out << SarifLog(result, report).document().dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace dbtlint
