#pragma once

#include <vector>

#include "Finding.h"

namespace dbtlint {

// What every suppression comment holds.
inline constexpr std::string_view kSuppressionMarker = "dbt-api-lint:";

// The id of the rule that reports a suppression comment that suppresses nothing.
inline constexpr std::string_view kUnusedSuppressionRule = "DBT900";

// Applies the file's inline suppressions to its placed findings, whatever the
// language: a comment (`#`, `//`, `/*`) holding
//   dbt-api-lint: ignore[DBT101,DBT003] reason
// covers its own line and, when the comment is alone on its line, the next
// one (formatters move trailing comments up); `ignore-file[…]` covers the
// whole file. Rules are named by id or name.
//
// Suppressed findings move from `findings` to `suppressed`, each with its
// reason. Returns a detection of kUnusedSuppressionRule, when this run checks
// it, for every rule named in a suppression that suppressed nothing (only
// rules among `checked`: a rule this run does not check cannot be judged
// unused), and for every name that matches none of the `known` rules (not
// judged when `known` is empty). A comment that names the unused-suppression
// rule too is kept on purpose and never reported.
std::vector<Detection> applySuppressions(const SourceFile& file, const std::vector<const Rule*>& checked,
                                         const std::vector<const Rule*>& known, std::vector<Finding>& findings,
                                         std::vector<Finding>& suppressed);

}  // namespace dbtlint
