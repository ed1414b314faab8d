#include "GitWorkTree.h"

#include "LoadableModules.h"

namespace dbtlint {
namespace {

struct GitModule {
  OpenGitWorkTree* open = nullptr;
  std::string error;
};

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
  const GitModule& module = gitModule();
  if (module.open == nullptr) {
    moduleError = module.error;
    return nullptr;
  }
  return std::unique_ptr<GitWorkTree>(module.open(directory.c_str()));
}

}  // namespace dbtlint
