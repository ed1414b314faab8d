#include "Imports.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "LiteralFinder.h"

namespace dbtlint::python {

namespace {

// `directory/name`, normalised as std::filesystem::path::lexically_normal
// does, which is slow enough to matter for every import of every file.
std::string joined(const std::string& directory, const std::string& name) {
  std::string path = directory.empty() ? name : directory + "/" + name;
  const bool normal = !path.starts_with("./") && !path.starts_with("../") && path.find("/./") == std::string::npos &&
                      path.find("/../") == std::string::npos && path.find("//") == std::string::npos;
  return normal ? path : std::filesystem::path(path).lexically_normal().string();
}

std::string parentOf(const std::string& path) { return std::filesystem::path(path).parent_path().string(); }

}  // namespace

std::vector<std::string> importCandidates(const std::string& importingPath, int dots, const std::string& dotted) {
  std::vector<std::string> candidates;
  if (dotted.empty()) return candidates;
  std::string relative = dotted;
  std::replace(relative.begin(), relative.end(), '.', '/');
  std::string directory = parentOf(importingPath);
  for (int up = 1; up < dots; ++up) directory = parentOf(directory);
  // An absolute import may name a package anywhere above the file.
  const int levels = dots > 0 ? 1 : 4;
  for (int level = 0; level < levels; ++level) {
    for (const std::string& name : {relative + ".py", relative + "/__init__.py"}) {
      std::string path = joined(directory, name);
      if (path != importingPath) candidates.push_back(std::move(path));
    }
    const std::string parent = parentOf(directory);
    if (directory.empty() || parent == directory) break;
    directory = parent;  // "pkg" becomes "", the working directory
  }
  return candidates;
}

std::vector<std::string> importedFiles(const std::string& importingPath, std::string_view text) {
  static const RE2 kFromImport(R"(from[\s\\]+(\.*)([A-Za-z_][\w.]*)?[\s\\]+import\b)", RE2::Latin1);
  const auto isWordCharacter = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
  std::vector<std::string> files;
  std::string dots;
  std::string dotted;
  // Each `from` as a word, then the statement anchored there: a literal search
  // runs faster over the file than the expression would.
  static const LiteralFinder kFrom({"from"}, LiteralFinder::LetterCase::Sensitive);
  kFrom.forEach(text, [&](size_t at, size_t) {
    re2::StringPiece statement(text.data() + at, text.size() - at);
    if ((at == 0 || !isWordCharacter(text[at - 1])) && RE2::Consume(&statement, kFromImport, &dots, &dotted)) {
      for (std::string& candidate : importCandidates(importingPath, static_cast<int>(dots.size()), dotted)) {
        files.push_back(std::move(candidate));
      }
    }
    return true;
  });
  return files;
}

}  // namespace dbtlint::python
