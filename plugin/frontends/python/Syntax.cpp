#include "Syntax.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <unordered_map>

#include "TextEncoding.h"

namespace dbtlint::python {

std::string_view nodeType(TSNode node) { return ts_node_is_null(node) ? std::string_view() : ts_node_type(node); }

bool isType(TSNode node, std::string_view type) { return nodeType(node) == type; }

namespace {

struct NameHash {
  using is_transparent = void;
  size_t operator()(std::string_view name) const { return std::hash<std::string_view>{}(name); }
};

// tree-sitter finds a field's id by comparing its name with each of the
// grammar's field names, at every call; the interpreter asks for a few dozen
// names millions of times, so each thread keeps the ids it has found.
TSFieldId fieldId(const TSLanguage* language, std::string_view name) {
  thread_local const TSLanguage* idsLanguage = nullptr;
  thread_local std::unordered_map<std::string, TSFieldId, NameHash, std::equal_to<>> ids;
  if (language != idsLanguage) {
    ids.clear();
    idsLanguage = language;
  }
  if (const auto known = ids.find(name); known != ids.end()) return known->second;
  const TSFieldId id = ts_language_field_id_for_name(language, name.data(), static_cast<uint32_t>(name.size()));
  ids.emplace(name, id);
  return id;
}

}  // namespace

TSNode field(TSNode node, const char* name) {
  if (ts_node_is_null(node)) return node;
  return ts_node_child_by_field_id(node, fieldId(ts_node_language(node), name));
}

namespace {

// One cursor per thread, moved to each node asked about: no allocation per call.
struct ThreadCursor {
  TSTreeCursor cursor{};
  bool made = false;
  ~ThreadCursor() {
    if (made) ts_tree_cursor_delete(&cursor);
  }
};

void appendChildren(TSNode node, bool namedOnly, std::vector<TSNode>& out) {
  if (ts_node_is_null(node)) return;
  // Most nodes have a few children, taken by index faster than by a cursor.
  constexpr uint32_t kFewChildren = 8;
  const uint32_t count = namedOnly ? ts_node_named_child_count(node) : ts_node_child_count(node);
  if (count <= kFewChildren) {
    for (uint32_t i = 0; i < count; ++i) out.push_back(namedOnly ? ts_node_named_child(node, i) : ts_node_child(node, i));
    return;
  }
  thread_local ThreadCursor walker;
  if (walker.made) {
    ts_tree_cursor_reset(&walker.cursor, node);
  } else {
    walker.cursor = ts_tree_cursor_new(node);
    walker.made = true;
  }
  if (!ts_tree_cursor_goto_first_child(&walker.cursor)) return;
  do {
    const TSNode child = ts_tree_cursor_current_node(&walker.cursor);
    if (!namedOnly || ts_node_is_named(child)) out.push_back(child);
  } while (ts_tree_cursor_goto_next_sibling(&walker.cursor));
}

void appendChildrenReversed(TSNode node, bool namedOnly, std::vector<TSNode>& out) {
  const auto before = static_cast<std::ptrdiff_t>(out.size());
  appendChildren(node, namedOnly, out);
  std::reverse(out.begin() + before, out.end());
}

}  // namespace

std::vector<TSNode> namedChildren(TSNode node) {
  std::vector<TSNode> children;
  appendChildren(node, true, children);
  return children;
}

void pushNamedChildrenReversed(TSNode node, std::vector<TSNode>& pending) { appendChildrenReversed(node, true, pending); }

void pushAllChildrenReversed(TSNode node, std::vector<TSNode>& pending) { appendChildrenReversed(node, false, pending); }

// A null node (a field a broken expression lacks) spans nothing.
Span spanOf(TSNode node) {
  if (ts_node_is_null(node)) return {};
  return {ts_node_start_byte(node), ts_node_end_byte(node)};
}

std::string_view textOf(TSNode node, std::string_view source) {
  const Span span = spanOf(node);
  if (span.end > source.size() || span.begin > span.end) return {};
  return source.substr(span.begin, span.end - span.begin);
}

bool contains(TSNode outer, TSNode inner) {
  return ts_node_start_byte(outer) <= ts_node_start_byte(inner) && ts_node_end_byte(inner) <= ts_node_end_byte(outer);
}

std::string dottedName(TSNode node, std::string_view source) {
  if (isType(node, "identifier")) return std::string(textOf(node, source));
  if (!isType(node, "attribute")) return {};
  const std::string object = dottedName(field(node, "object"), source);
  if (object.empty()) return {};
  return object + "." + std::string(textOf(field(node, "attribute"), source));
}

std::string lastComponent(const std::string& dotted) { return dotted.substr(dotted.rfind('.') + 1); }

bool endsWithComponent(const std::string& dotted, std::string_view suffix) {
  return dotted == suffix || (dotted.size() > suffix.size() && dotted.ends_with(suffix) &&
                              dotted[dotted.size() - suffix.size() - 1] == '.');
}

std::string parameterName(TSNode parameter, std::string_view source) {
  TSNode name = isType(parameter, "identifier") ? parameter : field(parameter, "name");
  if (isType(parameter, "typed_parameter") && ts_node_named_child_count(parameter) > 0) name = ts_node_named_child(parameter, 0);
  return isType(name, "identifier") ? std::string(textOf(name, source)) : std::string();
}

std::vector<std::string> parameterNames(TSNode definition, std::string_view source) {
  std::vector<std::string> names;
  for (const TSNode parameter : namedChildren(field(definition, "parameters"))) {
    std::string name = parameterName(parameter, source);
    if (!name.empty() && name != "self" && name != "cls") names.push_back(std::move(name));
  }
  return names;
}

TSNode argumentOf(TSNode call, size_t position, std::string_view keyword, std::string_view source) {
  size_t index = 0;
  for (const TSNode argument : namedChildren(field(call, "arguments"))) {
    const std::string_view type = nodeType(argument);
    if (type == "keyword_argument") {
      if (!keyword.empty() && textOf(field(argument, "name"), source) == keyword) return field(argument, "value");
    } else if (type != "comment" && type != "list_splat" && type != "dictionary_splat" && index++ == position) {
      return argument;
    }
  }
  return TSNode{};
}

namespace {

// Decodes one escape sequence (text starts with a backslash) into `out`.
void decodeEscape(std::string_view escape, std::string& out) {
  if (escape.size() < 2) {
    out += escape;
    return;
  }
  const char kind = escape[1];
  switch (kind) {
    case '\n': case '\r': return;  // a line continuation
    case 'n': out += '\n'; return;
    case 't': out += '\t'; return;
    case 'r': out += '\r'; return;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
      appendUtf8(out, static_cast<uint32_t>(std::stoul(std::string(escape.substr(1)), nullptr, 8)));
      return;
    case 'x': case 'u': case 'U':
      try {
        appendUtf8(out, static_cast<uint32_t>(std::stoul(std::string(escape.substr(2)), nullptr, 16)));
      } catch (const std::exception&) {
        out += escape;
      }
      return;
    case 'a': out += '\a'; return;
    case 'b': out += '\b'; return;
    case 'f': out += '\f'; return;
    case 'v': out += '\v'; return;
    default: out += escape.substr(1); return;  // \\, \', \" and unknown escapes
  }
}

}  // namespace

std::vector<StringPart> decodeString(TSNode string, std::string_view source) {
  std::vector<StringPart> parts;
  bool raw = false;
  const auto literalPart = [&]() -> StringPart& {
    if (parts.empty() || parts.back().isInterpolation) parts.emplace_back();
    return parts.back();
  };
  const auto appendRaw = [&](size_t begin, size_t end) {
    StringPart& part = literalPart();
    for (size_t i = begin; i < end; ++i) {
      part.text += source[i];
      part.offsets.push_back(i);
    }
  };
  for (const TSNode child : namedChildren(string)) {
    const std::string_view type = nodeType(child);
    if (type == "string_start") {
      for (const char c : textOf(child, source)) raw = raw || c == 'r' || c == 'R';
    } else if (type == "interpolation") {
      StringPart part;
      part.isInterpolation = true;
      part.interpolation = child;
      parts.push_back(std::move(part));
    } else if (type == "string_content") {
      // Escapes are children of the content; the text between them is literal.
      size_t position = ts_node_start_byte(child);
      for (const TSNode escape : namedChildren(child)) {
        const Span span = spanOf(escape);
        appendRaw(position, span.begin);
        if (isType(escape, "escape_interpolation")) {
          appendRaw(span.begin, span.begin + 1);  // `{{` is `{`
        } else if (raw) {
          appendRaw(span.begin, span.end);
        } else {
          StringPart& part = literalPart();
          decodeEscape(source.substr(span.begin, span.end - span.begin), part.text);
          part.offsets.resize(part.text.size(), span.begin);
        }
        position = span.end;
      }
      appendRaw(position, ts_node_end_byte(child));
    }
  }
  return parts;
}

std::optional<std::string> plainLiteral(TSNode node, std::string_view source) {
  if (!isType(node, "string")) return std::nullopt;
  std::string text;
  for (const StringPart& part : decodeString(node, source)) {
    if (part.isInterpolation) return std::nullopt;
    text += part.text;
  }
  return text;
}

Span contentSpan(TSNode string) {
  Span span = spanOf(string);
  for (const TSNode child : namedChildren(string)) {
    if (isType(child, "string_start")) span.begin = ts_node_end_byte(child);
    if (isType(child, "string_end")) span.end = ts_node_start_byte(child);
  }
  return span;
}

Span pointOf(TSNode expression) {
  if (isType(expression, "string")) return contentSpan(expression);
  if (isType(expression, "concatenated_string") && ts_node_named_child_count(expression) > 0) {
    return {contentSpan(ts_node_named_child(expression, 0)).begin, ts_node_end_byte(expression)};
  }
  return spanOf(expression);
}

}  // namespace dbtlint::python
