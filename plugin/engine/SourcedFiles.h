#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "DirectoryListings.h"
#include "FrontEnd.h"

namespace dbtlint {

// Where `source FILE` / `. FILE` in a script at `sourcingPath` may read from,
// in the order the shell front end tries them: beside the script, then from
// the working directory.
std::vector<std::string> sourcedFileCandidates(const std::string& sourcingPath, const std::string& written);

// For the prefilter: the files every `source FILE` / `. FILE` in `text` may
// read, whatever the file's language (shell is embedded in YAML, Python and
// Terraform). An over-approximation: words in comments or prose count too.
// Only the candidates that `listings` says exist. nullopt when one names its
// file through a variable (`$`); a command substitution without one is taken
// as written.
// `commands`: the places of sourcedFileWords() in `text`.
std::optional<std::vector<std::string>> sourcedFiles(const std::string& path, std::string_view text,
                                                     const WordPlaces& commands, DirectoryListings& listings);

// The words that start a command reading another file: `source`, `. `, `.<tab>`.
const std::vector<std::string>& sourcedFileWords();

}  // namespace dbtlint
