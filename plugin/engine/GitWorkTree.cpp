#include "GitWorkTree.h"

#include <sys/stat.h>

#include <filesystem>

#include "LoadableModules.h"

namespace dbtlint {
namespace {

struct GitModule {
  OpenGitWorkTree* open = nullptr;
  std::string error;
};

// Whether git may find a work tree from `directory`: a folder from it up to
// the root holds `.git`, or is a repository's own folder (holds `HEAD`).
// Where none does, which is cheap to tell, the module is not loaded: libgit2
// also reads the system's CA certificates as it starts.
bool mayBeInWorkTree(const std::string& directory) {
  std::error_code error;
  std::filesystem::path folder = std::filesystem::canonical(directory, error);
  if (error) return true;  // let git tell
  while (true) {
    struct stat status {};
    if (lstat((folder / ".git").c_str(), &status) == 0 || lstat((folder / "HEAD").c_str(), &status) == 0) return true;
    if (folder == folder.parent_path()) return false;
    folder = folder.parent_path();
  }
}

const GitModule& gitModule() {
  static const GitModule module = [] {
    GitModule loaded;
    loaded.open = reinterpret_cast<OpenGitWorkTree*>(
        loadModuleSymbol(DBT_GIT_MODULE_FILE_NAME, kOpenGitWorkTreeSymbol, loaded.error));
    return loaded;
  }();
  return module;
}

}  // namespace

std::unique_ptr<GitWorkTree> openGitWorkTree(const std::string& directory, std::string& moduleError) {
  if (!mayBeInWorkTree(directory)) return nullptr;
  const GitModule& module = gitModule();
  if (module.open == nullptr) {
    moduleError = module.error;
    return nullptr;
  }
  return std::unique_ptr<GitWorkTree>(module.open(directory.c_str()));
}

}  // namespace dbtlint
