#pragma once

#include <tree_sitter/api.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "SourceFile.h"

namespace dbtlint::python {

// Small readers over tree-sitter nodes of one Python source.
std::string_view nodeType(TSNode node);
bool isType(TSNode node, std::string_view type);
TSNode field(TSNode node, const char* name);
// A node's named children, in order, found in one pass: ts_node_named_child(node, i)
// walks from the first child each time, the square of a wide node's width
// (thousands of arguments of a call left open).
std::vector<TSNode> namedChildren(TSNode node);
// For a walk with a stack: pushes a node's named (or all) children last
// first, so that they are popped in order.
void pushNamedChildrenReversed(TSNode node, std::vector<TSNode>& pending);
void pushAllChildrenReversed(TSNode node, std::vector<TSNode>& pending);
Span spanOf(TSNode node);
std::string_view textOf(TSNode node, std::string_view source);
bool contains(TSNode outer, TSNode inner);

// `a.b.c` as "a.b.c" when the expression is only identifiers and attributes;
// empty otherwise.
std::string dottedName(TSNode node, std::string_view source);

// "c" of "a.b.c"; whether "a.b.c" ends with the components "b.c".
std::string lastComponent(const std::string& dotted);
bool endsWithComponent(const std::string& dotted, std::string_view suffix);

// A function's parameter names in order, without `self` and `cls`.
std::vector<std::string> parameterNames(TSNode definition, std::string_view source);
// The name a parameter node binds; empty for `*args`-like ones.
std::string parameterName(TSNode parameter, std::string_view source);

// A call's argument: the `position`th positional one, or the one passed as
// `keyword` (empty: positional only); a null node when absent.
TSNode argumentOf(TSNode call, size_t position, std::string_view keyword, std::string_view source);

// A string literal (`string` node) decoded: prefixes, quotes, escapes and
// `{{`/`}}` handled. Each literal byte knows the offset it came from in the
// source; f-string interpolations are kept as nodes in order.
struct StringPart {
  std::string text;              // decoded literal text, when not an interpolation
  std::vector<size_t> offsets;   // source offset of each byte of `text`
  TSNode interpolation{};        // the `interpolation` node, when one
  bool isInterpolation = false;
};
std::vector<StringPart> decodeString(TSNode string, std::string_view source);

// A string literal's decoded text, when it has no interpolation.
std::optional<std::string> plainLiteral(TSNode node, std::string_view source);

// Where a string literal's text starts and ends in the source, inside the
// quotes (what findings point at).
Span contentSpan(TSNode string);
// What a finding on an expression points at: a string's text inside its
// quotes (from the first part's, for adjacent strings), else the whole
// expression.
Span pointOf(TSNode expression);

}  // namespace dbtlint::python
