#include "TerraformFrontEnd.h"

#include <algorithm>
#include <set>

#include "DbtDomain.h"
#include "ParseBudget.h"
#include "Secrets.h"
#include "TerraformModule.h"

namespace dbtlint {
namespace {

// Attributes that name a request target in providers and data sources we do
// not know by name.
bool isRequestAttribute(std::string_view name) {
  return name == "url" || name == "uri" || name == "endpoint" || name == "api_url" || name == "path";
}

// Real configurations nest blocks a few levels deep; hostile input is cut here.
constexpr int kDeepestBlock = 64;

bool isLocalModuleSource(const std::string& source) { return source.starts_with("./") || source.starts_with("../"); }

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

// Where a credential is given to dbt Cloud: the provider's token, an
// Authorization header, a local module's token input.
struct CredentialSink {
  TerraformValue value;
  bool isHeader = false;  // "Token …" / "Bearer …" before the credential
  Span place;             // the block, for the related location
  const TerraformFile* placeFile = nullptr;
  std::string description;
};

class Analysis {
 public:
  Analysis(const SourceFile& file, const std::vector<std::string>& siblings, const AnalysisContext& context,
           ParsedModuleFiles& parsedFiles)
      : file_(file), context_(context), module_(file, siblings, context, parsedFiles) {}

  FileAnalysis run() {
    const TerraformFile& analysed = module_.analysed();
    if (!analysed.isJson && !analysed.tree) {
      if (analysed.overBudget) result_.notifications.push_back(parseAbandoned(file_.path()));
      result_.analysedWholeFile = false;
      return std::move(result_);
    }
    if (analysed.errors.firstError) {
      const uint32_t line = file_.positionOf(*analysed.errors.firstError).line;
      result_.notifications.push_back({Level::Warning, NotificationKind::ParseError, file_.path(),
                                       "Terraform syntax error at line " + std::to_string(line) +
                                           "; findings cover only what parsed"});
      result_.unparsed = analysed.errors.unparsed;
    }
    for (const CredentialSink& sink : credentialSinks()) checkCredentialSink(sink);
    checkNamedCredentials(analysed);
    checkTokensEverywhere(analysed);
    for (const TerraformBlock& block : module_.blocks(analysed)) checkRequests(block, 0);
    for (const TerraformBlock& block : module_.blocks(analysed)) checkShell(block, 0);
    return std::move(result_);
  }

 private:
  std::vector<CredentialSink> credentialSinks() const {
    std::vector<CredentialSink> sinks;
    for (const auto& file : module_.files()) {
      for (const TerraformBlock& block : module_.blocks(*file)) {
        const std::string label = block.labels.empty() ? "" : block.labels.front();
        // `Authorization: Token …` is GitHub's form too: a request known to go
        // elsewhere sends no dbt Cloud credential.
        const auto headersOf = [&](std::string_view attributeName, std::string_view targetName, const std::string& description) {
          if (goesOnlyElsewhere(block.body, targetName)) return;
          if (const auto headers = module_.attribute(block.body, attributeName)) {
            for (const auto& element : module_.objectElements(headers->value)) {
              if (equalsIgnoringCase(element.name, "Authorization")) {
                sinks.push_back({element.value, true, block.span, file.get(), description});
              }
            }
          }
        };
        if (block.type == "provider" && label == "dbtcloud") {
          if (const auto token = module_.attribute(block.body, "token")) {
            sinks.push_back({token->value, false, block.span, file.get(), "the dbtcloud provider takes it as its token here"});
          }
        } else if (block.type == "provider" && label == "restapi") {
          headersOf("headers", "uri", "the restapi provider sends it as its Authorization header here");
        } else if (block.type == "data" && label == "http") {
          headersOf("request_headers", "url", "this HTTP request sends it as its Authorization header");
        } else if (block.type == "module") {
          const auto source = module_.attribute(block.body, "source");
          const auto sources = source ? module_.resolve(source->value) : std::vector<ResolvedString>{};
          if (sources.size() != 1 || !sources.front().isFullyKnown() || !isLocalModuleSource(*sources.front().knownText())) continue;
          for (const auto& input : module_.attributes(block.body)) {
            if (input.name == "token" || isDbtCredentialName(input.name)) {
              sinks.push_back({input.value, false, block.span, file.get(), "this module receives it as its " + input.name + " input"});
            }
          }
        }
      }
    }
    return sinks;
  }

