#include "YamlFrontEnd.h"

#include <re2/re2.h>
#include <tree_sitter/api.h>

#include <algorithm>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <tuple>

#include "DbtDomain.h"
#include "ParseBudget.h"
#include "Rule.h"
#include "TextEncoding.h"

extern "C" const TSLanguage* tree_sitter_yaml(void);

namespace dbtlint {
namespace {

constexpr int kDeepestNesting = 200;

// A YAML node with its scalar decoded: every byte of `text` knows where it
// stands in the file, so that code inside a block or quoted scalar is
// reported at its exact place.
struct Node {
  enum class Kind { Null, Scalar, Map, Sequence } kind = Kind::Null;
  std::string text;
  std::vector<size_t> offsets;
  Span span;
  std::vector<std::pair<const Node*, const Node*>> pairs;  // keys are scalars
  std::vector<const Node*> items;

  const Node* get(std::string_view key) const {
    for (const auto& [name, value] : pairs) {
      if (name->kind == Kind::Scalar && name->text == key) return value;
    }
    return nullptr;
  }
};

std::string_view typeOf(TSNode node) { return ts_node_type(node); }

std::string lowercase(std::string_view text) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return lower;
}

class TreeBuilder {
 public:
  explicit TreeBuilder(std::string_view text) : text_(text) {}

  const Node* build(TSNode node, int depth) {
    if (depth > kDeepestNesting) return &null_;
    const std::string_view type = typeOf(node);
    if (type == "alias") {
      const std::string name(text_.substr(ts_node_start_byte(node) + 1, ts_node_end_byte(node) - ts_node_start_byte(node) - 1));
      const auto found = anchors_.find(name);
      return found == anchors_.end() ? &null_ : found->second;
    }
    if (type == "block_mapping" || type == "flow_mapping" || type == "ERROR") return mapping(node, depth);
    if (type == "block_sequence" || type == "flow_sequence") return sequence(node, depth);
    if (type == "plain_scalar" || type == "double_quote_scalar" || type == "single_quote_scalar" || type == "block_scalar") {
      return scalar(node);
    }
    // block_node, flow_node, document: an optional anchor and tag, then the content.
    std::string anchor;
    const Node* content = &null_;
    for (uint32_t i = 0; i < ts_node_named_child_count(node); ++i) {
      const TSNode child = ts_node_named_child(node, i);
      if (typeOf(child) == "anchor") {
        anchor = std::string(text_.substr(ts_node_start_byte(child) + 1, ts_node_end_byte(child) - ts_node_start_byte(child) - 1));
      } else if (typeOf(child) != "tag" && typeOf(child) != "comment") {
        content = build(child, depth + 1);
      }
    }
    if (!anchor.empty()) anchors_[anchor] = content;
    return content;
  }

 private:
  Node& make(Node::Kind kind, TSNode node) {
    Node& made = nodes_.emplace_back();
    made.kind = kind;
    made.span = {ts_node_start_byte(node), ts_node_end_byte(node)};
    return made;
  }

  const Node* mapping(TSNode node, int depth) {
    Node& map = make(Node::Kind::Map, node);
    for (uint32_t i = 0; i < ts_node_named_child_count(node); ++i) {
      const TSNode pair = ts_node_named_child(node, i);
      const std::string_view type = typeOf(pair);
      if (type != "block_mapping_pair" && type != "flow_pair") {
        if (type != "comment") map.items.push_back(build(pair, depth + 1));  // what an ERROR node holds
        continue;
      }
      const TSNode keyNode = ts_node_child_by_field_name(pair, "key", 3);
      const TSNode valueNode = ts_node_child_by_field_name(pair, "value", 5);
      const Node* key = ts_node_is_null(keyNode) ? &null_ : build(keyNode, depth + 1);
      const Node* value = ts_node_is_null(valueNode) ? &null_ : build(valueNode, depth + 1);
      if (key->kind == Node::Kind::Scalar && key->text == "<<") {
        // A merge key: the aliased mappings' entries, which the mapping's own entries override.
        std::vector<const Node*> merged = value->kind == Node::Kind::Sequence ? value->items : std::vector<const Node*>{value};
        for (const Node* source : merged) {
          for (const auto& entry : source->pairs) {
            if (map.get(entry.first->text) == nullptr) map.pairs.push_back(entry);
          }
        }
        continue;
      }
      if (key->kind == Node::Kind::Scalar) std::erase_if(map.pairs, [&](const auto& entry) { return entry.first->text == key->text; });
      map.pairs.emplace_back(key, value);
    }
    return &map;
  }

