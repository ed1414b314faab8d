#pragma once

#include <algorithm>
#include <cstdint>
#include <functional>
#include <list>
#include <unordered_map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "DbtHosts.h"
#include "DirectoryListings.h"
#include "FileWalker.h"
#include "Finding.h"
#include "FindingAnnotator.h"
#include "FrontEnd.h"
#include "LiteralFinder.h"
#include "PathFilter.h"
#include "TextLayer.h"

namespace dbtlint {

// Larger files are skipped, with a notification.
constexpr uint64_t kDefaultMaxFileSize = 10 * 1024 * 1024;

using FrontEndSet = std::vector<std::unique_ptr<FrontEnd>>;
// Makes a fresh set of front ends: each scanning thread has its own, so that
// front ends keep per-instance state without locks.
using FrontEndFactory = std::function<FrontEndSet()>;

// Runs a scan: finds the files, reads each once, runs the text layer and, when
// the prefilter lets it, the front end for its language, keeps each finding
// once, and places it for output. It knows no output format.
class Engine {
 public:
  // Calls `makeFrontEnds` once here (so that its errors surface before any
  // scan) and once more for each further scanning thread.
  Engine(std::vector<const Rule*> rules, DbtHosts hosts, FrontEndFactory makeFrontEnds,
         uint64_t maxFileSize = kDefaultMaxFileSize);

  // Scans files on this many threads (0 counts as 1); the result does not
  // depend on it.
  void setJobs(unsigned jobs) { jobs_ = std::max(1u, jobs); }

  // Runs `annotator` on each file's findings while the file is in memory.
  void addAnnotator(std::unique_ptr<const FindingAnnotator> annotator) { annotators_.push_back(std::move(annotator)); }

  // Keeps only the files `filter` accepts (the configuration's include and
  // exclude globs), named on the command line or walked.
  void setPathFilter(PathFilter filter) { pathFilter_ = std::move(filter); }

  // Every rule there is, checked or not, so that a suppression naming none of
  // them is reported (DBT900). Unset, such names are not judged.
  void setKnownRules(std::vector<const Rule*> rules) { knownRules_ = std::move(rules); }

  // Scans files and directories (see collectFiles). Throws UsageError when a
  // path does not exist.
  ScanResult scan(const std::vector<std::string>& paths) const;

  // Scans a buffer as if it were the file at `path` (an editor's unsaved
  // text): that path's language and filter, the same checks as a file read
  // from disk.
  ScanResult scanBuffer(const std::string& path, std::string content) const;

  // Scans one file already in memory and appends what it finds, with the
  // engine's first set of front ends: one call at a time.
  void scanFile(const SourceFile& file, ScanResult& result) const;

 private:
  class Context;
  // What one thread of a scan works with: the scan's hosts and text layer (a
  // dbt Cloud CLI configuration in the tree may add a host) and its own front ends.
  struct Worker {
    const DbtHosts& hosts;
    const TextLayer& textLayer;
    const FrontEndSet& frontEnds;
    DirectoryListings& listings;  // where sourced files may be
  };
  class WalkedFiles;
  ScanResult scanWalked(WalkedFiles& files, const DbtHosts& hosts, const TextLayer& textLayer) const;
  void scanFileWith(const SourceFile& file, const Worker& worker, ScanResult& result) const;
  void annotate(const SourceFile& file, std::vector<Finding>& findings) const;
  FileAnalysis analyzeEmbedded(const SourceFile& host, const EmbeddedCode& code, const Worker& worker, int depth) const;
  std::shared_ptr<const SourceFile> loadFile(const std::string& path) const;
  bool needsSyntaxAnalysis(const SourceFile& file, bool mentionsDbt, const Worker& worker) const;
  std::optional<std::vector<std::string>> dependenciesOf(const SourceFile& file, const Worker& worker) const;
  bool partMayMatter(const SourceFile& file, std::string_view part, const Worker& worker) const;
  std::unique_ptr<DbtHosts> hostsDeclaredIn(const std::vector<FileToScan>& files,
                                            std::vector<Notification>& notifications) const;

  std::vector<const Rule*> rules_;
  DbtHosts hosts_;
  FrontEndFactory makeFrontEnds_;
  FrontEndSet frontEnds_;  // the first thread's
  // The words sourced files and each front end's dependencies are found by
  // (sourcedFileWords, then FrontEnd::dependencyWords), for one pass over a
  // file: by the front end's place in a set, and last for files of none.
  std::vector<LiteralFinder> dependencyWordFinders_;
  TextLayer textLayer_;
  uint64_t maxFileSize_;
  unsigned jobs_ = 1;
  std::vector<std::unique_ptr<const FindingAnnotator>> annotators_;
  PathFilter pathFilter_;
  std::vector<const Rule*> knownRules_;
  // Files front ends asked for (imports, sourced scripts), read once while
  // they fit in kLoadedFilesBudget bytes; the least recently used go first.
  mutable std::mutex loadedMutex_;
  mutable std::list<std::string> loadedByUse_;  // most recently used first
  struct LoadedFile {
    std::shared_ptr<const SourceFile> file;  // nullptr: could not be read
    std::list<std::string>::iterator use;
  };
  mutable std::unordered_map<std::string, LoadedFile> loaded_;
  mutable size_t loadedBytes_ = 0;
  // What the prefilter learnt of each file reached as a dependency in this
  // scan, by path: found once, whichever thread asks first, so that the
  // verdict is a pure function of the files.
  struct DependencyFacts {
    bool mentionsDbt = false;
    // Keys of dependencyFacts_; nullopt: a front end cannot tell.
    std::optional<std::vector<const std::string*>> dependencies;
    // Whether a mention is within so many steps (the index), once known;
    // guarded by dependencyFactsMutex_.
    mutable std::vector<std::optional<bool>> reaches;
  };
  const DependencyFacts& dependencyFacts(const std::string& path, const Worker& worker) const;
  bool reachesMention(const std::string& path, int steps, const Worker& worker) const;
  mutable std::mutex dependencyFactsMutex_;
  // nullptr: named as a dependency, not inspected yet.
  mutable std::unordered_map<std::string, std::unique_ptr<DependencyFacts>> dependencyFacts_;
};

}  // namespace dbtlint