  bool goesOnlyElsewhere(const TerraformBody& body, std::string_view targetName) const {
    const auto target = module_.attribute(body, targetName);
    if (!target) return false;
    const auto values = module_.resolve(target->value);
    return !values.empty() && std::all_of(values.begin(), values.end(), [&](const ResolvedString& value) {
      return classifyEndpoint(value, context_.hosts()).host == HostKind::Other;
    });
  }

  void checkCredentialSink(const CredentialSink& sink) {
    std::vector<RelatedLocation> related{{location(*sink.placeFile, sink.place), sink.description}};
    TerraformValue value = sink.value;
    if (sink.isHeader) {
      // "Token abc…" as one literal: the credential is after the scheme.
      if (const auto literal = module_.literalWithOffsets(value)) {
        const size_t space = literal->first.find(' ');
        if (space == std::string::npos || space + 1 >= literal->first.size()) return;
        const std::string credential = literal->first.substr(space + 1);
        if (sink.value.file == &module_.analysed()) {
          reportCredential(credential, {literal->second[space + 1], literal->second.back() + 1}, related);
        }
        return;
      }
      // "Token ${var.x}": follow the interpolation.
      const auto interpolation = headerInterpolation(value);
      if (!interpolation) return;
      value = *interpolation;
    }
    if (const auto variable = module_.variableReference(value);
        variable && isLegacyApiKeyName(variable->first) && value.file == &module_.analysed()) {
      const std::string name = variable->first;
      report("DBT003", variable->second, [&](std::string_view parameter) -> std::optional<std::string> {
        if (parameter == "span") return name;
        return std::nullopt;
      }, {}, related);
    }
    for (const TerraformLiteral& literal : module_.literalsBehind(value)) {
      if (literal.file == &module_.analysed()) reportCredential(literal.text, literal.span, related);
    }
  }

  // The expression of `"Token ${…}"`: a template of one literal scheme and one interpolation.
  std::optional<TerraformValue> headerInterpolation(const TerraformValue& value) const {
    if (value.json != nullptr || ts_node_is_null(value.node)) return std::nullopt;
    TSNode node = value.node;
    while (ts_node_named_child_count(node) == 1 && std::string_view(ts_node_type(node)) != "quoted_template") {
      node = ts_node_named_child(node, 0);
    }
    if (std::string_view(ts_node_type(node)) != "quoted_template") return std::nullopt;
    std::optional<TerraformValue> found;
    for (uint32_t i = 0; i < ts_node_named_child_count(node); ++i) {
      const TSNode child = ts_node_named_child(node, i);
      if (std::string_view(ts_node_type(child)) != "template_interpolation") continue;
      if (found) return std::nullopt;
      for (uint32_t j = 0; j < ts_node_named_child_count(child); ++j) {
        const TSNode expression = ts_node_named_child(child, j);
        if (std::string_view(ts_node_type(expression)) == "expression") {
          found = TerraformValue{value.file, expression, nullptr, {ts_node_start_byte(expression), ts_node_end_byte(expression)}};
        }
      }
    }
    return found;
  }

  // DBT001 where a literal key is assigned to a dbt-named variable or attribute.
  void checkNamedCredentials(const TerraformFile& analysed) {
    const auto check = [&](const std::string& name, const TerraformValue& value) {
      if (!isDbtCredentialName(name)) return;
      if (const auto literal = module_.literalWithOffsets(value); literal && !literal->first.empty()) {
        reportCredential(literal->first, {literal->second.front(), literal->second.back() + 1}, {});
      }
    };
    if (analysed.isVariableValues) {
      const TerraformBody body = analysed.isJson ? TerraformBody{&analysed, TSNode{}, &analysed.json}
                                                 : TerraformBody{&analysed, ts_tree_root_node(analysed.tree.get()), nullptr};
      for (const auto& attribute : module_.attributes(body)) check(attribute.name, attribute.value);
      return;
    }
    for (const TerraformBlock& block : module_.blocks(analysed)) {
      if (block.type == "variable" && block.labels.size() == 1) {
        if (const auto fallback = module_.attribute(block.body, "default")) check(block.labels.front(), fallback->value);
      }
      for (const auto& attribute : module_.attributes(block.body)) check(attribute.name, attribute.value);
    }
  }

