#include "Interpreter.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <utility>

#include "Imports.h"
#include "RelatedStatements.h"
#include "StringOperations.h"
#include "Syntax.h"

extern "C" const TSLanguage* tree_sitter_python(void);

namespace dbtlint::python {
namespace {

// Deeper expressions are unknown: no stack overflow on generated code.
constexpr int kDeepestExpression = 200;
// What a call to a function of the scanned code costs in depth: at most four
// nested calls are followed for their return values.
constexpr int kCallDepth = 40;
constexpr int kDeepestBlock = 160;
// Members of members are typed up to this many dots (`requests.Session.get`
// has two); deeper, as in a chain `a.f().f()…` thousands of calls long, their
// type is unknown, so that each link's name does not grow with the chain.
constexpr std::ptrdiff_t kDeepestMember = 16;
// Function bodies run for their return values, at most this many per file:
// a file of many functions calling each other stays fast.
constexpr int kMostFunctionRuns = 2000;
// Modules imported from the scanned tree, followed at most this many per
// module, and through at most this many imports in a row: constants rarely
// travel further, and every module followed is parsed and run.
constexpr size_t kMostImportedModules = 16;
constexpr int kLongestImportChain = 2;
// Past this much of the stack (a thread has 8 MiB), blocks are not run and
// expressions are unknown. It depends only on the code and the input, so the
// result stays the same on every thread.
constexpr std::ptrdiff_t kStackBudget = 3 * 1024 * 1024;

Origin originOf(Node node, const Module& module) { return {module.file.get(), pointOf(node)}; }

// Every left value followed by every right one.
Values concatenate(const std::vector<ResolvedString>& left, const std::vector<ResolvedString>& right, Origin origin) {
  Values result;
  for (const ResolvedString& l : left) {
    for (const ResolvedString& r : right) addValues(result, {Value::string(ResolvedString(l).append(r), origin)});
  }
  return result;
}

// The arguments of `%` or `str.format`, each with every value it can take.
struct FormatArguments {
  std::vector<std::vector<ResolvedString>> positional;
  std::vector<std::pair<std::string, std::vector<ResolvedString>>> named;
};

// Formats `format` with every combination of the arguments' values, at most
// kMaxValues of them.
Values formatEach(const std::vector<ResolvedString>& formats, const FormatArguments& arguments, Origin origin,
                  const std::function<ResolvedString(const ResolvedString&, const std::vector<ResolvedString>&,
                                                     const std::map<std::string, ResolvedString>&)>& format) {
  std::vector<std::vector<ResolvedString>> choices = arguments.positional;
  for (const auto& [name, values] : arguments.named) choices.push_back(values);
  std::vector<std::vector<ResolvedString>> combinations{{}};
  for (const std::vector<ResolvedString>& options : choices) {
    std::vector<std::vector<ResolvedString>> longer;
    for (const std::vector<ResolvedString>& combination : combinations) {
      for (const ResolvedString& option : options) {
        if (longer.size() == kMaxValues) break;
        longer.push_back(combination);
        longer.back().push_back(option);
      }
    }
    combinations = std::move(longer);
  }
  Values result;
  for (const ResolvedString& text : formats) {
    for (const std::vector<ResolvedString>& combination : combinations) {
      const std::vector<ResolvedString> positional(combination.begin(), combination.begin() + static_cast<std::ptrdiff_t>(arguments.positional.size()));
      std::map<std::string, ResolvedString> named;
      for (size_t i = 0; i < arguments.named.size(); ++i) named[arguments.named[i].first] = combination[arguments.positional.size() + i];
      addValues(result, {Value::string(format(text, positional, named), origin)});
    }
  }
  return result;
}

// What `object.attribute` is for each value of `object`: a member named by
// the object's type (`str` for a string), keeping an object's base URLs.
Values membersOf(const Values& objects, Node attribute, std::string_view source, Origin origin) {
  const std::string name(textOf(attribute, source));
  Values result;
  for (const Value& object : objects) {
    const std::string owner = object.kind == Value::Kind::String ? "str" : object.type;
    const bool typed = !owner.empty() && std::count(owner.begin(), owner.end(), '.') < kDeepestMember;
    Value member = Value::object(typed ? owner + "." + name : std::string(), origin);
    if (object.kind == Value::Kind::Object) member.baseUrls = object.baseUrls;
    addValues(result, {member});
  }
  return result;
}

bool isProperty(const Value& value) {
  if (value.kind != Value::Kind::Function || value.module == nullptr) return false;
  const Node decorated = parentOf(value.definition);
  if (!isType(decorated, "decorated_definition")) return false;
  for (const Node decorator : namedChildren(decorated)) {
    if (isType(decorator, "decorator") && textOf(decorator, value.module->source()).ends_with("property")) return true;
  }
  return false;
}

}  // namespace

ResolvedString holeFor(Node expression, std::string_view source) {
  std::string name = dottedName(expression, source);
  if (name.empty() && isType(expression, "call")) name = dottedName(field(expression, "function"), source);
  return ResolvedString::hole(name.size() <= 40 ? lastComponent(name) : std::string());
}

std::unique_ptr<Module> Interpreter::parse(std::shared_ptr<const SourceFile> file, const StatementQuestions* questions) {
  auto module = std::make_unique<Module>();
  module->file = std::move(file);
  // Python reads a lone CR as a line end; the grammar does not. Same length,
  // so offsets stay those of the file.
  std::string text(module->file->text());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n')) text[i] = '\n';
  }
  BudgetedParse parsed;
  if (const std::optional<std::string> related = questions != nullptr ? withUnrelatedStatementsBlanked(text, *questions) : std::nullopt) {
    parsed = parseWithinBudget(tree_sitter_python(), *related);
    // An error there may be the lexical reading's, not the file's: the file
    // is parsed whole, and its own errors are reported as they are.
    if (parsed.tree && ts_node_has_error(ts_tree_root_node(parsed.tree.get()))) parsed = {};
  }
  if (!parsed.tree && !parsed.overBudget) parsed = parseWithinBudget(tree_sitter_python(), text);
  module->overBudget = parsed.overBudget;
  if (parsed.tree) {
    const TSNode root = ts_tree_root_node(parsed.tree.get());
    module->syntax = std::make_unique<const FlatTree>(root);
    // Inside an ERROR node the interpreter still checks whole calls.
    module->errors = parseErrors(root, {"call", "comment"});
  }
  return module;
}

