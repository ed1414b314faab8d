#pragma once

#include <string>
#include <string_view>

namespace dbtlint {

// Path arithmetic as std::filesystem::path does it, without building a path
// object in the common case: the prefilter does it for every import and
// every sourced file of every file.

// The directory holding `path`: "a/b" for "a/b/c", "" for "c", "/" for "/c".
std::string parentDirectory(std::string_view path);

// The last component of `path`: "c" for "a/b/c" and for "c".
std::string_view fileName(std::string_view path);

// `name` in `directory` (`name` itself when absolute or `directory` is
// empty), lexically normal as std::filesystem::path::lexically_normal makes it.
std::string joinedNormal(std::string_view directory, std::string_view name);

}  // namespace dbtlint
