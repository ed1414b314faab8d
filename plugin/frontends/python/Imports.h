#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "DirectoryListings.h"
#include "FrontEnd.h"

namespace dbtlint::python {

// The files `from <dots><dotted> import …` in the module at `importingPath`
// may name, in the order they are tried: a relative import beside the
// module (or `dots - 1` levels up), an absolute one in the module's folder or
// up to three folders above it. Only those that can exist: in a folder that
// `listings` says holds the module or its package.
std::vector<std::string> importCandidates(const std::string& importingPath, int dots, const std::string& dotted,
                                          DirectoryListings& listings);

// importCandidates, remembered per folder and import: the modules of a folder
// import much the same packages, and the prefilter asks for every module.
// One thread's; it forgets everything when it holds kMostImports, so its
// memory is bounded.
class ImportCandidateCache {
 public:
  explicit ImportCandidateCache(DirectoryListings& listings) : listings_(listings) {}
  std::vector<std::string> of(const std::string& importingPath, int dots, std::string_view dotted);

 private:
  static constexpr size_t kMostImports = 16384;
  DirectoryListings& listings_;
  std::unordered_map<std::string, std::vector<std::string>> known_;  // by folder, dots and dotted name
};

// Every file the `from … import` statements of `text` may name, found
// without parsing, at `froms` (the places of the word `from`): statements in
// strings and comments count too.
std::vector<std::string> importedFiles(const std::string& importingPath, std::string_view text, const WordPlaces& froms,
                                       ImportCandidateCache& candidates);

}  // namespace dbtlint::python
