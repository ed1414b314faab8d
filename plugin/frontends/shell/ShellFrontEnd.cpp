#include "ShellFrontEnd.h"

#include <re2/re2.h>
#include <tree_sitter/api.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <memory>
#include <set>

#include "DbtDomain.h"
#include "ParseBudget.h"
#include "Rule.h"
#include "SourcedFiles.h"
#include "TracedString.h"

extern "C" const TSLanguage* tree_sitter_bash(void);

namespace dbtlint {
namespace {

// A variable may hold several values (if/case branches); beyond this many the
// analysis stops adding alternatives rather than grow without bound.
constexpr size_t kMostValues = 8;
constexpr size_t kLongestValue = 2048;
// A URL or header has a few pieces; thousands of holes (`x="$x$x"` again and
// again) only cost copies.
constexpr size_t kMostPieces = 64;
// Statements nested deeper than this are not followed (a hostile file must not
// exhaust the stack).
constexpr int kDeepestNesting = 200;
constexpr int kDeepestSource = 4;

using Values = std::vector<TracedString>;
using Environment = std::map<std::string, Values>;

std::string_view typeOf(TSNode node) { return ts_node_type(node); }

void addValue(Values& values, TracedString value) {
  if (values.size() >= kMostValues) return;
  for (const TracedString& existing : values) {
    if (existing.sameValue(value)) return;
  }
  values.push_back(std::move(value));
}

// Every combination of one value from each part, in order. A value grown
// longer than any URL or header, or of more pieces, is no longer followed.
Values concatenate(const std::vector<Values>& parts) {
  Values result{TracedString()};
  for (const Values& part : parts) {
    Values next;
    for (const TracedString& prefix : result) {
      for (const TracedString& suffix : part) {
        TracedString joined = prefix;
        joined.append(suffix);
        const bool tooLong = joined.size() > kLongestValue || joined.pieces().size() > kMostPieces;
        addValue(next, tooLong ? TracedString::hole() : std::move(joined));
      }
    }
    result = std::move(next);
  }
  return result;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

std::string baseName(std::string_view path) {
  const size_t slash = path.find_last_of('/');
  return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

// One argument of a command: its node and every value it may have.
struct Argument {
  TSNode node;
  size_t end;  // past the node when the grammar split the word (see danglingDollar)
  Values values;
  // The option or word as written, when its start is literal.
  std::string text() const { return values.empty() ? std::string() : values[0].knownPrefix(); }
};

// A request a command makes: its targets, method, headers, where the URL is.
struct Request {
  std::string method = "GET";
  std::vector<std::pair<Values, Span>> urls;  // values and where the URL argument starts
  std::vector<Values> headers;
};

class Analysis {
 public:
  Analysis(const SourceFile& file, const AnalysisContext& context, FileAnalysis& result, bool report)
      : file_(file), context_(context), result_(result), report_(report) {}

  void run(TSNode root, Environment& environment, int sourceDepth) {
    sourceDepth_ = sourceDepth;
    statements(root, environment, 0);
  }

 private:
  std::string_view textOf(TSNode node) const {
    return file_.text().substr(ts_node_start_byte(node), ts_node_end_byte(node) - ts_node_start_byte(node));
  }

  // ---------------------------------------------------------------- values

  Values evaluate(TSNode node, Environment& environment, int depth) {
    const std::string_view type = typeOf(node);
    const size_t start = ts_node_start_byte(node);
    const size_t end = ts_node_end_byte(node);
    if (depth > kDeepestNesting) return {TracedString::hole()};
    if (type == "word" || type == "number" || (type == "command_name" && ts_node_named_child_count(node) == 0)) {
      return {unescaped(start, end, false)};
    }
    if (type == "command_name" && ts_node_named_child_count(node) == 1) {
      return evaluate(ts_node_named_child(node, 0), environment, depth + 1);
    }
    if (type == "raw_string") return {TracedString::literal(file_.text().substr(start + 1, end - start - 2), start + 1)};
    if (type == "ansi_c_string") return {TracedString::literal(file_.text().substr(start + 2, end - start - 3), start + 2)};
    if (type == "string" || type == "translated_string") return quoted(node, environment, depth);
    if (type == "concatenation") {
      std::vector<Values> parts;
      for (uint32_t i = 0; i < ts_node_child_count(node); ++i) {
        const TSNode child = ts_node_child(node, i);
        if (ts_node_is_named(child)) {
          parts.push_back(evaluate(child, environment, depth + 1));
        } else if (typeOf(child) == "$" && i + 1 == ts_node_child_count(node)) {
          danglingDollar(node, parts, environment, depth);
        }
      }
      return concatenate(parts);
    }
    if (type == "simple_expansion" || type == "expansion") return expansion(node, environment, depth);
    if (type == "command_substitution" || type == "process_substitution") {
      Environment inner = environment;  // a subshell: its assignments stay inside
      statements(node, inner, depth + 1);
      return {TracedString::hole()};
    }
    return {TracedString::hole()};
  }

  // tree-sitter-bash ends `https://$HOST/api/$ID/x` after the second `$` and
  // makes `ID/x` the next argument (or the command name, after an
  // assignment). That node is the rest of this word: a variable name, then
  // more of the word.
  void danglingDollar(TSNode concatenation, std::vector<Values>& parts, Environment& environment, int depth) {
    const size_t end = ts_node_end_byte(concatenation);
    TSNode next = ts_node_next_sibling(concatenation);
    if (ts_node_is_null(next) || ts_node_start_byte(next) != end) next = ts_node_next_sibling(ts_node_parent(concatenation));
    if (ts_node_is_null(next) || ts_node_start_byte(next) != end) return;
    consumed_.insert(end);
    if (typeOf(next) == "command_name" && ts_node_named_child_count(next) == 1) next = ts_node_named_child(next, 0);
    std::vector<TSNode> rest{next};
    if (typeOf(next) == "concatenation") {
      rest.clear();
      for (uint32_t i = 0; i < ts_node_named_child_count(next); ++i) rest.push_back(ts_node_named_child(next, i));
    }
    if (rest.empty() || typeOf(rest.front()) != "word") return;
    const std::string_view word = textOf(rest.front());
    size_t nameLength = 0;
    while (nameLength < word.size() && (std::isalnum(static_cast<unsigned char>(word[nameLength])) || word[nameLength] == '_')) ++nameLength;
    const Span name{end, end + nameLength};
    parts.push_back(lookup(std::string(word.substr(0, nameLength)), name, environment));
    parts.push_back({unescaped(end + nameLength, ts_node_end_byte(rest.front()), false)});
    for (size_t i = 1; i < rest.size(); ++i) parts.push_back(evaluate(rest[i], environment, depth + 1));
  }

  // Bytes [start, end) with backslash escapes removed (all of them outside
  // quotes; inside double quotes only before $ ` " \ and newline).
  TracedString unescaped(size_t start, size_t end, bool inDoubleQuotes) const {
    TracedString value;
    const std::string_view text = file_.text();
    for (size_t i = start; i < end; ++i) {
      if (text[i] == '\\' && i + 1 < end &&
          (!inDoubleQuotes || std::strchr("$`\"\\\n", text[i + 1]) != nullptr)) {
        ++i;
        if (text[i] == '\n') continue;  // a line continuation
      }
      value.appendLiteralByte(text[i], i);
    }
    return value;
  }

  Values quoted(TSNode node, Environment& environment, int depth) {
    std::vector<Values> parts;
    size_t cursor = ts_node_start_byte(node) + 1;
    const size_t end = ts_node_end_byte(node) - 1;
    for (uint32_t i = 0; i < ts_node_named_child_count(node); ++i) {
      const TSNode child = ts_node_named_child(node, i);
      const size_t childStart = ts_node_start_byte(child);
      if (childStart > cursor) parts.push_back({unescaped(cursor, childStart, true)});
      if (typeOf(child) == "string_content") {
        parts.push_back({unescaped(childStart, ts_node_end_byte(child), true)});
      } else {
        parts.push_back(evaluate(child, environment, depth + 1));
      }
      cursor = ts_node_end_byte(child);
    }
    if (end > cursor) parts.push_back({unescaped(cursor, end, true)});
    return concatenate(parts);
  }

  Values lookup(const std::string& name, Span reference, const Environment& environment) const {
    const auto found = environment.find(name);
    if (found == environment.end()) return {TracedString::hole(name, reference)};
    Values values;
    for (const TracedString& value : found->second) {
      // A value that is wholly unknown is named after the variable the code reads.
      addValue(values, value.isSingleHole() ? TracedString::hole(name, reference) : value);
    }
    return values;
  }

  Values expansion(TSNode node, Environment& environment, int depth) {
    TSNode nameNode{};
    std::string operation;
    std::optional<TSNode> operand;
    for (uint32_t i = 0; i < ts_node_child_count(node); ++i) {
      const TSNode child = ts_node_child(node, i);
      const std::string_view type = typeOf(child);
      if (ts_node_is_named(child)) {
        if ((type == "variable_name" || type == "special_variable_name") && ts_node_is_null(nameNode)) {
          nameNode = child;
        } else if (type == "subscript") {
          nameNode = ts_node_child_by_field_name(child, "name", 4);
          operation = "[";
        } else if (!operand) {
          operand = child;
        }
      } else if (type != "$" && type != "${" && type != "}") {
        if (operation.empty()) operation = std::string(type);
      }
    }
    if (ts_node_is_null(nameNode)) return {TracedString::hole()};
    const std::string name(textOf(nameNode));
    const Span reference{ts_node_start_byte(nameNode), ts_node_end_byte(nameNode)};
    if (operation == "#" && ts_node_start_byte(nameNode) == ts_node_start_byte(node) + 3) {
      return {TracedString::hole(name, reference)};  // ${#X}: a length
    }
    Values current = lookup(name, reference, environment);
    if (operation.empty() || operation == ":?" || operation == "?") return current;
    if (operation == ":-" || operation == "-" || operation == ":=" || operation == "=") {
      Values fallback = operand ? evaluate(*operand, environment, depth + 1) : Values{TracedString()};
      Values values;
      for (const TracedString& value : current) {
        if (!value.isSingleHole()) addValue(values, value);
      }
      // Set and empty cannot be told apart here: an unknown value may be either.
      if (values.size() < current.size() || environment.find(name) == environment.end()) {
        for (TracedString& value : fallback) addValue(values, std::move(value));
        if (environment.find(name) == environment.end()) addValue(values, TracedString::hole(name, reference));
      }
      if (operation == ":=" || operation == "=") environment[name] = values;
      return values;
    }
    return {TracedString::hole(name, reference)};
  }

  // ------------------------------------------------------------ statements

  void statements(TSNode node, Environment& environment, int depth) {
    if (depth > kDeepestNesting) return;
    for (uint32_t i = 0; i < ts_node_named_child_count(node); ++i) {
      statement(ts_node_named_child(node, i), environment, depth + 1);
    }
  }

  void branches(const std::vector<std::vector<TSNode>>& arms, bool exhaustive, Environment& environment, int depth) {
    std::vector<Environment> outcomes;
    for (const auto& arm : arms) {
      Environment branch = environment;
      for (const TSNode& node : arm) statement(node, branch, depth + 1);
      outcomes.push_back(std::move(branch));
    }
    if (!exhaustive || outcomes.empty()) outcomes.push_back(environment);
    std::set<std::string> names;
    for (const Environment& outcome : outcomes) {
      for (const auto& [name, values] : outcome) names.insert(name);
    }
    Environment merged;
    for (const std::string& name : names) {
      Values& values = merged[name];
      for (const Environment& outcome : outcomes) {
        const auto found = outcome.find(name);
        if (found == outcome.end()) {
          addValue(values, TracedString::hole(name));
        } else {
          for (const TracedString& value : found->second) addValue(values, value);
        }
      }
    }
    environment = std::move(merged);
  }

  void statement(TSNode node, Environment& environment, int depth) {
    if (depth > kDeepestNesting) return;
    const std::string_view type = typeOf(node);
    if (type == "comment") {
      if (report_) keyValueLines(ts_node_start_byte(node), ts_node_end_byte(node));
    } else if (type == "variable_assignment") {
      assignment(node, environment, depth);
    } else if (type == "declaration_command") {
      for (uint32_t i = 0; i < ts_node_named_child_count(node); ++i) {
        const TSNode child = ts_node_named_child(node, i);
        if (typeOf(child) == "variable_assignment") assignment(child, environment, depth);
      }
    } else if (type == "command") {
      command(node, environment, depth);
    } else if (type == "if_statement") {
      std::vector<std::vector<TSNode>> arms(1);
      bool exhaustive = false;
      for (uint32_t i = 0; i < ts_node_named_child_count(node); ++i) {
        const TSNode child = ts_node_named_child(node, i);
        const char* field = ts_node_field_name_for_named_child(node, i);
        if (field != nullptr && std::string_view(field) == "condition") {
          statement(child, environment, depth + 1);
        } else if (typeOf(child) == "elif_clause" || typeOf(child) == "else_clause") {
          exhaustive = exhaustive || typeOf(child) == "else_clause";
          arms.emplace_back();
          for (uint32_t j = 0; j < ts_node_named_child_count(child); ++j) {
            const TSNode inner = ts_node_named_child(child, j);
            const char* innerField = ts_node_field_name_for_named_child(child, j);
            if (innerField != nullptr && std::string_view(innerField) == "condition") {
              statement(inner, environment, depth + 1);
            } else {
              arms.back().push_back(inner);
            }
          }
        } else {
          arms.front().push_back(child);
        }
      }
      branches(arms, exhaustive, environment, depth);
    } else if (type == "case_statement") {
      std::vector<std::vector<TSNode>> arms;
      for (uint32_t i = 0; i < ts_node_named_child_count(node); ++i) {
        const TSNode child = ts_node_named_child(node, i);
        if (typeOf(child) != "case_item") continue;
        arms.emplace_back();
        for (uint32_t j = 0; j < ts_node_named_child_count(child); ++j) {
          const char* field = ts_node_field_name_for_named_child(child, j);
          if (field == nullptr || std::string_view(field) != "value") arms.back().push_back(ts_node_named_child(child, j));
        }
      }
      branches(arms, false, environment, depth);
    } else if (type == "while_statement" || type == "for_statement" || type == "c_style_for_statement") {
      // The body may run or not.
      std::vector<TSNode> body;
      for (uint32_t i = 0; i < ts_node_named_child_count(node); ++i) body.push_back(ts_node_named_child(node, i));
      branches({body}, false, environment, depth);
    } else if (type == "function_definition" || type == "subshell") {
      Environment inner = environment;
      statements(node, inner, depth + 1);
    } else if (type == "heredoc_body") {
      heredoc(node, environment);
    } else {
      // Pipelines, lists, redirections, compound statements, tests: the
      // statements inside, in order.
      for (uint32_t i = 0; i < ts_node_named_child_count(node); ++i) {
        const TSNode child = ts_node_named_child(node, i);
        const std::string_view childType = typeOf(child);
        if (childType == "command_substitution" || childType == "process_substitution" || childType == "string" ||
            childType == "concatenation" || childType == "expansion") {
          evaluate(child, environment, depth + 1);
        } else {
          statement(child, environment, depth + 1);
        }
      }
    }
  }

  // A here-document may be a script for another shell (`bash <<EOF`, `ssh
  // host <<EOF`) or a file being written (.env, dbt_cloud.yml): both are read.
  void heredoc(TSNode body, Environment& environment) {
    const size_t start = ts_node_start_byte(body);
    const size_t end = ts_node_end_byte(body);
    if (report_) keyValueLines(start, end);
    const TSRange range{ts_node_start_point(body), ts_node_end_point(body), static_cast<uint32_t>(start),
                        static_cast<uint32_t>(end)};
    const SyntaxTree tree = parseWithinBudget(tree_sitter_bash(), file_.text(), &range).tree;
    if (!tree) return;
    Environment inner = environment;
    statements(ts_tree_root_node(tree.get()), inner, 1);
  }

  void assignment(TSNode node, Environment& environment, int depth) {
    const TSNode nameNode = ts_node_child_by_field_name(node, "name", 4);
    const TSNode valueNode = ts_node_child_by_field_name(node, "value", 5);
    if (ts_node_is_null(nameNode) || typeOf(nameNode) != "variable_name") return;
    const std::string name(textOf(nameNode));
    bool appends = false;
    for (uint32_t i = 0; i < ts_node_child_count(node); ++i) {
      if (typeOf(ts_node_child(node, i)) == "+=") appends = true;
    }
    if (!ts_node_is_null(valueNode) && typeOf(valueNode) == "array") {
      std::vector<Values> elements;
      if (appends) elements = arrays_[name];
      for (uint32_t i = 0; i < ts_node_named_child_count(valueNode); ++i) {
        elements.push_back(evaluate(ts_node_named_child(valueNode, i), environment, depth + 1));
        if (report_ && isDbtCredentialName(name)) {
          for (const TracedString& value : elements.back()) credential(value, "DBT001");
        }
      }
      arrays_[name] = std::move(elements);
      environment[name] = {TracedString::hole(name)};
      return;
    }
    Values values = ts_node_is_null(valueNode) ? Values{TracedString()} : evaluate(valueNode, environment, depth + 1);
    if (appends) {
      values = concatenate({lookup(name, {ts_node_start_byte(nameNode), ts_node_end_byte(nameNode)}, environment), values});
    }
    if (report_ && !ts_node_is_null(valueNode)) {
      for (const TracedString& value : values) {
        if (isDbtCredentialName(name)) credential(value, "DBT001");
        connectionUri(value);
      }
    }
    environment[name] = std::move(values);
  }

  // ---------------------------------------------------------------- commands

  void command(TSNode node, Environment& environment, int depth) {
    // `X=1 cmd` sets X for cmd only; without such a prefix, `${X:=…}` in an
    // argument assigns for good.
    Environment prefixed;
    bool hasPrefix = false;
    for (uint32_t i = 0; i < ts_node_named_child_count(node); ++i) {
      hasPrefix = hasPrefix || typeOf(ts_node_named_child(node, i)) == "variable_assignment";
    }
    if (hasPrefix) prefixed = environment;
    Environment& local = hasPrefix ? prefixed : environment;
    std::vector<Argument> words;
    for (uint32_t i = 0; i < ts_node_named_child_count(node); ++i) {
      const TSNode child = ts_node_named_child(node, i);
      const std::string_view type = typeOf(child);
      if (consumed_.count(ts_node_start_byte(child)) != 0) {
        if (!words.empty()) words.back().end = ts_node_end_byte(child);
      } else if (type == "variable_assignment") {
        assignment(child, local, depth);
      } else if (type == "command_name" || (ts_node_field_name_for_named_child(node, i) != nullptr &&
                                            std::string_view(ts_node_field_name_for_named_child(node, i)) == "argument")) {
        if (const std::vector<Values>* elements = arrayExpansion(child)) {
          for (const Values& element : *elements) words.push_back({child, ts_node_end_byte(child), element});
        } else {
          words.push_back({child, ts_node_end_byte(child), evaluate(child, local, depth + 1)});
        }
      } else {
        statement(child, local, depth + 1);  // redirections, here-strings
      }
    }
    // Wrappers that run the next word as the command.
    static const std::set<std::string> kWrappers{"sudo", "exec", "command", "time", "nohup", "env", "xargs"};
    while (!words.empty() && kWrappers.count(baseName(words.front().text())) != 0) {
      words.erase(words.begin());
      while (!words.empty() && (words.front().text().starts_with("-") ||
                                words.front().text().find('=') != std::string::npos)) {
        words.erase(words.begin());
      }
    }
    if (words.empty() || ts_node_is_null(ts_node_child_by_field_name(node, "name", 4)) ||
        consumed_.count(ts_node_start_byte(ts_node_child_by_field_name(node, "name", 4))) != 0) {
      return;
    }
    const std::string name = baseName(words.front().text());
    const std::vector<Argument> arguments(words.begin() + 1, words.end());
    if (name == "source" || name == ".") {
      if (!arguments.empty()) source(arguments.front(), environment);
      return;
    }
    if (!report_) return;
    credentialOptions(arguments);
    if (name == "curl") {
      request(curlRequest(arguments));
    } else if (name == "wget") {
      request(wgetRequest(arguments));
    } else if (name == "http" || name == "https" || name == "xh" || name == "xhs") {
      request(httpieRequest(arguments, name == "https" || name == "xhs"));
    } else if (name == "dbt-cloud" || name == "dbtc") {
      cliCommand(words);
    }
  }

  // `"${NAME[@]}"` or `${NAME[*]}` of an array the script set: its elements,
  // each an argument of its own (as `AUTH=(-H "Authorization: …")` is used).
  const std::vector<Values>* arrayExpansion(TSNode argument) const {
    if (typeOf(argument) == "string" && ts_node_named_child_count(argument) == 1) argument = ts_node_named_child(argument, 0);
    if (typeOf(argument) != "expansion" || ts_node_named_child_count(argument) != 1) return nullptr;
    const TSNode subscript = ts_node_named_child(argument, 0);
    if (typeOf(subscript) != "subscript") return nullptr;
    const TSNode name = ts_node_child_by_field_name(subscript, "name", 4);
    const TSNode index = ts_node_child_by_field_name(subscript, "index", 5);
    if (ts_node_is_null(name) || ts_node_is_null(index) || (textOf(index) != "@" && textOf(index) != "*")) return nullptr;
    const auto found = arrays_.find(std::string(textOf(name)));
    return found == arrays_.end() ? nullptr : &found->second;
  }

  // Where an argument's value starts: inside its quotes.
  static size_t contentStart(TSNode node) {
    const std::string_view type = typeOf(node);
    if (type == "concatenation" && ts_node_named_child_count(node) > 0) return contentStart(ts_node_named_child(node, 0));
    if (type == "string" || type == "raw_string" || type == "translated_string") return ts_node_start_byte(node) + 1;
    if (type == "ansi_c_string") return ts_node_start_byte(node) + 2;
    return ts_node_start_byte(node);
  }

  static Span urlSpan(const Argument& argument, size_t skipped) {
    return {contentStart(argument.node) + skipped, argument.end};
  }

  static Values dropPrefix(const Values& values, size_t bytes) {
    Values rest;
    for (const TracedString& value : values) rest.push_back(value.dropPrefix(bytes));
    return rest;
  }

  Request curlRequest(const std::vector<Argument>& arguments) const {
    static const std::set<std::string> kLongWithValue{
        "output", "user", "user-agent", "referer", "cookie", "cookie-jar", "config", "connect-timeout", "max-time",
        "retry", "retry-delay", "retry-max-time", "write-out", "cacert", "cert", "key", "proxy", "resolve", "range",
        "dump-header", "continue-at", "interface", "limit-rate", "oauth2-bearer", "form-string", "trace",
        "trace-ascii", "stderr", "max-filesize", "connect-to", "unix-socket", "aws-sigv4"};
    static const std::set<std::string> kData{"data", "data-raw", "data-binary", "data-urlencode", "data-ascii", "json",
                                             "form", "form-string", "upload-file"};
    constexpr std::string_view kShortWithValue = "HXdFTuoAebcKmwxrDCEyYzt";
    Request request;
    bool hasData = false, get = false, head = false;
    std::optional<std::string> method;
    for (size_t i = 0; i < arguments.size(); ++i) {
      const Argument& argument = arguments[i];
      const std::string text = argument.text();
      const auto valueAt = [&](size_t skipped) -> std::pair<Values, Span> {
        if (skipped < text.size()) return {dropPrefix(argument.values, skipped), urlSpan(argument, skipped)};
        if (i + 1 < arguments.size()) {
          ++i;
          return {arguments[i].values, urlSpan(arguments[i], 0)};
        }
        return {{}, {}};
      };
      if (text.starts_with("--") && text.size() > 2) {
        const size_t equals = text.find('=');
        const std::string option = text.substr(2, equals == std::string::npos ? std::string::npos : equals - 2);
        const bool takesValue = option == "url" || option == "header" || option == "request" ||
                                kData.count(option) != 0 || kLongWithValue.count(option) != 0;
        if (!takesValue) {
          get = get || option == "get";
          head = head || option == "head";
          continue;
        }
        auto [values, span] = equals == std::string::npos ? valueAt(text.size()) : valueAt(equals + 1);
        if (option == "url") request.urls.emplace_back(std::move(values), span);
        if (option == "header") request.headers.push_back(std::move(values));
        if (option == "request" && !values.empty()) method = values[0].knownText();
        hasData = hasData || kData.count(option) != 0;
      } else if (text.starts_with("-") && text.size() > 1) {
        for (size_t j = 1; j < text.size(); ++j) {
          const char flag = text[j];
          if (kShortWithValue.find(flag) == std::string_view::npos) {
            get = get || flag == 'G';
            head = head || flag == 'I';
            continue;
          }
          auto [values, span] = valueAt(j + 1);
          if (flag == 'H') request.headers.push_back(std::move(values));
          if (flag == 'X' && !values.empty()) method = values[0].knownText();
          hasData = hasData || flag == 'd' || flag == 'F' || flag == 'T';
          break;
        }
      } else {
        request.urls.emplace_back(argument.values, urlSpan(argument, 0));
      }
    }
    request.method = method ? *method : head ? "HEAD" : (hasData && !get) ? "POST" : "GET";
    return request;
  }

  Request wgetRequest(const std::vector<Argument>& arguments) const {
    constexpr std::string_view kShortWithValue = "OoaPUtTeiBQlDnw";
    Request request;
    for (size_t i = 0; i < arguments.size(); ++i) {
      const Argument& argument = arguments[i];
      const std::string text = argument.text();
      if (text.starts_with("--")) {
        const size_t equals = text.find('=');
        const std::string option = text.substr(2, equals == std::string::npos ? std::string::npos : equals - 2);
        if (option == "post-data" || option == "post-file" || option == "body-data" || option == "body-file") {
          request.method = "POST";
        }
        if (option != "header" && option != "method") continue;
        Values values;
        if (equals != std::string::npos) {
          values = dropPrefix(argument.values, equals + 1);
        } else if (i + 1 < arguments.size()) {
          values = arguments[++i].values;
        }
        if (option == "header") request.headers.push_back(std::move(values));
        if (option == "method" && !values.empty() && values[0].knownText()) request.method = *values[0].knownText();
      } else if (text.starts_with("-") && text.size() > 1) {
        if (text.size() == 2 && kShortWithValue.find(text[1]) != std::string_view::npos) ++i;
      } else {
        request.urls.emplace_back(argument.values, urlSpan(argument, 0));
      }
    }
    return request;
  }

  // HTTPie and xh: [METHOD] URL [items]; `Name:value` is a header, `a=b` and
  // `a:=b` are body fields (POST by default), `a==b` a query parameter.
  Request httpieRequest(const std::vector<Argument>& arguments, bool https) const {
    static const std::set<std::string> kWithValue{"-a", "--auth", "-A", "--auth-type", "--session", "-o", "--output",
                                                  "--verify", "--cert", "--cert-key", "--timeout", "--proxy", "-p",
                                                  "--print", "--pretty", "-s", "--style", "--bearer"};
    Request request;
    bool hasData = false;
    std::optional<std::string> method;
    bool seenUrl = false;
    for (size_t i = 0; i < arguments.size(); ++i) {
      const Argument& argument = arguments[i];
      const std::string text = argument.text();
      if (text.starts_with("-")) {
        if (kWithValue.count(text) != 0) ++i;
        continue;
      }
      if (!seenUrl) {
        if (!method && !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) &&
            i + 1 < arguments.size()) {
          method = text;
          continue;
        }
        seenUrl = true;
        Values urls;
        for (const TracedString& value : argument.values) {
          const std::string prefix = value.knownPrefix();
          if (prefix.find("://") != std::string::npos || value.isSingleHole()) {
            urls.push_back(value);
            continue;
          }
          TracedString withScheme = TracedString::literal(https ? "https://" : "http://", TracedString::kNowhere);
          withScheme.append(value);
          urls.push_back(std::move(withScheme));
        }
        request.urls.emplace_back(std::move(urls), urlSpan(argument, 0));
        continue;
      }
      const size_t separator = text.find_first_of(":=@");
      if (separator == std::string::npos) continue;
      if (text[separator] == ':' && (separator + 1 >= text.size() || text[separator + 1] != '=')) {
        request.headers.push_back(argument.values);
      } else if (!(text[separator] == '=' && separator + 1 < text.size() && text[separator + 1] == '=')) {
        hasData = true;
      }
    }
    request.method = method ? *method : hasData ? "POST" : "GET";
    return request;
  }

  void request(const Request& request) {
    bool toDbt = false;         // a dbt Cloud host, or an unknown host with a dbt Cloud API path
    bool maybeToDbt = false;    // not only to hosts known to be something else
    for (const auto& [values, span] : request.urls) {
      for (const TracedString& value : values) {
        const Endpoint endpoint = classifyEndpoint(value.resolved(), context_.hosts());
        toDbt = toDbt || endpoint.host == HostKind::DbtCloud || (endpoint.host == HostKind::Unknown && endpoint.isDbtApiPath);
        maybeToDbt = maybeToDbt || endpoint.host != HostKind::Other;
      }
    }
    for (const auto& [values, span] : request.urls) {
      for (const TracedString& value : values) {
        const Endpoint endpoint = classifyEndpoint(value.resolved(), context_.hosts());
        if (!equalsIgnoringCase(request.method, "GET") || !endpoint.isCrossAccountCollection ||
            endpoint.host == HostKind::Other) {
          continue;
        }
        const std::string version = std::to_string(endpoint.apiVersion.value_or(2));
        report("DBT101", span, {}, [&](std::string_view parameter) -> std::optional<std::string> {
          if (parameter == "version") return version;
          return std::nullopt;
        });
        break;
      }
    }
    for (const Values& header : request.headers) {
      for (const TracedString& value : header) authorization(value, toDbt, maybeToDbt);
    }
    callSite(request);
  }

  // DBT201 on a URL to the dbt Cloud API that starts with its literal text
  // (where the text layer lists it too: this finding replaces that one),
  // with the credential of its Authorization header.
  void callSite(const Request& request) {
    std::string credential;
    std::vector<Span> literals;
    for (const Values& header : request.headers) {
      for (const TracedString& value : header) {
        const std::string named = credentialOf(value, literals);
        if (!named.empty() && credential.find(named) == std::string::npos) credential += (credential.empty() ? "" : " or ") + named;
      }
    }
    if (credential.empty()) credential = "no Authorization header seen";
    for (const auto& [values, span] : request.urls) {
      for (const TracedString& value : values) {
        const Endpoint endpoint = classifyEndpoint(value.resolved(), context_.hosts());
        const auto& pieces = value.pieces();
        // Written at the argument (after a quote at most), not in a variable.
        if (endpoint.host != HostKind::DbtCloud || !endpoint.isDbtApiPath || pieces.empty() || pieces[0].isHole ||
            pieces[0].origins.empty() || pieces[0].origins[0] < span.begin || pieces[0].origins[0] > span.begin + 2) {
          continue;
        }
        // The URL's first run of literal bytes written together.
        const std::vector<size_t>& origins = pieces[0].origins;
        size_t end = origins[0] + 1;
        for (size_t i = 1; i < origins.size() && origins[i] == end; ++i) ++end;
        report("DBT201", {origins[0], end}, literals, [&](std::string_view parameter) -> std::optional<std::string> {
          if (parameter == "path") return endpoint.path;
          if (parameter == "credential") return credential;
          return std::nullopt;
        });
        break;
      }
    }
  }

  // Where a header's credential comes from, when it is the Authorization
  // header (or may be: a header that starts unknown): `$VARIABLE`, a literal
  // named as such (its span added to `literals`), or "unknown"; empty for
  // other headers.
  static std::string credentialOf(const TracedString& header, std::vector<Span>& literals) {
    static const RE2 kScheme("(?i)[ \t]*authorization[ \t]*:[ \t]*(?:(?:token|bearer)[ \t]+)?");
    const std::string prefix = header.knownPrefix();
    if (prefix.empty()) return "unknown";
    re2::StringPiece input(prefix);
    if (!RE2::Consume(&input, kScheme)) return {};
    const TracedString value = header.dropPrefix(prefix.size() - input.size());
    if (value.isSingleHole() && !value.pieces()[0].text.empty()) return "$" + value.pieces()[0].text;
    const std::optional<std::string> text = value.knownText();
    if (!text) return "unknown";
    if (const std::optional<Span> span = value.spanOf(0, text->size())) literals.push_back(*span);
    return std::string(literalCredentialName(*text));
  }

  // `Authorization: Token X` / `Bearer X`: X is the credential.
  void authorization(const TracedString& header, bool toDbt, bool maybeToDbt) {
    static const RE2 kScheme("(?i)[ \t]*authorization[ \t]*:[ \t]*(?:token|bearer)[ \t]+");
    const std::string prefix = header.knownPrefix();
    re2::StringPiece input(prefix);
    if (!RE2::Consume(&input, kScheme)) return;
    const TracedString credentialValue = header.dropPrefix(prefix.size() - input.size());
    if (credentialValue.isSingleHole()) {
      if (maybeToDbt) legacyName(credentialValue.pieces()[0]);
    } else if (toDbt) {
      credential(credentialValue, "DBT001");
    }
  }

  // A credential read from a variable named as the legacy API key.
  void legacyName(const TracedString::Piece& hole) {
    if (!hole.isHole || hole.reference.end <= hole.reference.begin || !isLegacyApiKeyName(hole.text)) return;
    report("DBT003", hole.reference, {}, [&](std::string_view parameter) -> std::optional<std::string> {
      if (parameter == "span") return hole.text;
      return std::nullopt;
    });
  }

  // A literal credential: DBT001 when it is a legacy key, DBT002 when a token.
  void credential(const TracedString& value, std::string_view legacyRule) {
    std::optional<std::string> text = value.knownText();
    if (!text) return;
    const size_t end = text->find_last_not_of(" \t\r\n") + 1;
    if (end == 0) return;
    const CredentialKind kind = classifyCredential(std::string_view(*text).substr(0, end));
    const std::string_view rule = kind == CredentialKind::LegacyKey ? legacyRule : kind == CredentialKind::DbtToken ? "DBT002" : "";
    if (rule.empty()) return;
    const std::optional<Span> span = value.spanOf(0, end);
    if (!span) return;
    report(rule, *span, {*span}, [](std::string_view) { return std::nullopt; });
  }

  // Airflow's dbt Cloud connection URI: dbt-cloud://ACCOUNT:TOKEN@
  void connectionUri(const TracedString& value) {
    static const RE2 kUri("(?i)dbt[-_]cloud://[^:/@\\s]*:([^@\\s]+)@");
    const std::optional<std::string> text = value.knownText();
    if (!text) return;
    re2::StringPiece password;
    if (!RE2::PartialMatch(*text, kUri, &password)) return;
    const size_t begin = static_cast<size_t>(password.data() - text->data());
    const std::optional<Span> span = value.spanOf(begin, begin + password.size());
    if (!span || classifyCredential(password.as_string()) != CredentialKind::LegacyKey) return;
    report("DBT001", *span, {*span}, [](std::string_view) { return std::nullopt; });
  }

  // `--api-token VALUE`, `--api-key=VALUE` on any command.
  void credentialOptions(const std::vector<Argument>& arguments) {
    for (size_t i = 0; i < arguments.size(); ++i) {
      const std::string text = arguments[i].text();
      for (const std::string_view option : {"--api-token", "--api-key"}) {
        Values values;
        if (text == option && i + 1 < arguments.size()) {
          values = arguments[i + 1].values;
        } else if (text.starts_with(std::string(option) + "=")) {
          values = dropPrefix(arguments[i].values, option.size() + 1);
        } else {
          continue;
        }
        for (const TracedString& value : values) {
          if (value.isSingleHole()) {
            legacyName(value.pieces()[0]);
          } else {
            credential(value, "DBT001");
          }
        }
      }
    }
  }

  // dbt-cloud account list, dbtc accounts list, dbtc list-accounts.
  void cliCommand(const std::vector<Argument>& words) {
    const std::string program = baseName(words.front().text());
    std::vector<const Argument*> subcommand;
    for (size_t i = 1; i < words.size() && subcommand.size() < 2; ++i) {
      if (!words[i].text().starts_with("-")) subcommand.push_back(&words[i]);
    }
    const auto is = [&](size_t index, std::string_view word) {
      return index < subcommand.size() && subcommand[index]->text() == word;
    };
    std::string matched;
    const Argument* last = nullptr;
    if (program == "dbt-cloud" && is(0, "account") && is(1, "list")) {
      matched = "dbt-cloud account list";
      last = subcommand[1];
    } else if (program == "dbtc" && is(0, "accounts") && is(1, "list")) {
      matched = "dbtc accounts list";
      last = subcommand[1];
    } else if (program == "dbtc" && is(0, "list-accounts")) {
      matched = "dbtc list-accounts";
      last = subcommand[0];
    } else {
      return;
    }
    // From the program's name, without its directory, as the text layer points.
    const std::string written = words.front().text();
    const std::optional<Span> nameSpan = words.front().values.empty()
                                             ? std::nullopt
                                             : words.front().values[0].spanOf(written.size() - program.size(), written.size());
    const Span span{nameSpan ? nameSpan->begin : ts_node_start_byte(words.front().node), ts_node_end_byte(last->node)};
    report("DBT102", span, {}, [&](std::string_view parameter) -> std::optional<std::string> {
      if (parameter == "span") return matched;
      return std::nullopt;
    });
  }

  // `source FILE` / `. FILE`: the file's assignments, when it is in the tree.
  void source(const Argument& argument, Environment& environment) {
    if (sourceDepth_ >= kDeepestSource || argument.values.empty()) return;
    const std::optional<std::string> path = argument.values[0].knownText();
    if (!path || path->empty()) return;
    for (const std::string& candidate : sourcedFileCandidates(file_.path(), *path)) {
      const std::shared_ptr<const SourceFile> sourced = context_.loadFile(candidate);
      if (!sourced) continue;
      const SyntaxTree tree = parseWithinBudget(tree_sitter_bash(), sourced->text()).tree;
      if (!tree) return;
      FileAnalysis ignored;
      Analysis(*sourced, context_, ignored, false).run(ts_tree_root_node(tree.get()), environment, sourceDepth_ + 1);
      return;
    }
  }

  // NAME=value and `name: value` lines of text that is not shell code (a
  // comment, a here-document writing a .env or dbt_cloud.yml file).
  void keyValueLines(size_t start, size_t end) {
    static const RE2 kLine(
        "(?m)^[ \\t#]*-?[ \\t]*(?:export[ \\t]+)?[\"']?([A-Za-z_][A-Za-z0-9_.-]*)[\"']?[ \\t]*(?::=|=|:)[ \\t]*[\"']?"
        "([A-Za-z0-9._~+/=-]+)");
    re2::StringPiece input(file_.text().data() + start, end - start);
    re2::StringPiece key, value;
    while (RE2::FindAndConsume(&input, kLine, &key, &value)) {
      if (!isDbtCredentialName(key.as_string()) && key != "token-value") continue;
      const size_t offset = static_cast<size_t>(value.data() - file_.text().data());
      credential(TracedString::literal(value.as_string(), offset), "DBT001");
    }
  }

  void report(std::string_view ruleId, Span span, std::vector<Span> secrets,
              const std::function<std::optional<std::string>(std::string_view)>& parameter) {
    if (!report_) return;
    if (auto detection = context_.detection(ruleId, span, std::move(secrets), parameter)) {
      result_.detections.push_back(std::move(*detection));
    }
  }

  const SourceFile& file_;
  const AnalysisContext& context_;
  FileAnalysis& result_;
  bool report_;
  int sourceDepth_ = 0;
  std::map<std::string, std::vector<Values>> arrays_;  // arrays by name, as last assigned
  std::set<size_t> consumed_;  // where words that danglingDollar joined to the previous one start
};

}  // namespace

std::vector<std::string_view> ShellFrontEnd::decidedRules() const {
  if (language_ == Language::Dotenv) return {"DBT001"};
  return {"DBT001", "DBT101", "DBT102"};
}

FileAnalysis ShellFrontEnd::analyze(const SourceFile& file, const AnalysisContext& context) {
  FileAnalysis result;
  const BudgetedParse parsed = parseWithinBudget(tree_sitter_bash(), file.text());
  if (!parsed.tree) {
    if (parsed.overBudget) result.notifications.push_back(parseAbandoned(file.path()));
    result.analysedWholeFile = false;
    return result;
  }
  const TSNode root = ts_tree_root_node(parsed.tree.get());
  // A .env file is not a script: a value shell would split is no fault there.
  if (ts_node_has_error(root) && language_ == Language::Shell) {
    result.notifications.push_back({Level::Warning, NotificationKind::ParseError, file.path(),
                                    context.embedding() ? "embedded shell code does not parse in full; analysed what parses"
                                                        : "does not parse in full as shell; analysed what parses"});
    // Inside an ERROR node the analysis still reads whole commands and assignments.
    result.unparsed =
        parseErrors(root, {"command", "variable_assignment", "declaration_command", "heredoc_body", "comment"}).unparsed;
  }
  Environment environment;
  if (const EmbeddedCode* embedding = context.embedding()) {
    for (const auto& [name, value] : embedding->environment) environment[name] = {TracedString::untraced(value)};
  }
  Analysis(file, context, result, true).run(root, environment, 0);
  return result;
}

}  // namespace dbtlint
