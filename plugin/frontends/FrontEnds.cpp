#include "FrontEnds.h"

#include "terraform/TerraformFrontEnd.h"

namespace dbtlint {

std::vector<std::unique_ptr<FrontEnd>> makeFrontEnds() {
  std::vector<std::unique_ptr<FrontEnd>> frontEnds;
  // One line per front end, in alphabetical order of language:
  // frontEnds.push_back(std::make_unique<PythonFrontEnd>());
  frontEnds.push_back(std::make_unique<TerraformFrontEnd>());
  return frontEnds;
}

}  // namespace dbtlint