void Interpreter::run(Module& module) { runModule(module, true); }

void Interpreter::runModule(Module& module, bool checking) {
  if (!module.syntax) return;
  module.evaluating = true;
  std::vector<Node> definitions;
  const Frame frame{&module, checking, nullptr, 0, &definitions};
  runBlock(module.root(), module.globals, frame);
  // Functions run after the module has loaded: they see its final names.
  if (checking) runDefinitions(definitions, module.globals, frame);
  module.evaluating = false;
}

void Interpreter::runDefinitions(const std::vector<Node>& definitions, const Scope& enclosing, const Frame& frame) {
  for (const Node definition : definitions) {
    if (isType(definition, "class_definition")) {
      runClass(definition, enclosing, frame);
    } else {
      runFunction(definition, enclosing, frame, {});
    }
  }
}

void Interpreter::runClass(Node definition, const Scope& enclosing, const Frame& frame) {
  Frame classFrame = frame;
  classFrame.returns = nullptr;
  classFrame.depth = frame.depth + 1;
  Scope self;
  self.parent = &enclosing;
  const std::vector<Node> members = bindClassMembers(definition, enclosing, classFrame, self, 0);
  runDefinitions(members, self, classFrame);
}

std::vector<Node> Interpreter::bindClassMembers(Node definition, const Scope& enclosing, const Frame& frame, Scope& self,
                                                int inheritance) {
  // Bases further up than this are not followed (nor cycles of them).
  constexpr int kDeepestInheritance = 8;
  if (inheritance < kDeepestInheritance) {
    for (const Node base : namedChildren(field(definition, "superclasses"))) {
      for (const Value& value : evaluate(base, enclosing, *frame.module, frame.depth)) {
        if (value.kind != Value::Kind::Class || value.module == nullptr) continue;
        // A base runs quietly, in its own module, seeing that module's
        // names, once per file: bases shared by many classes stay linear.
        auto known = inheritedMembers_.find(keyOf(value.definition));
        if (known == inheritedMembers_.end()) {
          Frame quiet = frame;
          quiet.module = value.module;
          quiet.checking = false;
          Scope inherited;
          inherited.parent = &value.module->globals;
          bindClassMembers(value.definition, value.module->globals, quiet, inherited, inheritance + 1);
          known = inheritedMembers_.emplace(keyOf(value.definition), std::move(inherited.names)).first;
        }
        for (const auto& [name, values] : known->second) self.names[name] = values;
      }
    }
  }
  Scope body;
  body.parent = &enclosing;
  std::vector<Node> members;
  Frame classFrame = frame;
  classFrame.definitions = &members;
  runBlock(field(definition, "body"), body, classFrame);
  // Methods see class attributes, other methods and what __init__ sets as
  // `self.name`, over what the bases bind.
  for (const auto& [name, values] : body.names) self.names["self." + name] = values;
  for (const Node member : members) {
    if (isType(member, "function_definition") && textOf(field(member, "name"), frame.module->source()) == "__init__") {
      Frame quiet = classFrame;
      quiet.checking = false;
      const Scope constructed = runFunction(member, self, quiet, {});
      for (const auto& [name, values] : constructed.names) {
        if (name.starts_with("self.")) self.names[name] = values;
      }
    }
  }
  return members;
}

