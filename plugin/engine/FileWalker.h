#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "Finding.h"

namespace dbtlint {

struct FileToScan {
  std::string path;          // as shown to the user
  bool namedExplicitly = false;  // given on the command line: scanned even if ignored
};

// Expands the command line's paths into the files to scan. Directories are
// walked the way git sees a work tree: `.git/` is skipped, ignore rules apply
// exactly as git applies them (nested .gitignore files, negation,
// .git/info/exclude, core.excludesFile, tracked files never ignored), nested
// repositories use their own rules, and symbolic links are not followed (git
// records a link, not its target), so no walk can leave the tree or loop.
// Files named on the command line are always scanned; a link named there is
// followed. FIFOs and devices are never opened.
//
// Throws UsageError when a path does not exist. Directories that cannot be
// read become notifications.
std::vector<FileToScan> collectFiles(const std::vector<std::string>& paths, std::vector<Notification>& notifications);
// The same walk, handing each file to `found` as soon as it is reached, in
// the same order: a scan can start before the walk ends.
void walkFiles(const std::vector<std::string>& paths, std::vector<Notification>& notifications,
               const std::function<void(FileToScan)>& found);

// The git work tree holding a scanned path, as a SARIF log records it.
struct WorkTreeState {
  std::string top;        // absolute, ends with '/'
  std::string remoteUrl;  // the `origin` remote's URL as configured; empty without one
  std::string commit;     // HEAD's commit id; empty before the first commit
  std::string branch;     // HEAD's branch (`main`); empty when HEAD is detached
};

// The non-bare work tree containing `path` (a file or a directory), or nullopt.
std::optional<WorkTreeState> describeWorkTree(const std::string& path);

}  // namespace dbtlint
