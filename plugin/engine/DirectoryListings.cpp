#include "DirectoryListings.h"

#include <dirent.h>

#include "PathNames.h"

namespace dbtlint {

bool DirectoryListings::holds(const std::string& directory, const std::string& name) {
  auto known = names_.find(directory);
  if (known == names_.end()) {
    if (names_.size() >= kMostDirectories) names_.clear();
    std::unordered_set<std::string> names;
    if (DIR* stream = opendir(directory.empty() ? "." : directory.c_str())) {
      while (const dirent* entry = readdir(stream)) names.emplace(entry->d_name);
      closedir(stream);
    }
    known = names_.emplace(directory, std::move(names)).first;
  }
  return known->second.contains(name);
}

bool DirectoryListings::mayExist(const std::string& path) {
  return holds(parentDirectory(path), std::string(fileName(path)));
}

}  // namespace dbtlint