Scope Interpreter::runFunction(Node definition, const Scope& enclosing, const Frame& frame,
                               const std::vector<std::pair<std::string, Values>>& arguments) {
  const std::string_view source = frame.module->source();
  Scope local;
  local.parent = &enclosing;
  for (const Node parameter : namedChildren(field(definition, "parameters"))) {
    const std::string name = parameterName(parameter, source);
    if (name.empty() || name == "self" || name == "cls") continue;
    Values values;
    if (const Node value = field(parameter, "value"); !isNull(value)) {
      values = evaluate(value, enclosing, *frame.module, frame.depth);
    } else if (const Node annotation = field(parameter, "type"); !isNull(annotation)) {
      // `client: dbtCloudClient` says what the parameter holds; a builtin
      // type (`int`, `str`) says nothing of its value.
      for (const Value& declared : evaluate(namedChild(annotation, 0), enclosing, *frame.module, frame.depth)) {
        if (declared.kind == Value::Kind::Object && declared.type.find('.') != std::string::npos) {
          addValues(values, {Value::object(declared.type, originOf(parameter, *frame.module))});
        }
      }
    }
    if (values.empty()) values.push_back(Value::string(ResolvedString::hole(name), originOf(parameter, *frame.module)));
    local.bind(name, std::move(values));
  }
  for (const auto& [name, values] : arguments) {
    if (local.names.contains(name)) local.bind(name, values);
  }
  std::vector<Node> nested;
  Frame body = frame;
  body.definitions = &nested;
  body.depth = frame.depth + 1;
  runBlock(field(definition, "body"), local, body);
  // A body run again for a call (frame.returns set) does not run its nested
  // definitions again.
  if (frame.checking && frame.returns == nullptr) runDefinitions(nested, local, body);
  return local;
}

bool Interpreter::stackSpent() const {
  return stackBase_ - static_cast<const char*>(__builtin_frame_address(0)) > kStackBudget;
}

bool Interpreter::runBlock(Node block, Scope& scope, const Frame& frame) {
  if (frame.depth > kDeepestBlock || stackSpent()) return true;
  for (const Node statement : namedChildren(block)) {
    if (!runStatement(statement, scope, frame)) return false;
  }
  return true;
}

bool Interpreter::runStatement(Node statement, Scope& scope, const Frame& frame) {
  const std::string_view type = nodeType(statement);
  const Module& module = *frame.module;
  Frame inner = frame;
  inner.depth = frame.depth + 1;
  if (type == "comment") return true;
  if (type == "expression_statement") {
    visitExpressions(statement, scope, frame);
    for (const Node expression : namedChildren(statement)) {
      if (isType(expression, "assignment")) {
        std::vector<Node> targets;
        Node right = expression;
        while (isType(right, "assignment")) {
          targets.push_back(field(right, "left"));
          right = field(right, "right");
        }
        if (isNull(right)) continue;  // an annotation alone
        const Values values = evaluate(right, scope, module, frame.depth);
        for (const Node target : targets) assign(target, values, scope, module);
      } else if (isType(expression, "augmented_assignment")) {
        const Node target = field(expression, "left");
        const Origin origin = originOf(expression, module);
        Values values;
        if (textOf(field(expression, "operator"), module.source()) == "+=") {
          values = concatenate(strings(evaluate(target, scope, module, frame.depth)),
                               strings(evaluate(field(expression, "right"), scope, module, frame.depth)), origin);
        } else {
          values.push_back(Value::string(holeFor(target, module.source()), origin));
        }
        assign(target, values, scope, module);
      }
    }
    return true;
  }
  if (type == "if_statement") {
    const Scope before = scope;
    Scope after;
    after.parent = scope.parent;
    bool reachable = false;
    // A branch whose condition is known true ends the chain; one known
    // false is skipped.
    bool decided = false;
    const auto branch = [&](Node condition, Node block) {
      if (decided) return;
      visitExpressions(condition, before, frame);
      const std::optional<bool> taken = isNull(condition) ? true : truthiness(condition, before, module);
      if (taken == false) return;
      decided = taken == true;
      Scope path = before;
      if (runBlock(block, path, inner)) {
        after.merge(path);
        reachable = true;
      }
    };
    branch(field(statement, "condition"), field(statement, "consequence"));
    for (const Node clause : namedChildren(statement)) {
      if (isType(clause, "elif_clause")) branch(field(clause, "condition"), field(clause, "consequence"));
      if (isType(clause, "else_clause")) branch(Node{}, field(clause, "body"));
    }
    if (!decided) {
      after.merge(before);
      reachable = true;
    }
    scope.names = std::move(after.names);
    return reachable;
  }
  if (type == "for_statement" || type == "while_statement") {
    visitExpressions(field(statement, type == "for_statement" ? "right" : "condition"), scope, frame);
    Scope loop = scope;
    if (type == "for_statement") {
      const Node target = field(statement, "left");
      assign(target, {Value::string(holeFor(target, module.source()), originOf(target, module))}, loop, module);
    }
    runBlock(field(statement, "body"), loop, inner);
    scope.merge(loop);  // the body may run or not
    if (const Node otherwise = field(statement, "alternative"); !isNull(otherwise)) {
      runBlock(field(otherwise, "body"), scope, inner);
    }
    return true;
  }
  if (type == "try_statement") {
    Scope tried = scope;
    Scope after;
    after.parent = scope.parent;
    bool reachable = false;
    bool bodyReachable = runBlock(field(statement, "body"), tried, inner);
    for (const Node clause : namedChildren(statement)) {
      if (isType(clause, "else_clause") && bodyReachable) bodyReachable = runBlock(field(clause, "body"), tried, inner);
    }
    if (bodyReachable) {
      after.merge(tried);
      reachable = true;
    }
    for (const Node clause : namedChildren(statement)) {
      if (!isType(clause, "except_clause")) continue;
      // The exception may come from anywhere in the body.
      Scope handler = scope;
      handler.merge(tried);
      for (const Node block : namedChildren(clause)) {
        if (isType(block, "block") && runBlock(block, handler, inner)) {
          after.merge(handler);
          reachable = true;
        }
      }
    }
    scope.names = std::move(after.names);
    for (const Node clause : namedChildren(statement)) {
      if (isType(clause, "finally_clause")) {
        for (const Node block : namedChildren(clause)) {
          if (isType(block, "block")) reachable = runBlock(block, scope, inner) && reachable;
        }
      }
    }
    return reachable;
  }
  if (type == "with_statement") {
    for (const Node clause : namedChildren(statement)) {
      if (!isType(clause, "with_clause")) continue;
      visitExpressions(clause, scope, frame);
      for (const Node item : namedChildren(clause)) {
        const Node value = field(item, "value");
        if (!isType(value, "as_pattern")) continue;
        const Node alias = field(value, "alias");
        const Values values = evaluate(namedChild(value, 0), scope, module, frame.depth);
        if (const Node target = namedChild(alias, 0); !isNull(target)) assign(target, values, scope, module);
      }
    }
    return runBlock(field(statement, "body"), scope, inner);
  }
  if (type == "decorated_definition") {
    for (const Node decorator : namedChildren(statement)) {
      if (isType(decorator, "decorator")) visitExpressions(decorator, scope, frame);
    }
    return runStatement(field(statement, "definition"), scope, frame);
  }
  if (type == "function_definition" || type == "class_definition") {
    Value definition;
    definition.kind = type == "class_definition" ? Value::Kind::Class : Value::Kind::Function;
    definition.type = std::string(textOf(field(statement, "name"), module.source()));
    definition.definition = statement;
    definition.module = &module;
    definition.origin = originOf(statement, module);
    scope.bind(definition.type, {definition});
    if (type == "class_definition") {
      visitExpressions(field(statement, "superclasses"), scope, frame);
      if (frame.checking) visitor_.visit(statement, scope, module, *this);
    }
    if (frame.definitions != nullptr) frame.definitions->push_back(statement);
    return true;
  }
  if (type == "return_statement") {
    visitExpressions(statement, scope, frame);
    if (const Node returned = namedChild(statement, 0); frame.returns != nullptr && !isNull(returned)) {
      addValues(*frame.returns, evaluate(returned, scope, module, frame.depth));
    }
    return false;
  }
  if (type == "raise_statement") {
    visitExpressions(statement, scope, frame);
    return false;
  }
  if (type == "import_statement" || type == "import_from_statement") {
    bindImport(statement, scope, module);
    return true;
  }
  // Anything else (match, del, assert, print…): its expressions, in place.
  visitExpressions(statement, scope, frame);
  return true;
}

