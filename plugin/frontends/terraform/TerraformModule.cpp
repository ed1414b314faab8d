#include "TerraformModule.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>

#include "ParseBudget.h"
#include "PathNames.h"

extern "C" const TSLanguage* tree_sitter_hcl();

namespace dbtlint {
namespace {

// Deeper references or nesting than this are given up as unknown: enough for
// real modules, and a guard against cycles and hostile input.
constexpr int kDeepestResolution = 24;
// A value with more alternatives than this is cut, so `%{ if }` chains stay cheap.
constexpr size_t kMostAlternatives = 16;
// Values and references one literalsBehind call visits at most.
constexpr size_t kMostLiteralSteps = 4096;

std::string_view nodeText(const TerraformFile& file, TSNode node) {
  const std::string_view text = file.source->text();
  const uint32_t begin = ts_node_start_byte(node);
  const uint32_t end = std::min<uint32_t>(ts_node_end_byte(node), static_cast<uint32_t>(text.size()));
  return begin < end ? text.substr(begin, end - begin) : std::string_view{};
}

std::string_view type(TSNode node) { return ts_node_is_null(node) ? std::string_view{} : ts_node_type(node); }

// In one pass of a cursor: ts_node_named_child(node, i) walks from the first
// child each time, which made a block of 20,000 attributes quadratic.
std::vector<TSNode> namedChildren(TSNode node) {
  std::vector<TSNode> children;
  if (ts_node_is_null(node)) return children;
  TSTreeCursor cursor = ts_tree_cursor_new(node);
  for (bool more = ts_tree_cursor_goto_first_child(&cursor); more; more = ts_tree_cursor_goto_next_sibling(&cursor)) {
    const TSNode child = ts_tree_cursor_current_node(&cursor);
    if (ts_node_is_named(child) && type(child) != "comment") children.push_back(child);
  }
  ts_tree_cursor_delete(&cursor);
  return children;
}

TSNode firstChildOfType(TSNode node, std::string_view wanted) {
  for (const TSNode child : namedChildren(node)) {
    if (type(child) == wanted) return child;
  }
  return TSNode{};
}

// HCL template text with its escapes undone; `offsets` gets, for each byte of
// the result, where it stands in the file.
std::string unescape(std::string_view raw, size_t base, std::vector<size_t>* offsets) {
  std::string text;
  const auto put = [&](std::string_view bytes, size_t at) {
    text += bytes;
    if (offsets) offsets->insert(offsets->end(), bytes.size(), base + at);
  };
  for (size_t i = 0; i < raw.size(); ++i) {
    const char c = raw[i];
    if (c == '\\' && i + 1 < raw.size()) {
      const char next = raw[++i];
      switch (next) {
        case 'n': put("\n", i - 1); break;
        case 't': put("\t", i - 1); break;
        case 'r': put("\r", i - 1); break;
        default: put(std::string_view(&raw[i], 1), i - 1); break;  // \" \\ and the rest
      }
    } else if ((c == '$' || c == '%') && i + 2 < raw.size() && raw[i + 1] == c && raw[i + 2] == '{') {
      put(std::string_view(&raw[i], 1), i);  // $${ is a literal ${
      ++i;
    } else {
      put(std::string_view(&raw[i], 1), i);
    }
  }
  return text;
}

// Every combination of one value from each list, in order, cut at kMostAlternatives.
std::vector<ResolvedString> concatenate(const std::vector<std::vector<ResolvedString>>& parts) {
  std::vector<ResolvedString> results{ResolvedString{}};
  for (const auto& part : parts) {
    std::vector<ResolvedString> next;
    for (const auto& prefix : results) {
      for (const auto& alternative : part) {
        if (next.size() == kMostAlternatives) break;
        next.push_back(ResolvedString(prefix).append(alternative));
      }
    }
    results = std::move(next);
  }
  return results;
}

std::vector<ResolvedString> hole(std::string name) { return {ResolvedString::hole(std::move(name))}; }

bool isModuleFileName(const std::string& name) {
  return name.ends_with(".tf") || name.ends_with(".tf.json") || name == "terraform.tfvars" ||
         name == "terraform.tfvars.json" || name.ends_with(".auto.tfvars") || name.ends_with(".auto.tfvars.json");
}

std::unique_ptr<TerraformFile> parseFile(std::shared_ptr<const SourceFile> source) {
  auto file = std::make_unique<TerraformFile>();
  const std::string& path = source->path();
  file->isVariableValues = path.ends_with(".tfvars") || path.ends_with(".tfvars.json");
  file->isJson = source->language() == Language::TerraformJson || path.ends_with(".json");
  file->source = std::move(source);
  const std::string_view text = file->source->text();
  if (file->isJson) {
    file->json = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
    if (file->json.is_discarded()) file->errors = {0, {{0, text.size()}}};
    return file;
  }
  BudgetedParse parsed = parseWithinBudget(tree_sitter_hcl(), text);
  if (!parsed.tree) {
    file->overBudget = parsed.overBudget;
    return file;
  }
  file->tree = std::move(parsed.tree);
  // Blocks and attributes are read only where they belong, never inside an ERROR node.
  file->errors = parseErrors(ts_tree_root_node(file->tree.get()), {"comment"});
  return file;
}

// Where a JSON string value stands: the first occurrence of its encoded form
// after its key, after `from`.
Span locateJsonString(std::string_view text, const std::string& key, const std::string& value, size_t from) {
  const std::string encodedKey = nlohmann::json(key).dump();
  const std::string encodedValue = nlohmann::json(value).dump();
  size_t at = text.find(encodedKey, from);
  if (at == std::string_view::npos) at = from;
  const size_t found = text.find(encodedValue, at);
  if (found == std::string_view::npos) return {from, from};
  return {found + 1, found + encodedValue.size() - 1};
}

}  // namespace

bool mayContribute(const std::string& path, std::string_view text) {
  if (!path.ends_with(".tf")) return true;
  static constexpr std::array<std::string_view, 11> kWords{"variable", "locals",   "provider", "provisioner",
                                                            "data",     "module",   "url",      "uri",
                                                            "endpoint", "api_url",  "path"};
  const auto isNamePart = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-'; };
  // A block type or an attribute name is a whole word, never right after a
  // quote: `team = "data"` names no data source.
  const auto holdsWord = [&](std::string_view word) {
    for (size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
      const char before = at == 0 ? '\n' : text[at - 1];
      const char after = at + word.size() < text.size() ? text[at + word.size()] : '\n';
      if (!isNamePart(before) && before != '"' && !isNamePart(after)) return true;
    }
    return false;
  };
  return std::any_of(kWords.begin(), kWords.end(), holdsWord);
}

std::vector<std::string> ModuleFileListing::siblingsOf(const std::string& analysedPath) {
  const std::filesystem::path path(analysedPath);
  const std::filesystem::path directory = path.parent_path();
  if (directory_ != directory.native()) {
    directory_ = directory.native();
    files_.clear();
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(directory.empty() ? "." : directory, error)) {
      const std::string name = entry.path().filename().string();
      if (isModuleFileName(name) && entry.is_regular_file(error)) files_.push_back((directory / name).string());
    }
    std::sort(files_.begin(), files_.end());  // determinism: later .tfvars win, as Terraform loads them
  }
  std::vector<std::string> siblings;
  siblings.reserve(files_.size());
  const std::string analysedName = path.filename().string();
  for (const std::string& file : files_) {
    if (fileName(file) != analysedName) siblings.push_back(file);
  }
  return siblings;
}

