#pragma once

#include <span>
#include <string_view>

namespace dbtlint {

// A file compiled into the binary by cmake/EmbedFiles.cmake.
struct EmbeddedFile {
  std::string_view name;  // the file's name, without its directory
  std::string_view content;
};

std::span<const EmbeddedFile> embeddedRuleDefinitions();  // rules/*.json
std::span<const EmbeddedFile> embeddedRulePages();        // docs/rules/*.md

}  // namespace dbtlint
