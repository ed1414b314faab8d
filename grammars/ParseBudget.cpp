#include "ParseBudget.h"

#include <algorithm>

namespace dbtlint {
namespace {

struct Progress {
  uint64_t reports = 0;
  uint64_t allowed = 0;
};

bool overBudget(TSParseState* state) {
  auto* progress = static_cast<Progress*>(state->payload);
  return ++progress->reports > progress->allowed;
}

}  // namespace

BudgetedParse parseWithinBudget(const TSLanguage* language, std::string_view text, const TSRange* range,
                                ParseBudget budget) {
  const std::unique_ptr<TSParser, decltype(&ts_parser_delete)> parser(ts_parser_new(), ts_parser_delete);
  ts_parser_set_language(parser.get(), language);
  if (range != nullptr) ts_parser_set_included_ranges(parser.get(), range, 1);
  const size_t parsed = range != nullptr ? range->end_byte - range->start_byte : text.size();
  Progress progress{0, budget.reportsFor(parsed)};
  const auto read = [](void* payload, uint32_t byte, TSPoint, uint32_t* length) -> const char* {
    const auto* whole = static_cast<const std::string_view*>(payload);
    if (byte >= whole->size()) {
      *length = 0;
      return "";
    }
    *length = static_cast<uint32_t>(whole->size() - byte);
    return whole->data() + byte;
  };
  const TSInput input{&text, read, TSInputEncodingUTF8, nullptr};
  BudgetedParse result;
  result.tree.reset(ts_parser_parse_with_options(parser.get(), nullptr, input, {&progress, overBudget}));
  result.overBudget = !result.tree && progress.reports > progress.allowed;
  result.reports = progress.reports;
  return result;
}

ParseErrors parseErrors(TSNode root, std::initializer_list<std::string_view> analysedInError) {
  ParseErrors errors;
  if (!ts_node_has_error(root)) return errors;
  const auto analysed = [&](TSNode node) {
    return std::find(analysedInError.begin(), analysedInError.end(), ts_node_type(node)) != analysedInError.end();
  };
  const auto firstError = [&](TSNode node) {
    if (!errors.firstError) errors.firstError = ts_node_start_byte(node);
  };
  // One cursor, depth first, down only where an error is: each child of a
  // node costs O(1), so a 20,000-wide ERROR node costs its width. For each
  // level of the path, whether it lies in an ERROR node under no analysed node.
  std::vector<bool> unanalysed{false};
  bool extendsRun = false;  // the last token was unanalysed too: one span for both
  const auto addUnanalysed = [&](TSNode token) {
    const size_t begin = ts_node_start_byte(token);
    const size_t end = ts_node_end_byte(token);
    if (end <= begin) return;
    if (extendsRun) {
      errors.unparsed.back().end = end;
    } else {
      errors.unparsed.push_back({begin, end});
    }
    extendsRun = true;
  };
  TSTreeCursor cursor = ts_tree_cursor_new(root);
  while (true) {
    const TSNode node = ts_tree_cursor_current_node(&cursor);
    const bool inError = unanalysed.back();
    const bool isLeaf = ts_node_child_count(node) == 0;
    bool descend = false;
    bool childrenInError = inError;
    if (ts_node_is_missing(node)) {
      firstError(node);
    } else if (ts_node_is_error(node)) {
      firstError(node);
      if (isLeaf) addUnanalysed(node);
      descend = true;
      childrenInError = true;
    } else if (!inError || analysed(node)) {
      extendsRun = false;
      descend = ts_node_has_error(node);
      childrenInError = false;
    } else if (isLeaf) {
      addUnanalysed(node);
    } else {
      descend = true;
    }
    if (descend && ts_tree_cursor_goto_first_child(&cursor)) {
      unanalysed.push_back(childrenInError);
      continue;
    }
    bool moved = false;
    while (!(moved = ts_tree_cursor_goto_next_sibling(&cursor)) && ts_tree_cursor_goto_parent(&cursor)) {
      unanalysed.pop_back();
    }
    if (!moved) break;
  }
  ts_tree_cursor_delete(&cursor);
  // A tree whose error is only flagged on the root (no node found) still failed.
  firstError(root);
  return errors;
}

Notification parseAbandoned(const std::string& path) {
  return {Level::Warning, NotificationKind::ParseError, path,
          "parse abandoned: over its budget; only the text rules ran"};
}

}  // namespace dbtlint