  // DBT002 for a token of real shape anywhere in the file: exposed whatever it is used for.
  void checkTokensEverywhere(const TerraformFile& analysed) {
    const std::string_view text = analysed.source->text();
    for (size_t at = 0; at + 5 <= text.size(); ++at) {
      if (!hasDbtTokenPrefix(text.substr(at, 5))) continue;
      if (at > 0 && (std::isalnum(static_cast<unsigned char>(text[at - 1])) || text[at - 1] == '_')) continue;
      size_t end = at + 5;
      while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '_' || text[end] == '-')) ++end;
      if (classifyCredential(text.substr(at, end - at)) == CredentialKind::DbtToken) report("DBT002", {at, end}, nullptr, {{at, end}}, {});
      at = end;
    }
  }

  void reportCredential(const std::string& credential, Span span, const std::vector<RelatedLocation>& related) {
    switch (classifyCredential(credential)) {
      case CredentialKind::LegacyKey: report("DBT001", span, nullptr, {span}, related); break;
      case CredentialKind::DbtToken: report("DBT002", span, nullptr, {span}, related); break;
      default: break;
    }
  }

  // A base that relative paths in this module are joined to: the dbtcloud
  // provider's host_url (it includes /api), or the restapi provider's uri.
  std::vector<ResolvedString> providerBase(std::string_view provider, std::string_view attributeName) const {
    for (const auto& file : module_.files()) {
      for (const TerraformBlock& block : module_.blocks(*file)) {
        if (block.type != "provider" || block.labels.empty() || block.labels.front() != provider) continue;
        if (const auto base = module_.attribute(block.body, attributeName)) return module_.resolve(base->value);
      }
    }
    return {};
  }

  void checkRequests(const TerraformBlock& block, int depth) {
    if (depth > kDeepestBlock) return;
    const std::string label = block.labels.empty() ? "" : block.labels.front();
    if (block.type == "provider" && label == "dbtcloud") return;  // host_url is a base, not a request
    const bool restapi = label.starts_with("restapi");
    for (const auto& attribute : module_.attributes(block.body)) {
      if (!isRequestAttribute(attribute.name)) continue;
      std::vector<ResolvedString> targets;
      for (const ResolvedString& value : module_.resolve(attribute.value)) {
        const bool relative = !value.pieces().empty() && !value.pieces().front().isHole && value.pieces().front().text.starts_with("/");
        if (!relative) {
          targets.push_back(value);
          continue;
        }
        for (const ResolvedString& base : restapi ? providerBase("restapi", "uri") : providerBase("dbtcloud", "host_url")) {
          ResolvedString joined = base;
          if (base.knownText() && base.knownText()->ends_with("/")) {
            joined = ResolvedString::literal(base.knownText()->substr(0, base.knownText()->size() - 1));
          }
          targets.push_back(joined.append(value));
        }
      }
      checkRequestTargets(attribute.value, targets);
    }
    for (const TerraformBlock& nested : module_.nestedBlocks(block.body)) checkRequests(nested, depth + 1);
  }

  void checkRequestTargets(const TerraformValue& value, const std::vector<ResolvedString>& targets) {
    const size_t start = module_.contentStart(value);
    const Span span{start, start + 1};
    for (const ResolvedString& target : targets) {
      const Endpoint endpoint = classifyEndpoint(target, context_.hosts());
      if (endpoint.host != HostKind::DbtCloud || !endpoint.isDbtApiPath) continue;
      if (endpoint.isCrossAccountCollection) {
        const std::string version = std::to_string(endpoint.apiVersion.value_or(2));
        report("DBT101", span, [&](std::string_view name) -> std::optional<std::string> {
          if (name == "version") return version;
          return std::nullopt;
        }, {}, {});
      }
      report("DBT201", span, [&](std::string_view name) -> std::optional<std::string> {
        if (name == "path") return endpoint.path;
        if (name == "credential") return "not resolved";
        return std::nullopt;
      }, {}, {});
    }
  }

