#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace dbtlint {

// The names in directories, each directory read once: whether a path can
// exist becomes a look-up instead of a failed open. The prefilter asks it for
// the many places an import may name, of which few exist. One thread's; it
// forgets everything when it holds kMostDirectories, so its memory is bounded.
class DirectoryListings {
 public:
  // Whether `directory` ("" is the working directory) holds an entry named
  // `name`; false when it cannot be read.
  bool holds(const std::string& directory, const std::string& name);
  // Whether the file at `path` may exist: its directory holds its name.
  bool mayExist(const std::string& path);

 private:
  static constexpr size_t kMostDirectories = 4096;
  std::unordered_map<std::string, std::unordered_set<std::string>> names_;
};

}  // namespace dbtlint