std::shared_ptr<const TerraformFile> ParsedModuleFiles::parsed(const SourceFile& file,
                                                               std::shared_ptr<const SourceFile> owner) {
  const std::string directory = parentDirectory(file.path());
  if (directory != directory_) {
    files_.clear();
    directory_ = directory;
  }
  std::shared_ptr<const TerraformFile>& known = files_[file.path()];
  if (!known || known->source->text() != file.text() || known->source->language() != file.language()) {
    if (!owner) owner = std::make_shared<const SourceFile>(file.path(), std::string(file.text()), file.language());
    known = parseFile(std::move(owner));
  }
  return known;
}

TerraformModule::TerraformModule(const SourceFile& analysed, const std::vector<std::string>& siblings,
                                 const AnalysisContext& context, ParsedModuleFiles& parsedFiles) {
  files_.push_back(parsedFiles.parsed(analysed, nullptr));
  for (const std::string& sibling : siblings) {
    if (auto source = context.loadFile(sibling); source && mayContribute(sibling, source->text())) {
      // A sibling that did not parse adds nothing to the module.
      if (auto file = parsedFiles.parsed(*source, source); file->isJson || file->tree) files_.push_back(std::move(file));
    }
  }
}

const std::vector<TerraformBlock>& TerraformModule::blocks(const TerraformFile& file) const {
  if (!file.blocks) file.blocks = topLevelBlocks(file);
  return *file.blocks;
}

