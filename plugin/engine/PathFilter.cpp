#include "PathFilter.h"

#include <re2/re2.h>

#include <algorithm>

#include "Errors.h"

namespace dbtlint {
namespace {

std::string globToRegex(std::string_view glob) {
  std::string regex = glob.find('/') == std::string_view::npos ? "(?:.*/)?" : "";
  if (glob.starts_with('/')) glob.remove_prefix(1);
  for (size_t i = 0; i < glob.size(); ++i) {
    const char c = glob[i];
    if (glob.substr(i).starts_with("**/")) {
      regex += "(?:.*/)?";
      i += 2;
    } else if (glob.substr(i).starts_with("**")) {
      regex += ".*";
      ++i;
    } else if (c == '*') {
      regex += "[^/]*";
    } else if (c == '?') {
      regex += "[^/]";
    } else {
      regex += RE2::QuoteMeta(std::string(1, c));
    }
  }
  while (regex.ends_with("/")) regex.pop_back();
  return regex + "(?:/.*)?";
}

std::vector<std::unique_ptr<RE2>> compile(const std::vector<std::string>& globs) {
  std::vector<std::unique_ptr<RE2>> compiled;
  for (const std::string& glob : globs) {
    PathFilter::validate(glob);
    compiled.push_back(std::make_unique<RE2>(globToRegex(glob), RE2::Quiet));
  }
  return compiled;
}

std::filesystem::path absoluteClean(const std::filesystem::path& path) {
  std::error_code error;
  const auto absolute = std::filesystem::weakly_canonical(std::filesystem::absolute(path), error);
  return error ? std::filesystem::absolute(path).lexically_normal() : absolute;
}

}  // namespace

PathFilter::PathFilter() = default;
PathFilter::~PathFilter() = default;
PathFilter::PathFilter(PathFilter&&) noexcept = default;
PathFilter& PathFilter::operator=(PathFilter&&) noexcept = default;

PathFilter::PathFilter(std::filesystem::path base, const std::vector<std::string>& include,
                       const std::vector<std::string>& exclude)
    : base_(absoluteClean(base)), include_(compile(include)), exclude_(compile(exclude)) {}

void PathFilter::validate(std::string_view glob) {
  if (glob.empty() || glob == "/") throw UsageError("an empty glob pattern matches nothing");
  if (!RE2(globToRegex(glob), RE2::Quiet).ok()) throw UsageError("glob '" + std::string(glob) + "' is not usable");
}

bool PathFilter::accepts(const std::string& path) const {
  if (include_.empty() && exclude_.empty()) return true;
  const std::filesystem::path relative = absoluteClean(path).lexically_relative(base_);
  const std::string text = relative.generic_string();
  // Files outside the base directory are not the configuration's to filter.
  if (text.empty() || text.starts_with("../") || text == "..") return true;
  const auto matches = [&](const std::unique_ptr<RE2>& regex) { return RE2::FullMatch(text, *regex); };
  if (!include_.empty() && std::none_of(include_.begin(), include_.end(), matches)) return false;
  return std::none_of(exclude_.begin(), exclude_.end(), matches);
}

}  // namespace dbtlint
