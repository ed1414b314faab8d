#include "FrontEnds.h"

#include "ClangLoader.h"
#include "PythonFrontEnd.h"
#include "ShellFrontEnd.h"
#include "YamlFrontEnd.h"
#include "terraform/TerraformFrontEnd.h"

namespace dbtlint {

std::vector<std::unique_ptr<FrontEnd>> makeFrontEnds(const FrontEndOptions& options) {
  std::vector<std::unique_ptr<FrontEnd>> frontEnds;
  // One line per front end; the engine picks the first that handles a language.
  frontEnds.push_back(std::make_unique<ClangLoaderFrontEnd>(options.compilationDatabaseDirectory, options.scanRoots));  // C, C++
  frontEnds.push_back(std::make_unique<ShellFrontEnd>(Language::Dotenv));
  frontEnds.push_back(std::make_unique<PythonFrontEnd>());
  frontEnds.push_back(std::make_unique<ShellFrontEnd>(Language::Shell));
  frontEnds.push_back(std::make_unique<TerraformFrontEnd>());
  frontEnds.push_back(std::make_unique<YamlFrontEnd>());
  return frontEnds;
}

}  // namespace dbtlint