std::vector<TerraformBlock> TerraformModule::topLevelBlocks(const TerraformFile& file) const {
  if (file.isVariableValues) return {};
  if (file.isJson) {
    std::vector<TerraformBlock> result;
    if (!file.json.is_object()) return result;
    // { "provider": { "dbtcloud": {…} or [{…}] }, "variable": { "x": {…} }, "locals": {…},
    //   "data": { "http": { "name": {…} } } }
    const auto add = [&](const std::string& blockType, std::vector<std::string> labels, const nlohmann::json& body) {
      const auto addOne = [&](const nlohmann::json& one) {
        if (one.is_object()) result.push_back({blockType, labels, {&file, TSNode{}, &one}, {}});
      };
      if (body.is_array()) {
        for (const auto& one : body) addOne(one);
      } else {
        addOne(body);
      }
    };
    for (const auto& [blockType, content] : file.json.items()) {
      if (blockType == "locals" || blockType == "terraform") {
        add(blockType, {}, content);
        continue;
      }
      if (!content.is_object()) continue;
      const bool twoLabels = blockType == "resource" || blockType == "data";
      for (const auto& [label, inner] : content.items()) {
        if (!twoLabels) {
          add(blockType, {label}, inner);
        } else if (inner.is_object()) {
          for (const auto& [name, body] : inner.items()) add(blockType, {label, name}, body);
        }
      }
    }
    return result;
  }
  const TSNode root = ts_tree_root_node(file.tree.get());
  const TSNode body = firstChildOfType(root, "body");
  return ts_node_is_null(body) ? std::vector<TerraformBlock>{} : nestedBlocks({&file, body, nullptr});
}

std::vector<TerraformBlock> TerraformModule::nestedBlocks(const TerraformBody& body) const {
  std::vector<TerraformBlock> result;
  if (body.json != nullptr || ts_node_is_null(body.node)) return result;
  for (const TSNode child : namedChildren(body.node)) {
    if (type(child) != "block") continue;
    TerraformBlock block;
    block.span = {ts_node_start_byte(child), ts_node_start_byte(child)};
    for (const TSNode part : namedChildren(child)) {
      if (type(part) == "identifier") {
        block.type = nodeText(*body.file, part);
        block.span.end = ts_node_end_byte(part);
      } else if (type(part) == "string_lit") {
        const TSNode literal = firstChildOfType(part, "template_literal");
        block.labels.push_back(ts_node_is_null(literal) ? "" : std::string(nodeText(*body.file, literal)));
        block.span.end = ts_node_end_byte(part);
      } else if (type(part) == "body") {
        block.body = {body.file, part, nullptr};
      }
    }
    if (block.body.file == nullptr) block.body = {body.file, TSNode{}, nullptr};
    result.push_back(std::move(block));
  }
  return result;
}