void Interpreter::assign(Node target, const Values& values, Scope& scope, const Module& module) {
  if (isType(target, "identifier") || isType(target, "attribute")) {
    const std::string name = dottedName(target, module.source());
    if (!name.empty()) scope.bind(name, values);
    return;
  }
  if (isType(target, "pattern_list") || isType(target, "tuple_pattern") || isType(target, "list_pattern")) {
    for (const Node element : namedChildren(target)) {
      assign(element, {Value::string(holeFor(element, module.source()), originOf(element, module))}, scope, module);
    }
  }
}

void Interpreter::visitExpressions(Node node, const Scope& scope, const Frame& frame) {
  if (!frame.checking || isNull(node)) return;
  // A wrapper's body visited meanwhile keeps its own calls' values.
  CallValues calls{&scope, {}};
  CallValues* const enclosing = std::exchange(callValues_, &calls);
  std::vector<Node> checked;  // in the order checked: an expression before the ones it holds
  std::vector<Node> chainedReceivers;  // `a.f()` in `a.f().g()`, in the same order
  std::vector<Node> pending{node};
  while (!pending.empty()) {
    const Node current = pending.back();
    pending.pop_back();
    const std::string_view type = nodeType(current);
    if (type == "function_definition" || type == "class_definition" || type == "decorated_definition") continue;
    if (type == "call" || type == "subscript" || type == "pair") checked.push_back(current);
    if (type == "call") {
      const Node function = field(current, "function");
      const Node receiver = isType(function, "attribute") ? field(function, "object") : Node{};
      if (isType(receiver, "call")) chainedReceivers.push_back(receiver);
    }
    pushNamedChildrenReversed(current, pending);
  }
  // The checks of `a.f().g()` evaluate `a.f()` as the receiver of `g`, one
  // deeper than where they meet it next: each link of a chain would be
  // evaluated again, down to the depth bound, at every link. Evaluated first,
  // innermost first, at the least depth, a link's value is reused.
  for (auto receiver = chainedReceivers.rbegin(); receiver != chainedReceivers.rend(); ++receiver) {
    evaluate(*receiver, scope, *frame.module, 0);
  }
  for (const Node expression : checked) visitor_.visit(expression, scope, *frame.module, *this);
  callValues_ = enclosing;
}

