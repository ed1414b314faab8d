#include "Baseline.h"

#include <algorithm>
#include <fstream>

#include "Errors.h"

namespace dbtlint {
namespace {

constexpr std::string_view kHeader =
    "# dbt-api-lint baseline: one accepted finding a line, RULE FINGERPRINT PATH. Rewrite it with --write-baseline.";

std::string entryOf(const Finding& finding) {
  return finding.rule->id + " " + finding.fingerprint + " " + finding.location.path;
}

}  // namespace

Baseline Baseline::read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw UsageError("--baseline: cannot read " + path);
  Baseline baseline;
  baseline.path_ = path;
  std::string line;
  for (unsigned number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line.starts_with('#')) continue;
    const size_t first = line.find(' ');
    const size_t second = first == std::string::npos ? first : line.find(' ', first + 1);
    if (second == std::string::npos || second == first + 1 || second + 1 == line.size()) {
      throw UsageError(path + ":" + std::to_string(number) +
                       ": expected a baseline entry 'RULE FINGERPRINT PATH' (write the file with --write-baseline)");
    }
    baseline.entries_.insert(line);
  }
  return baseline;
}

void Baseline::write(const std::string& path, const std::vector<Finding>& findings) {
  std::set<std::string> entries;
  for (const Finding& finding : findings) entries.insert(entryOf(finding));
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << kHeader << '\n';
  for (const std::string& entry : entries) out << entry << '\n';
  out.flush();
  if (!out) throw UsageError("--write-baseline: cannot write " + path);
}

void Baseline::apply(ScanResult& result) const {
  std::set<std::string> unmatched = entries_;
  std::erase_if(result.findings, [&](Finding& finding) {
    const auto entry = entries_.find(entryOf(finding));
    if (entry == entries_.end()) return false;
    unmatched.erase(*entry);
    finding.suppression = Suppression{SuppressionKind::Baseline, "accepted in the baseline " + path_, std::nullopt};
    result.suppressed.push_back(std::move(finding));
    return true;
  });
  std::stable_sort(result.suppressed.begin(), result.suppressed.end(), reportedBefore);
  if (!unmatched.empty()) {
    result.notifications.push_back(
        {Level::Note, NotificationKind::Configuration, path_,
         std::to_string(unmatched.size()) + " baseline " + (unmatched.size() == 1 ? "entry matches" : "entries match") +
             " no finding any more; rewrite the file with --write-baseline to drop them"});
  }
}

}  // namespace dbtlint