std::vector<TerraformAttribute> TerraformModule::attributes(const TerraformBody& body) const {
  std::vector<TerraformAttribute> result;
  if (body.file == nullptr) return result;
  if (body.json != nullptr) {
    if (!body.json->is_object()) return result;
    size_t searchFrom = 0;
    for (const auto& [name, value] : body.json->items()) {
      TerraformAttribute attribute{name, {}, {body.file, TSNode{}, &value, {}}};
      if (value.is_string()) {
        attribute.value.span = locateJsonString(body.file->source->text(), name, value.get<std::string>(), searchFrom);
        searchFrom = attribute.value.span.end;
      }
      attribute.nameSpan = attribute.value.span;
      result.push_back(std::move(attribute));
    }
    return result;
  }
  TSNode node = body.node;
  if (ts_node_is_null(node)) return result;
  if (type(node) == "config_file") node = firstChildOfType(node, "body");
  for (const TSNode child : ts_node_is_null(node) ? std::vector<TSNode>{} : namedChildren(node)) {
    if (type(child) != "attribute") continue;
    const TSNode name = firstChildOfType(child, "identifier");
    const TSNode value = firstChildOfType(child, "expression");
    if (ts_node_is_null(name) || ts_node_is_null(value)) continue;
    result.push_back({std::string(nodeText(*body.file, name)),
                      {ts_node_start_byte(name), ts_node_end_byte(name)},
                      {body.file, value, nullptr, {ts_node_start_byte(value), ts_node_end_byte(value)}}});
  }
  return result;
}

std::optional<TerraformAttribute> TerraformModule::attribute(const TerraformBody& body, std::string_view name) const {
  for (auto& attribute : attributes(body)) {
    if (attribute.name == name) return attribute;
  }
  return std::nullopt;
}

std::vector<TerraformValue> TerraformModule::tupleElements(const TerraformValue& value) const {
  std::vector<TerraformValue> result;
  if (value.json != nullptr || ts_node_is_null(value.node)) return result;
  const TSNode collection = firstChildOfType(value.node, "collection_value");
  const TSNode tuple = ts_node_is_null(collection) ? TSNode{} : firstChildOfType(collection, "tuple");
  if (ts_node_is_null(tuple)) return result;
  for (const TSNode element : namedChildren(tuple)) {
    if (type(element) == "expression") {
      result.push_back({value.file, element, nullptr, {ts_node_start_byte(element), ts_node_end_byte(element)}});
    }
  }
  return result;
}

std::vector<TerraformAttribute> TerraformModule::objectElements(const TerraformValue& value) const {
  if (value.json != nullptr) return attributes({value.file, TSNode{}, value.json});
  std::vector<TerraformAttribute> result;
  if (ts_node_is_null(value.node)) return result;
  const TSNode collection = firstChildOfType(value.node, "collection_value");
  const TSNode object = ts_node_is_null(collection) ? TSNode{} : firstChildOfType(collection, "object");
  if (ts_node_is_null(object)) return result;
  for (const TSNode element : namedChildren(object)) {
    if (type(element) != "object_elem") continue;
    const TSNode key = ts_node_child_by_field_name(element, "key", 3);
    const TSNode val = ts_node_child_by_field_name(element, "val", 3);
    if (ts_node_is_null(key) || ts_node_is_null(val)) continue;
    // A key is a bare name or a quoted string.
    const auto keys = resolveNode(*value.file, key, 0);
    std::string name = keys.size() == 1 && keys.front().isFullyKnown() ? *keys.front().knownText() : std::string(nodeText(*value.file, key));
    result.push_back({std::move(name), {ts_node_start_byte(key), ts_node_end_byte(key)},
                      {value.file, val, nullptr, {ts_node_start_byte(val), ts_node_end_byte(val)}}});
  }
  return result;
}