std::optional<bool> Interpreter::truthiness(Node condition, const Scope& scope, const Module& module) {
  if (isType(condition, "not_operator")) {
    const std::optional<bool> operand = truthiness(field(condition, "argument"), scope, module);
    return operand ? std::optional<bool>(!*operand) : std::nullopt;
  }
  if (!isType(condition, "identifier") && !isType(condition, "attribute")) return std::nullopt;
  const Values values = evaluate(condition, scope, module);
  const auto isNone = [](const Value& v) { return v.kind == Value::Kind::Object && v.type == "None"; };
  const auto isKnownTrue = [](const Value& v) {
    const std::optional<std::string> text = v.kind == Value::Kind::String ? v.text.knownText() : std::nullopt;
    return text && !text->empty() && *text != "0";
  };
  if (std::all_of(values.begin(), values.end(), isNone)) return false;
  if (std::all_of(values.begin(), values.end(), isKnownTrue)) return true;
  return std::nullopt;
}

std::vector<ResolvedString> Interpreter::strings(const Values& values) const {
  std::vector<ResolvedString> texts;
  for (const Value& value : values) {
    texts.push_back(value.kind == Value::Kind::String ? value.text : ResolvedString::hole(lastComponent(value.type)));
  }
  if (texts.empty()) texts.push_back(ResolvedString::hole());
  return texts;
}

Values Interpreter::evaluate(Node expression, const Scope& scope, const Module& module, int depth) {
  const std::string_view source = module.source();
  const Origin origin = originOf(expression, module);
  const auto unknown = [&] { return Values{Value::string(holeFor(expression, source), origin)}; };
  if (isNull(expression) || depth > kDeepestExpression || stackSpent()) return unknown();
  const std::string_view type = nodeType(expression);
  if (type == "string") return evaluateString(expression, scope, module, depth);
  if (type == "none") return {Value::object("None", origin)};
  if (type == "integer") return {Value::string(ResolvedString::literal(std::string(textOf(expression, source))), origin)};
  if (type == "concatenated_string") {
    Values result{Value::string(ResolvedString(), origin)};
    for (const Node part : namedChildren(expression)) {
      if (!isType(part, "string")) continue;
      result = concatenate(strings(result), strings(evaluateString(part, scope, module, depth + 1)), origin);
    }
    return result;
  }
  if (type == "identifier" || type == "attribute") {
    const std::string name = dottedName(expression, source);
    if (!name.empty()) {
      if (const Values* bound = scope.find(name)) {
        if (type == "identifier" || std::none_of(bound->begin(), bound->end(), isProperty)) return *bound;
        // `self.base_url` of a @property: what it returns.
        Values result;
        for (const Value& value : *bound) {
          addValues(result, isProperty(value) ? callFunction(value, expression, scope, module, depth, false) : Values{value});
        }
        return result;
      }
      if (type == "identifier") return {Value::object(name, origin)};  // a builtin or an unbound global
    }
    return membersOf(evaluate(field(expression, "object"), scope, module, depth + 1), field(expression, "attribute"),
                     source, origin);
  }
  if (type == "call") return evaluateCall(expression, scope, module, depth);
  if (type == "binary_operator") return evaluateBinary(expression, scope, module, depth);
  if (type == "parenthesized_expression" || type == "await") {
    return evaluate(namedChild(expression, 0), scope, module, depth + 1);
  }
  if (type == "conditional_expression" && namedChildCount(expression) == 3) {
    Values result = evaluate(namedChild(expression, 0), scope, module, depth + 1);
    addValues(result, evaluate(namedChild(expression, 2), scope, module, depth + 1));
    return result;
  }
  if (type == "boolean_operator") {
    Values result = evaluate(field(expression, "right"), scope, module, depth + 1);
    if (textOf(field(expression, "operator"), source) == "or") {
      Values left = evaluate(field(expression, "left"), scope, module, depth + 1);
      addValues(left, result);
      return left;
    }
    return result;
  }
  if (type == "named_expression") return evaluate(field(expression, "value"), scope, module, depth + 1);
  if (type == "subscript") {
    // os.environ["NAME"]: what the environment holds, named.
    for (const Value& container : evaluate(field(expression, "value"), scope, module, depth + 1)) {
      if (container.kind == Value::Kind::Object && endsWithComponent(container.type, "environ")) {
        const std::string key = plainLiteral(field(expression, "subscript"), source).value_or("");
        if (!key.empty()) return {Value::string(ResolvedString::hole(key), origin)};
      }
    }
  }
  return unknown();
}

Values Interpreter::evaluateString(Node string, const Scope& scope, const Module& module, int depth) {
  const Origin origin = originOf(string, module);
  std::vector<ResolvedString> texts{ResolvedString()};
  for (const StringPart& part : decodeString(string, module.source())) {
    if (!part.isInterpolation) {
      for (ResolvedString& text : texts) text.appendLiteral(part.text);
      continue;
    }
    const Values inserted = evaluate(field(part.interpolation, "expression"), scope, module, depth + 1);
    Values combined = concatenate(texts, strings(inserted), origin);
    texts = strings(combined);
  }
  Values result;
  for (ResolvedString& text : texts) addValues(result, {Value::string(std::move(text), origin)});
  return result;
}