  const Node* sequence(TSNode node, int depth) {
    Node& list = make(Node::Kind::Sequence, node);
    for (uint32_t i = 0; i < ts_node_named_child_count(node); ++i) {
      TSNode item = ts_node_named_child(node, i);
      if (typeOf(item) == "comment") continue;
      if (typeOf(item) == "block_sequence_item") {
        if (ts_node_named_child_count(item) == 0) continue;
        item = ts_node_named_child(item, 0);
      }
      list.items.push_back(build(item, depth + 1));
    }
    return &list;
  }

  void add(Node& scalar, char byte, size_t offset) {
    scalar.text += byte;
    scalar.offsets.push_back(offset);
  }

  // Line breaks inside flow scalars fold: a break and the indentation after it
  // become one space, an empty line a newline.
  size_t fold(Node& scalar, size_t position, size_t end) {
    size_t next = position + 1;
    size_t breaks = 0;
    while (next < end && (text_[next] == ' ' || text_[next] == '\t' || text_[next] == '\n' || text_[next] == '\r')) {
      if (text_[next] == '\n') ++breaks;
      ++next;
    }
    if (breaks == 0) {
      add(scalar, ' ', position);
    } else {
      for (size_t i = 0; i < breaks; ++i) add(scalar, '\n', position);
    }
    return next;
  }

  const Node* scalar(TSNode node) {
    Node& scalar = make(Node::Kind::Scalar, node);
    const std::string_view type = typeOf(node);
    size_t start = ts_node_start_byte(node);
    size_t end = ts_node_end_byte(node);
    if (type == "block_scalar") {
      blockScalar(scalar, start, end);
      return &scalar;
    }
    const bool doubleQuoted = type == "double_quote_scalar";
    const bool singleQuoted = type == "single_quote_scalar";
    if (doubleQuoted || singleQuoted) {
      ++start;
      --end;
    }
    for (size_t i = start; i < end;) {
      const char c = text_[i];
      if (c == '\n' || c == '\r') {
        i = fold(scalar, i, end);
      } else if (singleQuoted && c == '\'' && i + 1 < end && text_[i + 1] == '\'') {
        add(scalar, '\'', i);
        i += 2;
      } else if (doubleQuoted && c == '\\' && i + 1 < end) {
        i = escape(scalar, i, end);
      } else {
        add(scalar, c, i);
        ++i;
      }
    }
    return &scalar;
  }

  size_t escape(Node& scalar, size_t at, size_t end) {
    const char code = text_[at + 1];
    static const std::map<char, char> kSimple{{'n', '\n'}, {'t', '\t'}, {'r', '\r'}, {'0', '\0'}, {'"', '"'},
                                              {'\\', '\\'}, {'/', '/'}, {' ', ' '}, {'e', '\x1b'}, {'a', '\a'},
                                              {'b', '\b'}, {'v', '\v'}, {'f', '\f'}};
    if (const auto found = kSimple.find(code); found != kSimple.end()) {
      add(scalar, found->second, at);
      return at + 2;
    }
    if (code == '\n') {  // an escaped line break: the line goes on
      size_t next = at + 2;
      while (next < end && (text_[next] == ' ' || text_[next] == '\t')) ++next;
      return next;
    }
    const size_t digits = code == 'x' ? 2 : code == 'u' ? 4 : code == 'U' ? 8 : 0;
    if (digits == 0 || at + 2 + digits > end) {
      add(scalar, code, at);
      return at + 2;
    }
    const unsigned long codePoint = std::strtoul(std::string(text_.substr(at + 2, digits)).c_str(), nullptr, 16);
    std::string utf8;
    appendUtf8(utf8, static_cast<char32_t>(std::min<unsigned long>(codePoint, 0x110000)));
    for (const char byte : utf8) add(scalar, byte, at);
    return at + 2 + digits;
  }

