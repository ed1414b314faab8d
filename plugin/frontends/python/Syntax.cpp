#include "Syntax.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>
#include <mutex>
#include <unordered_map>

#include "TextEncoding.h"

namespace dbtlint::python {

// A language's type names by symbol and field ids by name, made once for the
// process: tree-sitter measures a symbol's name at each ts_node_type, and
// finds a field's id by comparing its name with each of the grammar's.
struct FlatTree::LanguageNames {
  std::vector<std::string_view> types;  // by symbol; ERROR and its kin are past the end
  std::unordered_map<std::string_view, TSFieldId> fields;

  static const LanguageNames& of(const TSLanguage* language) {
    static std::mutex mutex;
    static std::map<const TSLanguage*, LanguageNames> languages;  // a std::map's values stay in place
    const std::lock_guard lock(mutex);
    const auto [known, added] = languages.try_emplace(language);
    if (added) {
      for (uint32_t symbol = 0; symbol < ts_language_symbol_count(language); ++symbol) {
        known->second.types.emplace_back(ts_language_symbol_name(language, static_cast<TSSymbol>(symbol)));
      }
      for (uint32_t id = 1; id <= ts_language_field_count(language); ++id) {
        known->second.fields.emplace(ts_language_field_name_for_id(language, static_cast<TSFieldId>(id)), static_cast<TSFieldId>(id));
      }
    }
    return known->second;
  }
};

std::string_view FlatTree::typeOf(const Entry& entry) const {
  return entry.symbol < names_->types.size() ? names_->types[entry.symbol] : ts_language_symbol_name(language_, entry.symbol);
}

TSFieldId FlatTree::fieldId(std::string_view name) const {
  const auto known = names_->fields.find(name);
  return known == names_->fields.end() ? 0 : known->second;
}

namespace {

const FlatTree::Entry& entryOf(Node node) { return node.tree->at(node.index); }

Node nodeAt(const FlatTree* tree, uint32_t index) { return index == FlatTree::kNone ? Node{} : Node{tree, index}; }

// Calls `visit` with each child of `node` in order, until it returns false.
template <typename Visit>
void forEachChild(Node node, Visit visit) {
  if (isNull(node)) return;
  for (uint32_t child = node.tree->firstChild(node.index); child != FlatTree::kNone; child = node.tree->at(child).nextSibling) {
    if (!visit(Node{node.tree, child})) return;
  }
}

}  // namespace

FlatTree::FlatTree(TSNode root) : language_(ts_node_language(root)), names_(&LanguageNames::of(language_)) {
  entries_.reserve(ts_node_descendant_count(root));  // every node, the root included: no copies as it grows
  TSTreeCursor cursor = ts_tree_cursor_new(root);
  std::vector<uint32_t> ancestors;      // of the cursor's node
  std::vector<uint32_t> previousChild;  // for each ancestor, the child last copied under it
  while (true) {
    const TSNode node = ts_tree_cursor_current_node(&cursor);
    const auto index = static_cast<uint32_t>(entries_.size());
    Entry entry;
    entry.symbol = ts_node_symbol(node);
    entry.begin = ts_node_start_byte(node);
    entry.end = ts_node_end_byte(node);
    entry.named = ts_node_is_named(node);
    entry.error = ts_node_is_error(node);
    entry.missing = ts_node_is_missing(node);
    if (!ancestors.empty()) {
      entry.parent = ancestors.back();
      entry.field = ts_tree_cursor_current_field_id(&cursor);
      uint32_t& previous = previousChild.back();
      if (previous != kNone) entries_[previous].nextSibling = index;
      previous = index;
    }
    entries_.push_back(entry);
    // A leaf's count is at hand; the cursor would look for its first child.
    if (ts_node_child_count(node) > 0 && ts_tree_cursor_goto_first_child(&cursor)) {
      ancestors.push_back(index);
      previousChild.push_back(kNone);
      continue;
    }
    bool more = true;
    while (more && !ts_tree_cursor_goto_next_sibling(&cursor)) {
      more = ts_tree_cursor_goto_parent(&cursor);
      if (more) {
        ancestors.pop_back();
        previousChild.pop_back();
      }
    }
    if (!more) break;
  }
  ts_tree_cursor_delete(&cursor);
}

bool isNull(Node node) { return node.tree == nullptr; }

std::string_view nodeType(Node node) { return isNull(node) ? std::string_view() : node.tree->typeOf(entryOf(node)); }

bool isType(Node node, std::string_view type) { return nodeType(node) == type; }

bool isError(Node node) { return !isNull(node) && entryOf(node).error; }

bool isMissing(Node node) { return !isNull(node) && entryOf(node).missing; }

uint32_t startByte(Node node) { return isNull(node) ? 0 : entryOf(node).begin; }

uint32_t endByte(Node node) { return isNull(node) ? 0 : entryOf(node).end; }

Node parentOf(Node node) { return isNull(node) ? node : nodeAt(node.tree, entryOf(node).parent); }

Node field(Node node, const char* name) {
  Node found;
  const TSFieldId id = isNull(node) ? 0 : node.tree->fieldId(name);
  if (id == 0) return found;  // a child of no field is not what was asked for
  forEachChild(node, [&](Node child) {
    if (entryOf(child).field == id) found = child;
    return isNull(found);
  });
  return found;
}

std::vector<Node> fieldChildren(Node node, const char* name) {
  std::vector<Node> children;
  const TSFieldId id = isNull(node) ? 0 : node.tree->fieldId(name);
  if (id == 0) return children;
  forEachChild(node, [&](Node child) {
    if (entryOf(child).field == id) children.push_back(child);
    return true;
  });
  return children;
}

std::vector<Node> namedChildren(Node node) {
  std::vector<Node> children;
  forEachChild(node, [&](Node child) {
    if (entryOf(child).named) children.push_back(child);
    return true;
  });
  return children;
}

uint32_t namedChildCount(Node node) {
  uint32_t count = 0;
  forEachChild(node, [&](Node child) {
    count += entryOf(child).named ? 1 : 0;
    return true;
  });
  return count;
}

Node namedChild(Node node, uint32_t position) {
  Node found;
  uint32_t seen = 0;
  forEachChild(node, [&](Node child) {
    if (entryOf(child).named && seen++ == position) found = child;
    return isNull(found);
  });
  return found;
}

void pushNamedChildrenReversed(Node node, std::vector<Node>& pending) {
  const auto before = static_cast<std::ptrdiff_t>(pending.size());
  forEachChild(node, [&](Node child) {
    if (entryOf(child).named) pending.push_back(child);
    return true;
  });
  std::reverse(pending.begin() + before, pending.end());
}

Node descendantForRange(Node node, uint32_t begin, uint32_t end) {
  if (isNull(node) || begin > end) return Node{};
  bool descended = true;
  while (descended) {
    descended = false;
    forEachChild(node, [&](Node child) {
      const FlatTree::Entry& entry = entryOf(child);
      // It must reach the range's end, and pass its start (or, empty, touch it)…
      if (entry.end < end) return true;
      if (entry.begin == entry.end ? entry.end < begin : entry.end <= begin) return true;
      // …and start before it; the later children start later still.
      if (begin < entry.begin) return false;
      node = child;
      descended = true;
      return false;
    });
  }
  return node;
}

// A null node (a field a broken expression lacks) spans nothing.
Span spanOf(Node node) {
  if (isNull(node)) return {};
  return {startByte(node), endByte(node)};
}

std::string_view textOf(Node node, std::string_view source) {
  const Span span = spanOf(node);
  if (span.end > source.size() || span.begin > span.end) return {};
  return source.substr(span.begin, span.end - span.begin);
}

bool contains(Node outer, Node inner) {
  return startByte(outer) <= startByte(inner) && endByte(inner) <= endByte(outer);
}

std::string dottedName(Node node, std::string_view source) {
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

std::string parameterName(Node parameter, std::string_view source) {
  Node name = isType(parameter, "identifier") ? parameter : field(parameter, "name");
  if (const Node first = namedChild(parameter, 0); isType(parameter, "typed_parameter") && !isNull(first)) name = first;
  return isType(name, "identifier") ? std::string(textOf(name, source)) : std::string();
}

std::vector<std::string> parameterNames(Node definition, std::string_view source) {
  std::vector<std::string> names;
  for (const Node parameter : namedChildren(field(definition, "parameters"))) {
    std::string name = parameterName(parameter, source);
    if (!name.empty() && name != "self" && name != "cls") names.push_back(std::move(name));
  }
  return names;
}

Node argumentOf(Node call, size_t position, std::string_view keyword, std::string_view source) {
  size_t index = 0;
  for (const Node argument : namedChildren(field(call, "arguments"))) {
    const std::string_view type = nodeType(argument);
    if (type == "keyword_argument") {
      if (!keyword.empty() && textOf(field(argument, "name"), source) == keyword) return field(argument, "value");
    } else if (type != "comment" && type != "list_splat" && type != "dictionary_splat" && index++ == position) {
      return argument;
    }
  }
  return Node{};
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

std::vector<StringPart> decodeString(Node string, std::string_view source) {
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
  for (const Node child : namedChildren(string)) {
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
      size_t position = startByte(child);
      for (const Node escape : namedChildren(child)) {
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
      appendRaw(position, endByte(child));
    }
  }
  return parts;
}

std::optional<std::string> plainLiteral(Node node, std::string_view source) {
  if (!isType(node, "string")) return std::nullopt;
  std::string text;
  for (const StringPart& part : decodeString(node, source)) {
    if (part.isInterpolation) return std::nullopt;
    text += part.text;
  }
  return text;
}

Span contentSpan(Node string) {
  Span span = spanOf(string);
  for (const Node child : namedChildren(string)) {
    if (isType(child, "string_start")) span.begin = endByte(child);
    if (isType(child, "string_end")) span.end = startByte(child);
  }
  return span;
}

Span pointOf(Node expression) {
  if (isType(expression, "string")) return contentSpan(expression);
  if (isType(expression, "concatenated_string")) {
    if (const Node first = namedChild(expression, 0); !isNull(first)) return {contentSpan(first).begin, endByte(expression)};
  }
  return spanOf(expression);
}

void blankKeepingLineEnds(std::string& text, size_t begin, size_t end) {
  for (size_t i = begin; i < end; ++i) {
    if (text[i] != '\n' && text[i] != '\r') text[i] = ' ';
  }
}

}  // namespace dbtlint::python
