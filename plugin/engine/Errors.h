#pragma once

#include <stdexcept>

namespace dbtlint {

// A problem with what the user asked for: a bad rule file, an unknown rule id,
// a path that does not exist. The command reports it and exits with 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace dbtlint
