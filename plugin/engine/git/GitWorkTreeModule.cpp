// The git module the command opens at its first directory walk or SARIF log
// (GitWorkTree.h): a work tree through libgit2.

#include <git2.h>

#include <string_view>

#include "GitWorkTree.h"

namespace dbtlint {
namespace {

struct GitLibrary {
  GitLibrary() { git_libgit2_init(); }
  ~GitLibrary() { git_libgit2_shutdown(); }
};

class LibGit2WorkTree : public GitWorkTree {
 public:
  explicit LibGit2WorkTree(git_repository* repository) : repository_(repository) {
    if (git_repository_index(&index_, repository_) != 0) index_ = nullptr;
  }

  ~LibGit2WorkTree() override {
    git_index_free(index_);
    git_repository_free(repository_);
  }

  std::string top() const override { return git_repository_workdir(repository_); }

  // As configured: git_remote_lookup would also apply url.*.insteadOf rules,
  // and libgit2 1.5 leaks in the regular expressions it uses for them.
  std::string remoteUrl() const override {
    git_config* config = nullptr;
    if (git_repository_config_snapshot(&config, repository_) != 0) return {};
    const char* url = nullptr;
    std::string result;
    if (git_config_get_string(&url, config, "remote.origin.url") == 0 && url != nullptr) result = url;
    git_config_free(config);
    return result;
  }

  std::string headCommit() const override {
    git_oid commit;
    if (git_reference_name_to_id(&commit, repository_, "HEAD") != 0) return {};
    char hex[GIT_OID_HEXSZ + 1];
    return git_oid_tostr(hex, sizeof hex, &commit);
  }

  // Also names the branch of a repository that has no commit yet.
  std::string headBranch() const override {
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

  bool isIgnored(const std::string& relativePath, bool isDirectory) const override {
    int ignored = 0;
    const std::string query = isDirectory ? relativePath + "/" : relativePath;
    if (git_ignore_path_is_ignored(&ignored, repository_, query.c_str()) != 0 || !ignored) return false;
    return !isTracked(relativePath, isDirectory);
  }

 private:
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

}  // namespace
}  // namespace dbtlint

extern "C" __attribute__((visibility("default"))) dbtlint::GitWorkTree* dbtlintOpenGitWorkTree(const char* directory) {
  static dbtlint::GitLibrary library;
  git_repository* repository = nullptr;
  if (git_repository_open_ext(&repository, directory, 0, nullptr) != 0) return nullptr;
  if (git_repository_is_bare(repository)) {
    git_repository_free(repository);
    return nullptr;
  }
  return new dbtlint::LibGit2WorkTree(repository);
}
