#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "DbtHosts.h"
#include "Finding.h"
#include "FrontEnd.h"
#include "TextLayer.h"

namespace dbtlint {

struct ScanOptions {
  std::vector<std::string> paths;
  uint64_t maxFileSize = 10 * 1024 * 1024;  // larger files are skipped, with a notification
};

// Runs a scan: finds the files, reads each once, runs the text layer and the
// front end for its language, keeps each finding once, and places it for
// output. It knows no output format.
class Engine {
 public:
  Engine(std::vector<const Rule*> rules, DbtHosts hosts, std::vector<std::unique_ptr<FrontEnd>> frontEnds);

  // Throws UsageError when a path does not exist.
  ScanResult scan(const ScanOptions& options) const;

  // Scans one file already in memory and appends what it finds.
  void scanFile(const SourceFile& file, ScanResult& result) const;

 private:
  std::vector<const Rule*> rules_;
  DbtHosts hosts_;
  std::vector<std::unique_ptr<FrontEnd>> frontEnds_;
  TextLayer textLayer_;
};

}  // namespace dbtlint
