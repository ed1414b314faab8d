#pragma once

#include <cstdint>
#include <string_view>

namespace dbtlint {

// 64-bit FNV-1a: stable across platforms and releases, which std::hash is not.
uint64_t stableHash(std::string_view data, uint64_t seed = 14695981039346656037ull);

}  // namespace dbtlint
