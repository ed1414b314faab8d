#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "DirectoryListings.h"

namespace dbtlint::python {

// The files `from <dots><dotted> import …` in the module at `importingPath`
// may name, in the order they are tried: a relative import beside the
// module (or `dots - 1` levels up), an absolute one in the module's folder or
// up to three folders above it. Only those that can exist: in a folder that
// `listings` says holds the module or its package.
std::vector<std::string> importCandidates(const std::string& importingPath, int dots, const std::string& dotted,
                                          DirectoryListings& listings);

// Every file the `from … import` statements of `text` may name, found
// without parsing: statements in strings and comments count too.
std::vector<std::string> importedFiles(const std::string& importingPath, std::string_view text,
                                       DirectoryListings& listings);

}  // namespace dbtlint::python
