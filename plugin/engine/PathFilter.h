#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace re2 {
class RE2;
}

namespace dbtlint {

// Which files a scan keeps, by glob patterns relative to a base directory
// (the configuration file's). A pattern without `/` matches a name at any
// depth; one with `/` matches from the base; `*` and `?` stay within a path
// component, `**` crosses them; a pattern that matches a directory matches
// everything below it. A file is kept when it matches an include pattern (or
// none are given) and no exclude pattern.
class PathFilter {
 public:
  PathFilter();
  PathFilter(std::filesystem::path base, const std::vector<std::string>& include, const std::vector<std::string>& exclude);
  ~PathFilter();
  PathFilter(PathFilter&&) noexcept;
  PathFilter& operator=(PathFilter&&) noexcept;

  bool accepts(const std::string& path) const;

  // Throws UsageError naming the pattern when it is not a usable glob.
  static void validate(std::string_view glob);

 private:
  std::filesystem::path base_;
  std::vector<std::unique_ptr<re2::RE2>> include_;
  std::vector<std::unique_ptr<re2::RE2>> exclude_;
};

}  // namespace dbtlint
