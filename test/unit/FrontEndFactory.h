#pragma once

#include <memory>

#include "Engine.h"

namespace dbtlint {

// An engine's front ends for a test: one FrontEndType, made from copies of
// `arguments` for each scanning thread.
template <typename FrontEndType, typename... Arguments>
FrontEndFactory oneFrontEnd(Arguments... arguments) {
  return [=] {
    FrontEndSet frontEnds;
    frontEnds.push_back(std::make_unique<FrontEndType>(arguments...));
    return frontEnds;
  };
}

}  // namespace dbtlint