Values Interpreter::evaluateBinary(Node expression, const Scope& scope, const Module& module, int depth) {
  const Origin origin = originOf(expression, module);
  const std::string_view operation = textOf(field(expression, "operator"), module.source());
  const Node left = field(expression, "left");
  const Node right = field(expression, "right");
  if (operation == "+") {
    return concatenate(strings(evaluate(left, scope, module, depth + 1)), strings(evaluate(right, scope, module, depth + 1)), origin);
  }
  if (operation == "/") {
    Values result;
    for (const ResolvedString& l : strings(evaluate(left, scope, module, depth + 1))) {
      for (const ResolvedString& r : strings(evaluate(right, scope, module, depth + 1))) {
        addValues(result, {Value::string(pathJoin(l, r), origin)});
      }
    }
    return result;
  }
  if (operation == "%") {
    FormatArguments arguments;
    if (isType(right, "tuple")) {
      for (const Node element : namedChildren(right)) arguments.positional.push_back(strings(evaluate(element, scope, module, depth + 1)));
    } else if (isType(right, "dictionary")) {
      for (const Node pair : namedChildren(right)) {
        const std::string key = plainLiteral(field(pair, "key"), module.source()).value_or("");
        if (!key.empty()) arguments.named.emplace_back(key, strings(evaluate(field(pair, "value"), scope, module, depth + 1)));
      }
    } else {
      arguments.positional.push_back(strings(evaluate(right, scope, module, depth + 1)));
    }
    return formatEach(strings(evaluate(left, scope, module, depth + 1)), arguments, origin, percentFormat);
  }
  return {Value::string(ResolvedString::hole(), origin)};
}

Values Interpreter::evaluateCall(Node call, const Scope& scope, const Module& module, int depth) {
  if (callValues_ == nullptr || callValues_->scope != &scope) return evaluateCallOnce(call, scope, module, depth);
  const std::pair<const void*, uint32_t> key = keyOf(call);
  CallValues::Known& known = callValues_->byNode[key];
  // A value computed at a greater depth may have been cut short by the depth bound.
  if (known.depth <= depth) return known.values;
  known = {evaluateCallOnce(call, scope, module, depth), depth};  // std::map keeps `known` valid meanwhile
  return known.values;
}

Values Interpreter::evaluateCallOnce(Node call, const Scope& scope, const Module& module, int depth) {
  const Node function = field(call, "function");
  Values callees;
  if (isType(function, "attribute")) {
    // The receiver is evaluated once: evaluating `function` would evaluate it
    // again, twice per link of a chain `a.f().g().h()`, 2^length in all.
    const Values receiver = evaluate(field(function, "object"), scope, module, depth + 1);
    const bool onString = std::any_of(receiver.begin(), receiver.end(), [](const Value& v) { return v.kind == Value::Kind::String; });
    const Node attribute = field(function, "attribute");
    if (onString) return callStringMethod(receiver, std::string(textOf(attribute, module.source())), call, scope, module, depth);
    const std::string name = dottedName(function, module.source());
    callees = !name.empty() && scope.find(name) != nullptr
                  ? evaluate(function, scope, module, depth + 1)
                  : membersOf(receiver, attribute, module.source(), originOf(function, module));
  } else {
    callees = evaluate(function, scope, module, depth + 1);
  }
  Values result;
  for (const Value& callee : callees) addValues(result, callValue(callee, call, scope, module, depth));
  return result;
}

Values Interpreter::callValue(const Value& callee, Node call, const Scope& scope, const Module& module, int depth) {
  const Origin origin = originOf(call, module);
  switch (callee.kind) {
    case Value::Kind::Function: return callFunction(callee, call, scope, module, depth, false);
    case Value::Kind::Class: {
      Value instance = Value::object(callee.type, origin);
      instance.definition = callee.definition;
      instance.module = callee.module;
      return {instance};
    }
    case Value::Kind::Object: return callKnown(callee.type, call, scope, module, depth);
    case Value::Kind::String: break;
  }
  return {Value::string(holeFor(call, module.source()), origin)};
}

