#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "DbtHosts.h"
#include "Finding.h"
#include "FindingAnnotator.h"
#include "FrontEnd.h"
#include "PathFilter.h"
#include "TextLayer.h"

namespace dbtlint {

// Larger files are skipped, with a notification.
constexpr uint64_t kDefaultMaxFileSize = 10 * 1024 * 1024;

// Runs a scan: finds the files, reads each once, runs the text layer and the
// front end for its language, keeps each finding once, and places it for
// output. It knows no output format.
class Engine {
 public:
  Engine(std::vector<const Rule*> rules, DbtHosts hosts, std::vector<std::unique_ptr<FrontEnd>> frontEnds,
         uint64_t maxFileSize = kDefaultMaxFileSize);

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

  // Scans one file already in memory and appends what it finds.
  void scanFile(const SourceFile& file, ScanResult& result) const;

 private:
  class Context;
  FrontEnd* frontEndFor(Language language) const;
  void annotate(const SourceFile& file, std::vector<Finding>& findings) const;
  FileAnalysis analyzeEmbedded(const SourceFile& host, const EmbeddedCode& code, int depth) const;
  std::shared_ptr<const SourceFile> loadFile(const std::string& path) const;

  std::vector<const Rule*> rules_;
  DbtHosts hosts_;
  std::vector<std::unique_ptr<FrontEnd>> frontEnds_;
  TextLayer textLayer_;
  uint64_t maxFileSize_;
  std::vector<std::unique_ptr<const FindingAnnotator>> annotators_;
  PathFilter pathFilter_;
  std::vector<const Rule*> knownRules_;
  // Files front ends asked for (imports, sourced scripts), read once.
  mutable std::mutex loadedMutex_;
  mutable std::map<std::string, std::shared_ptr<const SourceFile>> loaded_;
};

}  // namespace dbtlint
