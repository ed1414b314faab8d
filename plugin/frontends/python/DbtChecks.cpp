#include "DbtChecks.h"

#include <algorithm>
#include <cctype>

#include "DbtDomain.h"
#include "StringOperations.h"
#include "Syntax.h"

namespace dbtlint::python {
namespace {

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

// The types of objects a receiver expression can hold.
std::vector<Value> receiverValues(Node call, const Scope& scope, const Module& module, Interpreter& interpreter) {
  const Node function = field(call, "function");
  if (!isType(function, "attribute")) return {};
  return interpreter.evaluate(field(function, "object"), scope, module);
}

// Relative to a client's base: a path, or a value that starts unknown (a
// path parameter; the client's base says where it goes).
bool isRelative(const ResolvedString& url) {
  const auto& pieces = url.pieces();
  return !pieces.empty() && (pieces.front().isHole || pieces.front().text.find("://") == std::string::npos);
}

// The module of `origin`: `module` or one it imports, three imports deep at
// most; null when it is none of those.
const Module* moduleOf(const Origin& origin, const Module& module, int depth = 0) {
  if (origin.file == module.file.get()) return &module;
  if (depth == 3) return nullptr;
  for (const auto& imported : module.imports) {
    if (const Module* found = moduleOf(origin, *imported, depth + 1)) return found;
  }
  return nullptr;
}

// The syntax node a value was made at, when that is in `module`; a string's
// origin is its content, so its string is taken.
Node nodeAt(const Origin& origin, const Module& module) {
  if (origin.file != module.file.get() || origin.span.end > module.source().size()) return Node{};
  Node node = descendantForRange(module.root(), origin.span.begin, origin.span.end);
  if (isType(node, "string_content")) node = parentOf(node);
  return node;
}

// Whether a node is in an `import x` statement: what it binds is a module.
bool isModuleImport(Node node) {
  while (!isNull(node) && !isType(node, "import_statement")) node = parentOf(node);
  return !isNull(node);
}

// The value of a headers dictionary's Authorization entry, else null.
Node authorizationIn(Node dictionary, std::string_view source) {
  if (!isType(dictionary, "dictionary")) return Node{};
  for (const Node pair : namedChildren(dictionary)) {
    if (isType(pair, "pair") && equalsIgnoringCase(plainLiteral(field(pair, "key"), source).value_or(""), "Authorization")) {
      return field(pair, "value");
    }
  }
  return Node{};
}

// A credential's text after an Authorization scheme (`Token `, `Bearer `).
std::string_view withoutScheme(std::string_view text) {
  const size_t start = std::min(text.find_first_not_of(" \t"), text.size());
  text.remove_prefix(start);
  for (const std::string_view scheme : {"token", "bearer"}) {
    if (equalsIgnoringCase(text.substr(0, scheme.size()), scheme) &&
        (text.size() == scheme.size() || text[scheme.size()] == ' ' || text[scheme.size()] == '\t')) {
      text.remove_prefix(scheme.size());
      text.remove_prefix(std::min(text.find_first_not_of(" \t"), text.size()));
    }
  }
  return text;
}

// Code that reads a credential, as written (`os.getenv("DBT_CLOUD_TOKEN")`,
// `settings.dbt_api_key`), when it is short, on one line and holds no
// credential-shaped literal.
std::optional<std::string> readingCode(Node node, std::string_view source) {
  const std::string_view text = textOf(node, source);
  if (text.empty() || text.size() > 80 || text.find('\n') != std::string_view::npos) return std::nullopt;
  std::vector<Node> pending{node};
  while (!pending.empty()) {
    const Node current = pending.back();
    pending.pop_back();
    if (isType(current, "string")) {
      const CredentialKind kind = classifyCredential(plainLiteral(current, source).value_or(""));
      if (kind == CredentialKind::DbtToken || kind == CredentialKind::LegacyKey) return std::nullopt;
    }
    for (const Node child : namedChildren(current)) pending.push_back(child);
  }
  return std::string(text);
}

}  // namespace

void DbtChecks::visit(Node expression, const Scope& scope, const Module& module, Interpreter& interpreter) {
  // Only the checks of this expression may use what calleeTypeOf keeps.
  visitedCallee_.reset();
  checkExpression(expression, scope, module, interpreter);
  visitedCallee_.reset();
}

const Values& DbtChecks::calleeValuesOf(Node call, const Scope& scope, const Module& module, Interpreter& interpreter) const {
  if (!visitedCallee_ || visitedCallee_->call != call || visitedCallee_->scope != &scope || visitedCallee_->module != &module) {
    visitedCallee_ = VisitedCallee{call, &scope, &module, interpreter.evaluate(field(call, "function"), scope, module)};
  }
  return visitedCallee_->values;
}

std::string DbtChecks::calleeTypeOf(Node call, const Scope& scope, const Module& module, Interpreter& interpreter) const {
  for (const Value& callee : calleeValuesOf(call, scope, module, interpreter)) {
    if (callee.kind == Value::Kind::Object && !callee.type.empty()) return callee.type;
  }
  return {};
}

void DbtChecks::checkExpression(Node expression, const Scope& scope, const Module& module, Interpreter& interpreter) {
  if (!wrapperCalls_.empty()) {
    if (isType(expression, "call")) {
      checkRequest(expression, scope, module, interpreter);
      checkWrapperCall(expression, scope, module, interpreter);
    }
    return;
  }
  if (isType(expression, "pair")) return checkAuthorizationHeader(expression, scope, module, interpreter);
  if (isType(expression, "class_definition")) return checkSettingsFields(expression, scope, module, interpreter);
  if (isType(expression, "call")) {
    noteHeadersSentElsewhere(expression, scope, module, interpreter);
    checkRequest(expression, scope, module, interpreter);
    checkAccountListing(expression, scope, module, interpreter);
    checkShellCommand(expression, scope, module, interpreter);
    checkClientCredentials(expression, scope, module, interpreter);
    checkClientCallSite(expression, scope, module, interpreter);
    checkWrapperCall(expression, scope, module, interpreter);
  }
  if (isType(expression, "subscript")) checkAuthorizationHeader(expression, scope, module, interpreter);
  if (isType(expression, "subscript") || isType(expression, "call")) noteAuthorizationSet(expression, scope, module, interpreter);
  checkLegacyKeyRead(expression, scope, module, interpreter);
}

void DbtChecks::report(const Rule& rule, Span span, std::string message, std::vector<RelatedLocation> related) {
  Detection detection;
  detection.rule = &rule;
  detection.span = span;
  detection.message = std::move(message);
  detection.related = std::move(related);
  detection.layer = Layer::Syntax;
  analysis_.detections.push_back(std::move(detection));
}

RelatedLocation DbtChecks::relatedAt(const Origin& origin, std::string message) const {
  const SourceFile& file = origin.file != nullptr ? *origin.file : file_;
  return {{file.path(), file.positionOf(origin.span.begin), file.positionOf(origin.span.end)}, std::move(message)};
}

DbtChecks::Request DbtChecks::requestOf(Node call, const Scope& scope, const Module& module, Interpreter& interpreter) const {
  const std::string_view source = module.source();
  const Node function = field(call, "function");
  std::string method(textOf(isType(function, "attribute") ? field(function, "attribute") : function, source));
  const std::string type = calleeTypeOf(call, scope, module, interpreter);
  if (!type.empty()) method = lastComponent(type);
  if (endsWithComponent(type, "environ.get") || endsWithComponent(type, "Variable.get")) return {};

  // Which argument is the URL, and whether the request is a GET.
  Node url{};
  bool get = false;
  if (method == "get") {
    url = argumentOf(call, 0, "url", source);
    get = true;
  } else if (method == "post" || method == "put" || method == "patch" || method == "delete" || method == "head") {
    url = argumentOf(call, 0, "url", source);  // a call site, never a list call
  } else if (method == "request") {
    for (const ResolvedString& verb : interpreter.strings(interpreter.evaluate(argumentOf(call, 0, "method", source), scope, module))) {
      get = get || equalsIgnoringCase(verb.knownText().value_or(""), "GET");
    }
    url = argumentOf(call, 1, "url", source);
  } else if (method == "urlopen") {
    url = argumentOf(call, 0, "url", source);
    get = true;
    if (isType(url, "call") && lastComponent(dottedName(field(url, "function"), source)) == "Request") {
      const Node verb = argumentOf(url, SIZE_MAX, "method", source);
      get = isNull(verb) ? isNull(argumentOf(url, 1, "data", source))
                         : equalsIgnoringCase(plainLiteral(verb, source).value_or(""), "GET");
      url = argumentOf(url, 0, "url", source);
    }
  }
  if (isNull(url)) return {};

  // Where it goes: a relative URL joins each base of the receiver.
  std::vector<ResolvedString> bases;
  for (const Value& receiver : receiverValues(call, scope, module, interpreter)) {
    bases.insert(bases.end(), receiver.baseUrls.begin(), receiver.baseUrls.end());
  }
  Request request{url, get, {}};
  for (const Value& value : interpreter.evaluate(url, scope, module)) {
    const ResolvedString text = interpreter.strings({value}).front();
    if (isRelative(text) && !bases.empty()) {
      for (const ResolvedString& base : bases) {
        const ResolvedString joined = baseUrlJoin(base, text);
        request.targets.push_back({classifyEndpoint(joined, context_.hosts()), joined, value.origin});
      }
    } else {
      request.targets.push_back({classifyEndpoint(text, context_.hosts()), text, value.origin});
    }
  }
  return request;
}

void DbtChecks::checkRequest(Node call, const Scope& scope, const Module& module, Interpreter& interpreter) {
  const bool inWrapper = !wrapperCalls_.empty();
  const Rule* crossAccount = context_.rule("DBT101");
  const Rule* callSite = context_.rule("DBT201");
  if (crossAccount == nullptr && callSite == nullptr) return;
  const Request request = requestOf(call, scope, module, interpreter);
  const Node url = request.url;
  const std::vector<Target>& targets = request.targets;
  if (isNull(url)) return;
  const auto isCrossAccount = [](const Target& t) { return t.endpoint.host == HostKind::DbtCloud && t.endpoint.isCrossAccountCollection; };
  const auto first = std::find_if(targets.begin(), targets.end(), isCrossAccount);
  const auto api = std::find_if(targets.begin(), targets.end(), [](const Target& t) {
    return t.endpoint.host == HostKind::DbtCloud && t.endpoint.isDbtApiPath;
  });
  Span span = pointOf(url);
  std::vector<RelatedLocation> related;
  if (inWrapper) {
    // Blame the caller's argument for the parameter the URL is built from.
    if (api == targets.end()) return;
    const Node argument = wrapperArgument(url, module);
    if (isNull(argument)) return;
    span = pointOf(argument);
    related.push_back(relatedAt({module.file.get(), pointOf(url)}, "the request is made here"));
  }
  const auto builtElsewhere = [&](const Origin& origin) {
    return origin.file != nullptr &&
           (origin.file != &file_ || origin.span.begin < startByte(url) || origin.span.end > endByte(url));
  };
  if (crossAccount != nullptr && request.get && first != targets.end()) {
    std::string message = formatMessage(crossAccount->message, [&](std::string_view name) -> std::optional<std::string> {
      if (name == "version") return std::to_string(first->endpoint.apiVersion.value_or(2));
      return std::nullopt;
    });
    const auto other = std::find_if_not(targets.begin(), targets.end(), isCrossAccount);
    if (other != targets.end()) {
      message += " (the URL is cross-account only on some paths; on others it is " + other->url.render() + ")";
    }
    const bool givenByCaller = inWrapper && first->origin.file == &file_ && first->origin.span.begin == span.begin;
    if (builtElsewhere(first->origin) && !givenByCaller) {
      related.push_back(relatedAt(first->origin, "the cross-account URL is built here"));
    }
    report(*crossAccount, span, std::move(message), std::move(related));
  }
  if (callSite != nullptr) {
    if (api != targets.end()) {
      const CredentialSources credential = credentialSource(call, scope, module, interpreter);
      report(*callSite, span, formatMessage(callSite->message, [&](std::string_view name) -> std::optional<std::string> {
               if (name == "path") return api->endpoint.path;
               if (name == "credential") return credential.joined();
               return std::nullopt;
             }));
      analysis_.detections.back().secrets = credential.literals;
    }
  }
}

void DbtChecks::CredentialSources::add(const CredentialSources& more) {
  names.insert(names.end(), more.names.begin(), more.names.end());
  literals.insert(literals.end(), more.literals.begin(), more.literals.end());
}

std::string DbtChecks::CredentialSources::joined() const {
  std::string text;
  std::set<std::string> seen;
  for (const std::string& name : names) {
    if (seen.insert(name).second) text += (text.empty() ? "" : " or ") + name;
  }
  return text;
}

DbtChecks::CredentialSources DbtChecks::credentialSource(Node call, const Scope& scope, const Module& module,
                                                         Interpreter& interpreter) {
  const std::string_view source = module.source();
  // The headers given: to the call, to a Request it opens, to the session
  // or client it is made on (in an imported module, read with its names).
  struct Headers {
    Node node;
    const Scope* scope;
    const Module* module;
  };
  std::vector<Headers> headers{{argumentOf(call, SIZE_MAX, "headers", source), &scope, &module}};
  const Node opened = argumentOf(call, 0, "url", source);
  if (isType(opened, "call") && lastComponent(dottedName(field(opened, "function"), source)) == "Request") {
    headers.push_back({argumentOf(opened, 2, "headers", source), &scope, &module});
  }
  CredentialSources sources;
  bool headersUnknown = false;
  // Headers set apart on a session made in another module are not seen.
  bool madeElsewhere = false;
  for (const Value& receiver : receiverValues(call, scope, module, interpreter)) {
    if (const auto set = authorizationSet_.find(receiver.origin.span.begin); set != authorizationSet_.end() && receiver.origin.file == &file_) {
      sources.add(set->second);
    }
    // A session or client made here has the headers seen; one made
    // elsewhere (a parameter, an import) may have any. A module has none.
    const Module* where = moduleOf(receiver.origin, module);
    const Node made = where == nullptr ? Node{} : nodeAt(receiver.origin, *where);
    if (receiver.kind == Value::Kind::Object && isType(made, "call")) {
      const Scope* names = where == &module ? &scope : &where->globals;
      madeElsewhere = madeElsewhere || where != &module;
      headers.push_back({argumentOf(made, SIZE_MAX, "headers", where->source()), names, where});
    } else if (!isModuleImport(made)) {
      headersUnknown = true;
    }
  }
  for (const auto& [given, names, where] : headers) {
    if (isNull(given)) continue;
    std::vector<Headers> dictionaries;
    if (isType(given, "dictionary")) {
      dictionaries.push_back({given, names, where});
    } else {
      for (const Value& value : interpreter.evaluate(given, *names, *where)) {
        const Module* home = moduleOf(value.origin, *where);
        const Node made = home == nullptr ? Node{} : nodeAt(value.origin, *home);
        if (const auto set = authorizationSet_.find(value.origin.span.begin); set != authorizationSet_.end() && value.origin.file == &file_) {
          sources.add(set->second);
        }
        if (isType(made, "dictionary")) {
          dictionaries.push_back({made, home == where ? names : &home->globals, home});
        } else {
          headersUnknown = true;
        }
      }
    }
    for (const Headers& dictionary : dictionaries) {
      const Node value = authorizationIn(dictionary.node, dictionary.module->source());
      if (!isNull(value)) describeCredential(value, *dictionary.scope, *dictionary.module, interpreter, 0, sources);
    }
  }
  if (headersUnknown || (madeElsewhere && sources.names.empty())) sources.names.push_back("unknown");
  if (sources.names.empty()) sources.names.push_back("no Authorization header seen");
  return sources;
}

void DbtChecks::checkClientCallSite(Node call, const Scope& scope, const Module& module, Interpreter& interpreter) {
  const Rule* rule = context_.rule("DBT201");
  if (rule == nullptr) return;
  const std::string_view source = module.source();
  const std::string type = calleeTypeOf(call, scope, module, interpreter);
  const std::string client = lastComponent(type);
  CredentialSources credential;
  if (type.starts_with("dbtc.") && client == "dbtCloudClient") {
    for (const std::string keyword : {"api_key", "service_token"}) {
      const Node value = argumentOf(call, SIZE_MAX, keyword, source);
      if (isNull(value)) continue;
      CredentialSources given;
      describeCredential(value, scope, module, interpreter, 0, given);
      for (const std::string& name : given.names) credential.names.push_back(keyword + "=" + name);
      credential.literals.insert(credential.literals.end(), given.literals.begin(), given.literals.end());
    }
    // Without either, dbtc reads them from the environment.
    if (credential.names.empty()) credential.names.push_back("DBT_CLOUD_API_KEY or DBT_CLOUD_SERVICE_TOKEN from the environment");
  } else if (type.starts_with("airflow.") && client.starts_with("DbtCloud") &&
             (client.ends_with("Hook") || client.ends_with("Operator") || client.ends_with("Sensor"))) {
    // The token is the connection's password; the hook also takes the id first.
    Node id = argumentOf(call, client == "DbtCloudHook" ? 0 : SIZE_MAX, "dbt_cloud_conn_id", source);
    std::vector<ResolvedString> ids{ResolvedString::literal("dbt_cloud_default")};
    if (!isNull(id)) ids = interpreter.strings(interpreter.evaluate(id, scope, module));
    for (const ResolvedString& each : ids) {
      const std::optional<std::string> known = each.knownText();
      credential.names.push_back(known ? "Airflow connection \"" + *known + "\"" : "an Airflow connection (unknown id)");
    }
  } else {
    return;
  }
  report(*rule, spanOf(field(call, "function")), formatMessage(rule->message, [&](std::string_view name) -> std::optional<std::string> {
           if (name == "path") return client;
           if (name == "credential") return credential.joined();
           return std::nullopt;
         }));
  analysis_.detections.back().secrets = credential.literals;
}

void DbtChecks::describeCredential(Node value, const Scope& scope, const Module& module, Interpreter& interpreter, int depth,
                                   CredentialSources& sources) {
  constexpr int kDeepestSource = 4;
  const std::string_view source = module.source();
  while (isType(value, "parenthesized_expression")) value = namedChild(value, 0);
  if (isNull(value) || depth > kDeepestSource) return sources.names.push_back("unknown");
  // f"Token {key}" and "Token " + key: the credential is what is put after
  // the scheme.
  std::vector<Node> interpolations;
  for (const Node child : namedChildren(value)) {
    if (isType(child, "interpolation")) interpolations.push_back(field(child, "expression"));
  }
  if (isType(value, "string") && !interpolations.empty()) {
    for (const Node part : interpolations) describeCredential(part, scope, module, interpreter, depth + 1, sources);
    return;
  }
  if (isType(value, "binary_operator") && textOf(field(value, "operator"), source) == "+") {
    for (const Node operand : {field(value, "left"), field(value, "right")}) {
      const std::optional<std::string> literal = plainLiteral(operand, source);
      if (!literal || !withoutScheme(*literal).empty()) describeCredential(operand, scope, module, interpreter, depth + 1, sources);
    }
    return;
  }
  for (const Value& candidate : interpreter.evaluate(value, scope, module)) {
    if (const std::optional<std::string> text = candidate.text.knownText(); candidate.kind == Value::Kind::String && text) {
      const std::string_view credential = withoutScheme(*text);
      if (credential.empty()) continue;
      sources.names.emplace_back(literalCredentialName(credential));
      // A literal of this file, unchanged: its text is its source.
      const Span span = candidate.origin.span;
      if (candidate.origin.file == &file_ && span.end <= file_.text().size() &&
          file_.text().substr(span.begin, span.end - span.begin) == *text) {
        sources.literals.push_back({span.end - credential.size(), span.end});
      }
      continue;
    }
    // Where the value was made: a string built there, or the code that reads
    // it; made in another module, the code here that reads it.
    const Module* where = moduleOf(candidate.origin, module);
    Node made = where == nullptr ? Node{} : nodeAt(candidate.origin, *where);
    if (isNull(made)) {
      made = value;
      where = &module;
    }
    if ((isType(made, "string") || isType(made, "binary_operator")) && made != value) {
      describeCredential(made, where == &module ? scope : where->globals, *where, interpreter, depth + 1, sources);
      continue;
    }
    const bool reads = isType(made, "call") || isType(made, "subscript") || isType(made, "attribute");
    const std::optional<std::string> code = reads ? readingCode(made, where->source()) : std::nullopt;
    sources.names.push_back(code.value_or("unknown"));
  }
}

void DbtChecks::noteAuthorizationSet(Node expression, const Scope& scope, const Module& module, Interpreter& interpreter) {
  if (context_.rule("DBT201") == nullptr) return;
  const std::string_view source = module.source();
  // The headers set (`headers` or `session.headers`) and the Authorization value.
  Node holder{};
  Node value{};
  if (isType(expression, "subscript")) {
    if (!equalsIgnoringCase(plainLiteral(field(expression, "subscript"), source).value_or(""), "Authorization")) return;
    const Node assignment = parentOf(expression);
    if (!isType(assignment, "assignment") || field(assignment, "left") != expression) return;
    holder = field(expression, "value");
    value = field(assignment, "right");
  } else {
    const Node function = field(expression, "function");
    if (!isType(function, "attribute") || textOf(field(function, "attribute"), source) != "update") return;
    holder = field(function, "object");
    value = authorizationIn(argumentOf(expression, 0, "", source), source);
    if (isNull(value)) return;
  }
  // `session.headers` is kept under the session, `headers` under its dictionary.
  if (isType(holder, "attribute") && textOf(field(holder, "attribute"), source) == "headers") holder = field(holder, "object");
  CredentialSources sources;
  describeCredential(value, scope, module, interpreter, 0, sources);
  for (const Value& made : interpreter.evaluate(holder, scope, module)) {
    if (made.origin.file == &file_) authorizationSet_[made.origin.span.begin].add(sources);
  }
}

void DbtChecks::checkWrapperCall(Node call, const Scope& scope, const Module& module, Interpreter& interpreter) {
  // Wrappers are run again for each call, three wrappers deep (a wrapper
  // calling a wrapper calling a wrapper), within a budget.
  constexpr int kMostWrapperRuns = 500;
  constexpr size_t kDeepestWrapper = 3;
  if ((context_.rule("DBT101") == nullptr && context_.rule("DBT201") == nullptr) || wrapperRuns_ >= kMostWrapperRuns ||
      wrapperCalls_.size() >= kDeepestWrapper) {
    return;
  }
  // A copy: the wrapper's own visits drop what calleeValuesOf keeps.
  const Values callees = calleeValuesOf(call, scope, module, interpreter);
  for (const Value& callee : callees) {
    if (callee.kind != Value::Kind::Function || callee.module == nullptr) continue;
    // A wrapper calling itself is no deeper wrapper.
    const auto running = [&](const WrapperCall& wrapper) { return wrapper.call == call; };
    if (std::any_of(wrapperCalls_.begin(), wrapperCalls_.end(), running)) return;
    ++wrapperRuns_;
    wrapperCalls_.push_back({call, parameterNames(callee.definition, callee.module->source()), &module});
    interpreter.runWrapper(callee, call, scope, module);
    wrapperCalls_.pop_back();
    return;
  }
}

Node DbtChecks::wrapperArgument(Node url, const Module& module) const {
  Node blamed = url;
  const Module* where = &module;
  for (auto wrapper = wrapperCalls_.rbegin(); wrapper != wrapperCalls_.rend(); ++wrapper) {
    Node argument{};
    std::vector<Node> pending{blamed};
    while (!pending.empty() && isNull(argument)) {
      const Node node = pending.back();
      pending.pop_back();
      if (isType(node, "identifier")) {
        const auto& parameters = wrapper->parameters;
        const auto parameter = std::find(parameters.begin(), parameters.end(), textOf(node, where->source()));
        if (parameter != parameters.end()) {
          argument = argumentOf(wrapper->call, static_cast<size_t>(parameter - parameters.begin()), *parameter,
                                wrapper->caller->source());
          continue;
        }
      }
      for (const Node child : namedChildren(node)) pending.push_back(child);
    }
    if (isNull(argument)) return Node{};
    blamed = argument;
    where = wrapper->caller;
  }
  return blamed;
}

void DbtChecks::checkAccountListing(Node call, const Scope& scope, const Module& module, Interpreter& interpreter) {
  const Rule* rule = context_.rule("DBT102");
  const Node function = field(call, "function");
  if (rule == nullptr || !isType(function, "attribute")) return;
  const Node methodNode = field(function, "attribute");
  const std::string method(textOf(methodNode, module.source()));
  if (method != "list_accounts" && method != "get_account_by_name" && method != "get_accounts") return;
  // Only a receiver shown to be a dbt Cloud client: boto3 has list_accounts too.
  const auto isClient = [&](const std::string& type) {
    if (method == "get_accounts") return type.starts_with("preset_cli.") && endsWithComponent(type, "DBTClient");
    const bool dbtc = type.starts_with("dbtc.") && endsWithComponent(type, "dbtCloudClient.cloud");
    const bool hook = type.starts_with("airflow.") && endsWithComponent(type, "DbtCloudHook");
    return dbtc || (hook && method == "list_accounts");
  };
  const auto receivers = receiverValues(call, scope, module, interpreter);
  if (std::none_of(receivers.begin(), receivers.end(), [&](const Value& v) { return v.kind == Value::Kind::Object && isClient(v.type); })) {
    return;
  }
  report(*rule, spanOf(methodNode), formatMessage(rule->message, [&](std::string_view name) -> std::optional<std::string> {
           if (name == "span") return method;
           return std::nullopt;
         }));
}

void DbtChecks::checkLegacyKeyRead(Node expression, const Scope& scope, const Module& module, Interpreter& interpreter) {
  const Rule* rule = context_.rule("DBT003");
  if (rule == nullptr) return;
  const std::string_view source = module.source();
  const auto reportName = [&](Node node, const std::string& name) {
    report(*rule, isType(node, "string") ? contentSpan(node) : spanOf(node),
           formatMessage(rule->message, [&](std::string_view parameter) -> std::optional<std::string> {
             if (parameter == "span") return name;
             return std::nullopt;
           }));
  };
  if (isType(expression, "subscript")) {
    const Node key = field(expression, "subscript");
    const std::optional<std::string> name = plainLiteral(key, source);
    if (!name || !isLegacyApiKeyName(*name)) return;
    for (const Value& container : interpreter.evaluate(field(expression, "value"), scope, module)) {
      if (container.kind == Value::Kind::Object && endsWithComponent(container.type, "environ")) return reportName(key, *name);
    }
    return;
  }
  const std::string type = calleeTypeOf(expression, scope, module, interpreter);
  if (type == "os.getenv" || endsWithComponent(type, "environ.get") || endsWithComponent(type, "Variable.get")) {
    const Node key = argumentOf(expression, 0, "key", source);
    const std::optional<std::string> name = plainLiteral(key, source);
    if (name && isLegacyApiKeyName(*name)) reportName(key, *name);
    return;
  }
  // dbtc's api_key is the legacy key; report it unless what it is given was
  // read under a legacy name already (reported there).
  if (type.starts_with("dbtc.") && endsWithComponent(type, "dbtCloudClient")) {
    for (const Node argument : namedChildren(field(expression, "arguments"))) {
      const Node name = field(argument, "name");
      if (!isType(argument, "keyword_argument") || textOf(name, source) != "api_key") continue;
      bool readUnderLegacyName = false;
      for (const Value& value : interpreter.evaluate(field(argument, "value"), scope, module)) {
        for (const auto& piece : value.text.pieces()) readUnderLegacyName = readUnderLegacyName || (piece.isHole && isLegacyApiKeyName(piece.text));
      }
      if (!readUnderLegacyName) reportName(name, "api_key");
    }
  }
}

void DbtChecks::checkSettingsFields(Node definition, const Scope& scope, const Module& module, Interpreter& interpreter) {
  const Rule* rule = context_.rule("DBT003");
  if (rule == nullptr) return;
  bool settings = false;
  for (const Node base : namedChildren(field(definition, "superclasses"))) {
    for (const Value& value : interpreter.evaluate(base, scope, module)) {
      settings = settings || (value.kind == Value::Kind::Object && endsWithComponent(value.type, "BaseSettings"));
    }
  }
  if (!settings) return;
  for (const Node statement : namedChildren(field(definition, "body"))) {
    const Node assignment = namedChild(statement, 0);
    if (!isType(statement, "expression_statement") || !isType(assignment, "assignment")) continue;
    const Node name = field(assignment, "left");
    const std::string text(textOf(name, module.source()));
    if (!isType(name, "identifier") || !isLegacyApiKeyName(text)) continue;
    report(*rule, spanOf(name), formatMessage(rule->message, [&](std::string_view parameter) -> std::optional<std::string> {
             if (parameter == "span") return text;
             return std::nullopt;
           }));
  }
}

void DbtChecks::checkShellCommand(Node call, const Scope& scope, const Module& module, Interpreter& interpreter) {
  const std::string_view source = module.source();
  const std::string type = calleeTypeOf(call, scope, module, interpreter);
  Node command{};
  if (endsWithComponent(type, "BashOperator")) {
    command = argumentOf(call, SIZE_MAX, "bash_command", source);
  } else if (type == "os.system" || type == "os.popen") {
    command = argumentOf(call, 0, "command", source);
  } else if (type.starts_with("subprocess.")) {
    command = argumentOf(call, 0, "args", source);
  }
  while (isType(command, "parenthesized_expression")) command = namedChild(command, 0);
  if (isNull(command)) return;

  // The command's text where every byte maps back to the file: literal
  // strings only; an argument list becomes words joined by spaces.
  EmbeddedCode code;
  code.language = Language::Shell;
  code.fallback = spanOf(command);
  std::vector<Node> literals;
  std::string separator;
  if (isType(command, "string")) {
    literals.push_back(command);
  } else if (isType(command, "concatenated_string")) {
    literals = namedChildren(command);
  } else if (isType(command, "list")) {
    literals = namedChildren(command);
    separator = " ";
  } else {
    return;
  }
  for (const Node literal : literals) {
    if (isType(literal, "comment")) continue;
    if (!isType(literal, "string")) return;
    if (!code.text.empty()) {
      code.text += separator;
      code.hostOffsets.resize(code.text.size(), startByte(literal));
    }
    for (const StringPart& part : decodeString(literal, source)) {
      if (part.isInterpolation) return;
      code.text += part.text;
      code.hostOffsets.insert(code.hostOffsets.end(), part.offsets.begin(), part.offsets.end());
    }
  }
  analysis_.addEmbedded(context_.analyzeEmbedded(file_, code));
}

void DbtChecks::checkAuthorizationHeader(Node expression, const Scope& scope, const Module& module, Interpreter& interpreter) {
  if (context_.rule("DBT001") == nullptr) return;
  // {"Authorization": value}, or headers["Authorization"] = value.
  const bool isSubscript = isType(expression, "subscript");
  const Node key = field(expression, isSubscript ? "subscript" : "key");
  if (!equalsIgnoringCase(plainLiteral(key, module.source()).value_or(""), "Authorization")) return;
  Node value = field(expression, "value");
  if (isSubscript) {
    const Node assignment = parentOf(expression);
    if (!isType(assignment, "assignment") || field(assignment, "left") != expression) return;
    value = field(assignment, "right");
  }
  // `Authorization: token …` is GitHub's header too: only where the file
  // talks to dbt Cloud, and not to a request that goes only elsewhere.
  if (isNull(value) || !fileNamesDbtCloudHost()) return;
  if (isType(expression, "pair") && headersSentElsewhere_.contains(startByte(parentOf(expression)))) return;
  reportLegacyKeys(value, true, scope, module, interpreter);
}

void DbtChecks::checkClientCredentials(Node call, const Scope& scope, const Module& module, Interpreter& interpreter) {
  if (context_.rule("DBT001") == nullptr) return;
  const std::string type = calleeTypeOf(call, scope, module, interpreter);
  if (!type.starts_with("dbtc.") || !endsWithComponent(type, "dbtCloudClient")) return;
  for (const char* keyword : {"api_key", "service_token"}) {
    const Node value = argumentOf(call, SIZE_MAX, keyword, module.source());
    if (!isNull(value)) reportLegacyKeys(value, false, scope, module, interpreter);
  }
}

void DbtChecks::reportLegacyKeys(Node value, bool scheme, const Scope& scope, const Module& module, Interpreter& interpreter) {
  const std::string_view source = file_.text();
  // The expression and what it is made of: f-string parts and `+` operands.
  std::vector<Node> parts{value};
  for (size_t i = 0; i < parts.size() && i < 16; ++i) {
    if (isType(parts[i], "binary_operator")) {
      parts.push_back(field(parts[i], "left"));
      parts.push_back(field(parts[i], "right"));
    }
    for (const Node child : namedChildren(parts[i])) {
      if (isType(child, "interpolation")) parts.push_back(field(child, "expression"));
    }
  }
  for (const Node part : parts) {
    for (const Value& candidate : interpreter.evaluate(part, scope, module)) {
      const std::optional<std::string> text = candidate.text.knownText();
      const Span span = candidate.origin.span;
      // Only a literal written in this file, unchanged: its text is its source.
      if (candidate.kind != Value::Kind::String || candidate.origin.file != &file_ || !text || span.end > source.size() ||
          source.substr(span.begin, span.end - span.begin) != *text) {
        continue;
      }
      std::string_view credential = *text;
      size_t skipped = 0;
      for (const std::string_view prefix : {"token ", "bearer "}) {
        if (scheme && equalsIgnoringCase(credential.substr(0, prefix.size()), prefix)) skipped = prefix.size();
      }
      credential.remove_prefix(skipped);
      if (classifyCredential(credential) != CredentialKind::LegacyKey) continue;
      const Span secret{span.begin + skipped, span.end};
      report(*context_.rule("DBT001"), secret, formatMessage(context_.rule("DBT001")->message, [](std::string_view) { return std::nullopt; }));
      analysis_.detections.back().secrets.push_back(secret);
    }
  }
}

bool DbtChecks::fileNamesDbtCloudHost() {
  if (!namesDbtCloudHost_) namesDbtCloudHost_ = context_.hosts().appearsIn(file_.text());
  return *namesDbtCloudHost_;
}

void DbtChecks::noteHeadersSentElsewhere(Node call, const Scope& scope, const Module& module, Interpreter& interpreter) {
  const Node headers = argumentOf(call, SIZE_MAX, "headers", module.source());
  if (!isType(headers, "dictionary") || context_.rule("DBT001") == nullptr) return;
  const Request request = requestOf(call, scope, module, interpreter);
  const bool elsewhere = !request.targets.empty() && std::all_of(request.targets.begin(), request.targets.end(), [](const Target& t) {
    return t.endpoint.host == HostKind::Other;
  });
  if (elsewhere) headersSentElsewhere_.insert(startByte(headers));
}

namespace {

// The string literals an expression is made of where it is one: a literal,
// adjacent literals (the first), either side of `if`/`else`, `or`, `and`.
std::vector<Node> literalsOf(Node value) {
  std::vector<Node> literals;
  std::vector<Node> pending{value};
  while (!pending.empty() && literals.size() < 16) {
    const Node node = pending.back();
    pending.pop_back();
    if (isType(node, "string")) {
      literals.push_back(node);
    } else if (isType(node, "concatenated_string") || isType(node, "parenthesized_expression")) {
      if (const Node first = namedChild(node, 0); !isNull(first)) pending.push_back(first);
    } else if (isType(node, "conditional_expression") && namedChildCount(node) == 3) {
      pending.push_back(namedChild(node, 0));
      pending.push_back(namedChild(node, 2));
    } else if (isType(node, "boolean_operator")) {
      pending.push_back(field(node, "left"));
      pending.push_back(field(node, "right"));
    }
  }
  return literals;
}

bool isCredentialCharacter(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || std::string_view("._~+/=-").find(c) != std::string_view::npos;
}

// A name as code writes it, also by its last word: `settings.DBT_API_KEY`, `"prod.DBT_TOKEN"`.
bool namesDbtCredential(std::string_view name) {
  if (isDbtCredentialName(name)) return true;
  const size_t last = name.find_last_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_");
  return last != std::string_view::npos && isDbtCredentialName(name.substr(last + 1));
}

}  // namespace

void DbtChecks::reportLiteralCredential(Node string, bool scheme) {
  const Rule* rule = context_.rule("DBT001");
  const std::string_view source = file_.text();
  const Span content = contentSpan(string);
  if (rule == nullptr || content.end > source.size() || content.begin > content.end) return;
  std::string_view text = source.substr(content.begin, content.end - content.begin);
  size_t begin = content.begin;
  if (scheme) {
    const size_t spaces = std::min(text.find_first_not_of(" \t"), text.size());
    text.remove_prefix(spaces);
    begin += spaces;
    bool found = false;
    for (const std::string_view name : {"token", "bearer"}) {
      if (text.size() > name.size() && equalsIgnoringCase(text.substr(0, name.size()), name) &&
          (text[name.size()] == ' ' || text[name.size()] == '\t')) {
        const size_t skipped = std::min(text.find_first_not_of(" \t", name.size()), text.size());
        text.remove_prefix(skipped);
        begin += skipped;
        found = true;
      }
    }
    if (!found) return;
  }
  size_t length = 0;
  while (length < text.size() && isCredentialCharacter(text[length])) ++length;
  if (classifyCredential(text.substr(0, length)) != CredentialKind::LegacyKey) return;
  const Span secret{begin, begin + length};
  if (auto detection = context_.detection("DBT001", secret, {secret}, [](std::string_view) { return std::nullopt; })) {
    detection->layer = Layer::Syntax;
    analysis_.detections.push_back(std::move(*detection));
  }
}

void DbtChecks::checkNamedLiteral(std::string_view name, Node value, Node headers) {
  if (isNull(value)) return;
  if (equalsIgnoringCase(name, "Authorization")) {
    if (!fileNamesDbtCloudHost() || (!isNull(headers) && headersSentElsewhere_.contains(startByte(headers)))) return;
    for (const Node literal : literalsOf(value)) reportLiteralCredential(literal, true);
  } else if (namesDbtCredential(name)) {
    for (const Node literal : literalsOf(value)) reportLiteralCredential(literal, false);
  }
}

void DbtChecks::checkCredentials(const FlatTree& tree) {
  if (context_.rule("DBT001") == nullptr) return;
  const std::string_view source = file_.text();
  const auto nameOf = [&](Node node) -> std::string {
    if (isType(node, "identifier")) return std::string(textOf(node, source));
    if (isType(node, "attribute")) return std::string(textOf(field(node, "attribute"), source));
    if (isType(node, "subscript")) return plainLiteral(field(node, "subscript"), source).value_or("");
    return plainLiteral(node, source).value_or("");
  };
  // The file with all but comments, strings and what did not parse blanked;
  // line ends stay, so that offsets, lines and `^` are those of the file.
  std::string text(source);
  blankKeepingLineEnds(text, 0, text.size());
  // One pass over every node for both. Named nodes hold what code gives
  // literals to; a string's text is kept whole, and the nodes inside it are
  // the code of f-string interpolations (copying inner spans again changes
  // nothing).
  for (uint32_t index = 0; index < tree.size(); ++index) {
    const Node node{&tree, index};
    const std::string_view type = nodeType(node);
    if (type == "comment" || type == "string" || isError(node) || isMissing(node)) {
      const Span span = spanOf(node);
      if (span.end <= source.size()) std::copy(source.begin() + span.begin, source.begin() + span.end, text.begin() + span.begin);
    }
    if (type == "assignment" || type == "named_expression") {
      const Node target = field(node, type == "assignment" ? "left" : "name");
      checkNamedLiteral(nameOf(target), field(node, type == "assignment" ? "right" : "value"), Node{});
    } else if (type == "keyword_argument") {
      checkNamedLiteral(textOf(field(node, "name"), source), field(node, "value"), Node{});
    } else if (type == "pair") {
      checkNamedLiteral(nameOf(field(node, "key")), field(node, "value"), parentOf(node));
    } else if (type == "argument_list" || type == "tuple" || type == "list" || type == "set" || type == "expression_list") {
      // ("Authorization", "Token …"), add_header(…), os.environ.setdefault("DBT_API_KEY", "…")
      const std::vector<Node> elements = namedChildren(node);
      for (size_t i = 0; i + 1 < elements.size(); ++i) {
        if (isType(elements[i], "string")) checkNamedLiteral(plainLiteral(elements[i], source).value_or(""), elements[i + 1], Node{});
      }
    }
  }
  for (Detection& detection : context_.textDetections(SourceFile(file_.path(), std::move(text), file_.language()))) {
    if (detection.rule->id != "DBT001") continue;  // the others stand or fall as the text layer found them in the file
    detection.layer = Layer::Syntax;
    analysis_.detections.push_back(std::move(detection));
  }
}

}  // namespace dbtlint::python
