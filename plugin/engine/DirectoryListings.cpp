#include "DirectoryListings.h"

#include <dirent.h>

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

}  // namespace dbtlint
