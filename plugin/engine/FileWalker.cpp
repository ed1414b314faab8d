#include "FileWalker.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <memory>

#include "Errors.h"
#include "GitWorkTree.h"

namespace dbtlint {
namespace {

std::string joinPath(const std::string& directory, const std::string& name) {
  if (directory == ".") return name;
  return directory.back() == '/' ? directory + name : directory + "/" + name;
}

std::string canonical(const std::string& path) {
  std::error_code error;
  const auto resolved = std::filesystem::canonical(path, error);
  return error ? std::string() : resolved.string();
}

struct PendingDirectory {
  std::string path;          // as shown
  std::string relativePath;  // within `workTree`, empty at its top
  std::shared_ptr<const GitWorkTree> workTree;
};

std::shared_ptr<const GitWorkTree> workTreeAt(const std::string& directory, std::string& relativePath,
                                              std::string& gitModuleError) {
  std::shared_ptr<const GitWorkTree> workTree = openGitWorkTree(directory, gitModuleError);
  relativePath.clear();
  if (!workTree) return nullptr;
  const std::string top = canonical(workTree->top());
  const std::string here = canonical(directory);
  if (top.empty() || here.empty() || !(here + "/").starts_with(top + "/")) return nullptr;
  relativePath = here.size() > top.size() ? here.substr(top.size() + 1) : std::string();
  return workTree;
}

bool holdsRepository(const std::string& directory) {
  struct stat status {};
  return lstat((directory + "/.git").c_str(), &status) == 0;
}

void walkDirectory(const std::string& root, const std::function<void(FileToScan)>& found, std::vector<Notification>& notifications,
                   std::string& gitModuleError) {
  PendingDirectory top{root, {}, nullptr};
  top.workTree = workTreeAt(root, top.relativePath, gitModuleError);
  // Naming an ignored directory asks for it: git's rules would hide all of it.
  if (top.workTree && !top.relativePath.empty() && top.workTree->isIgnored(top.relativePath, true)) {
    top.workTree = nullptr;
  }
  std::vector<PendingDirectory> pending{std::move(top)};
  while (!pending.empty()) {
    PendingDirectory directory = std::move(pending.back());
    pending.pop_back();
    DIR* stream = opendir(directory.path.c_str());
    if (stream == nullptr) {
      notifications.push_back({Level::Warning, NotificationKind::Unreadable, directory.path,
                               std::string("cannot read directory: ") + std::strerror(errno)});
      continue;
    }
    std::vector<std::pair<std::string, unsigned char>> entries;  // name, type (DT_UNKNOWN: not told)
    while (const dirent* entry = readdir(stream)) {
      const std::string_view name = entry->d_name;
      if (name != "." && name != ".." && name != ".git") entries.emplace_back(name, entry->d_type);
    }
    closedir(stream);
    // Depth-first in name order; the stack takes subdirectories in reverse.
    std::sort(entries.begin(), entries.end());
    std::vector<PendingDirectory> subdirectories;
    for (const auto& [name, type] : entries) {
      const std::string path = joinPath(directory.path, name);
      bool isDirectory = type == DT_DIR;
      if (type == DT_UNKNOWN) {  // some file systems do not say: ask
        struct stat status {};
        if (lstat(path.c_str(), &status) != 0) continue;  // removed since listed
        isDirectory = S_ISDIR(status.st_mode);
        if (!isDirectory && !S_ISREG(status.st_mode)) continue;
      } else if (!isDirectory && type != DT_REG) {
        continue;  // links, FIFOs, devices, sockets
      }
      const std::string relativePath = directory.relativePath.empty() ? name : directory.relativePath + "/" + name;
      if (directory.workTree && directory.workTree->isIgnored(relativePath, isDirectory)) continue;
      if (!isDirectory) {
        found({path, false});
      } else if (holdsRepository(path)) {
        PendingDirectory nested{path, {}, nullptr};
        nested.workTree = workTreeAt(path, nested.relativePath, gitModuleError);
        subdirectories.push_back(std::move(nested));
      } else {
        subdirectories.push_back({path, relativePath, directory.workTree});
      }
    }
    std::move(subdirectories.rbegin(), subdirectories.rend(), std::back_inserter(pending));
  }
}

}  // namespace

std::optional<WorkTreeState> describeWorkTree(const std::string& path) {
  std::error_code error;
  const std::string directory = std::filesystem::is_directory(path, error) ? path : std::filesystem::path(path).parent_path().string();
  std::string gitModuleError;  // the log goes without provenance; a walk says why
  const auto workTree = openGitWorkTree(directory.empty() ? "." : directory, gitModuleError);
  if (!workTree) return std::nullopt;
  return WorkTreeState{workTree->top(), workTree->remoteUrl(), workTree->headCommit(), workTree->headBranch()};
}

std::vector<FileToScan> collectFiles(const std::vector<std::string>& paths, std::vector<Notification>& notifications) {
  std::vector<FileToScan> files;
  walkFiles(paths, notifications, [&](FileToScan file) { files.push_back(std::move(file)); });
  return files;
}

void walkFiles(const std::vector<std::string>& paths, std::vector<Notification>& notifications,
               const std::function<void(FileToScan)>& found) {
  for (const std::string& path : paths) {
    struct stat status {};
    if (stat(path.c_str(), &status) != 0) {
      throw UsageError("cannot scan '" + path + "': " + std::strerror(errno));
    }
  }
  std::string gitModuleError;
  for (const std::string& path : paths) {
    struct stat status {};
    stat(path.c_str(), &status);
    if (S_ISDIR(status.st_mode)) {
      walkDirectory(path, found, notifications, gitModuleError);
    } else if (S_ISREG(status.st_mode)) {
      found({path, true});
    } else {
      notifications.push_back({Level::Warning, NotificationKind::Skipped, path, "not a regular file; not read"});
    }
  }
  if (!gitModuleError.empty()) {
    notifications.push_back({Level::Warning, NotificationKind::Configuration, "",
                             "directories were walked without git's ignore rules: the git module cannot be loaded: " + gitModuleError});
  }
}

}  // namespace dbtlint
