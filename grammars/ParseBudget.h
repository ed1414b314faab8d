#pragma once

#include <tree_sitter/api.h>

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "Finding.h"

namespace dbtlint {

struct TreeDeleter {
  void operator()(TSTree* tree) const { ts_tree_delete(tree); }
};
using SyntaxTree = std::unique_ptr<TSTree, TreeDeleter>;

// How much work one parse may do, in tree-sitter's progress reports (one per
// 100 parser operations): deterministic, unlike a clock, so a loaded machine
// gives the same report. It grows with the text parsed. Real code needs 3 to
// 6 reports per KiB (at most 60 in Debian's Python, Ansible's YAML, shell
// scripts and generated Terraform), so the default leaves it a wide margin
// while a 10 MiB file's parse stops after 270 million operations at most.
struct ParseBudget {
  uint64_t reportsPerKiB = 256;
  uint64_t reportsFixed = 10000;

  uint64_t reportsFor(size_t bytes) const { return reportsPerKiB * bytes / 1024 + reportsFixed; }
};

struct BudgetedParse {
  SyntaxTree tree;          // null when the parse was abandoned or failed
  bool overBudget = false;  // abandoned: it needed more work than its budget
  uint64_t reports = 0;     // the work it did
};

// Parses `text` with `language`, abandoning the parse when it exceeds
// `budget`. With `range`, only that part of the text is parsed and the budget
// follows its size.
BudgetedParse parseWithinBudget(const TSLanguage* language, std::string_view text, const TSRange* range = nullptr,
                                ParseBudget budget = {});

// Where a parse failed. tree-sitter recovers from an error by wrapping what it
// could not fit in an ERROR node (or by supplying a MISSING token, which covers
// no bytes). A front end may still analyse whole nodes inside an ERROR node
// (a complete call, a command); `analysedInError` names their types, and the
// rest of the ERROR node's text is what the front end never saw.
struct ParseErrors {
  std::optional<size_t> firstError;  // the first ERROR or MISSING node's offset; nullopt if all parsed
  std::vector<Span> unparsed;        // ERROR nodes' text under no analysed node, in order
};
ParseErrors parseErrors(TSNode root, std::initializer_list<std::string_view> analysedInError = {});

// What the scan reports for a file whose parse was abandoned.
Notification parseAbandoned(const std::string& path);

}  // namespace dbtlint