std::vector<TerraformValue> TerraformModule::definitions(const std::string& kind, const std::string& name,
                                                         bool withOverridden) const {
  // Found once per name: each search reads every block of every file.
  std::string key = kind + "." + name + (withOverridden ? " and overridden" : "");
  if (const auto found = definitions_.find(key); found != definitions_.end()) return found->second;
  std::vector<TerraformValue> assigned;
  std::vector<TerraformValue> defaults;
  for (const auto& file : files_) {
    if (kind == "var" && file->isVariableValues) {
      const TerraformBody body = file->isJson ? TerraformBody{file.get(), TSNode{}, &file->json}
                                              : TerraformBody{file.get(), ts_tree_root_node(file->tree.get()), nullptr};
      if (auto attribute = this->attribute(body, name)) assigned.push_back(attribute->value);
      continue;
    }
    for (const TerraformBlock& block : blocks(*file)) {
      if (kind == "var" && block.type == "variable" && block.labels.size() == 1 && block.labels.front() == name) {
        if (auto attribute = this->attribute(block.body, "default")) defaults.push_back(attribute->value);
      } else if (kind == "local" && block.type == "locals") {
        if (auto attribute = this->attribute(block.body, name)) defaults.push_back(attribute->value);
      }
    }
  }
  if (assigned.empty() || withOverridden) assigned.insert(assigned.end(), defaults.begin(), defaults.end());
  definitions_.emplace(std::move(key), assigned);
  return assigned;
}

std::optional<std::pair<std::string, std::string>> TerraformModule::reference(const TerraformValue& value) const {
  if (value.json != nullptr) {
    // "${var.name}" in JSON syntax.
    if (!value.json->is_string()) return std::nullopt;
    const std::string text = value.json->get<std::string>();
    if (!text.starts_with("${") || !text.ends_with("}")) return std::nullopt;
    const std::string inner = text.substr(2, text.size() - 3);
    const size_t dot = inner.find('.');
    if (dot == std::string::npos || inner.find_first_of(".${}", dot + 1) != std::string::npos) return std::nullopt;
    return std::pair{inner.substr(0, dot), inner.substr(dot + 1)};
  }
  if (ts_node_is_null(value.node) || type(value.node) != "expression") return std::nullopt;
  const auto children = namedChildren(value.node);
  if (children.size() != 2 || type(children[0]) != "variable_expr" || type(children[1]) != "get_attr") return std::nullopt;
  const TSNode name = firstChildOfType(children[1], "identifier");
  if (ts_node_is_null(name)) return std::nullopt;
  return std::pair{std::string(nodeText(*value.file, children[0])), std::string(nodeText(*value.file, name))};
}

std::optional<std::pair<std::string, Span>> TerraformModule::variableReference(const TerraformValue& value) const {
  const auto found = reference(value);
  if (!found || found->first != "var") return std::nullopt;
  if (value.json != nullptr) return std::pair{found->second, value.span};
  const TSNode name = firstChildOfType(namedChildren(value.node)[1], "identifier");
  return std::pair{found->second, Span{ts_node_start_byte(name), ts_node_end_byte(name)}};
}

std::vector<ResolvedString> TerraformModule::resolve(const TerraformValue& value) const { return resolveValue(value, 0); }

std::vector<ResolvedString> TerraformModule::resolveValue(const TerraformValue& value, int depth) const {
  if (value.json != nullptr) {
    if (const auto found = reference(value)) return resolveReference(found->first, found->second, depth + 1);
    if (value.json->is_string()) {
      const std::string text = value.json->get<std::string>();
      // An interpolation in JSON syntax stays unknown.
      if (text.find("${") != std::string::npos) return hole("");
      return {ResolvedString::literal(text)};
    }
    if (value.json->is_number()) return {ResolvedString::literal(value.json->dump())};
    return hole("");
  }
  return resolveNode(*value.file, value.node, depth);
}

