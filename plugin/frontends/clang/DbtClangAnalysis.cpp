#include "DbtClangAnalysis.h"

#include <clang/AST/ASTContext.h>
#include <clang/AST/ParentMapContext.h>
#include <clang/AST/RecursiveASTVisitor.h>
#include <clang/Basic/SourceManager.h>
#include <clang/Lex/Lexer.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "DbtDomain.h"

namespace dbtlint {
namespace {

using namespace clang;

// Constants that refer to constants: deeper chains are not worth following.
constexpr int kDeepestResolution = 16;
// Values that refer to others several times each (steps, format arguments,
// `a + a`) would grow exponentially with the depth: each value resolved
// visits at most this many expressions, and a value longer than this many
// bytes is unknown.
constexpr int kResolutionBudget = 4096;
constexpr size_t kLongestValue = 8192;

std::string calleeName(const CallExpr* call) {
  const FunctionDecl* callee = call->getDirectCallee();
  return callee != nullptr && callee->getIdentifier() != nullptr ? callee->getName().str() : std::string();
}

bool isStdRecord(QualType type, std::initializer_list<std::string_view> names) {
  const CXXRecordDecl* record = type.getNonReferenceType()->getAsCXXRecordDecl();
  if (record == nullptr || record->getIdentifier() == nullptr || !record->isInStdNamespace()) return false;
  const std::string_view name(record->getName().data(), record->getName().size());
  return std::find(names.begin(), names.end(), name) != names.end();
}

bool isStringClass(QualType type) { return isStdRecord(type, {"basic_string", "basic_string_view"}); }

// A cpp-httplib client, the class whose constructor takes the scheme, host and port.
bool isHttplibClient(QualType type) {
  const CXXRecordDecl* record = type.getNonReferenceType()->getAsCXXRecordDecl();
  if (record == nullptr || record->getIdentifier() == nullptr) return false;
  const auto* space = dyn_cast<NamespaceDecl>(record->getDeclContext()->getEnclosingNamespaceContext());
  return space != nullptr && space->getIdentifier() != nullptr && space->getName() == "httplib" &&
         (record->getName() == "Client" || record->getName() == "SSLClient");
}

// Removes what does not change a string's value: parentheses, implicit
// conversions, temporaries, std::string's converting constructor.
const Expr* stripValue(const Expr* expression) {
  while (expression != nullptr) {
    expression = expression->IgnoreParenImpCasts();
    if (const auto* cleanups = dyn_cast<ExprWithCleanups>(expression)) {
      expression = cleanups->getSubExpr();
    } else if (const auto* materialized = dyn_cast<MaterializeTemporaryExpr>(expression)) {
      expression = materialized->getSubExpr();
    } else if (const auto* bound = dyn_cast<CXXBindTemporaryExpr>(expression)) {
      expression = bound->getSubExpr();
    } else if (const auto* cast = dyn_cast<CXXFunctionalCastExpr>(expression)) {
      expression = cast->getSubExpr();
    } else if (const auto* construct = dyn_cast<CXXConstructExpr>(expression);
               construct != nullptr && construct->getNumArgs() >= 1 && isStringClass(construct->getType()) &&
               !isa<CXXDefaultArgExpr>(construct->getArg(0))) {
      expression = construct->getArg(0);
    } else {
      return expression;
    }
  }
  return expression;
}

const VarDecl* variableOf(const Expr* expression) {
  const auto* reference = dyn_cast_or_null<DeclRefExpr>(stripValue(expression));
  return reference != nullptr ? dyn_cast<VarDecl>(reference->getDecl()) : nullptr;
}

std::string uppercase(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return text;
}

// "Authorization: Token abc…" → "abc…": the credential of an authorization
// header, when the header and scheme are known text.
std::optional<std::string> headerCredential(std::string_view header) {
  std::string lower(header);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  size_t position = lower.find("authorization");
  if (position == std::string::npos) return std::nullopt;
  position = lower.find_first_not_of(" \t", position + 13);
  if (position == std::string::npos || lower[position] != ':') return std::nullopt;
  position = lower.find_first_not_of(" \t", position + 1);
  if (position == std::string::npos) return std::nullopt;
  for (const std::string_view scheme : {"token", "bearer"}) {
    if (lower.compare(position, scheme.size(), scheme) == 0) {
      return std::string(header.substr(position + scheme.size()));
    }
  }
  return std::nullopt;
}

// The credential at the start of `text` after blanks: [A-Za-z0-9._~+/=-]+.
std::string_view leadingCredential(std::string_view text) {
  const size_t begin = std::min(text.find_first_not_of(" \t"), text.size());
  size_t end = begin;
  while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || std::string_view("._~+/=-").find(text[end]) != std::string_view::npos)) {
    ++end;
  }
  return text.substr(begin, end - begin);
}

// Where the format string of a printf-like function that writes into its
// first argument is.
std::optional<unsigned> printfFormatIndex(std::string_view name) {
  if (name == "snprintf") return 2;
  if (name == "sprintf") return 1;
  return std::nullopt;
}

// The name of the outermost namespace a declaration is in ("" for none):
// fmt for fmt::v9::format, boost for boost::beast::http::message.
std::string outermostNamespace(const Decl* declaration) {
  const NamespaceDecl* outermost = nullptr;
  for (const DeclContext* context = declaration->getDeclContext(); context != nullptr; context = context->getParent()) {
    if (const auto* space = dyn_cast<NamespaceDecl>(context)) outermost = space;
  }
  return outermost != nullptr && outermost->getIdentifier() != nullptr ? outermost->getName().str() : std::string();
}

// A call of the function `name` of {fmt} (any inline version namespace) or, when
// `orStd`, of std.
bool isFmtCall(const CallExpr* call, std::string_view name, bool orStd) {
  const FunctionDecl* callee = call->getDirectCallee();
  if (callee == nullptr || callee->getIdentifier() == nullptr || callee->getName() != llvm::StringRef(name.data(), name.size()) ||
      call->getNumArgs() == 0) {
    return false;
  }
  return (orStd && callee->isInStdNamespace()) || outermostNamespace(callee) == "fmt";
}

// std::format or fmt::format.
bool isFormatFunction(const CallExpr* call) { return isFmtCall(call, "format", true); }

// Boost.Beast's http::request<Body>, an alias of http::message<true, Body, …>.
bool isBeastRequest(QualType type) {
  const auto* record = dyn_cast_or_null<ClassTemplateSpecializationDecl>(type.getNonReferenceType()->getAsCXXRecordDecl());
  if (record == nullptr || record->getIdentifier() == nullptr || record->getName() != "message" ||
      outermostNamespace(record) != "boost") {
    return false;
  }
  const TemplateArgumentList& arguments = record->getTemplateArgs();
  return arguments.size() >= 1 && arguments[0].getKind() == TemplateArgument::Integral && arguments[0].getAsIntegral() != 0;
}

