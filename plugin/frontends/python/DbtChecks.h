#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "DbtDomain.h"
#include "FrontEnd.h"
#include "Interpreter.h"

namespace dbtlint::python {

// The rules as they apply to Python calls and subscripts, with the values
// the interpreter resolved where each stands: requests to the cross-account
// endpoint (DBT101), dbt Cloud API call sites (DBT201), account-listing client
// calls (DBT102), legacy-named credentials read for authentication (DBT003),
// shell commands in strings, handed to the shell front end, and legacy keys
// that reach an Authorization header or a dbt client through a name (DBT001;
// the text layer finds the literal ones).
class DbtChecks : public ExpressionVisitor {
 public:
  DbtChecks(const SourceFile& file, const AnalysisContext& context) : file_(file), context_(context) {}

  void visit(Node expression, const Scope& scope, const Module& module, Interpreter& interpreter) override;

  FileAnalysis& analysis() { return analysis_; }

  // DBT001 on the literals of the whole file given to dbt Cloud in code: to a
  // dbt-named variable, key, keyword or argument pair, or as an
  // Authorization header in a file that names a dbt Cloud host (unless the
  // request it is given to goes only to other hosts). And DBT001 in comments
  // and strings, where a credential is text and not code (documentation, a
  // .env or dbt_cloud.yml written from Python), and in the parts that did not
  // parse: the rule's own text patterns, run over the file with everything
  // else blanked. One walk of the tree finds both. Run after the
  // interpreter, which finds the requests.
  void checkCredentials(const FlatTree& tree);

 private:
  // A request call: its URL argument, whether it is a GET, and where it goes.
  struct Target {
    Endpoint endpoint;
    ResolvedString url;
    Origin origin;
  };
  struct Request {
    Node url{};  // null when the call is no request
    bool get = false;
    std::vector<Target> targets;
  };
  // The checks of one expression visited.
  void checkExpression(Node expression, const Scope& scope, const Module& module, Interpreter& interpreter);
  // The values of what a call calls. The checks of a call each ask for them,
  // so they are kept for the call visited now; a visit inside (a wrapper run
  // by a check) drops them, as interpreting may have moved on meanwhile.
  // Asked only by the checks that visit runs.
  const Values& calleeValuesOf(Node call, const Scope& scope, const Module& module, Interpreter& interpreter) const;
  // The type of the first object among them; empty when none has one.
  std::string calleeTypeOf(Node call, const Scope& scope, const Module& module, Interpreter& interpreter) const;
  Request requestOf(Node call, const Scope& scope, const Module& module, Interpreter& interpreter) const;
  void checkRequest(Node call, const Scope& scope, const Module& module, Interpreter& interpreter);
  // Where a credential comes from: each source as a message names it, and
  // the literals of this file among them, redacted wherever the finding is shown.
  struct CredentialSources {
    std::vector<std::string> names;
    std::vector<Span> literals;
    void add(const CredentialSources& more);
    // Each source once, in the order met, joined with "or".
    std::string joined() const;
  };
  // For DBT201: what a request's Authorization header (or its session's) is
  // made of, as code names it.
  CredentialSources credentialSource(Node call, const Scope& scope, const Module& module, Interpreter& interpreter);
  // DBT201 on a dbt Cloud client made (dbtc's dbtCloudClient, Airflow's
  // dbt Cloud hook, operators and sensors; not its exceptions), with the credential it is given:
  // the token argument, or the Airflow connection.
  void checkClientCallSite(Node call, const Scope& scope, const Module& module, Interpreter& interpreter);
  // Adds to `sources` where the parts of an Authorization header's value come
  // from; `depth` bounds the values followed to where they were built.
  void describeCredential(Node value, const Scope& scope, const Module& module, Interpreter& interpreter, int depth,
                          CredentialSources& sources);
  // Authorization headers set apart from where the headers are made:
  // headers["Authorization"] = …, session.headers.update({…}).
  void noteAuthorizationSet(Node expression, const Scope& scope, const Module& module, Interpreter& interpreter);
  void checkWrapperCall(Node call, const Scope& scope, const Module& module, Interpreter& interpreter);
  // The scanned file's argument that `url` (in `module`, the innermost
  // wrapper's) is built from, through every wrapper call running; null when
  // it uses none of their parameters.
  Node wrapperArgument(Node url, const Module& module) const;
  void checkAccountListing(Node call, const Scope& scope, const Module& module, Interpreter& interpreter);
  void checkLegacyKeyRead(Node expression, const Scope& scope, const Module& module, Interpreter& interpreter);
  // pydantic settings read each field from the environment variable of its name.
  void checkSettingsFields(Node definition, const Scope& scope, const Module& module, Interpreter& interpreter);
  void checkShellCommand(Node call, const Scope& scope, const Module& module, Interpreter& interpreter);
  void checkAuthorizationHeader(Node expression, const Scope& scope, const Module& module, Interpreter& interpreter);
  void checkClientCredentials(Node call, const Scope& scope, const Module& module, Interpreter& interpreter);
  // DBT001 on each literal of this file that `value` is made of and that is
  // shaped as a legacy key; `scheme` strips a leading `Token `/`Bearer `.
  void reportLegacyKeys(Node value, bool scheme, const Scope& scope, const Module& module, Interpreter& interpreter);
  // A credential literal (`string` node) where the text layer would see it:
  // the run of key characters at the start of its text, after `Token `/
  // `Bearer ` when `scheme`.
  void reportLiteralCredential(Node string, bool scheme);
  // Where `name` is a dbt Cloud credential's or the Authorization header's,
  // the literals `value` is made of.
  void checkNamedLiteral(std::string_view name, Node value, Node headers);
  // Whether the file names a dbt Cloud host anywhere, as the text layer asks.
  bool fileNamesDbtCloudHost();
  // Header dictionaries given to requests that go only to other hosts.
  void noteHeadersSentElsewhere(Node call, const Scope& scope, const Module& module, Interpreter& interpreter);
  void report(const Rule& rule, Span span, std::string message, std::vector<RelatedLocation> related = {});
  RelatedLocation relatedAt(const Origin& origin, std::string message) const;

  const SourceFile& file_;
  const AnalysisContext& context_;
  FileAnalysis analysis_;
  std::optional<bool> namesDbtCloudHost_;
  std::set<uint32_t> headersSentElsewhere_;  // where such dictionaries start
  // Credential sources of Authorization headers set apart, by where the
  // headers dictionary or the session they are set on was made.
  std::map<uint32_t, CredentialSources> authorizationSet_;
  // While wrappers run for one of their calls: each call, innermost last,
  // with the wrapper's parameters, whose arguments a request inside is
  // blamed on, and the module the call is written in.
  struct WrapperCall {
    Node call;
    std::vector<std::string> parameters;
    const Module* caller;
  };
  std::vector<WrapperCall> wrapperCalls_;
  int wrapperRuns_ = 0;
  struct VisitedCallee {
    Node call;
    const Scope* scope;
    const Module* module;
    Values values;
  };
  mutable std::optional<VisitedCallee> visitedCallee_;  // calleeValuesOf's, during one visit
};

}  // namespace dbtlint::python
