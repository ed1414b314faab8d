// The Python front end's copy of a syntax tree (python::FlatTree) answers as
// tree-sitter's node API does, node by node, on every Python input of the
// tests and on broken code: types, spans, flags, parents, children, fields and
// the descendant for a byte range.
#include <gtest/gtest.h>
#include <tree_sitter/api.h>

#include <filesystem>
#include <algorithm>
#include <cstring>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "Syntax.h"

extern "C" const TSLanguage* tree_sitter_python(void);

namespace {

using dbtlint::python::FlatTree;
using dbtlint::python::Node;

// Every node under `node`, depth first, found with ts_node_child: not the
// cursor walk FlatTree is built with.
void collect(TSNode node, std::vector<TSNode>& nodes) {
  nodes.push_back(node);
  for (uint32_t i = 0; i < ts_node_child_count(node); ++i) collect(ts_node_child(node, i), nodes);
}

bool same(Node node, TSNode expected, const std::vector<TSNode>& nodes) {
  if (ts_node_is_null(expected) || dbtlint::python::isNull(node)) return ts_node_is_null(expected) == dbtlint::python::isNull(node);
  return ts_node_eq(nodes.at(node.index), expected);
}

void expectSameTree(const std::string& source, const std::string& name) {
  SCOPED_TRACE(name);
  const std::unique_ptr<TSParser, decltype(&ts_parser_delete)> parser(ts_parser_new(), ts_parser_delete);
  ASSERT_TRUE(ts_parser_set_language(parser.get(), tree_sitter_python()));
  const std::unique_ptr<TSTree, decltype(&ts_tree_delete)> tree(
      ts_parser_parse_string(parser.get(), nullptr, source.data(), static_cast<uint32_t>(source.size())), ts_tree_delete);
  const TSNode root = ts_tree_root_node(tree.get());
  std::vector<TSNode> nodes;
  collect(root, nodes);
  const FlatTree flat(root);
  ASSERT_EQ(flat.size(), nodes.size());  // every node, named or not, at its index in a depth-first walk
  std::vector<const char*> fieldNames;
  for (uint32_t id = 1; id <= ts_language_field_count(tree_sitter_python()); ++id) {
    fieldNames.push_back(ts_language_field_name_for_id(tree_sitter_python(), static_cast<TSFieldId>(id)));
  }
  for (uint32_t index = 0; index < nodes.size(); ++index) {
    const TSNode expected = nodes[index];
    const Node node{&flat, index};
    SCOPED_TRACE(std::string(ts_node_type(expected)) + " at byte " + std::to_string(ts_node_start_byte(expected)));
    ASSERT_EQ(dbtlint::python::nodeType(node), ts_node_type(expected));
    EXPECT_EQ(dbtlint::python::startByte(node), ts_node_start_byte(expected));
    EXPECT_EQ(dbtlint::python::endByte(node), ts_node_end_byte(expected));
    EXPECT_EQ(dbtlint::python::isError(node), ts_node_is_error(expected));
    EXPECT_EQ(dbtlint::python::isMissing(node), ts_node_is_missing(expected));
    EXPECT_TRUE(same(dbtlint::python::parentOf(node), ts_node_parent(expected), nodes));
    const std::vector<Node> named = dbtlint::python::namedChildren(node);
    ASSERT_EQ(named.size(), ts_node_named_child_count(expected));
    ASSERT_EQ(dbtlint::python::namedChildCount(node), ts_node_named_child_count(expected));
    for (uint32_t i = 0; i < named.size(); ++i) {
      EXPECT_TRUE(same(named[i], ts_node_named_child(expected, i), nodes));
      EXPECT_TRUE(same(dbtlint::python::namedChild(node, i), ts_node_named_child(expected, i), nodes));
    }
    std::vector<Node> pending;
    dbtlint::python::pushNamedChildrenReversed(node, pending);
    ASSERT_EQ(pending.size(), named.size());
    EXPECT_TRUE(std::equal(pending.rbegin(), pending.rend(), named.begin()));
    for (const char* fieldName : fieldNames) {
      const TSNode filler = ts_node_child_by_field_name(expected, fieldName, static_cast<uint32_t>(std::strlen(fieldName)));
      EXPECT_TRUE(same(dbtlint::python::field(node, fieldName), filler, nodes)) << fieldName;
      std::vector<TSNode> filling;
      for (uint32_t i = 0; i < ts_node_child_count(expected); ++i) {
        const char* childField = ts_node_field_name_for_child(expected, i);
        if (childField != nullptr && std::string_view(childField) == fieldName) filling.push_back(ts_node_child(expected, i));
      }
      const std::vector<Node> children = dbtlint::python::fieldChildren(node, fieldName);
      ASSERT_EQ(children.size(), filling.size()) << fieldName;
      for (size_t i = 0; i < children.size(); ++i) EXPECT_TRUE(same(children[i], filling[i], nodes)) << fieldName;
    }
    // What a finding's origin finds again: a node's own span, its first byte, and its end.
    const uint32_t begin = ts_node_start_byte(expected);
    const uint32_t end = ts_node_end_byte(expected);
    for (const auto& [from, to] : {std::pair{begin, end}, std::pair{begin, begin}, std::pair{end, end}}) {
      EXPECT_TRUE(same(dbtlint::python::descendantForRange(flat.root(), from, to), ts_node_descendant_for_byte_range(root, from, to), nodes))
          << from << "-" << to;
    }
  }
}

TEST(FlatTree, AnswersAsTreeSitterOnEveryPythonInputOfTheTests) {
  size_t files = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(std::string(DBT_API_LINT_SOURCE_DIR) + "/test")) {
    if (!entry.is_regular_file() || entry.path().extension() != ".py") continue;
    std::ifstream file(entry.path(), std::ios::binary);
    std::ostringstream content;
    content << file.rdbuf();
    expectSameTree(content.str(), entry.path().string());
    ++files;
  }
  EXPECT_GT(files, 50u);
}

TEST(FlatTree, AnswersAsTreeSitterOnBrokenCode) {
  for (const char* source : {
           "requests.get(f\"{BASE}/api/v2/accounts/\", headers={'Authorization': 'Token ' + KEY\n",
           "def f(:\n    return requests.get(url\nx = [1, 2,, 3]\n",
           "from . import (a as b, c\nimport os.path as p, sys\nclass C(Base, metaclass=M): pass\n",
           "if x:\n\tpass\n  else:\n)\n'''unterminated",
           "print(f'{x!r:>{width}} {{literal}}' rb'\\x00' u'\\N{DASH}')\nlambda *a, **k: (yield)\n",
           "",
       }) {
    expectSameTree(source, source);
  }
}

}  // namespace
