#pragma once

#include <string>
#include <string_view>

namespace dbtlint {

// The command's loadable modules live in <prefix>/lib/dbt-api-lint beside
// <prefix>/bin, in a build tree and an installation alike. A module is
// opened with RTLD_LOCAL (its libraries' symbols stay its own) and never
// closed (the libraries it brings keep static state until exit).
//
// The address of `symbol` in the module `fileName`, opened on first use; or
// nullptr, with `error` saying which file could not be loaded and why (dlerror).
void* loadModuleSymbol(std::string_view fileName, const char* symbol, std::string& error);

}  // namespace dbtlint
