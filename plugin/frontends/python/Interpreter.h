#pragma once

#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "DirectoryListings.h"
#include "FrontEnd.h"
#include "ParseBudget.h"
#include "RelatedStatements.h"
#include "Values.h"

namespace dbtlint::python {

// A parsed Python file and its names as they are once its top level ran.
struct Module {
  std::shared_ptr<const SourceFile> file;
  // Its syntax, copied from tree-sitter's tree (which is then freed); null
  // when it could not be parsed at all.
  std::unique_ptr<const FlatTree> syntax;
  bool overBudget = false;  // its parse was abandoned (ParseBudget.h): no tree
  ParseErrors errors;       // where its parse failed
  Scope globals;
  bool evaluating = false;
  int importDepth = 0;  // 0 for the scanned file, 1 for what it imports, …
  // The modules it imported, filled while it runs: its names' values point
  // into them, so they live as long as it does.
  mutable std::vector<std::shared_ptr<const Module>> imports;

  std::string_view source() const { return file->text(); }
  Node root() const { return syntax->root(); }
};

// Imported modules, parsed and run once per front end (not per importer), by
// path and import depth. What a module binds depends on nothing else (it runs
// with a function budget of its own and follows its own imports), so what the
// cache holds never changes a finding. At most 64 modules (each thread has its
// own cache, and a parsed module costs tens of times its size): full, it starts
// again empty (modules still in use live on through their importers).
class ModuleCache {
 public:
  std::shared_ptr<const Module> find(const std::string& path, int importDepth) const;
  void insert(const std::string& path, int importDepth, std::shared_ptr<const Module> module);

 private:
  static constexpr size_t kMostModules = 64;
  std::map<std::pair<std::string, int>, std::shared_ptr<const Module>> modules_;
};

// Where code is being interpreted: its module, the names bound so far, and
// whether the expressions met are to be checked (only the scanned file's, and
// only once: not again when a function is evaluated for its return value).
struct Frame {
  const Module* module = nullptr;
  bool checking = false;
  Values* returns = nullptr;  // a function's return values, when collecting them
  int depth = 0;
  std::vector<Node>* definitions = nullptr;  // functions and classes met, run after their scope
};

// Called for each call, subscript, dictionary pair and class definition of
// the scanned file, with the names bound where it stands.
class Interpreter;
class ExpressionVisitor {
 public:
  virtual ~ExpressionVisitor() = default;
  virtual void visit(Node expression, const Scope& scope, const Module& module, Interpreter& interpreter) = 0;
};

// Runs Python code abstractly: every statement of every function once, both
// sides of each branch, so that each name holds every value it can have at
// each point. Strings are resolved with holes for what is unknown; objects
// carry the name of what made them.
class Interpreter {
 public:
  Interpreter(const AnalysisContext& context, ExpressionVisitor& visitor, ModuleCache& modules,
              DirectoryListings& listings)
      : context_(context),
        visitor_(visitor),
        modules_(modules),
        listings_(listings),
        stackBase_(static_cast<const char*>(__builtin_frame_address(0))) {}

  // Parses a file; no syntax when it cannot be parsed at all. With
  // `questions`, the top-level statements unrelated to any finding are
  // blanked first (withUnrelatedStatementsBlanked).
  static std::unique_ptr<Module> parse(std::shared_ptr<const SourceFile> file,
                                       const StatementQuestions* questions = nullptr);

  // Interprets the scanned file, visiting its expressions.
  void run(Module& module);

  Values evaluate(Node expression, const Scope& scope, const Module& module, int depth = 0);
  // Runs a function of the scanned code for one of its calls, with the
  // call's arguments bound, visiting its expressions again: a wrapper's
  // request seen with the URL its caller gives.
  void runWrapper(const Value& function, Node call, const Scope& scope, const Module& module);
  // The values as strings: objects and functions become holes.
  std::vector<ResolvedString> strings(const Values& values) const;

 private:
  // Whether a condition is known true or false: a name that is only None, or
  // only a non-empty known string or number, and `not` of one.
  std::optional<bool> truthiness(Node condition, const Scope& scope, const Module& module);
  bool runBlock(Node block, Scope& scope, const Frame& frame);
  bool runStatement(Node statement, Scope& scope, const Frame& frame);
  void runModule(Module& module, bool checking);
  void runDefinitions(const std::vector<Node>& definitions, const Scope& enclosing, const Frame& frame);
  void runClass(Node definition, const Scope& enclosing, const Frame& frame);
  // Binds in `self` what `self.name` holds in a class's methods: what its
  // bases (of this module or an imported one) bind, then its own attributes,
  // methods and what its __init__ sets; returns the definitions of its body.
  std::vector<Node> bindClassMembers(Node definition, const Scope& enclosing, const Frame& frame, Scope& self,
                                     int inheritance);
  // Runs a function's body with its parameters bound (to `arguments` where
  // given, else to their defaults or annotated types); returns its names.
  Scope runFunction(Node definition, const Scope& enclosing, const Frame& frame,
                    const std::vector<std::pair<std::string, Values>>& arguments);
  void assign(Node target, const Values& values, Scope& scope, const Module& module);
  void bindImport(Node statement, Scope& scope, const Module& module);
  void visitExpressions(Node node, const Scope& scope, const Frame& frame);

  Values evaluateString(Node string, const Scope& scope, const Module& module, int depth);
  Values evaluateCall(Node call, const Scope& scope, const Module& module, int depth);
  Values evaluateCallOnce(Node call, const Scope& scope, const Module& module, int depth);
  Values callValue(const Value& callee, Node call, const Scope& scope, const Module& module, int depth);
  Values callKnown(const std::string& type, Node call, const Scope& scope, const Module& module, int depth);
  Values callStringMethod(const Values& receiver, const std::string& method, Node call, const Scope& scope,
                          const Module& module, int depth);
  // A call of a function of the scanned code: its body runs with the
  // arguments bound; the values it returns.
  Values callFunction(const Value& function, Node call, const Scope& scope, const Module& module, int depth,
                      bool checking);
  Values evaluateBinary(Node expression, const Scope& scope, const Module& module, int depth);

  const Module* importModule(const Module& from, int dots, const std::string& dotted);

  const AnalysisContext& context_;
  ExpressionVisitor& visitor_;
  ModuleCache& modules_;
  DirectoryListings& listings_;  // where imports may lead
  // Where the analysis started on this thread's stack: calls, imports,
  // wrappers and base classes each recurse within their own limits, and
  // together could still overflow it (stackSpent).
  const char* stackBase_;
  bool stackSpent() const;
  int functionRuns_ = 0;
  // The values of the calls met while one statement's expressions are
  // visited, in the scope visited (the scope does not change meanwhile), by
  // node: the checks evaluate each call's callee and receiver again, and a
  // chain `a.f().g()…` would cost the square of its length. A value is reused
  // at its depth or deeper, where the depth bound would cut it no shorter.
  struct CallValues {
    struct Known {
      Values values;
      int depth = std::numeric_limits<int>::max();  // none yet
    };
    const Scope* scope = nullptr;
    std::map<std::pair<const void*, uint32_t>, Known> byNode;
  };
  CallValues* callValues_ = nullptr;
  std::map<std::string, Values> returned_;  // by function and arguments
  // The `self.name`s of a base, by its definition (keyOf).
  std::map<std::pair<const void*, uint32_t>, std::map<std::string, Values>> inheritedMembers_;
};

// A hole named after a short expression (`{account_id}`), else unnamed.
ResolvedString holeFor(Node expression, std::string_view source);

}  // namespace dbtlint::python
