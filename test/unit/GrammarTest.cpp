// The pinned tree-sitter runtime and grammars link and parse their languages.
#include <gtest/gtest.h>
#include <tree_sitter/api.h>

#include <memory>
#include <string_view>

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

}  // namespace