std::vector<ResolvedString> TerraformModule::resolveReference(const std::string& kind, const std::string& name, int depth) const {
  if (depth > kDeepestResolution || (kind != "var" && kind != "local")) return hole(kind + "." + name);
  // Each reference is resolved once: `x = "${local.y}${local.y}"` chains would
  // otherwise double the work at each link. While it is being resolved, a
  // reference to itself (a cycle) is unknown.
  const std::string key = kind + "." + name;
  if (const auto found = resolvedReferences_.find(key); found != resolvedReferences_.end()) return found->second;
  resolvedReferences_.emplace(key, hole(key));
  std::vector<ResolvedString> results;
  for (const TerraformValue& definition : definitions(kind, name, false)) {
    for (auto& alternative : resolveValue(definition, depth + 1)) {
      if (results.size() < kMostAlternatives) results.push_back(std::move(alternative));
    }
  }
  if (results.empty()) results = hole(key);
  resolvedReferences_[key] = results;
  return results;
}

std::vector<ResolvedString> TerraformModule::resolveNode(const TerraformFile& file, TSNode node, int depth) const {
  if (ts_node_is_null(node) || depth > kDeepestResolution) return hole("");
  const std::string_view kind = type(node);
  if (kind == "expression") {
    if (const auto found = reference({&file, node, nullptr, {}})) return resolveReference(found->first, found->second, depth + 1);
    const auto children = namedChildren(node);
    if (children.size() == 1) return resolveNode(file, children.front(), depth + 1);
    return hole(std::string(nodeText(file, node)));
  }
  if (kind == "literal_value") {
    const auto children = namedChildren(node);
    if (children.size() == 1 && type(children.front()) == "string_lit") return resolveTemplate(file, children.front(), depth + 1);
    return {ResolvedString::literal(std::string(nodeText(file, node)))};
  }
  if (kind == "string_lit" || kind == "quoted_template" || kind == "heredoc_template") return resolveTemplate(file, node, depth + 1);
  if (kind == "template_expr") {
    const auto children = namedChildren(node);
    return children.empty() ? hole("") : resolveTemplate(file, children.front(), depth + 1);
  }
  if (kind == "conditional") {
    // condition ? a : b takes either value.
    const auto children = namedChildren(node);
    std::vector<ResolvedString> results;
    for (size_t i = 1; i < children.size(); ++i) {
      for (auto& alternative : resolveNode(file, children[i], depth + 1)) {
        if (results.size() < kMostAlternatives) results.push_back(std::move(alternative));
      }
    }
    return results.empty() ? hole("") : results;
  }
  if (kind == "function_call") return resolveFunction(file, node, depth + 1);
  return hole(std::string(nodeText(file, node)));
}

std::vector<ResolvedString> TerraformModule::resolveTemplate(const TerraformFile& file, TSNode node, int depth) const {
  if (depth > kDeepestResolution) return hole("");
  std::vector<std::vector<ResolvedString>> parts;
  const bool heredoc = type(node) == "heredoc_template";
  for (const TSNode child : namedChildren(node)) {
    const std::string_view kind = type(child);
    if (kind == "template_literal") {
      parts.push_back({ResolvedString::literal(unescape(nodeText(file, child), 0, nullptr))});
    } else if (kind == "template_interpolation") {
      const TSNode expression = firstChildOfType(child, "expression");
      parts.push_back(resolveNode(file, expression, depth + 1));
    } else if (kind == "template_directive") {
      const TSNode directive = namedChildren(child).empty() ? TSNode{} : namedChildren(child).front();
      if (type(directive) == "template_if") {
        // Each branch is one value: the text up to `%{ else }` and the text after it (or nothing).
        std::vector<std::vector<ResolvedString>> thenParts;
        std::vector<std::vector<ResolvedString>> elseParts;
        bool inElse = false;
        for (const TSNode part : namedChildren(directive)) {
          const std::string_view partKind = type(part);
          if (partKind == "template_else_intro") {
            inElse = true;
          } else if (partKind == "template_literal" || partKind == "template_interpolation" || partKind == "template_directive") {
            auto& target = inElse ? elseParts : thenParts;
            if (partKind == "template_literal") {
              target.push_back({ResolvedString::literal(unescape(nodeText(file, part), 0, nullptr))});
            } else if (partKind == "template_interpolation") {
              target.push_back(resolveNode(file, firstChildOfType(part, "expression"), depth + 1));
            } else {
              target.push_back(hole(""));
            }
          }
        }
        std::vector<ResolvedString> branches = concatenate(thenParts);
        for (auto& alternative : concatenate(elseParts)) {
          if (branches.size() < kMostAlternatives) branches.push_back(std::move(alternative));
        }
        parts.push_back(std::move(branches));
      } else {
        parts.push_back(hole("for"));
      }
    } else if (heredoc && kind == "heredoc_identifier") {
      continue;
    }
  }
  return concatenate(parts);
}

