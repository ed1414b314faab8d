#include "DbtHosts.h"

#include <re2/re2.h>

#include <algorithm>

#include "Errors.h"

namespace dbtlint {
namespace {

// domain.md: cloud.getdbt.com and its metadata/semantic-layer subdomains, the
// regional emea.dbt.com and au.dbt.com, and cells such as ab123.us1.dbt.com.
constexpr std::string_view kBuiltinHosts[] = {
    R"((?:[a-z0-9-]+\.)*cloud\.getdbt\.com)",
    R"((?:[a-z0-9-]+\.)*(?:emea|au)\.dbt\.com)",
    R"((?:[a-z0-9-]+\.)+[a-z]{2}[0-9]\.dbt\.com)",
};

bool isHostLabelCharacter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

}  // namespace

DbtHosts::DbtHosts() {
  for (const std::string_view host : kBuiltinHosts) alternatives_.emplace_back(host);
  rebuild();
}

DbtHosts::~DbtHosts() = default;
DbtHosts::DbtHosts(const DbtHosts& other) : alternatives_(other.alternatives_) { rebuild(); }
DbtHosts::DbtHosts(DbtHosts&&) noexcept = default;
DbtHosts& DbtHosts::operator=(DbtHosts&&) noexcept = default;

void DbtHosts::add(std::string_view hostPattern) {
  const bool withSubdomains = hostPattern.starts_with("*.");
  const std::string_view host = withSubdomains ? hostPattern.substr(2) : hostPattern;
  const bool valid = !host.empty() && host.find("..") == std::string_view::npos && host.front() != '.' &&
                     host.back() != '.' && std::all_of(host.begin(), host.end(), isHostLabelCharacter);
  if (!valid) {
    throw UsageError("invalid dbt Cloud host '" + std::string(hostPattern) +
                     "': expected a host name such as dbt.example.com or *.example.com");
  }
  std::string alternative = withSubdomains ? R"((?:[a-z0-9-]+\.)+)" : "";
  alternative += RE2::QuoteMeta(host);
  alternatives_.push_back(std::move(alternative));
  rebuild();
}

bool DbtHosts::matches(std::string_view host) const {
  return RE2::FullMatch(re2::StringPiece(host.data(), host.size()), *compiled_);
}

bool DbtHosts::appearsIn(std::string_view text) const {
  return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), *compiled_);
}

void DbtHosts::rebuild() {
  regex_ = "(?i:";
  for (size_t i = 0; i < alternatives_.size(); ++i) {
    if (i > 0) regex_ += '|';
    regex_ += alternatives_[i];
  }
  regex_ += ')';
  compiled_ = std::make_unique<RE2>(regex_);
}

}  // namespace dbtlint