Values Interpreter::callKnown(const std::string& type, Node call, const Scope& scope, const Module& module, int depth) {
  const std::string_view source = module.source();
  const Origin origin = originOf(call, module);
  const auto argumentValues = [&](size_t position, std::string_view keyword) {
    const Node node = argumentOf(call, position, keyword, source);
    return isNull(node) ? Values{} : evaluate(node, scope, module, depth + 1);
  };
  // Reads of the environment and of Airflow variables: the value is unknown,
  // but named; a default is one more value.
  const bool environment = type == "os.getenv" || endsWithComponent(type, "environ.get");
  if (environment || endsWithComponent(type, "Variable.get")) {
    const std::string name = plainLiteral(argumentOf(call, 0, "key", source), source).value_or("");
    Values result{Value::string(ResolvedString::hole(name), origin)};
    addValues(result, argumentValues(1, environment ? "default" : "default_var"));
    return result;
  }
  if (endsWithComponent(type, "urljoin")) {
    Values result;
    for (const ResolvedString& base : strings(argumentValues(0, "base"))) {
      for (const ResolvedString& reference : strings(argumentValues(1, "url"))) {
        addValues(result, {Value::string(urlJoin(base, reference), origin)});
      }
    }
    return result;
  }
  if (type == "os.path.join" || type == "posixpath.join") {
    std::vector<ResolvedString> joined = strings(argumentValues(0, ""));
    for (size_t position = 1; !isNull(argumentOf(call, position, "", source)); ++position) {
      std::vector<ResolvedString> next;
      for (const ResolvedString& left : joined) {
        for (const ResolvedString& right : strings(argumentValues(position, ""))) {
          if (next.size() < kMaxValues) next.push_back(pathJoin(left, right));
        }
      }
      joined = std::move(next);
    }
    Values result;
    for (const ResolvedString& text : joined) addValues(result, {Value::string(text, origin)});
    return result;
  }
  const std::string last = lastComponent(type);
  if (type == "str" || last == "URL" || last == "Path" || last == "PurePosixPath" || last == "PosixPath") {
    Values result;
    for (const ResolvedString& text : strings(argumentValues(0, ""))) addValues(result, {Value::string(text, origin)});
    return result;
  }
  Value made = Value::object(type, origin);
  // What a client's requests are relative to.
  for (const ResolvedString& base : strings(argumentValues(SIZE_MAX, "base_url"))) {
    if (!base.pieces().empty() && !base.pieces().front().isHole) made.baseUrls.push_back(base);
  }
  if (last == "HTTPSConnection" || last == "HTTPConnection") {
    const std::string scheme = last == "HTTPSConnection" ? "https://" : "http://";
    for (const ResolvedString& host : strings(argumentValues(0, "host"))) {
      made.baseUrls.push_back(ResolvedString::literal(scheme).append(host));
    }
  }
  return {made};
}

Values Interpreter::callStringMethod(const Values& receiver, const std::string& method, Node call, const Scope& scope,
                                     const Module& module, int depth) {
  const std::string_view source = module.source();
  const Origin origin = originOf(call, module);
  FormatArguments arguments;
  for (const Node argument : namedChildren(field(call, "arguments"))) {
    if (isType(argument, "keyword_argument")) {
      arguments.named.emplace_back(std::string(textOf(field(argument, "name"), source)),
                                   strings(evaluate(field(argument, "value"), scope, module, depth + 1)));
    } else if (!isType(argument, "comment")) {
      arguments.positional.push_back(strings(evaluate(argument, scope, module, depth + 1)));
    }
  }
  if (method == "format") return formatEach(strings(receiver), arguments, origin, braceFormat);
  Values result;
  for (const ResolvedString& text : strings(receiver)) {
    ResolvedString made;
    if (method == "join") {
      const Node items = argumentOf(call, 0, "", source);
      if (!isType(items, "list") && !isType(items, "tuple")) {
        made = ResolvedString::hole();
      } else {
        bool first = true;
        for (const Node item : namedChildren(items)) {
          if (made.render().size() > kLongestString) break;  // a hole anyway
          if (!first) made.append(text);
          made.append(strings(evaluate(item, scope, module, depth + 1)).front());
          first = false;
        }
      }
    } else if (method == "strip" || method == "lstrip" || method == "rstrip") {
      const std::string characters =
          arguments.positional.empty() ? std::string(" \t\r\n") : arguments.positional.front().front().knownText().value_or("");
      made = stripped(text, characters, method != "rstrip", method != "lstrip");
    } else if (method == "encode" || method == "decode") {
      made = text;
    } else {
      made = ResolvedString::hole();
    }
    addValues(result, {Value::string(std::move(made), origin)});
  }
  return result;
}

void Interpreter::runWrapper(const Value& function, Node call, const Scope& scope, const Module& module) {
  callFunction(function, call, scope, module, 0, true);
}