  size_t indentationOfLine(size_t offset) const {
    const size_t lineStart = text_.rfind('\n', offset == 0 ? 0 : offset - 1);
    size_t position = lineStart == std::string_view::npos ? 0 : lineStart + 1;
    const size_t begin = position;
    while (position < text_.size() && text_[position] == ' ') ++position;
    return position - begin;
  }

  // `|` keeps line breaks, `>` folds them; the header may give the
  // indentation (`|2`) and chomping (`|-`, `|+`), in either order.
  void blockScalar(Node& scalar, size_t start, size_t end) {
    const size_t headerEnd = std::min(text_.find('\n', start), end);
    const std::string_view header = text_.substr(start, headerEnd - start);
    const bool folded = header.starts_with(">");
    size_t indentation = 0;
    for (const char c : header.substr(0, header.find('#'))) {
      if (c >= '1' && c <= '9') indentation = indentationOfLine(start) + static_cast<size_t>(c - '0');
    }
    size_t position = headerEnd + 1;
    bool previousWasText = false;
    while (position < end) {
      const size_t lineEnd = std::min(text_.find('\n', position), end);
      std::string_view line = text_.substr(position, lineEnd - position);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      const size_t spaces = std::min(line.find_first_not_of(' '), line.size());
      const bool blank = spaces == line.size();
      if (!blank && indentation == 0) indentation = spaces;
      const size_t skip = std::min(indentation, line.size());
      const bool moreIndented = !blank && (line[skip] == ' ' || line[skip] == '\t');
      if (!scalar.text.empty()) {
        // The break before this line: a space between two folded text lines.
        if (folded && previousWasText && !blank && !moreIndented) {
          scalar.text.back() = ' ';
        }
      }
      for (size_t i = skip; i < line.size(); ++i) add(scalar, line[i], position + i);
      add(scalar, '\n', position + line.size());
      previousWasText = !blank && !moreIndented;
      position = lineEnd + 1;
    }
  }

