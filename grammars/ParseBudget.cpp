#include "ParseBudget.h"

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

Notification parseAbandoned(const std::string& path) {
  return {Level::Warning, NotificationKind::ParseError, path,
          "parse abandoned: over its budget; only the text rules ran"};
}

}  // namespace dbtlint