// The enumerator an expression names (http::verb::get → get), or "".
std::string enumeratorName(const Expr* expression) {
  const auto* reference = dyn_cast<DeclRefExpr>(expression->IgnoreParenImpCasts());
  return reference != nullptr && isa<EnumConstantDecl>(reference->getDecl()) ? reference->getDecl()->getName().str() : std::string();
}

// The words of an identifier: get_accounts, getAccounts → get, accounts;
// HTTPRequest → http, request.
std::vector<std::string> identifierWords(std::string_view name) {
  const auto at = [&](size_t i) { return i < name.size() ? static_cast<unsigned char>(name[i]) : '\0'; };
  std::vector<std::string> words;
  std::string word;
  for (size_t i = 0; i < name.size(); ++i) {
    const auto c = at(i);
    const bool wordStart = std::isupper(c) && i > 0 &&
                           (std::islower(at(i - 1)) || (std::isupper(at(i - 1)) && std::islower(at(i + 1))));
    if (!std::isalnum(c) || wordStart) {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    }
    if (std::isalnum(c)) word += static_cast<char>(std::tolower(c));
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

// Whether a function the analysis does not know may send a GET of a URL it
// is given. Not: libraries it knows or that only handle text (the C
// library, std, {fmt}, libcurl, cpr, cpp-httplib, Boost), operators,
// functions named for another method or for output (post_json, log_url), and
// string classes of other libraries (QString).
bool mayRequestWith(const FunctionDecl& callee) {
  const auto* constructor = dyn_cast<CXXConstructorDecl>(&callee);
  const NamedDecl* named = constructor != nullptr ? static_cast<const NamedDecl*>(constructor->getParent()) : &callee;
  if (named->getIdentifier() == nullptr || callee.getBuiltinID() != 0 || callee.isOverloadedOperator()) return false;
  static const std::set<std::string> kKnownNamespaces{"std", "__gnu_cxx", "fmt", "cpr", "httplib", "boost"};
  const std::string name = named->getName().str();
  if (kKnownNamespaces.count(outermostNamespace(&callee)) != 0 || name.starts_with("curl_")) return false;
  static const std::set<std::string> kOtherWords{
      "post", "put", "patch", "delete", "remove", "create", "signup", "upload",                       // other methods
      "log", "logger", "print", "printf", "puts", "write", "trace", "debug", "info", "warn", "warning",  // output
      "error", "notice", "assert", "dump", "echo", "format",
      "string", "str"};  // text, not a request
  for (const std::string& word : identifierWords(name)) {
    if (kOtherWords.count(word) != 0) return false;
  }
  return true;
}

// Whether `statement` adds to the value of `parameter`: `base + id`,
// `base += id`, `s.append(base)`, `strcat(buffer, base)`, a format or
// snprintf argument.
bool extends(const Stmt* statement, const ParmVarDecl* parameter) {
  if (statement == nullptr) return false;
  const auto isParameter = [&](const Expr* argument) { return variableOf(argument) == parameter; };
  if (const auto* operation = dyn_cast<CXXOperatorCallExpr>(statement)) {
    const OverloadedOperatorKind kind = operation->getOperator();
    if ((kind == OO_Plus || kind == OO_PlusEqual) && std::any_of(operation->arg_begin(), operation->arg_end(), isParameter)) {
      return true;
    }
  } else if (const auto* call = dyn_cast<CallExpr>(statement)) {
    const std::string name = calleeName(call);
    const bool joins = isFormatFunction(call) || printfFormatIndex(name) || name == "append" || name == "strcat" || name == "strncat";
    if (joins && std::any_of(call->arg_begin(), call->arg_end(), isParameter)) return true;
    const auto* member = dyn_cast<CXXMemberCallExpr>(call);
    if (name == "append" && member != nullptr && isParameter(member->getImplicitObjectArgument())) return true;
  }
  return std::any_of(statement->child_begin(), statement->child_end(), [&](const Stmt* child) { return extends(child, parameter); });
}

// The arguments of a call that match declared parameters: not those passed
// through `...` or a parameter pack (printf's, a logger's), nor those that a
// function whose body this file holds extends (it builds a URL from the one
// it is given, `account_url(base, id)`, rather than requesting it).
std::vector<const Expr*> declaredArguments(const FunctionDecl& callee, llvm::ArrayRef<const Expr*> arguments) {
  unsigned declared = callee.getNumParams();
  if (const FunctionDecl* pattern = callee.getTemplateInstantiationPattern()) {
    for (unsigned index = 0; index < pattern->getNumParams(); ++index) {
      if (pattern->getParamDecl(index)->isParameterPack()) declared = std::min(declared, index);
    }
  }
  const FunctionDecl* definition = nullptr;
  const Stmt* body = callee.hasBody(definition) ? definition->getBody() : nullptr;
  std::vector<const Expr*> result;
  for (unsigned index = 0; index < arguments.size() && index < declared; ++index) {
    if (isa<CXXDefaultArgExpr>(arguments[index])) continue;
    if (body != nullptr && index < definition->getNumParams() && extends(body, definition->getParamDecl(index))) continue;
    result.push_back(arguments[index]);
  }
  return result;
}

struct CurlOption {
  std::string name;  // CURLOPT_URL
  const Expr* value = nullptr;
};

struct Step {
  const Expr* statement = nullptr;
  const Expr* part = nullptr;  // what it appends; nullptr for an unknown part
  bool optional = false;       // in an `if` without `else`: taken on some paths only
};

// What a Boost.Beast request is given: its method, target, host or
// Authorization header (`kind`), from its constructor or a member call.
struct BeastCall {
  enum Kind { Method, Target, Host, Authorization } kind;
  const Expr* value = nullptr;
  std::string method;  // for Method: GET, POST, … or ? when unknown
};

// A call of a function the analysis does not know (an in-house HTTP
// wrapper, say) with the arguments that match its declared parameters.
struct UnknownCall {
  std::vector<const Expr*> arguments;
};

struct HttplibCall {
  const VarDecl* client = nullptr;
  std::string method;  // Get, Post, set_bearer_token_auth, …
  const CXXMemberCallExpr* call = nullptr;
};

class Analysis : public RecursiveASTVisitor<Analysis> {
 public:
  Analysis(ASTContext& context, const DbtHosts& hosts)
      : context_(context), sources_(context.getSourceManager()), hosts_(hosts) {}

  // Skips declarations outside the main file (system and library headers).
  bool TraverseDecl(Decl* declaration) {
    if (declaration != nullptr && !isa<TranslationUnitDecl>(declaration) && !inMainFile(declaration->getLocation())) {
      return true;
    }
    return RecursiveASTVisitor::TraverseDecl(declaration);
  }

  bool VisitCallExpr(CallExpr* call) {
    const std::string name = calleeName(call);
    if (name == "curl_easy_setopt" && call->getNumArgs() >= 3) {
      if (const VarDecl* handle = variableOf(call->getArg(0))) {
        const auto* option = dyn_cast<DeclRefExpr>(call->getArg(1)->IgnoreParenImpCasts());
        if (option != nullptr && isa<EnumConstantDecl>(option->getDecl())) {
          curlOptions_[handle].push_back({option->getDecl()->getName().str(), call->getArg(2)});
        }
      }
    } else if (isCprRequest(call)) {
      cprRequests_.push_back(call);
    } else if ((name == "getenv" || name == "secure_getenv") && call->getNumArgs() == 1) {
      environmentReads_.push_back(call);
    } else if (name == "curl_slist_append" && call->getNumArgs() == 2) {
      // `list = curl_slist_append(list, …)` or `… *list = curl_slist_append(NULL, …)`
      std::set<const VarDecl*> lists;
      if (const VarDecl* list = variableOf(call->getArg(0))) lists.insert(list);
      if (const VarDecl* target = assignedVariable(*call)) lists.insert(target);
      for (const VarDecl* list : lists) listHeaders_[list].push_back(call->getArg(1));
    }
    // snprintf(buffer, size, format, …) and sprintf(buffer, format, …) give
    // the buffer a value the format says.
    const VarDecl* printedInto = nullptr;
    if (printfFormatIndex(name) && call->getNumArgs() > *printfFormatIndex(name)) {
      printedInto = variableOf(call->getArg(0));
      if (printedInto != nullptr) printCalls_[printedInto].push_back(call);
    }
    // A char array handed to any other function (strcat, memcpy) may be
    // changed by it, unless the parameter is const or libcurl copies it.
    const FunctionDecl* callee = call->getDirectCallee();
    for (unsigned index = 0; index < call->getNumArgs(); ++index) {
      const VarDecl* variable = variableOf(call->getArg(index));
      const bool readOnly = name == "curl_easy_setopt" ||
                            (callee != nullptr && index < callee->getNumParams() &&
                             callee->getParamDecl(index)->getType()->isPointerType() &&
                             callee->getParamDecl(index)->getType()->getPointeeType().isConstQualified());
      if (variable == printedInto || readOnly) continue;
      if (variable != nullptr && variable->getType()->isArrayType() && !variable->getType().isConstQualified()) {
        changed_.insert(variable);
      }
    }
    if (callee != nullptr && !isa<CXXOperatorCallExpr>(call) && mayRequestWith(*callee)) {
      unknownCalls_.push_back({declaredArguments(*callee, {call->getArgs(), call->getNumArgs()})});
    }
    return true;
  }

  // new Request("…"), Request request("…"): a class the analysis does not know.
  bool VisitCXXConstructExpr(CXXConstructExpr* construct) {
    const CXXConstructorDecl* constructor = construct->getConstructor();
    if (constructor != nullptr && !constructor->isCopyOrMoveConstructor() && mayRequestWith(*constructor)) {
      unknownCalls_.push_back({declaredArguments(*constructor, {construct->getArgs(), construct->getNumArgs()})});
    }
    return true;
  }

  // "… ${DBT_CLOUD_API_KEY} …": a shell command or template written in a
  // string reads the legacy-named variable (DBT003).
  bool VisitStringLiteral(StringLiteral* literal) {
    if (literal->getCharByteWidth() != 1) return true;
    const StringRef text = literal->getString();
    for (size_t dollar = text.find('$'); dollar != StringRef::npos; dollar = text.find('$', dollar + 1)) {
      const size_t begin = dollar + 1 + (dollar + 1 < text.size() && text[dollar + 1] == '{' ? 1 : 0);
      size_t end = begin;
      while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '_')) ++end;
      const std::string_view name(text.data() + begin, end - begin);
      if (name.empty() || !isLegacyApiKeyName(name)) continue;
      if (const auto span = literalBytes(literal, begin, name.size())) {
        detections_.push_back({"DBT003", *span, {{"span", std::string(name)}}, {}, {}});
      }
    }
    return true;
  }

  bool VisitCXXMemberCallExpr(CXXMemberCallExpr* call) {
    const CXXMethodDecl* method = call->getMethodDecl();
    if (method == nullptr || method->getIdentifier() == nullptr) return true;
    const Expr* object = call->getImplicitObjectArgument();
    const VarDecl* variable = object != nullptr ? variableOf(object) : nullptr;
    if (variable == nullptr) return true;
    const std::string name = method->getName().str();
    if (isBeastRequest(variable->getType())) {
      recordBeastCall(variable, name, *call);
    } else if (isHttplibClient(variable->getType())) {
      httplibCalls_.push_back({variable, name, call});
    } else if (isStringClass(variable->getType()) && (name == "append" || name == "push_back")) {
      // s.append(text) adds its value; s.append(count, c), s.push_back(c) an unknown part.
      addStep(variable, call, name == "append" && call->getNumArgs() == 1 ? call->getArg(0) : nullptr);
    } else if (!method->isConst()) {
      changed_.insert(variable);  // s.assign(…), s.insert(…), …
    }
    return true;
  }

  bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr* call) {
    const OverloadedOperatorKind kind = call->getOperator();
    const VarDecl* variable = call->getNumArgs() == 2 ? variableOf(call->getArg(0)) : nullptr;
    if (kind == OO_PlusEqual && variable != nullptr && isStringClass(variable->getType())) {
      addStep(variable, call, call->getArg(1));
    } else if ((kind == OO_Equal || kind == OO_PlusEqual) && call->getNumArgs() >= 1) {
      markChanged(call->getArg(0));
    }
    return true;
  }

  bool VisitBinaryOperator(BinaryOperator* operation) {
    if (operation->isAssignmentOp()) markChanged(operation->getLHS());
    return true;
  }

  bool VisitUnaryOperator(UnaryOperator* operation) {
    if (operation->getOpcode() == UO_AddrOf || operation->isIncrementDecrementOp()) markChanged(operation->getSubExpr());
    return true;
  }

  bool VisitVarDecl(VarDecl* variable) {
    if (isa<ParmVarDecl>(variable) || variable->getIdentifier() == nullptr) return true;
    if (isDbtCredentialName(variable->getName()) && variable->getInit() != nullptr) namedCredentials_.push_back(variable);
    if (isHttplibClient(variable->getType())) {
      const auto* construct = dyn_cast_or_null<CXXConstructExpr>(stripValue(variable->getInit()));
      if (construct != nullptr && construct->getNumArgs() >= 1) clientBases_[variable] = construct->getArg(0);
    }
    if (isBeastRequest(variable->getType())) {
      // request<Body> req{verb, target, version}
      const auto* construct = dyn_cast_or_null<CXXConstructExpr>(stripValue(variable->getInit()));
      if (construct != nullptr && construct->getNumArgs() >= 2 && !enumeratorName(construct->getArg(0)).empty()) {
        beastCalls_[variable].push_back({BeastCall::Method, nullptr, uppercase(enumeratorName(construct->getArg(0)))});
        beastCalls_[variable].push_back({BeastCall::Target, construct->getArg(1), {}});
      }
    }
    return true;
  }

  std::vector<ClangDetection> finish() {
    reportAll();
    const bool someStepsOptional = std::any_of(steps_.begin(), steps_.end(), [](const auto& entry) {
      return std::any_of(entry.second.begin(), entry.second.end(), [](const Step& step) { return step.optional; });
    });
    if (someStepsOptional) {
      // Once more with every optional step left out: a request that is
      // cross-account on one of the two paths only is reported, saying so.
      std::vector<ClangDetection> taken = std::move(detections_);
      const std::map<size_t, std::string> takenUrls = std::move(requestUrls_);
      detections_.clear();
      requestUrls_.clear();
      skipOptionalSteps_ = true;
      reportAll();
      mergePaths(std::move(taken), takenUrls);
    }
    std::sort(detections_.begin(), detections_.end(), [](const ClangDetection& a, const ClangDetection& b) {
      return std::tie(a.span.begin, a.ruleId) < std::tie(b.span.begin, b.ruleId);
    });
    detections_.erase(std::unique(detections_.begin(), detections_.end(),
                                  [](const ClangDetection& a, const ClangDetection& b) {
                                    return a.span.begin == b.span.begin && a.ruleId == b.ruleId;
                                  }),
                      detections_.end());
    return std::move(detections_);
  }

 private:
  void reportAll() {
    reportCurlRequests();
    reportHttplibRequests();
    reportCprRequests();
    reportBeastRequests();
    reportUnknownCalls();
    reportEnvironmentReads();
    for (const VarDecl* variable : namedCredentials_) {
      std::vector<const StringLiteral*> literals;
      const ResolvedString value = resolve(variable->getInit(), &literals);
      if (const auto text = value.knownText()) reportCredential(*text, literals);
    }
  }

  // Joins the detections with optional steps taken (`taken`) and left out
  // (detections_): a cross-account request on one path only names the URL
  // of the other.
  void mergePaths(std::vector<ClangDetection> taken, const std::map<size_t, std::string>& takenUrls) {
    const auto crossAccountAt = [](const std::vector<ClangDetection>& detections, size_t offset) {
      return std::any_of(detections.begin(), detections.end(),
                         [&](const ClangDetection& d) { return d.ruleId == "DBT101" && d.span.begin == offset; });
    };
    const auto onSomePaths = [](ClangDetection& detection, const std::map<size_t, std::string>& otherUrls) {
      const auto other = otherUrls.find(detection.span.begin);
      if (other != otherUrls.end()) {
        detection.messageSuffix = " (the URL is cross-account only on some paths; on others it is " + other->second + ")";
      }
    };
    for (ClangDetection& detection : detections_) {
      if (detection.ruleId == "DBT101" && !crossAccountAt(taken, detection.span.begin)) onSomePaths(detection, takenUrls);
    }
    for (ClangDetection& detection : taken) {
      if (detection.ruleId == "DBT101" && crossAccountAt(detections_, detection.span.begin)) continue;
      if (detection.ruleId == "DBT101") onSomePaths(detection, requestUrls_);
      detections_.push_back(std::move(detection));
    }
  }

  bool inMainFile(SourceLocation location) const {
    return location.isValid() && sources_.isInMainFile(sources_.getExpansionLoc(location));
  }

  // A string built in steps: `s += part;` or `s.append(part);` written as a
  // statement of its own in the block that declares `s` runs once, in order,
  // so the value at a use is the initializer followed by the steps before it.
  // A step anywhere else (in a branch or a loop), or one that reads the
  // string itself (`s += s;`, whose value would double at each step), makes
  // the value unknown.
  // A step alone in an `if` without `else` (itself a statement of that
  // block) is optional: the value has it on some paths only.
  void addStep(const VarDecl* variable, const Expr* statement, const Expr* part) {
    const CompoundStmt* block = declaringBlock(variable);
    if (block == nullptr || refersTo(part, variable)) {
      changed_.insert(variable);
    } else if (isStatementOf(*statement, block)) {
      steps_[variable].push_back({statement, part, false});
    } else if (const IfStmt* branch = enclosingIf(*statement); branch != nullptr && isStatementOf(*branch, block)) {
      steps_[variable].push_back({statement, part, true});
    } else {
      changed_.insert(variable);
    }
  }

  // The `if` without `else` whose body is `statement` or a block holding it.
  const IfStmt* enclosingIf(const Stmt& statement) const {
    for (const DynTypedNode& parent : context_.getParents(statement)) {
      if (const auto* cleanups = parent.get<ExprWithCleanups>()) return enclosingIf(*cleanups);
      if (const auto* body = parent.get<CompoundStmt>()) {
        for (const DynTypedNode& outer : context_.getParents(*body)) {
          const auto* branch = outer.get<IfStmt>();
          if (branch != nullptr && branch->getThen() == body && branch->getElse() == nullptr) return branch;
        }
      }
      const auto* branch = parent.get<IfStmt>();
      if (branch != nullptr && branch->getThen() == &statement && branch->getElse() == nullptr) return branch;
    }
    return nullptr;
  }

  const CompoundStmt* declaringBlock(const VarDecl* variable) const {
    if (!variable->hasLocalStorage() || isa<ParmVarDecl>(variable)) return nullptr;
    for (const DynTypedNode& declaration : context_.getParents(*variable)) {
      if (const auto* statement = declaration.get<DeclStmt>()) {
        for (const DynTypedNode& parent : context_.getParents(*statement)) {
          if (const auto* block = parent.get<CompoundStmt>()) return block;
        }
      }
    }
    return nullptr;
  }

  static bool refersTo(const Stmt* statement, const VarDecl* variable) {
    if (statement == nullptr) return false;
    if (const auto* reference = dyn_cast<DeclRefExpr>(statement); reference != nullptr && reference->getDecl() == variable) {
      return true;
    }
    return std::any_of(statement->child_begin(), statement->child_end(),
                       [&](const Stmt* child) { return refersTo(child, variable); });
  }

  bool isStatementOf(const Stmt& statement, const CompoundStmt* block) const {
    for (const DynTypedNode& parent : context_.getParents(statement)) {
      if (parent.get<CompoundStmt>() == block) return true;
      if (const auto* cleanups = parent.get<ExprWithCleanups>()) return isStatementOf(*cleanups, block);
    }
    return false;
  }

  // Appends to `value` the steps of `variable` written before `use`.
  void appendSteps(ResolvedString& value, const VarDecl* variable, const Expr* use, std::vector<const StringLiteral*>* literals,
                   int depth) const {
    const auto found = steps_.find(variable);
    if (found == steps_.end()) return;
    const SourceLocation usedAt = sources_.getExpansionLoc(use->getBeginLoc());
    for (const Step& step : found->second) {
      if (step.optional && skipOptionalSteps_) continue;
      if (!sources_.isBeforeInTranslationUnit(sources_.getExpansionLoc(step.statement->getEndLoc()), usedAt)) continue;
      value.append(step.part != nullptr ? resolve(step.part, literals, depth + 1) : ResolvedString::hole());
    }
  }

  // req.method(verb), req.method_string("GET"), req.target(path),
  // req.set(field::host, host), req.set(field::authorization, "Token …")
  // (or with the field's name as a string; insert alike).
  void recordBeastCall(const VarDecl* request, const std::string& method, const CXXMemberCallExpr& call) {
    std::vector<BeastCall>& calls = beastCalls_[request];
    if (method == "method" && call.getNumArgs() == 1) {
      const std::string verb = enumeratorName(call.getArg(0));
      calls.push_back({BeastCall::Method, nullptr, verb.empty() ? "?" : uppercase(verb)});
    } else if (method == "method_string" && call.getNumArgs() == 1) {
      calls.push_back({BeastCall::Method, nullptr, uppercase(resolve(call.getArg(0), nullptr).knownText().value_or("?"))});
    } else if (method == "target" && call.getNumArgs() == 1) {
      calls.push_back({BeastCall::Target, call.getArg(0), {}});
    } else if ((method == "set" || method == "insert") && call.getNumArgs() == 2) {
      std::string field = enumeratorName(call.getArg(0));
      if (field.empty()) field = resolve(call.getArg(0), nullptr).knownText().value_or("");
      std::transform(field.begin(), field.end(), field.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
      if (field == "host") calls.push_back({BeastCall::Host, call.getArg(1), {}});
      if (field == "authorization") calls.push_back({BeastCall::Authorization, call.getArg(1), {}});
    }
  }

  void markChanged(const Expr* target) {
    if (const VarDecl* variable = variableOf(target)) changed_.insert(variable);
  }

  const VarDecl* assignedVariable(const Expr& expression) const {
    for (const DynTypedNode& parent : context_.getParents(expression)) {
      if (const auto* variable = parent.get<VarDecl>()) return variable;
      if (const auto* assignment = parent.get<BinaryOperator>(); assignment != nullptr && assignment->getOpcode() == BO_Assign) {
        return variableOf(assignment->getLHS());
      }
      if (const auto* cast = parent.get<ImplicitCastExpr>()) return assignedVariable(*cast);
    }
    return nullptr;
  }

  // The value a variable always holds: its initializer, when it is a
  // constant, or a variable of this file that nothing here changes.
  const Expr* steadyInitializer(const VarDecl* variable) const {
    const Expr* initializer = variable->getAnyInitializer();
    if (initializer == nullptr || isa<ParmVarDecl>(variable)) return nullptr;
    if (variable->getType().isConstQualified() || variable->isConstexpr()) return initializer;
    const bool seenWhole = !variable->hasGlobalStorage() || !variable->isExternallyVisible();
    return seenWhole && changed_.count(variable) == 0 ? initializer : nullptr;
  }

  // The string an expression holds, with holes for what cannot be known;
  // `literals` receives the string literals it is made of.
  ResolvedString resolve(const Expr* expression, std::vector<const StringLiteral*>* literals, int depth = 0) const {
    if (depth == 0) resolutionsLeft_ = kResolutionBudget;
    expression = stripValue(expression);
    if (expression == nullptr || depth > kDeepestResolution || --resolutionsLeft_ < 0) return ResolvedString::hole();
    if (const auto* literal = dyn_cast<StringLiteral>(expression)) {
      if (literal->getCharByteWidth() != 1) return ResolvedString::hole();
      if (literals != nullptr) literals->push_back(literal);
      return ResolvedString::literal(literal->getString().str());
    }
    if (const auto* reference = dyn_cast<DeclRefExpr>(expression)) {
      if (const auto* variable = dyn_cast<VarDecl>(reference->getDecl())) {
        if (const Expr* initializer = steadyInitializer(variable)) {
          ResolvedString value = resolve(initializer, literals, depth + 1);
          appendSteps(value, variable, reference, literals, depth);
          return bounded(std::move(value));
        }
        const auto printed = printCalls_.find(variable);
        if (printed != printCalls_.end() && printed->second.size() == 1 && changed_.count(variable) == 0) {
          const CallExpr* call = printed->second.front();
          const unsigned format = *printfFormatIndex(calleeName(call));
          return bounded(formatted(call, format, literals, depth, printfPiece));
        }
      }
      return ResolvedString::hole(reference->getDecl()->getNameAsString());
    }
    if (const auto* plus = dyn_cast<CXXOperatorCallExpr>(expression); plus != nullptr && plus->getOperator() == OO_Plus && plus->getNumArgs() == 2) {
      ResolvedString value = resolve(plus->getArg(0), literals, depth + 1);
      return bounded(value.append(resolve(plus->getArg(1), literals, depth + 1)));
    }
    if (const auto* construct = dyn_cast<CXXConstructExpr>(expression);
        construct != nullptr && construct->getNumArgs() == 0 && isStringClass(construct->getType())) {
      return ResolvedString::literal("");  // std::string s;
    }
    if (const auto* member = dyn_cast<CXXMemberCallExpr>(expression)) {
      const CXXMethodDecl* method = member->getMethodDecl();
      if (method != nullptr && method->getIdentifier() != nullptr && (method->getName() == "c_str" || method->getName() == "data")) {
        return resolve(member->getImplicitObjectArgument(), literals, depth + 1);
      }
    }
    if (const auto* call = dyn_cast<CallExpr>(expression)) {
      const std::string name = calleeName(call);
      if ((name == "getenv" || name == "secure_getenv") && call->getNumArgs() == 1) {
        const auto* variableName = dyn_cast<StringLiteral>(stripValue(call->getArg(0)));
        return ResolvedString::hole(variableName != nullptr ? variableName->getString().str() : std::string());
      }
      if (isFormatFunction(call)) return bounded(formatted(call, 0, literals, depth, bracePiece));
      return ResolvedString::hole(name);
    }
    return ResolvedString::hole();
  }

  static ResolvedString bounded(ResolvedString value) {
    size_t length = 0;
    for (const ResolvedString::Piece& piece : value.pieces()) length += piece.text.size();
    return length > kLongestValue ? ResolvedString::hole() : value;
  }

  // One piece of a format string at `position`: how many bytes it takes,
  // and whether it is a conversion that consumes the next argument.
  struct FormatPiece {
    size_t length = 1;
    bool conversion = false;
    bool text = false;  // a conversion whose argument is inserted as it is (%s, {})
    size_t extraArguments = 0;  // printf's * width and precision
    char literal = 0;  // "%%" or "{{": the character it stands for
    std::optional<unsigned> position;  // {0}: the argument at this position
    std::string_view name;             // {host}: the argument named so
  };
  using FormatReader = FormatPiece (*)(std::string_view format, size_t position);

  static FormatPiece escaped(char literal) {
    FormatPiece piece;
    piece.length = 2;
    piece.literal = literal;
    return piece;
  }

  static FormatPiece conversion(size_t length, bool text) {
    FormatPiece piece;
    piece.length = length;
    piece.conversion = true;
    piece.text = text;
    return piece;
  }

  static FormatPiece printfPiece(std::string_view format, size_t position) {
    if (format[position] != '%') return {};
    if (position + 1 < format.size() && format[position + 1] == '%') return escaped('%');
    FormatPiece piece = conversion(1, false);
    size_t end = position + 1;
    while (end < format.size() && std::string_view("diouxXeEfFgGaAcspn").find(format[end]) == std::string_view::npos) {
      if (format[end] == '*') ++piece.extraArguments;
      ++end;
    }
    piece.length = std::min(end + 1, format.size()) - position;
    piece.text = end < format.size() && format[end] == 's';
    return piece;
  }

  static FormatPiece bracePiece(std::string_view format, size_t position) {
    const char c = format[position];
    if ((c == '{' || c == '}') && position + 1 < format.size() && format[position + 1] == c) return escaped(c);
    if (c != '{') return {};
    const size_t close = format.find('}', position);
    const size_t end = close == std::string_view::npos ? format.size() : close + 1;
    // {id:spec}: no id takes the next argument, digits one by position, a
    // name one given as fmt::arg(name, value). The value is inserted as it
    // is when there is no spec or it is `s`; otherwise it is unknown.
    const std::string_view field = format.substr(position + 1, std::max(end - position, size_t{2}) - 2);
    const size_t colon = std::min(field.find(':'), field.size());
    const std::string_view id = field.substr(0, colon);
    const std::string_view spec = field.substr(std::min(colon + 1, field.size()));
    FormatPiece piece = conversion(end - position, spec.empty() || spec == "s");
    if (!id.empty() && std::all_of(id.begin(), id.end(), [](unsigned char c) { return std::isdigit(c); })) {
      unsigned number = 0;
      for (const char digit : id) number = std::min(number * 10 + static_cast<unsigned>(digit - '0'), 100000u);
      piece.position = number;
    } else if (!id.empty()) {
      piece.name = id;
    }
    return piece;
  }

  // The value of a printf- or std::format-style call: the format's text,
  // with each conversion replaced by its argument (a %s or {}) or a hole.
  ResolvedString formatted(const CallExpr* call, unsigned formatIndex, std::vector<const StringLiteral*>* literals, int depth,
                           FormatReader read) const {
    std::vector<const StringLiteral*> formatLiterals;
    collectLiterals(call->getArg(formatIndex), formatLiterals);
    if (formatLiterals.empty()) return ResolvedString::hole();
    const StringRef format = formatLiterals.front()->getString();
    if (literals != nullptr) literals->push_back(formatLiterals.front());
    ResolvedString value;
    unsigned argument = formatIndex + 1;
    size_t textBegin = 0;
    for (size_t position = 0; position < format.size();) {
      const FormatPiece piece = read(std::string_view(format.data(), format.size()), position);
      if (piece.literal == 0 && !piece.conversion) {
        ++position;
        continue;
      }
      value.appendLiteral(std::string_view(format.data() + textBegin, position - textBegin));
      if (piece.literal != 0) {
        value.appendLiteral(std::string_view(&piece.literal, 1));
      } else {
        argument += static_cast<unsigned>(piece.extraArguments);
        const Expr* given = nullptr;
        if (!piece.name.empty()) {
          given = namedFormatArgument(call, formatIndex + 1, piece.name);
        } else if (piece.position) {
          const unsigned at = formatIndex + 1 + *piece.position;
          given = at < call->getNumArgs() ? call->getArg(at) : nullptr;
        } else {
          given = argument < call->getNumArgs() ? call->getArg(argument) : nullptr;
          ++argument;
        }
        if (piece.text && given != nullptr) {
          value.append(resolve(given, literals, depth + 1));
        } else {
          value.appendHole();
        }
      }
      position += piece.length;
      textBegin = position;
    }
    value.appendLiteral(std::string_view(format.data() + textBegin, format.size() - textBegin));
    return value;
  }

  // The value of the argument given as fmt::arg(name, value) among a format
  // call's arguments from `first` on.
  static const Expr* namedFormatArgument(const CallExpr* call, unsigned first, std::string_view name) {
    for (unsigned index = first; index < call->getNumArgs(); ++index) {
      const auto* named = dyn_cast_or_null<CallExpr>(stripValue(call->getArg(index)));
      if (named == nullptr || !isFmtCall(named, "arg", false) || named->getNumArgs() != 2) continue;
      const auto* label = dyn_cast<StringLiteral>(stripValue(named->getArg(0)));
      if (label != nullptr && label->getCharByteWidth() == 1 && label->getString() == llvm::StringRef(name.data(), name.size())) return named->getArg(1);
    }
    return nullptr;
  }

  std::optional<size_t> mainFileOffset(SourceLocation location) const {
    if (location.isInvalid() || !sources_.isWrittenInMainFile(location)) return std::nullopt;
    return sources_.getFileOffset(location);
  }

  // Bytes [begin, begin + length) of a literal's value, where they are
  // written: in a macro's definition when the literal comes from one.
  std::optional<Span> literalBytes(const StringLiteral* literal, size_t begin, size_t length) const {
    if (length == 0) return std::nullopt;
    const auto written = [&](size_t byte) {
      return mainFileOffset(sources_.getSpellingLoc(
          literal->getLocationOfByte(byte, sources_, context_.getLangOpts(), context_.getTargetInfo())));
    };
    const auto first = written(begin);
    const auto last = written(begin + length - 1);
    if (!first || !last || *last < *first) return std::nullopt;
    return Span{*first, *last + 1};
  }

  // Where a request's URL argument is written: a literal's text between its
  // quotes, as the text layer reports it; else the whole argument, or the
  // macro it comes from.
  std::optional<Span> argumentSpan(const Expr* argument) const {
    const auto* literal = dyn_cast<StringLiteral>(stripValue(argument));
    if (literal != nullptr && literal->getCharByteWidth() == 1 && !literal->getBeginLoc().isMacroID()) {
      if (auto span = literalBytes(literal, 0, literal->getLength())) return span;
    }
    const CharSourceRange range =
        Lexer::makeFileCharRange(CharSourceRange::getTokenRange(argument->getSourceRange()), sources_, context_.getLangOpts());
    if (range.isValid()) {
      const auto begin = mainFileOffset(range.getBegin());
      const auto end = mainFileOffset(range.getEnd());
      if (begin && end) return Span{*begin, *end};
    }
    if (const auto begin = mainFileOffset(sources_.getExpansionLoc(argument->getBeginLoc()))) return Span{*begin, *begin};
    return std::nullopt;
  }

  // The value of a recognised request's URL (or host, or base); its literals
  // are then consumed, so the fallback for unknown functions leaves them be.
  ResolvedString resolveUrl(const Expr* expression) {
    std::vector<const StringLiteral*> literals;
    ResolvedString value = resolve(expression, &literals);
    consumedLiterals_.insert(literals.begin(), literals.end());
    return value;
  }

  // DBT101 when a GET of `url` is the cross-account collection on a dbt Cloud
  // host. Returns whether the host is dbt Cloud.
  bool reportRequest(const ResolvedString& url, const std::string& method, const Expr* urlArgument) {
    const Endpoint endpoint = classifyEndpoint(url, hosts_);
    if (endpoint.host != HostKind::DbtCloud) return false;
    if (method != "GET") return true;
    if (const auto span = argumentSpan(urlArgument)) {
      requestUrls_.emplace(span->begin, url.render());
      if (endpoint.isCrossAccountCollection) {
        detections_.push_back({"DBT101", *span, {{"version", std::to_string(*endpoint.apiVersion)}}, {}, {}});
      }
    }
    return true;
  }

  // DBT001 or DBT002 for a credential given to dbt Cloud, placed in the
  // literal it is written in.
  void reportCredential(std::string_view credential, const std::vector<const StringLiteral*>& literals) {
    const CredentialKind kind = classifyCredential(credential);
    if (kind != CredentialKind::LegacyKey && kind != CredentialKind::DbtToken) return;
    for (const StringLiteral* literal : literals) {
      const size_t position = literal->getString().find(credential);
      if (position == StringRef::npos) continue;
      if (const auto span = literalBytes(literal, position, credential.size())) {
        detections_.push_back({kind == CredentialKind::LegacyKey ? "DBT001" : "DBT002", *span, {}, {*span}, {}});
      }
      return;
    }
  }

  void reportAuthorizationHeader(const Expr* header) {
    std::vector<const StringLiteral*> literals;
    const ResolvedString value = resolve(header, &literals);
    reportAuthorizationHeader(value, literals);
  }

  // `value` is a whole header line, "Authorization: Token …" for one.
  void reportAuthorizationHeader(const ResolvedString& value, const std::vector<const StringLiteral*>& literals) {
    const auto& pieces = value.pieces();
    for (size_t i = 0; i < pieces.size(); ++i) {
      if (pieces[i].isHole) continue;
      if (const auto rest = headerCredential(pieces[i].text)) {
        // The credential must be known text up to its end, not cut by a hole.
        const std::string_view credential = leadingCredential(*rest);
        const size_t credentialEnd = static_cast<size_t>(credential.data() - rest->data()) + credential.size();
        const bool complete = credentialEnd < rest->size() || i + 1 == pieces.size();
        if (!credential.empty() && complete) reportCredential(credential, literals);
      }
    }
  }

  void reportCurlRequests() {
    for (const auto& [handle, options] : curlOptions_) {
      std::string method = "GET";
      bool customMethod = false;
      for (const CurlOption& option : options) {
        const auto enabled = [&] {
          Expr::EvalResult result;
          return option.value->EvaluateAsInt(result, context_) && result.Val.getInt() != 0;
        };
        if (option.name == "CURLOPT_CUSTOMREQUEST") {
          customMethod = true;
          method = uppercase(resolve(option.value, nullptr).knownText().value_or("?"));
        } else if (customMethod) {
          continue;  // CURLOPT_CUSTOMREQUEST wins over the options below
        } else if ((option.name == "CURLOPT_POST" && enabled()) || option.name == "CURLOPT_POSTFIELDS" ||
                   option.name == "CURLOPT_COPYPOSTFIELDS" || option.name == "CURLOPT_MIMEPOST") {
          method = "POST";
        } else if (option.name == "CURLOPT_UPLOAD" && enabled()) {
          method = "PUT";
        } else if (option.name == "CURLOPT_NOBODY" && enabled()) {
          method = "HEAD";
        }
      }
      bool dbtHost = false;
      for (const CurlOption& option : options) {
        if (option.name == "CURLOPT_URL") dbtHost |= reportRequest(resolveUrl(option.value), method, option.value);
      }
      if (!dbtHost) continue;
      for (const CurlOption& option : options) {
        if (option.name != "CURLOPT_HTTPHEADER") continue;
        const VarDecl* list = variableOf(option.value);
        if (list == nullptr) continue;
        for (const Expr* header : listHeaders_[list]) reportAuthorizationHeader(header);
      }
    }
  }

  void reportHttplibRequests() {
    std::map<const VarDecl*, bool> dbtClients;
    for (const HttplibCall& request : httplibCalls_) {
      static const std::set<std::string_view> kMethods{"Get", "Head", "Post", "Put", "Patch", "Delete", "Options"};
      if (kMethods.count(request.method) == 0 || request.call->getNumArgs() == 0) continue;
      const auto base = clientBases_.find(request.client);
      ResolvedString url = base != clientBases_.end() ? resolveUrl(base->second) : ResolvedString::hole(request.client->getName().str());
      url.append(resolveUrl(request.call->getArg(0)));
      dbtClients[request.client] |= reportRequest(url, uppercase(request.method), request.call->getArg(0));
    }
    for (const HttplibCall& call : httplibCalls_) {
      if (!dbtClients[call.client] || call.call->getNumArgs() == 0) continue;
      if (call.method == "set_bearer_token_auth") {
        std::vector<const StringLiteral*> literals;
        if (const auto token = resolve(call.call->getArg(0), &literals).knownText()) reportCredential(*token, literals);
      } else {
        // Headers given as {{"Authorization", "Token …"}} to any call.
        for (const Expr* argument : call.call->arguments()) reportHeaderPairs(argument);
      }
    }
  }

  // Finds "Authorization" followed by its value among the literals of an
  // initializer list such as httplib::Headers{{"Authorization", "Token …"}}.
  void reportHeaderPairs(const Expr* headers) {
    std::vector<const StringLiteral*> literals;
    collectLiterals(headers, literals);
    for (size_t i = 0; i + 1 < literals.size(); ++i) {
      if (!literals[i]->getString().equals_insensitive("authorization")) continue;
      const std::string header = "Authorization: " + literals[i + 1]->getString().str();
      if (const auto rest = headerCredential(header)) {
        const std::string_view credential = leadingCredential(*rest);
        if (!credential.empty()) reportCredential(credential, {literals[i + 1]});
      }
    }
  }

  // cpr::Get(cpr::Url{…}, cpr::Header{…}, …): the method is the function's
  // name, the URL the argument of type cpr::Url, headers any other argument.
  void reportCprRequests() {
    for (const CallExpr* call : cprRequests_) {
      const Expr* url = nullptr;
      for (const Expr* argument : call->arguments()) {
        if (const Expr* value = cprUrlValue(argument)) url = value;
      }
      if (url == nullptr) continue;
      const std::string method = uppercase(call->getDirectCallee()->getName().str());
      if (!reportRequest(resolveUrl(url), method, url)) continue;
      for (const Expr* argument : call->arguments()) {
        if (cprUrlValue(argument) == nullptr) reportHeaderPairs(argument);
      }
    }
  }

  static bool isCprRequest(const CallExpr* call) {
    static const std::set<std::string> kMethods{"cpr::Get", "cpr::Head", "cpr::Post", "cpr::Put", "cpr::Patch", "cpr::Delete", "cpr::Options"};
    const FunctionDecl* callee = call->getDirectCallee();
    return callee != nullptr && kMethods.count(callee->getQualifiedNameAsString()) != 0;
  }

  // The string a cpr::Url argument is built from, or nullptr for another argument.
  static const Expr* cprUrlValue(const Expr* argument) {
    const Expr* inner = argument->IgnoreImplicit();
    if (const auto* materialized = dyn_cast<MaterializeTemporaryExpr>(inner)) inner = materialized->getSubExpr()->IgnoreImplicit();
    if (const auto* cast = dyn_cast<CXXFunctionalCastExpr>(inner)) inner = cast->getSubExpr()->IgnoreImplicit();
    const auto* construct = dyn_cast<CXXConstructExpr>(inner);
    if (construct == nullptr || construct->getNumArgs() == 0) return nullptr;
    const CXXRecordDecl* record = construct->getType()->getAsCXXRecordDecl();
    if (record == nullptr || record->getQualifiedNameAsString() != "cpr::Url") return nullptr;
    return construct->getArg(0);
  }

  // A Beast request goes to https://<its host><each target>, with the method
  // it was given last (a target may already be an absolute URL).
  void reportBeastRequests() {
    for (const auto& [request, calls] : beastCalls_) {
      std::string method = "?";
      ResolvedString host = ResolvedString::hole(request->getName().str());
      for (const BeastCall& call : calls) {
        if (call.kind == BeastCall::Method) method = call.method;
        if (call.kind == BeastCall::Host) host = resolveUrl(call.value);
      }
      bool dbtHost = false;
      for (const BeastCall& call : calls) {
        if (call.kind != BeastCall::Target) continue;
        ResolvedString target = resolveUrl(call.value);
        const auto& pieces = target.pieces();
        const bool absolute = !pieces.empty() && !pieces.front().isHole && pieces.front().text.find("://") != std::string::npos;
        ResolvedString url = absolute ? target : ResolvedString::literal("https://").append(host).append(target);
        dbtHost |= reportRequest(url, method, call.value);
      }
      if (!dbtHost) continue;
      for (const BeastCall& call : calls) {
        if (call.kind != BeastCall::Authorization) continue;
        std::vector<const StringLiteral*> literals;
        ResolvedString header = ResolvedString::literal("Authorization: ");
        reportAuthorizationHeader(header.append(resolve(call.value, &literals)), literals);
      }
    }
  }

  // The fallback for clients the analysis does not know: a URL of the
  // cross-account collection on a dbt Cloud host given as it is to such a
  // function is reported as a GET, unless a recognised request already
  // consumed every literal it is made of.
  void reportUnknownCalls() {
    for (const UnknownCall& call : unknownCalls_) {
      for (const Expr* argument : call.arguments) {
        std::vector<const StringLiteral*> literals;
        const ResolvedString url = resolve(argument, &literals);
        const bool consumed = !literals.empty() && std::all_of(literals.begin(), literals.end(), [&](const StringLiteral* literal) {
          return consumedLiterals_.count(literal) != 0;
        });
        if (!consumed) reportRequest(url, "GET", argument);
      }
    }
  }

  // getenv("DBT_CLOUD_API_KEY"), std::getenv, secure_getenv, the name written
  // out or from a constant or macro: DBT003 where the name is written.
  void reportEnvironmentReads() {
    for (const CallExpr* call : environmentReads_) {
      std::vector<const StringLiteral*> literals;
      const auto name = resolve(call->getArg(0), &literals).knownText();
      if (!name || !isLegacyApiKeyName(*name)) continue;
      std::optional<Span> span;
      for (const StringLiteral* literal : literals) {
        const size_t position = literal->getString().find(*name);
        if (position != StringRef::npos) span = literalBytes(literal, position, name->size());
        if (span) break;
      }
      if (!span) span = argumentSpan(call->getArg(0));
      if (span) detections_.push_back({"DBT003", *span, {{"span", *name}}, {}, {}});
    }
  }

  static void collectLiterals(const Stmt* statement, std::vector<const StringLiteral*>& literals) {
    if (statement == nullptr) return;
    if (const auto* literal = dyn_cast<StringLiteral>(statement)) {
      if (literal->getCharByteWidth() == 1) literals.push_back(literal);
      return;
    }
    for (const Stmt* child : statement->children()) collectLiterals(child, literals);
  }

  ASTContext& context_;
  const SourceManager& sources_;
  const DbtHosts& hosts_;
  std::map<const VarDecl*, std::vector<CurlOption>> curlOptions_;  // by handle
  std::map<const VarDecl*, std::vector<const Expr*>> listHeaders_;   // curl_slist by variable
  std::map<const VarDecl*, const Expr*> clientBases_;                // httplib client → its URL
  std::vector<HttplibCall> httplibCalls_;
  std::vector<const CallExpr*> cprRequests_;
  std::map<const VarDecl*, std::vector<const CallExpr*>> printCalls_;  // buffer → snprintf calls into it
  std::vector<const VarDecl*> namedCredentials_;
  std::set<const VarDecl*> changed_;
  std::map<const VarDecl*, std::vector<Step>> steps_;  // strings built in steps, in source order
  mutable int resolutionsLeft_ = 0;  // of the value being resolved
  bool skipOptionalSteps_ = false;   // the second pass: every optional step left out
  std::map<size_t, std::string> requestUrls_;  // the URL of each GET to dbt Cloud, by where its argument starts
  std::map<const VarDecl*, std::vector<BeastCall>> beastCalls_;  // by request variable, in source order
  std::vector<UnknownCall> unknownCalls_;
  std::set<const StringLiteral*> consumedLiterals_;  // by recognised requests
  std::vector<const CallExpr*> environmentReads_;    // getenv(…)
  std::vector<ClangDetection> detections_;
};

}  // namespace

std::vector<ClangDetection> analyzeMainFile(ASTContext& context, const DbtHosts& hosts) {
  Analysis analysis(context, hosts);
  analysis.TraverseDecl(context.getTranslationUnitDecl());
  return analysis.finish();
}

}  // namespace dbtlint
