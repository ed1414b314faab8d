#pragma once

#include <memory>
#include <string>
#include <vector>

#include "FrontEnd.h"

namespace dbtlint {

// Every language front end built into the command, one per language. Each
// front end lives in its own folder here and registers in FrontEnds.cpp.
// What the command line tells front ends.
struct FrontEndOptions {
  std::string compilationDatabaseDirectory;  // -p: where compile_commands.json is; empty: look for it
  std::vector<std::string> scanRoots;        // the paths scanned, where to look for it
};

std::vector<std::unique_ptr<FrontEnd>> makeFrontEnds(const FrontEndOptions& options = {});

}  // namespace dbtlint
