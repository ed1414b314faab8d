#include "LoadableModules.h"

#include <dlfcn.h>

#include <filesystem>

namespace dbtlint {

void* loadModuleSymbol(std::string_view fileName, const char* symbol, std::string& error) {
  std::error_code ignored;
  const std::filesystem::path executable = std::filesystem::read_symlink("/proc/self/exe", ignored);
  const std::filesystem::path path = executable.parent_path().parent_path() / "lib" / "dbt-api-lint" / fileName;
  void* module = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
  void* address = module != nullptr ? dlsym(module, symbol) : nullptr;
  if (address == nullptr) {
    const char* reason = dlerror();  // names the file
    error = reason != nullptr ? reason : path.string() + ": unknown error";
  }
  return address;
}

}  // namespace dbtlint