std::vector<ResolvedString> TerraformModule::resolveFunction(const TerraformFile& file, TSNode node, int depth) const {
  const TSNode nameNode = firstChildOfType(node, "identifier");
  const std::string name(ts_node_is_null(nameNode) ? std::string_view{} : nodeText(file, nameNode));
  const TSNode argumentList = firstChildOfType(node, "function_arguments");
  std::vector<TSNode> arguments;
  if (!ts_node_is_null(argumentList)) {
    for (const TSNode argument : namedChildren(argumentList)) {
      if (type(argument) == "expression") arguments.push_back(argument);
    }
  }
  if (name == "format" && !arguments.empty()) {
    // Each %s/%d/%v takes the next argument; %% is a percent sign.
    std::vector<ResolvedString> results;
    for (const ResolvedString& format : resolveNode(file, arguments.front(), depth + 1)) {
      std::vector<std::vector<ResolvedString>> parts;
      size_t next = 1;
      for (const auto& piece : format.pieces()) {
        if (piece.isHole) {
          parts.push_back({ResolvedString::hole(piece.text)});
          continue;
        }
        std::string text;
        for (size_t i = 0; i < piece.text.size(); ++i) {
          if (piece.text[i] != '%' || i + 1 >= piece.text.size()) {
            text += piece.text[i];
          } else if (piece.text[++i] == '%') {
            text += '%';
          } else {
            parts.push_back({ResolvedString::literal(text)});
            text.clear();
            parts.push_back(next < arguments.size() ? resolveNode(file, arguments[next++], depth + 1) : hole(""));
          }
        }
        parts.push_back({ResolvedString::literal(text)});
      }
      for (auto& alternative : concatenate(parts)) {
        if (results.size() < kMostAlternatives) results.push_back(std::move(alternative));
      }
    }
    return results.empty() ? hole(name) : results;
  }
  if (name == "join" && arguments.size() == 2) {
    // join(separator, [a, b, …]) with the list written out.
    const TSNode collection = firstChildOfType(arguments[1], "collection_value");
    const TSNode tuple = ts_node_is_null(collection) ? TSNode{} : firstChildOfType(collection, "tuple");
    if (ts_node_is_null(tuple)) return hole(name);
    const auto separators = resolveNode(file, arguments[0], depth + 1);
    std::vector<std::vector<ResolvedString>> parts;
    for (const TSNode element : namedChildren(tuple)) {
      if (type(element) != "expression") continue;
      if (!parts.empty()) parts.push_back(separators);
      parts.push_back(resolveNode(file, element, depth + 1));
    }
    return concatenate(parts);
  }
  return hole(name);
}