  // Shell run by Terraform: local-exec provisioners and data "external" programs.
  void checkShell(const TerraformBlock& block, int depth) {
    if (depth > kDeepestBlock) return;
    const std::string label = block.labels.empty() ? "" : block.labels.front();
    if (block.type == "provisioner" && label == "local-exec") {
      if (const auto command = module_.attribute(block.body, "command")) analyzeShell(command->value, block.body);
    } else if (block.type == "data" && label == "external") {
      // ["bash", "-c", "script"]: the script is shell; other programs are not.
      if (const auto program = module_.attribute(block.body, "program")) {
        const auto elements = module_.tupleElements(program->value);
        for (size_t i = 0; i + 1 < elements.size(); ++i) {
          const auto flag = module_.literalWithOffsets(elements[i]);
          if (flag && flag->first == "-c") analyzeShell(elements[i + 1], block.body);
        }
      }
    }
    for (const TerraformBlock& nested : module_.nestedBlocks(block.body)) checkShell(nested, depth + 1);
  }

  void analyzeShell(const TerraformValue& value, const TerraformBody& body) {
    EmbeddedCode code;
    code.language = Language::Shell;
    code.fallback = {value.span.begin, value.span.begin + 1};
    if (auto literal = module_.literalWithOffsets(value)) {
      code.text = std::move(literal->first);
      code.hostOffsets = std::move(literal->second);
    } else {
      // A template: its first value, each interpolation Terraform fills in
      // standing as an unset shell variable, so it stays unknown there too.
      const auto values = module_.resolve(value);
      if (values.empty()) return;
      for (const auto& piece : values.front().pieces()) code.text += piece.isHole ? "${TERRAFORM_INTERPOLATION}" : piece.text;
    }
    if (const auto environment = module_.attribute(body, "environment")) {
      for (const auto& element : module_.objectElements(environment->value)) {
        const auto values = module_.resolve(element.value);
        code.environment.emplace_back(element.name, values.empty() ? ResolvedString::hole(element.name) : values.front());
      }
    }
    FileAnalysis embedded = context_.analyzeEmbedded(file_, code);
    for (Detection& detection : embedded.detections) {
      if (seen_.insert({std::string(detection.rule->id), detection.span.begin}).second) result_.detections.push_back(std::move(detection));
    }
    result_.unparsed.insert(result_.unparsed.end(), embedded.unparsed.begin(), embedded.unparsed.end());
  }

  Location location(const TerraformFile& file, Span span) const {
    return {file.source->path(), file.source->positionOf(span.begin), file.source->positionOf(span.end)};
  }

  void report(std::string_view ruleId, Span span, const std::function<std::optional<std::string>(std::string_view)>& parameter,
              std::vector<Span> secrets, std::vector<RelatedLocation> related) {
    const Rule* rule = context_.rule(ruleId);
    if (rule == nullptr || !seen_.insert({std::string(ruleId), span.begin}).second) return;
    Detection detection;
    detection.rule = rule;
    detection.span = span;
    detection.message = formatMessage(rule->message, parameter ? parameter : [](std::string_view) -> std::optional<std::string> {
      return std::nullopt;
    });
    detection.secrets = std::move(secrets);
    detection.related = std::move(related);
    detection.layer = Layer::Syntax;
    result_.detections.push_back(std::move(detection));
  }

  const SourceFile& file_;
  const AnalysisContext& context_;
  TerraformModule module_;
  FileAnalysis result_;
  std::set<std::pair<std::string, size_t>> seen_;  // rule and place: one detection each
};

}  // namespace

TerraformFrontEnd::TerraformFrontEnd()
    : parsedModuleFiles_(std::make_unique<ParsedModuleFiles>()), moduleFiles_(std::make_unique<ModuleFileListing>()) {}

TerraformFrontEnd::~TerraformFrontEnd() = default;

bool TerraformFrontEnd::handles(Language language) const {
  return language == Language::Terraform || language == Language::TerraformJson;
}

std::vector<std::string_view> TerraformFrontEnd::decidedRules() const { return {"DBT001", "DBT002", "DBT003", "DBT101"}; }

std::optional<std::vector<std::string>> TerraformFrontEnd::dependencies(const SourceFile& file, const WordPlaces&) const {
  // Whatever its siblings hold, a file that holds nothing of what the
  // analysis reads has nothing to be found in.
  if (!mayContribute(file.path(), file.text())) return std::vector<std::string>{};
  return moduleFiles_->siblingsOf(file.path());
}

FileAnalysis TerraformFrontEnd::analyze(const SourceFile& file, const AnalysisContext& context) {
  return Analysis(file, moduleFiles_->siblingsOf(file.path()), context, *parsedModuleFiles_).run();
}

}  // namespace dbtlint
