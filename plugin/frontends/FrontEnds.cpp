#include "FrontEnds.h"

#include "ClangLoader.h"

namespace dbtlint {

std::vector<std::unique_ptr<FrontEnd>> makeFrontEnds(const FrontEndOptions& options) {
  std::vector<std::unique_ptr<FrontEnd>> frontEnds;
  // One line per front end, in alphabetical order of language:
  // frontEnds.push_back(std::make_unique<PythonFrontEnd>());
  frontEnds.push_back(std::make_unique<ClangLoaderFrontEnd>(options.compilationDatabaseDirectory, options.scanRoots));  // C, C++
  return frontEnds;
}

}  // namespace dbtlint