std::optional<std::pair<std::string, std::vector<size_t>>> TerraformModule::literalWithOffsets(const TerraformValue& value) const {
  if (value.json != nullptr) {
    if (!value.json->is_string() || value.span.end <= value.span.begin) return std::nullopt;
    const std::string text = value.json->get<std::string>();
    if (value.span.end - value.span.begin != text.size()) return std::nullopt;  // escapes: no byte map
    std::vector<size_t> offsets(text.size());
    for (size_t i = 0; i < text.size(); ++i) offsets[i] = value.span.begin + i;
    return std::pair{text, offsets};
  }
  if (ts_node_is_null(value.node)) return std::nullopt;
  // expression > literal_value > string_lit, or expression > template_expr > heredoc/quoted template.
  TSNode node = value.node;
  while (namedChildren(node).size() == 1 && type(node) != "string_lit" && type(node) != "quoted_template" &&
         type(node) != "heredoc_template") {
    node = namedChildren(node).front();
  }
  const std::string_view kind = type(node);
  if (kind != "string_lit" && kind != "quoted_template" && kind != "heredoc_template") return std::nullopt;
  std::string text;
  std::vector<size_t> offsets;
  for (const TSNode child : namedChildren(node)) {
    const std::string_view childKind = type(child);
    if (childKind == "template_literal") {
      text += unescape(nodeText(*value.file, child), ts_node_start_byte(child), &offsets);
    } else if (childKind != "heredoc_identifier" && childKind != "quoted_template_start" &&
               childKind != "quoted_template_end" && childKind != "heredoc_start") {
      return std::nullopt;  // an interpolation or a directive
    }
  }
  return std::pair{text, offsets};
}

size_t TerraformModule::contentStart(const TerraformValue& value) const {
  if (value.json != nullptr || ts_node_is_null(value.node)) return value.span.begin;
  TSNode node = value.node;
  while (namedChildren(node).size() == 1 && type(node) != "quoted_template" && type(node) != "heredoc_template" &&
         type(node) != "string_lit") {
    node = namedChildren(node).front();
  }
  for (const TSNode child : namedChildren(node)) {
    const std::string_view kind = type(child);
    if (kind == "template_literal" || kind == "template_interpolation" || kind == "template_directive") {
      size_t start = ts_node_start_byte(child);
      const std::string_view text = value.file->source->text();
      while (start < text.size() && (text[start] == '\n' || text[start] == '\r')) ++start;
      return start;
    }
  }
  return value.span.begin;
}

std::vector<TerraformLiteral> TerraformModule::literalsBehind(const TerraformValue& value) const {
  std::vector<TerraformLiteral> literals;
  literalSteps_ = 0;
  collectLiterals(value, 0, literals);
  return literals;
}

void TerraformModule::collectLiterals(const TerraformValue& value, int depth, std::vector<TerraformLiteral>& out) const {
  // Conditionals over references branch at each step: the steps are counted.
  if (depth > kDeepestResolution || value.file == nullptr || ++literalSteps_ > kMostLiteralSteps) return;
  if (const auto found = reference(value)) {
    for (const TerraformValue& definition : definitions(found->first, found->second, true)) collectLiterals(definition, depth + 1, out);
    return;
  }
  if (const auto literal = literalWithOffsets(value); literal && !literal->first.empty()) {
    out.push_back({value.file, literal->first, {literal->second.front(), literal->second.back() + 1}});
    return;
  }
  if (value.json == nullptr && !ts_node_is_null(value.node)) {
    // A conditional or a parenthesised expression: each value it may take.
    TSNode node = value.node;
    while (type(node) == "expression" && namedChildren(node).size() == 1) node = namedChildren(node).front();
    if (type(node) == "conditional") {
      const auto children = namedChildren(node);
      for (size_t i = 1; i < children.size(); ++i) {
        collectLiterals({value.file, children[i], nullptr, {ts_node_start_byte(children[i]), ts_node_end_byte(children[i])}}, depth + 1, out);
      }
    }
  }
}

}  // namespace dbtlint