  std::string_view text_;
  std::deque<Node> nodes_;
  Node null_;
  std::map<std::string, const Node*> anchors_;
};

// `${{ secrets.X }}` and the like: the last name of the expression, and where it is.
struct Expression {
  size_t begin = 0, end = 0;      // the whole `${{ … }}`, in the scalar's text
  size_t nameBegin = 0, nameEnd = 0;
  std::string name;
};

bool isNameCharacter(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-'; }

std::vector<Expression> findExpressions(std::string_view text) {
  std::vector<Expression> found;
  size_t position = 0;
  while ((position = text.find("${{", position)) != std::string_view::npos) {
    const size_t close = text.find("}}", position + 3);
    if (close == std::string_view::npos) break;
    Expression expression;
    expression.begin = position;
    expression.end = close + 2;
    size_t contentBegin = position + 3;
    size_t contentEnd = close;
    while (contentBegin < contentEnd && std::isspace(static_cast<unsigned char>(text[contentBegin]))) ++contentBegin;
    while (contentEnd > contentBegin && std::isspace(static_cast<unsigned char>(text[contentEnd - 1]))) --contentEnd;
    const std::string_view content = text.substr(contentBegin, contentEnd - contentBegin);
    // Only a plain path (secrets.X, inputs.x, github.event.number) has a name.
    if (!content.empty() && std::all_of(content.begin(), content.end(), [](char c) { return isNameCharacter(c) || c == '.'; })) {
      const size_t dot = content.find_last_of('.');
      expression.nameBegin = contentBegin + (dot == std::string_view::npos ? 0 : dot + 1);
      expression.nameEnd = contentEnd;
      expression.name = std::string(text.substr(expression.nameBegin, expression.nameEnd - expression.nameBegin));
    }
    found.push_back(expression);
    position = expression.end;
  }
  return found;
}

// How many block levels deep the file goes: every deeper indentation and
// every `- ` before content opens one. The YAML grammar's scanner keeps its
// indentation stack in a fixed buffer and crashes past a few hundred levels,
// so deeper files are left to the text layer.
constexpr size_t kDeepestBlockNesting = 150;

size_t blockNesting(std::string_view text) {
  std::vector<size_t> open;
  size_t deepest = 0;
  for (size_t start = 0; start < text.size();) {
    const size_t end = std::min(text.find('\n', start), text.size());
    const std::string_view line = text.substr(start, end - start);
    start = end + 1;
    size_t column = 0;
    size_t dashes = 0;
    while (column < line.size() && line[column] == ' ') ++column;
    if (column == line.size() || line[column] == '#') continue;
    while (column + 1 < line.size() && line[column] == '-' && line[column + 1] == ' ') {
      ++dashes;
      column += 2;
      while (column < line.size() && line[column] == ' ') ++column;
    }
    const size_t indentation = line.find_first_not_of(' ');
    while (!open.empty() && open.back() >= indentation) open.pop_back();
    open.push_back(indentation);
    deepest = std::max(deepest, open.size() + dashes);
  }
  return deepest;
}

class Analysis {
 public:
  Analysis(const SourceFile& file, const AnalysisContext& context, FileAnalysis& result)
      : file_(file), context_(context), result_(result) {}

  void walk(const Node* node, const std::vector<std::pair<std::string, ResolvedString>>& inherited, int depth) {
    if (depth > kDeepestNesting) return;
    if (node->kind == Node::Kind::Sequence) {
      for (const Node* item : node->items) walk(item, inherited, depth + 1);
      return;
    }
    if (node->kind != Node::Kind::Map) return;
    for (const Node* item : node->items) walk(item, inherited, depth + 1);  // what a parse error left
    auto environment = inherited;
    for (const std::string_view key : {"env", "variables", "environment"}) {
      if (const Node* entries = node->get(key)) addEnvironment(*entries, environment);
    }
    const Node* shell = node->get("shell");
    // GitHub's `shell:` picks the step's language: a POSIX shell by default, Python
    // for `python`; others (pwsh, cmd) are not analysed.
    Language stepLanguage = Language::Shell;
    if (shell != nullptr && shell->kind == Node::Kind::Scalar) {
      stepLanguage = shell->text.starts_with("python")                                         ? Language::Python
                     : shell->text.starts_with("bash") || shell->text.starts_with("sh") ? Language::Shell
                                                                                              : Language::Unknown;
    }
    for (const auto& [keyNode, value] : node->pairs) {
      if (keyNode->kind != Node::Kind::Scalar) continue;
      const std::string& key = keyNode->text;
      const bool script = key == "run" || key == "script" || key == "before_script" || key == "after_script" ||
                          key == "bash" || (key == "command" && inRunMap_);
      if (script && value->kind == Node::Kind::Scalar && stepLanguage != Language::Unknown) {
        analyzeCode(*value, stepLanguage, environment);
      } else if (script && value->kind == Node::Kind::Sequence) {
        for (const Node* item : value->items) {
          if (item->kind == Node::Kind::Scalar) analyzeCode(*item, Language::Shell, environment);
        }
      }
      if (value->kind == Node::Kind::Scalar) {
        literalValue(key, *value, *node);
      }
      if ((key == "environment" || key == "env") && value->kind == Node::Kind::Sequence) {
        for (const Node* item : value->items) {
          if (item->kind == Node::Kind::Scalar) assignmentItem(*item);
        }
      }
      const bool wasInRunMap = inRunMap_;
      inRunMap_ = key == "run" && value->kind == Node::Kind::Map;
      if (!isEnvironmentKey(key)) walk(value, environment, depth + 1);
      inRunMap_ = wasInRunMap;
    }
  }

 private:
  void walkEnvironmentValues(const Node* node) {
    // Credentials written into env/variables maps are literals like any other.
    if (node->kind != Node::Kind::Map) return;
    for (const auto& [keyNode, value] : node->pairs) {
      if (keyNode->kind == Node::Kind::Scalar && value->kind == Node::Kind::Scalar) {
        credentialEntry(keyNode->text, *value);
      } else if (keyNode->kind == Node::Kind::Scalar && value->kind == Node::Kind::Map) {
        if (const Node* inner = value->get("value"); inner && inner->kind == Node::Kind::Scalar) credentialEntry(keyNode->text, *inner);
      }
    }
  }

  static bool isEnvironmentKey(std::string_view key) { return key == "env" || key == "variables" || key == "environment"; }

  // A scalar as the shell sees it: `${{ … }}` becomes `${NAME}` (a named
  // unknown), each byte still mapped to the YAML file.
  static std::pair<std::string, std::vector<size_t>> shellText(const Node& scalar) {
    std::string text;
    std::vector<size_t> offsets;
    size_t position = 0;
    for (const Expression& expression : findExpressions(scalar.text)) {
      for (; position < expression.begin; ++position) {
        text += scalar.text[position];
        offsets.push_back(scalar.offsets[position]);
      }
      const std::string name = expression.name.empty() ? "GITHUB_EXPRESSION" : expression.name;
      text += "${";
      offsets.insert(offsets.end(), {scalar.offsets[expression.begin], scalar.offsets[expression.begin + 1]});
      for (size_t i = 0; i < name.size(); ++i) {
        text += name[i];
        offsets.push_back(expression.name.empty() ? scalar.offsets[expression.begin] : scalar.offsets[expression.nameBegin + i]);
      }
      text += '}';
      offsets.push_back(scalar.offsets[expression.end - 1]);
      position = expression.end;
    }
    for (; position < scalar.text.size(); ++position) {
      text += scalar.text[position];
      offsets.push_back(scalar.offsets[position]);
    }
    return {std::move(text), std::move(offsets)};
  }

  // An environment value: `${{ secrets.X }}`, `$X` and `${X}` are named
  // unknowns, or the value of X when this environment already sets it.
  static ResolvedString environmentValue(const std::string& text,
                                         const std::vector<std::pair<std::string, ResolvedString>>& environment) {
    ResolvedString value;
    const auto reference = [&](const std::string& name) {
      const auto known = std::find_if(environment.rbegin(), environment.rend(), [&](const auto& entry) { return entry.first == name; });
      if (known != environment.rend()) {
        value.append(known->second);
      } else {
        value.appendHole(name);
      }
    };
    size_t position = 0;
    for (const Expression& expression : findExpressions(text)) {
      appendWithReferences(std::string_view(text).substr(position, expression.begin - position), value, reference);
      value.appendHole(expression.name);
      position = expression.end;
    }
    appendWithReferences(std::string_view(text).substr(position), value, reference);
    return value;
  }

  // `$X` and `${X}` (GitLab expands them in variables) as references.
  template <typename Reference>
  static void appendWithReferences(std::string_view text, ResolvedString& value, const Reference& reference) {
    for (size_t i = 0; i < text.size();) {
      const bool braced = text.substr(i).starts_with("${");
      if (text[i] == '$' && i + 1 < text.size() && (braced || std::isalpha(static_cast<unsigned char>(text[i + 1])) || text[i + 1] == '_')) {
        const size_t nameBegin = i + (braced ? 2 : 1);
        size_t nameEnd = nameBegin;
        while (nameEnd < text.size() && (std::isalnum(static_cast<unsigned char>(text[nameEnd])) || text[nameEnd] == '_')) ++nameEnd;
        reference(std::string(text.substr(nameBegin, nameEnd - nameBegin)));
        i = braced ? std::min(text.find('}', nameEnd), text.size() - 1) + 1 : nameEnd;
      } else {
        value.appendLiteral(text.substr(i, 1));
        ++i;
      }
    }
  }

  void addEnvironment(const Node& entries, std::vector<std::pair<std::string, ResolvedString>>& environment) {
    walkEnvironmentValues(&entries);
    if (entries.kind == Node::Kind::Map) {
      for (const auto& [keyNode, value] : entries.pairs) {
        if (keyNode->kind != Node::Kind::Scalar) continue;
        const Node* scalar = value->kind == Node::Kind::Map ? value->get("value") : value;
        if (scalar == nullptr || scalar->kind != Node::Kind::Scalar) continue;
        environment.emplace_back(keyNode->text, environmentValue(scalar->text, environment));
      }
    } else if (entries.kind == Node::Kind::Sequence) {
      for (const Node* item : entries.items) {
        if (item->kind == Node::Kind::Scalar) {
          const size_t equals = item->text.find('=');
          if (equals != std::string::npos) {
            environment.emplace_back(item->text.substr(0, equals), environmentValue(item->text.substr(equals + 1), environment));
          }
        } else if (item->kind == Node::Kind::Map) {  // Kubernetes: - name: X / value: Y
          const Node* name = item->get("name");
          const Node* value = item->get("value");
          if (name && value && name->kind == Node::Kind::Scalar && value->kind == Node::Kind::Scalar) {
            environment.emplace_back(name->text, environmentValue(value->text, environment));
            credentialEntry(name->text, *value);
          }
        }
      }
    }
  }

  // Shell code gets `${{ … }}` as shell references; other languages get the
  // scalar as it is (the engine skips a language with no front end).
  void analyzeCode(const Node& scalar, Language language,
                   const std::vector<std::pair<std::string, ResolvedString>>& environment) {
    EmbeddedCode code;
    code.language = language;
    if (language == Language::Shell) {
      std::tie(code.text, code.hostOffsets) = shellText(scalar);
    } else {
      code.text = scalar.text;
      code.hostOffsets = scalar.offsets;
    }
    code.fallback = scalar.span;
    code.environment = environment;
    result_.addEmbedded(context_.analyzeEmbedded(file_, code));
  }

  // `KEY=value` in a docker-compose `environment:` list.
  void assignmentItem(const Node& item) {
    const size_t equals = item.text.find('=');
    if (equals == std::string::npos) return;
    credential(item.text.substr(0, equals), item, equals + 1);
  }

  void credentialEntry(const std::string& key, const Node& value) { credential(key, value, 0); }

  // A literal under a key that names a dbt Cloud credential.
  void credential(const std::string& key, const Node& value, size_t begin) {
    if (!isDbtCredentialName(key) && key != "token-value") return;
    std::string_view literal = std::string_view(value.text).substr(begin);
    while (!literal.empty() && std::isspace(static_cast<unsigned char>(literal.back()))) literal.remove_suffix(1);
    if (literal.empty() || literal.find('$') != std::string_view::npos) return;
    const CredentialKind kind = classifyCredential(literal);
    const std::string_view rule = kind == CredentialKind::LegacyKey ? "DBT001" : kind == CredentialKind::DbtToken ? "DBT002" : "";
    const size_t end = begin + literal.size();
    if (rule.empty() || value.offsets.size() < end) return;
    for (size_t i = begin + 1; i < end; ++i) {
      if (value.offsets[i] != value.offsets[i - 1] + 1) return;  // escapes: not one run of the file
    }
    const Span span{value.offsets[begin], value.offsets[end - 1] + 1};
    report(rule, span, {span}, {});
  }

  // A literal value: a credential under a dbt-named key, or a URL under a key
  // that names an endpoint, with the method beside it (Ansible's `uri`).
  void literalValue(const std::string& key, const Node& value, const Node& owner) {
    credentialEntry(key, value);
    const std::string lower = lowercase(key);
    const bool endpointKey = lower == "url" || lower == "uri" || lower == "endpoint" || lower.ends_with("_url") ||
                             lower.ends_with("-url") || lower.ends_with("_endpoint");
    if (!endpointKey || value.text.find("${{") != std::string::npos) return;
    const Node* method = owner.get("method");
    if (method != nullptr && method->kind == Node::Kind::Scalar && lowercase(method->text) != "get") return;
    const Endpoint endpoint = classifyEndpoint(ResolvedString::literal(value.text), context_.hosts());
    if (endpoint.host != HostKind::DbtCloud || !endpoint.isCrossAccountCollection || value.offsets.empty()) return;
    const std::string version = std::to_string(endpoint.apiVersion.value_or(2));
    report("DBT101", {value.offsets.front(), value.offsets.back() + 1}, {}, version);
  }

  void report(std::string_view ruleId, Span span, std::vector<Span> secrets, const std::string& version) {
    auto detection = context_.detection(ruleId, span, std::move(secrets), [&](std::string_view parameter) -> std::optional<std::string> {
      if (parameter == "version" && !version.empty()) return version;
      return std::nullopt;
    });
    if (detection) result_.detections.push_back(std::move(*detection));
  }

  const SourceFile& file_;
  const AnalysisContext& context_;
  FileAnalysis& result_;
  bool inRunMap_ = false;  // CircleCI: run: {command: …}
};

}  // namespace

FileAnalysis YamlFrontEnd::analyze(const SourceFile& file, const AnalysisContext& context) {
  FileAnalysis result;
  if (blockNesting(file.text()) > kDeepestBlockNesting) {
    result.notifications.push_back({Level::Warning, NotificationKind::ParseError, file.path(),
                                    "nested too deeply for the YAML parser; its syntax was not analysed"});
    result.analysedWholeFile = false;
    return result;
  }
  const BudgetedParse parsed = parseWithinBudget(tree_sitter_yaml(), file.text());
  if (!parsed.tree) {
    if (parsed.overBudget) result.notifications.push_back(parseAbandoned(file.path()));
    result.analysedWholeFile = false;
    return result;
  }
  const TSNode root = ts_tree_root_node(parsed.tree.get());
  if (ts_node_has_error(root)) {
    result.notifications.push_back(
        {Level::Warning, NotificationKind::ParseError, file.path(), "does not parse in full as YAML; analysed what parses"});
  }
  TreeBuilder builder(file.text());
  Analysis analysis(file, context, result);
  // Each document of the stream (and whatever an error left) on its own.
  std::vector<TSNode> documents;
  if (typeOf(root) == "ERROR") {
    documents.push_back(root);
  } else {
    for (uint32_t i = 0; i < ts_node_named_child_count(root); ++i) documents.push_back(ts_node_named_child(root, i));
  }
  for (const TSNode& document : documents) {
    if (typeOf(document) == "comment") continue;
    analysis.walk(builder.build(document, 0), {}, 0);
  }
  return result;
}

std::vector<std::string> YamlFrontEnd::declaredDbtHosts(const SourceFile& file) const {
  if (!isDbtCloudCliConfigurationName(file.path()) || blockNesting(file.text()) > kDeepestBlockNesting) return {};
  const BudgetedParse parsed = parseWithinBudget(tree_sitter_yaml(), file.text());
  if (!parsed.tree) return {};
  TreeBuilder builder(file.text());
  std::vector<std::string> hosts;
  // `projects[].account-host`, and `context.active-host`, written as a host or a URL.
  const std::function<void(const Node*, int)> visit = [&](const Node* node, int depth) {
    if (depth > kDeepestNesting) return;
    for (const auto& [key, value] : node->pairs) {
      const bool namesHost = key->text == "account-host" || key->text == "active-host";
      if (namesHost && value->kind == Node::Kind::Scalar && !value->text.empty()) {
        std::string_view host = value->text;
        if (const size_t scheme = host.find("://"); scheme != std::string_view::npos) host.remove_prefix(scheme + 3);
        hosts.push_back(lowercase(host.substr(0, host.find_first_of(":/"))));
      }
      visit(value, depth + 1);
    }
    for (const Node* item : node->items) visit(item, depth + 1);
  };
  const TSNode root = ts_tree_root_node(parsed.tree.get());
  for (uint32_t i = 0; i < ts_node_named_child_count(root); ++i) visit(builder.build(ts_node_named_child(root, i), 0), 0);
  return hosts;
}

}  // namespace dbtlint
