#include "FileWalker.h"

#include <dirent.h>
#include <git2.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <memory>

#include "Errors.h"

namespace dbtlint {
namespace {

struct GitLibrary {
  GitLibrary() { git_libgit2_init(); }
  ~GitLibrary() { git_libgit2_shutdown(); }
};

// A git work tree's ignore rules and index, for paths relative to its top.
class WorkTree {
 public:
  // The work tree containing `directory`, or nullptr outside any.
  static std::unique_ptr<WorkTree> containing(const std::string& directory) {
    static GitLibrary library;
    git_repository* repository = nullptr;
    if (git_repository_open_ext(&repository, directory.c_str(), 0, nullptr) != 0) return nullptr;
    if (git_repository_is_bare(repository)) {
      git_repository_free(repository);
      return nullptr;
    }
    return std::unique_ptr<WorkTree>(new WorkTree(repository));
  }

  ~WorkTree() {
    git_index_free(index_);
    git_repository_free(repository_);
  }

  std::string top() const { return git_repository_workdir(repository_); }  // ends with '/'

  // As configured: git_remote_lookup would also apply url.*.insteadOf rules,
  // and libgit2 1.5 leaks in the regular expressions it uses for them.
  std::string remoteUrl() const {
    git_config* config = nullptr;
    if (git_repository_config_snapshot(&config, repository_) != 0) return {};
    const char* url = nullptr;
    std::string result;
    if (git_config_get_string(&url, config, "remote.origin.url") == 0 && url != nullptr) result = url;
    git_config_free(config);
    return result;
  }

  std::string headCommit() const {
    git_oid commit;
    if (git_reference_name_to_id(&commit, repository_, "HEAD") != 0) return {};
    char hex[GIT_OID_HEXSZ + 1];
    return git_oid_tostr(hex, sizeof hex, &commit);
  }

  // Also names the branch of a repository that has no commit yet.
  std::string headBranch() const {
    git_reference* head = nullptr;
    if (git_reference_lookup(&head, repository_, "HEAD") != 0) return {};
    std::string branch;
    if (git_reference_type(head) == GIT_REFERENCE_SYMBOLIC) {
      constexpr std::string_view kBranchPrefix = "refs/heads/";
      const std::string_view target = git_reference_symbolic_target(head);
      if (target.starts_with(kBranchPrefix)) branch = target.substr(kBranchPrefix.size());
    }
    git_reference_free(head);
    return branch;
  }

  bool isIgnored(const std::string& relativePath, bool isDirectory) const {
    int ignored = 0;
    const std::string query = isDirectory ? relativePath + "/" : relativePath;
    if (git_ignore_path_is_ignored(&ignored, repository_, query.c_str()) != 0 || !ignored) return false;
    return !isTracked(relativePath, isDirectory);
  }

 private:
  explicit WorkTree(git_repository* repository) : repository_(repository) {
    if (git_repository_index(&index_, repository_) != 0) index_ = nullptr;
  }

  // git never ignores a tracked file, nor so a directory holding one.
  bool isTracked(const std::string& relativePath, bool isDirectory) const {
    if (index_ == nullptr) return false;
    if (!isDirectory) return git_index_get_bypath(index_, relativePath.c_str(), 0) != nullptr;
    size_t position = 0;
    return git_index_find_prefix(&position, index_, (relativePath + "/").c_str()) == 0;
  }

  git_repository* repository_;
  git_index* index_ = nullptr;
};

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
  std::shared_ptr<const WorkTree> workTree;
};

std::shared_ptr<const WorkTree> workTreeAt(const std::string& directory, std::string& relativePath) {
  std::shared_ptr<const WorkTree> workTree = WorkTree::containing(directory);
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

void walkDirectory(const std::string& root, std::vector<FileToScan>& files, std::vector<Notification>& notifications) {
  PendingDirectory top{root, {}, nullptr};
  top.workTree = workTreeAt(root, top.relativePath);
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
        files.push_back({path, false});
      } else if (holdsRepository(path)) {
        PendingDirectory nested{path, {}, nullptr};
        nested.workTree = workTreeAt(path, nested.relativePath);
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
  const auto workTree = WorkTree::containing(directory.empty() ? "." : directory);
  if (!workTree) return std::nullopt;
  return WorkTreeState{workTree->top(), workTree->remoteUrl(), workTree->headCommit(), workTree->headBranch()};
}

std::vector<FileToScan> collectFiles(const std::vector<std::string>& paths, std::vector<Notification>& notifications) {
  for (const std::string& path : paths) {
    struct stat status {};
    if (stat(path.c_str(), &status) != 0) {
      throw UsageError("cannot scan '" + path + "': " + std::strerror(errno));
    }
  }
  std::vector<FileToScan> files;
  for (const std::string& path : paths) {
    struct stat status {};
    stat(path.c_str(), &status);
    if (S_ISDIR(status.st_mode)) {
      walkDirectory(path, files, notifications);
    } else if (S_ISREG(status.st_mode)) {
      files.push_back({path, true});
    } else {
      notifications.push_back({Level::Warning, NotificationKind::Skipped, path, "not a regular file; not read"});
    }
  }
  return files;
}

}  // namespace dbtlint
