#include "Fingerprint.h"

namespace dbtlint {

uint64_t stableHash(std::string_view data, uint64_t seed) {
  uint64_t hash = seed;
  for (const unsigned char byte : data) {
    hash ^= byte;
    hash *= 1099511628211ull;
  }
  return hash;
}

}  // namespace dbtlint
