#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace re2 {
class RE2;
}

namespace dbtlint {

// The host names that are dbt Cloud: the multi-tenant, regional and cell-based
// hosts built in, plus single-tenant hosts a user adds (`--dbt-host`).
class DbtHosts {
 public:
  DbtHosts();
  ~DbtHosts();
  DbtHosts(const DbtHosts& other);
  DbtHosts(DbtHosts&&) noexcept;
  DbtHosts& operator=(DbtHosts&&) noexcept;

  // Adds `dbt.example.com` or, for every subdomain too, `*.example.com`.
  // Throws UsageError for anything that is not a host name.
  void add(std::string_view hostPattern);

  // A case-insensitive RE2 expression (no capture groups) matching any known host.
  const std::string& regex() const { return regex_; }
  bool matches(std::string_view host) const;
  // Whether a known host name appears anywhere in `text`.
  bool appearsIn(std::string_view text) const;

 private:
  std::vector<std::string> alternatives_;
  std::string regex_;
  std::unique_ptr<re2::RE2> compiled_;
  void rebuild();
};

}  // namespace dbtlint
