// The pinned tree-sitter runtime and grammars link and parse their languages,
// and every parse runs within a work budget (grammars/ParseBudget.h): past it
// the parse is abandoned, and the same input always does the same work.
#include <gtest/gtest.h>
#include <tree_sitter/api.h>

#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ParseBudget.h"

extern "C" {
const TSLanguage* tree_sitter_python(void);
const TSLanguage* tree_sitter_bash(void);
const TSLanguage* tree_sitter_yaml(void);
const TSLanguage* tree_sitter_hcl(void);
}

namespace {

std::string parse(const TSLanguage* language, std::string_view source, bool& hasError) {
  std::unique_ptr<TSParser, decltype(&ts_parser_delete)> parser(ts_parser_new(), ts_parser_delete);
  EXPECT_TRUE(ts_parser_set_language(parser.get(), language));
  std::unique_ptr<TSTree, decltype(&ts_tree_delete)> tree(
      ts_parser_parse_string(parser.get(), nullptr, source.data(), static_cast<uint32_t>(source.size())),
      ts_tree_delete);
  const TSNode root = ts_tree_root_node(tree.get());
  hasError = ts_node_has_error(root);
  return ts_node_type(root);
}

TEST(Grammars, ParseEachLanguage) {
  const struct {
    const TSLanguage* language;
    std::string_view source;
    std::string_view root;
  } cases[] = {
      {tree_sitter_python(), "url = f\"{BASE}/accounts/\"\nrequests.get(url)\n", "module"},
      {tree_sitter_bash(), "curl -H \"Authorization: Token $T\" \"$HOST/api/v2/accounts/\"\n", "program"},
      {tree_sitter_yaml(), "jobs:\n  run:\n    steps:\n      - run: echo hi\n", "stream"},
      {tree_sitter_hcl(), "provider \"dbtcloud\" {\n  token = var.token\n}\n", "config_file"},
  };
  for (const auto& testCase : cases) {
    bool hasError = true;
    EXPECT_EQ(parse(testCase.language, testCase.source, hasError), testCase.root);
    EXPECT_FALSE(hasError) << testCase.source;
  }
}

using dbtlint::parseWithinBudget;
using dbtlint::ParseBudget;

std::string repeated(std::string_view text, int times) {
  std::string result;
  for (int i = 0; i < times; ++i) result += text;
  return result;
}

struct Case {
  const TSLanguage* language;
  std::string text;
};

std::vector<Case> cases() {
  return {
      {tree_sitter_python(), repeated("url = f\"{BASE}/accounts/\"\nrequests.get(url, headers={'a': b})\n", 500)},
      {tree_sitter_bash(), repeated("curl -H \"Authorization: Token $T\" \"$HOST/api/v2/accounts/\" | jq .\n", 500)},
      {tree_sitter_yaml(), "jobs:\n" + repeated("  - run: echo hi\n    env: {A: b, C: [d, e]}\n", 500)},
      {tree_sitter_hcl(), repeated("provider \"dbtcloud\" {\n  token = var.token\n  x = [1, 2]\n}\n", 500)},
  };
}

TEST(ParseBudget, TheDefaultLeavesRealCodeWhole) {
  for (const Case& testCase : cases()) {
    const auto parsed = parseWithinBudget(testCase.language, testCase.text);
    ASSERT_TRUE(parsed.tree) << testCase.text.substr(0, 40);
    EXPECT_FALSE(parsed.overBudget);
    EXPECT_FALSE(ts_node_has_error(ts_tree_root_node(parsed.tree.get())));
    EXPECT_GT(parsed.reports, 0u);
    // Dense code, yet within a quarter of the budget's share per KiB alone.
    EXPECT_LT(parsed.reports, ParseBudget{}.reportsPerKiB / 4 * testCase.text.size() / 1024);
  }
}

TEST(ParseBudget, PastItsBudgetAParseIsAbandoned) {
  for (const Case& testCase : cases()) {
    const uint64_t needed = parseWithinBudget(testCase.language, testCase.text).reports;
    // The same work every time: exactly enough passes, one report less does not.
    const auto enough = parseWithinBudget(testCase.language, testCase.text, nullptr, ParseBudget{0, needed});
    EXPECT_TRUE(enough.tree);
    EXPECT_FALSE(enough.overBudget);
    EXPECT_EQ(enough.reports, needed);
    const auto short_ = parseWithinBudget(testCase.language, testCase.text, nullptr, ParseBudget{0, needed - 1});
    EXPECT_FALSE(short_.tree);
    EXPECT_TRUE(short_.overBudget);
  }
}

TEST(ParseBudget, TheBudgetGrowsWithTheText) {
  const Case testCase = cases().front();
  const uint64_t needed = parseWithinBudget(testCase.language, testCase.text).reports;
  const uint64_t perKiB = needed * 1024 / testCase.text.size() + 1;
  EXPECT_TRUE(parseWithinBudget(testCase.language, testCase.text, nullptr, ParseBudget{perKiB, 0}).tree);
  EXPECT_TRUE(parseWithinBudget(testCase.language, testCase.text, nullptr, ParseBudget{perKiB / 2, 0}).overBudget);
}

TEST(ParseBudget, ARangeIsParsedWithinTheBudgetOfItsOwnSize) {
  // A here-document's script inside a long file: only the range is parsed.
  const std::string before = repeated("# a long comment line before the script\n", 2000);
  const std::string script = "curl \"$HOST/api/v2/accounts/\"\n";
  const std::string text = before + script + repeated("x\n", 2000);
  const auto line = static_cast<uint32_t>(2000);
  const TSRange range{{line, 0}, {line + 1, 0}, static_cast<uint32_t>(before.size()),
                      static_cast<uint32_t>(before.size() + script.size())};
  const auto parsed = parseWithinBudget(tree_sitter_bash(), text, &range, ParseBudget{0, 10});
  ASSERT_TRUE(parsed.tree);
  const TSNode root = ts_tree_root_node(parsed.tree.get());
  EXPECT_EQ(ts_node_start_byte(root), before.size());
  EXPECT_EQ(ts_node_named_child_count(root), 1u);
  EXPECT_LT(parsed.reports, parseWithinBudget(tree_sitter_bash(), text).reports);
}

TEST(ParseBudget, TheNotificationSaysWhatHappened) {
  const dbtlint::Notification notification = dbtlint::parseAbandoned("dags/big.py");
  EXPECT_EQ(notification.path, "dags/big.py");
  EXPECT_EQ(notification.kind, dbtlint::NotificationKind::ParseError);
  EXPECT_EQ(notification.message, "parse abandoned: over its budget; only the text rules ran");
}

// The text of `text` that parseErrors says was never analysed, span by span.
std::vector<std::string> unparsedText(const TSLanguage* language, const std::string& text,
                                      std::initializer_list<std::string_view> analysedInError,
                                      std::optional<size_t>* firstError = nullptr) {
  const auto parsed = parseWithinBudget(language, text);
  EXPECT_TRUE(parsed.tree);
  const dbtlint::ParseErrors errors = dbtlint::parseErrors(ts_tree_root_node(parsed.tree.get()), analysedInError);
  if (firstError != nullptr) *firstError = errors.firstError;
  std::vector<std::string> pieces;
  for (const dbtlint::Span span : errors.unparsed) pieces.push_back(text.substr(span.begin, span.end - span.begin));
  return pieces;
}

TEST(ParseErrors, NoneWhereEverythingParsed) {
  std::optional<size_t> firstError = 0;
  EXPECT_TRUE(unparsedText(tree_sitter_python(), "requests.get(URL)\n", {"call"}, &firstError).empty());
  EXPECT_FALSE(firstError);
}

TEST(ParseErrors, AnUnclosedCallAtTheEndIsUnparsed) {
  // tree-sitter wraps `requests.get("…",` in an ERROR node: no call node at all.
  const std::string text = "import requests\nrequests.get(\"https://cloud.getdbt.com/api/v2/accounts/\",\n";
  std::optional<size_t> firstError;
  EXPECT_EQ(unparsedText(tree_sitter_python(), text, {"call"}, &firstError),
            std::vector<std::string>{"requests.get(\"https://cloud.getdbt.com/api/v2/accounts/\","});
  EXPECT_EQ(firstError, text.find("requests.get"));
}

TEST(ParseErrors, WholeNodesAFrontEndAnalysesInAnErrorAreNotUnparsed) {
  // The ERROR node holds the whole script; the assignment and the first
  // command are analysed there, the broken test and the last words are not.
  const std::string text =
      "BASE=https://cloud.getdbt.com/api/v2/accounts/\ncurl \"${BASE}1/jobs/\"\nif [ x ; then\ncurl https://x/ \"\n";
  const auto analysed = {std::string_view("command"), std::string_view("variable_assignment")};
  const auto pieces = unparsedText(tree_sitter_bash(), text, analysed);
  ASSERT_EQ(pieces.size(), 1u);
  EXPECT_EQ(pieces.front().substr(0, 4), "if [");
  EXPECT_NE(pieces.front().find("curl https://x/"), std::string::npos);
  // Analysing nothing there, the whole script is unparsed.
  EXPECT_EQ(unparsedText(tree_sitter_bash(), text, {}).front().substr(0, 5), "BASE=");
}

TEST(ParseErrors, AMissingTokenIsAnErrorThatCoversNoText) {
  std::optional<size_t> firstError;
  const std::string text = "def f(:\n    pass\n";
  EXPECT_TRUE(unparsedText(tree_sitter_python(), text, {}, &firstError).empty());
  EXPECT_EQ(firstError, text.find(':'));
}

TEST(ParseErrors, ARunOfLooseTokensIsOneSpan) {
  // 20,000 loose tokens in an ERROR node: a span for the run, not one per token.
  std::string text = "x = (";
  for (int i = 0; i < 20000; ++i) text += " ) 1";
  text += "\n";
  const auto pieces = unparsedText(tree_sitter_python(), text, {"call"});
  ASSERT_FALSE(pieces.empty());
  EXPECT_LE(pieces.size(), 2u);
}

}  // namespace