Values Interpreter::callFunction(const Value& function, Node call, const Scope& scope, const Module& module, int depth,
                                 bool checking) {
  const Origin origin = originOf(call, module);
  if (depth + kCallDepth > kDeepestExpression || function.module == nullptr || functionRuns_ >= kMostFunctionRuns) {
    return {Value::string(holeFor(call, module.source()), origin)};
  }
  // Arguments bind by position (after self) and by keyword.
  std::vector<std::pair<std::string, Values>> arguments;
  const std::vector<std::string> parameters = parameterNames(function.definition, function.module->source());
  size_t position = 0;
  for (const Node argument : namedChildren(field(call, "arguments"))) {
    if (isType(argument, "keyword_argument")) {
      arguments.emplace_back(std::string(textOf(field(argument, "name"), module.source())),
                             evaluate(field(argument, "value"), scope, module, depth + 1));
    } else if (!isType(argument, "comment") && position < parameters.size()) {
      arguments.emplace_back(parameters[position++], evaluate(argument, scope, module, depth + 1));
    }
  }
  // The same function with the same arguments returns the same values.
  std::string key = std::to_string(reinterpret_cast<uintptr_t>(function.definition.tree)) + ':' + std::to_string(function.definition.index);
  for (const auto& [name, values] : arguments) {
    key += '\0' + name;
    for (const Value& value : values) key += '\1' + (value.kind == Value::Kind::String ? value.text.render() : value.type);
  }
  // A method called on `self` (`self._get(path)`, a property `self.url`)
  // sees the caller's `self.name` values over its own module's names; what
  // it returns then depends on the caller, so it is not remembered.
  const Node callee = isType(call, "call") ? field(call, "function") : call;
  const bool onSelf = dottedName(callee, module.source()).starts_with("self.");
  Scope enclosing;
  enclosing.parent = &function.module->globals;
  for (const Scope* level = onSelf ? &scope : nullptr; level != nullptr; level = level->parent) {
    for (const auto& [name, values] : level->names) {
      if (name.starts_with("self.")) enclosing.names.emplace(name, values);  // the nearest wins
    }
  }
  const bool remembered = !checking && !onSelf;
  if (const auto known = returned_.find(key); remembered && known != returned_.end()) return known->second;
  ++functionRuns_;
  Values returns;
  std::vector<Node> ignored;
  const Frame frame{function.module, checking, &returns, depth + kCallDepth, &ignored};
  runFunction(function.definition, enclosing, frame, arguments);
  if (returns.empty()) returns.push_back(Value::string(holeFor(call, module.source()), origin));
  if (remembered) returned_.emplace(std::move(key), returns);
  return returns;
}

void Interpreter::bindImport(Node statement, Scope& scope, const Module& module) {
  const std::string_view source = module.source();
  const bool from = isType(statement, "import_from_statement");
  std::string moduleName;
  const Module* local = nullptr;
  if (from) {
    const Node moduleNode = field(statement, "module_name");
    int dots = 0;
    if (isType(moduleNode, "relative_import")) {
      for (const Node part : namedChildren(moduleNode)) {
        if (isType(part, "import_prefix")) dots = static_cast<int>(textOf(part, source).size());
        if (isType(part, "dotted_name")) moduleName = std::string(textOf(part, source));
      }
    } else {
      moduleName = std::string(textOf(moduleNode, source));
    }
    local = importModule(module, dots, moduleName);
  }
  for (const Node child : fieldChildren(statement, "name")) {
    Node nameNode = child;
    Node aliasNode{};
    if (isType(child, "aliased_import")) {
      nameNode = field(child, "name");
      aliasNode = field(child, "alias");
    }
    const std::string name(textOf(nameNode, source));
    std::string alias = isNull(aliasNode) ? name : std::string(textOf(aliasNode, source));
    if (!from) {
      // `import a.b` binds `a`; `import a.b as c` binds `c` to a.b.
      const std::string bound = isNull(aliasNode) ? name.substr(0, name.find('.')) : alias;
      scope.bind(bound, {Value::object(isNull(aliasNode) ? bound : name, originOf(child, module))});
      continue;
    }
    if (local != nullptr) {
      if (const Values* values = local->globals.find(name)) {
        scope.bind(alias, *values);
        continue;
      }
    }
    scope.bind(alias, {Value::object(moduleName.empty() ? name : moduleName + "." + name, originOf(child, module))});
  }
}

const Module* Interpreter::importModule(const Module& from, int dots, const std::string& dotted) {
  if (from.importDepth >= kLongestImportChain) return nullptr;
  const int depth = from.importDepth + 1;
  // The same module again costs nothing; another one counts.
  const auto use = [&](std::shared_ptr<const Module> module) -> const Module* {
    const auto known = std::find(from.imports.begin(), from.imports.end(), module);
    if (known == from.imports.end()) {
      if (from.imports.size() >= kMostImportedModules) return nullptr;
      from.imports.push_back(module);
    }
    return module->evaluating ? nullptr : module.get();
  };
  for (const std::string& path : importCandidates(from.file->path(), dots, dotted, listings_)) {
    if (std::shared_ptr<const Module> cached = modules_.find(path, depth)) return use(std::move(cached));
    std::shared_ptr<const SourceFile> file = context_.loadFile(path);
    if (!file) continue;
    if (from.imports.size() >= kMostImportedModules) return nullptr;
    std::shared_ptr<Module> module = parse(std::move(file));
    module->importDepth = depth;
    // A module's names depend on it alone: it runs with a function budget
    // and memory of return values of its own.
    const int runs = std::exchange(functionRuns_, 0);
    std::map<std::string, Values> returned = std::exchange(returned_, {});
    runModule(*module, false);
    functionRuns_ = runs;
    returned_ = std::move(returned);
    modules_.insert(path, depth, module);
    return use(std::move(module));
  }
  return nullptr;
}

std::shared_ptr<const Module> ModuleCache::find(const std::string& path, int importDepth) const {
  const auto found = modules_.find({path, importDepth});
  return found == modules_.end() ? nullptr : found->second;
}

void ModuleCache::insert(const std::string& path, int importDepth, std::shared_ptr<const Module> module) {
  if (modules_.size() >= kMostModules) modules_.clear();
  modules_[{path, importDepth}] = std::move(module);
}

}  // namespace dbtlint::python
