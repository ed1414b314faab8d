#pragma once

#include <tree_sitter/api.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "SourceFile.h"

namespace dbtlint::python {

// A parsed file's syntax tree, copied once into an array. tree-sitter's node
// API costs hundreds of instructions a child (ts_node_child(node, i) walks from
// the first child, through hidden nodes, at each call; a field is found the
// same way), and the interpreter and checks ask for each node's children and
// fields several times: one cursor walk here, then each answer is a lookup.
// The copy holds the visible nodes (named and anonymous), in the order a
// depth-first walk meets them: index 0 is the root, and a node's descendants
// follow it.
class FlatTree;

// A node of a FlatTree; the null node (no tree) where tree-sitter's would be null.
struct Node {
  const FlatTree* tree = nullptr;
  uint32_t index = 0;
  friend bool operator==(const Node&, const Node&) = default;
};
// A node as a map's key.
inline std::pair<const void*, uint32_t> keyOf(Node node) { return {node.tree, node.index}; }

class FlatTree {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;
  struct Entry {
    uint32_t begin = 0, end = 0;  // bytes
    uint32_t parent = kNone, nextSibling = kNone;  // a first child is the next entry
    TSSymbol symbol = 0;
    TSFieldId field = 0;  // the field of its parent it fills; 0 for none
    bool named = false, error = false, missing = false;
  };

  explicit FlatTree(TSNode root);
  Node root() const { return {this, 0}; }
  uint32_t size() const { return static_cast<uint32_t>(entries_.size()); }
  const Entry& at(uint32_t index) const { return entries_[index]; }
  uint32_t firstChild(uint32_t index) const {
    return index + 1 < entries_.size() && entries_[index + 1].parent == index ? index + 1 : kNone;
  }
  std::string_view typeOf(const Entry& entry) const;
  // The id of a field of the grammar; 0 (no field) for a name that is none.
  TSFieldId fieldId(std::string_view name) const;

 private:
  struct LanguageNames;
  const TSLanguage* language_;
  const LanguageNames* names_;
  std::vector<Entry> entries_;
};

// Small readers over the nodes of one Python source.
bool isNull(Node node);
std::string_view nodeType(Node node);
bool isType(Node node, std::string_view type);
bool isError(Node node);
bool isMissing(Node node);
uint32_t startByte(Node node);
uint32_t endByte(Node node);
Node parentOf(Node node);
// The first child that fills the field; null when none does.
Node field(Node node, const char* name);
// Every child that fills the field, in order (`import a, b` names two).
std::vector<Node> fieldChildren(Node node, const char* name);
std::vector<Node> namedChildren(Node node);
uint32_t namedChildCount(Node node);
Node namedChild(Node node, uint32_t position);
// For a walk with a stack: pushes a node's named children last first, so
// that they are popped in order.
void pushNamedChildrenReversed(Node node, std::vector<Node>& pending);
// The smallest node under `node` that spans the bytes [begin, end), as
// ts_node_descendant_for_byte_range finds it.
Node descendantForRange(Node node, uint32_t begin, uint32_t end);
Span spanOf(Node node);
std::string_view textOf(Node node, std::string_view source);
bool contains(Node outer, Node inner);

// `a.b.c` as "a.b.c" when the expression is only identifiers and attributes;
// empty otherwise.
std::string dottedName(Node node, std::string_view source);

// "c" of "a.b.c"; whether "a.b.c" ends with the components "b.c".
std::string lastComponent(const std::string& dotted);
bool endsWithComponent(const std::string& dotted, std::string_view suffix);

// A function's parameter names in order, without `self` and `cls`.
std::vector<std::string> parameterNames(Node definition, std::string_view source);
// The name a parameter node binds; empty for `*args`-like ones.
std::string parameterName(Node parameter, std::string_view source);

// A call's argument: the `position`th positional one, or the one passed as
// `keyword` (empty: positional only); a null node when absent.
Node argumentOf(Node call, size_t position, std::string_view keyword, std::string_view source);

// A string literal (`string` node) decoded: prefixes, quotes, escapes and
// `{{`/`}}` handled. Each literal byte knows the offset it came from in the
// source; f-string interpolations are kept as nodes in order.
struct StringPart {
  std::string text;              // decoded literal text, when not an interpolation
  std::vector<size_t> offsets;   // source offset of each byte of `text`
  Node interpolation{};          // the `interpolation` node, when one
  bool isInterpolation = false;
};
std::vector<StringPart> decodeString(Node string, std::string_view source);

// A string literal's decoded text, when it has no interpolation.
std::optional<std::string> plainLiteral(Node node, std::string_view source);

// Where a string literal's text starts and ends in the source, inside the
// quotes (what findings point at).
Span contentSpan(Node string);
// What a finding on an expression points at: a string's text inside its
// quotes (from the first part's, for adjacent strings), else the whole
// expression.
Span pointOf(Node expression);

// Spaces for the bytes of `text` in [begin, end) but line ends, so that
// offsets, lines and `^` stay those of the text: a view of part of a file.
void blankKeepingLineEnds(std::string& text, size_t begin, size_t end);

}  // namespace dbtlint::python
