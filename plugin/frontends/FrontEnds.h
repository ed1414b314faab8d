#pragma once

#include <memory>
#include <vector>

#include "FrontEnd.h"

namespace dbtlint {

// Every language front end built into the command, one per language. Each
// front end lives in its own folder here and registers in FrontEnds.cpp.
std::vector<std::unique_ptr<FrontEnd>> makeFrontEnds();

}  // namespace dbtlint
