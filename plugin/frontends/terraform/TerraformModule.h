#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <tree_sitter/api.h>

#include "FrontEnd.h"
#include "ParseBudget.h"

namespace dbtlint {

struct TerraformFile;

// An expression where it stands: an HCL node, or a JSON value with the span
// of its text (JSON keeps no positions, so the span is found in the text).
struct TerraformValue {
  const TerraformFile* file = nullptr;
  TSNode node{};
  const nlohmann::json* json = nullptr;
  Span span;
};

// Attributes and nested blocks of one block, or of a whole .tfvars file.
struct TerraformBody {
  const TerraformFile* file = nullptr;
  TSNode node{};
  const nlohmann::json* json = nullptr;
};

struct TerraformBlock {
  std::string type;                 // provider, variable, data, resource, …
  std::vector<std::string> labels;  // "dbtcloud", "http" + "accounts", …
  TerraformBody body;
  Span span;  // the block's first line, for related locations
};

// One file of a module: HCL parsed by tree-sitter, or JSON syntax.
struct TerraformFile {
  std::shared_ptr<const SourceFile> source;
  bool isVariableValues = false;  // a .tfvars file: only `name = value` lines
  std::shared_ptr<TSTree> tree;   // HCL
  nlohmann::json json;            // JSON syntax
  bool isJson = false;
  ParseErrors errors;       // where HCL or JSON stopped making sense
  bool overBudget = false;  // the HCL parse was abandoned (ParseBudget.h): no tree
  // Its top-level blocks, found once: every analysis of a file of the module
  // reads every file's blocks. One thread's, as ParsedModuleFiles is.
  mutable std::optional<std::vector<TerraformBlock>> blocks;
};

struct TerraformAttribute {
  std::string name;
  Span nameSpan;
  TerraformValue value;
};

// A string literal with no interpolation, its unescaped text and where its
// characters stand.
struct TerraformLiteral {
  const TerraformFile* file = nullptr;
  std::string text;
  Span span;
};

// Whether the module file at `path` may hold something the analysis of a
// module reads across its files or finds in one: a variable, locals, a
// provider, a data source, a module call, a provisioner, a request attribute
// (url, uri, endpoint, api_url, path); a .tfvars or JSON file always may. An
// HCL file without one of those words anywhere holds only other blocks
// (resources that make no request and run no shell), from which no value,
// request, shell command or credential sink comes: the module loader skips
// it, and it needs no analysis unless it mentions dbt itself. A check that
// comes to read another kind of block or attribute must add its word here.
bool mayContribute(const std::string& path, std::string_view text);

// The module files of the directory asked about last. The files of a
// directory come one after another, and each asks for its siblings twice (the
// prefilter, then the analysis): without it, an N-file directory would be
// listed 2N times.
class ModuleFileListing {
 public:
  // The other files of the module directory of the file at `analysedPath`,
  // sorted: what a TerraformModule reads besides that file.
  std::vector<std::string> siblingsOf(const std::string& analysedPath);

 private:
  std::optional<std::string> directory_;
  std::vector<std::string> files_;  // its module files, sorted
};

// The parsed files of the module directory analysed last. A module's files
// are each other's context, so without it every file of an N-file module
// would be parsed N times; with it, once per thread. It holds one directory's
// trees, which analysing any file of it needs at once anyway.
class ParsedModuleFiles {
 public:
  // `file` parsed, or its earlier parse when the same path had the same text.
  // A new parse keeps `owner` (`file` itself) alive, or a copy of `file` when
  // there is none (the file being analysed is only lent for the analysis):
  // a reused parse copies nothing.
  std::shared_ptr<const TerraformFile> parsed(const SourceFile& file, std::shared_ptr<const SourceFile> owner);

 private:
  std::string directory_;
  std::map<std::string, std::shared_ptr<const TerraformFile>, std::less<>> files_;  // by path
};

// The files of one module directory (its .tf, .tf.json, terraform.tfvars and
// *.auto.tfvars files and their JSON forms), with what resolves values
// across them: variables, locals, templates, format() and join().
class TerraformModule {
 public:
  // `siblings`: ModuleFileListing::siblingsOf the analysed file.
  TerraformModule(const SourceFile& analysed, const std::vector<std::string>& siblings, const AnalysisContext& context,
                  ParsedModuleFiles& parsedFiles);

  const TerraformFile& analysed() const { return *files_.front(); }
  const std::vector<std::shared_ptr<const TerraformFile>>& files() const { return files_; }

  const std::vector<TerraformBlock>& blocks(const TerraformFile& file) const;
  std::vector<TerraformBlock> nestedBlocks(const TerraformBody& body) const;
  std::vector<TerraformAttribute> attributes(const TerraformBody& body) const;
  std::optional<TerraformAttribute> attribute(const TerraformBody& body, std::string_view name) const;
  // Elements of a tuple expression (`["bash", "-c", "…"]`).
  std::vector<TerraformValue> tupleElements(const TerraformValue& value) const;
  // Elements of an object expression (`{ Authorization = … }`).
  std::vector<TerraformAttribute> objectElements(const TerraformValue& value) const;

  // Every value the expression may take (a conditional or `%{ if }` gives
  // several), unknown parts as holes.
  std::vector<ResolvedString> resolve(const TerraformValue& value) const;
  // The string literals the value comes from, followed through variables
  // (their defaults and the .tfvars files) and locals.
  std::vector<TerraformLiteral> literalsBehind(const TerraformValue& value) const;
  // `var.NAME` when the value is just a reference to a variable, with the span of NAME.
  std::optional<std::pair<std::string, Span>> variableReference(const TerraformValue& value) const;
  // Where the value's text starts: after the opening quote, at a heredoc's first line.
  size_t contentStart(const TerraformValue& value) const;
  // The value as one literal, with where each byte of its text stands.
  std::optional<std::pair<std::string, std::vector<size_t>>> literalWithOffsets(const TerraformValue& value) const;

 private:
  std::vector<TerraformBlock> topLevelBlocks(const TerraformFile& file) const;
  std::vector<ResolvedString> resolveNode(const TerraformFile& file, TSNode node, int depth) const;
  std::vector<ResolvedString> resolveTemplate(const TerraformFile& file, TSNode node, int depth) const;
  std::vector<ResolvedString> resolveFunction(const TerraformFile& file, TSNode node, int depth) const;
  std::vector<ResolvedString> resolveReference(const std::string& kind, const std::string& name, int depth) const;
  std::vector<ResolvedString> resolveValue(const TerraformValue& value, int depth) const;
  void collectLiterals(const TerraformValue& value, int depth, std::vector<TerraformLiteral>& out) const;
  // The values a variable or local may take: .tfvars assignments, else the
  // default; with `withOverridden`, the default even when assigned.
  std::vector<TerraformValue> definitions(const std::string& kind, const std::string& name, bool withOverridden) const;
  std::optional<std::pair<std::string, std::string>> reference(const TerraformValue& value) const;

  std::vector<std::shared_ptr<const TerraformFile>> files_;  // the analysed file first
  mutable std::map<std::string, std::vector<TerraformValue>> definitions_;
  mutable std::map<std::string, std::vector<ResolvedString>> resolvedReferences_;  // by "var.x" / "local.y"
  mutable size_t literalSteps_ = 0;  // of the current literalsBehind call
};

}  // namespace dbtlint
