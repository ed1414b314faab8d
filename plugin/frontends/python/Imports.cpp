#include "Imports.h"

#include <algorithm>
#include <optional>

#include "PathNames.h"
#include "TextEncoding.h"

namespace dbtlint::python {

namespace {

// Blanks, line ends and the backslash that continues a line.
bool isSeparator(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\\'; }

struct FromImport {
  int dots = 0;
  std::string_view dotted;  // empty for `from . import name`
};

// The `from <dots><dotted> import` statement starting at `at`, read as the
// regular expression `from[\s\\]+(\.*)([A-Za-z_][\w.]*)?[\s\\]+import\b`
// would (by hand: it runs for every `from` of every file).
std::optional<FromImport> fromImportAt(std::string_view text, size_t at) {
  size_t i = at + 4;  // after "from"
  const auto skipSeparators = [&] {
    const size_t start = i;
    while (i < text.size() && isSeparator(text[i])) ++i;
    return i > start;
  };
  if (!skipSeparators()) return std::nullopt;
  FromImport statement;
  for (; i < text.size() && text[i] == '.'; ++i) ++statement.dots;
  if (i < text.size() && (isAsciiWordCharacter(text[i]) && !(text[i] >= '0' && text[i] <= '9'))) {
    const size_t start = i;
    while (i < text.size() && (isAsciiWordCharacter(text[i]) || text[i] == '.')) ++i;
    statement.dotted = text.substr(start, i - start);
  }
  if (!skipSeparators() || !text.substr(i).starts_with("import")) return std::nullopt;
  i += 6;
  if (i < text.size() && isAsciiWordCharacter(text[i])) return std::nullopt;
  return statement;
}

// importCandidates for every module of `directory`, the importing one included.
std::vector<std::string> candidatesIn(std::string directory, int dots, const std::string& dotted, DirectoryListings& listings) {
  std::vector<std::string> candidates;
  if (dotted.empty()) return candidates;
  std::string relative = dotted;
  std::replace(relative.begin(), relative.end(), '.', '/');
  // Every candidate lies under the first name: its folder, or its file when it is the only one.
  const std::string top = dotted.substr(0, dotted.find('.'));
  const bool topIsModule = top.size() == dotted.size();
  for (int up = 1; up < dots; ++up) directory = parentDirectory(directory);
  // An absolute import may name a package anywhere above the file.
  const int levels = dots > 0 ? 1 : 4;
  for (int level = 0; level < levels; ++level) {
    if (listings.holds(directory, top) || (topIsModule && listings.holds(directory, top + ".py"))) {
      for (const std::string& name : {relative + ".py", relative + "/__init__.py"}) {
        candidates.push_back(joinedNormal(directory, name));
      }
    }
    std::string parent = parentDirectory(directory);
    if (directory.empty() || parent == directory) break;
    directory = std::move(parent);  // "pkg" becomes "", the working directory
  }
  return candidates;
}

}  // namespace

std::vector<std::string> importCandidates(const std::string& importingPath, int dots, const std::string& dotted,
                                          DirectoryListings& listings) {
  std::vector<std::string> candidates = candidatesIn(parentDirectory(importingPath), dots, dotted, listings);
  std::erase(candidates, importingPath);
  return candidates;
}

std::vector<std::string> ImportCandidateCache::of(const std::string& importingPath, int dots, std::string_view dotted) {
  const std::string directory = parentDirectory(importingPath);
  const std::string key = directory + '\n' + std::to_string(dots) + '\n' + std::string(dotted);
  auto known = known_.find(key);
  if (known == known_.end()) {
    if (known_.size() >= kMostImports) known_.clear();
    known = known_.emplace(key, candidatesIn(directory, dots, std::string(dotted), listings_)).first;
  }
  std::vector<std::string> candidates = known->second;
  std::erase(candidates, importingPath);
  return candidates;
}

std::vector<std::string> importedFiles(const std::string& importingPath, std::string_view text, const WordPlaces& froms,
                                       ImportCandidateCache& candidates) {
  std::vector<std::string> files;
  for (const auto& [at, word] : froms) {
    if (at > 0 && isAsciiWordCharacter(text[at - 1])) continue;
    if (const std::optional<FromImport> statement = fromImportAt(text, at)) {
      for (std::string& candidate : candidates.of(importingPath, statement->dots, statement->dotted)) {
        files.push_back(std::move(candidate));
      }
    }
  }
  return files;
}

}  // namespace dbtlint::python
