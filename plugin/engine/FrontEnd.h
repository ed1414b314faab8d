#pragma once

#include <functional>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "DbtHosts.h"
#include "Finding.h"
#include "ResolvedString.h"

namespace dbtlint {

struct FileAnalysis {
  std::vector<Detection> detections;
  std::vector<Notification> notifications;  // e.g. a parse error
  // False when the front end could not analyse the file (no parse, nesting
  // past its limit, no compilation database): the text layer's findings then
  // stand, even for the rules the front end decides.
  bool analysedWholeFile = true;
  // Where the parse failed and the front end analysed nothing (ParseBudget.h's
  // parseErrors): the text layer's findings there stand, even for the rules
  // it decides. (Where a front end reports the same rule and place, the
  // engine keeps one finding, as everywhere.)
  std::vector<Span> unparsed;

  // Takes in what the analysis of code embedded in the file found
  // (AnalysisContext::analyzeEmbedded), already at the file's offsets.
  void addEmbedded(FileAnalysis&& embedded) {
    std::move(embedded.detections.begin(), embedded.detections.end(), std::back_inserter(detections));
    std::move(embedded.notifications.begin(), embedded.notifications.end(), std::back_inserter(notifications));
    unparsed.insert(unparsed.end(), embedded.unparsed.begin(), embedded.unparsed.end());
  }
};

// Code of one language inside a file of another: a shell command in a YAML
// `run:` step, a Terraform `local-exec`, a Python string handed to
// BashOperator. The host's front end finds it; the engine hands it to the
// front end of its language, so front ends never call each other.
struct EmbeddedCode {
  Language language = Language::Unknown;
  std::string text;  // the code itself, unquoted and unescaped
  // Where each byte of `text` stands in the host file, when the code is one
  // literal (same length as `text`); empty when it cannot be mapped, and then
  // every finding points at `fallback`.
  std::vector<size_t> hostOffsets;
  Span fallback;
  // Variables the host sets for the code (YAML `env:`, Terraform
  // `environment`), in order; later entries win.
  std::vector<std::pair<std::string, ResolvedString>> environment;
};

// Where some words occur in a text, by offset: each place with the index of
// its word among those searched.
using WordPlaces = std::vector<std::pair<size_t, size_t>>;

// What a front end may consult besides the file it analyses.
class AnalysisContext {
 public:
  AnalysisContext(const std::vector<const Rule*>& rules, const DbtHosts& hosts, const EmbeddedCode* embedding)
      : rules_(rules), hosts_(hosts), embedding_(embedding) {}
  virtual ~AnalysisContext() = default;

  const DbtHosts& hosts() const { return hosts_; }
  // The rule if this run checks it, else nullptr: a front end reports only
  // selected rules.
  const Rule* rule(std::string_view id) const;
  // A front end's detection of a rule: the rule's message with `parameter`
  // filled in, secrets to redact; nullopt when the run does not check it.
  std::optional<Detection> detection(std::string_view id, Span span, std::vector<Span> secrets,
                                     const std::function<std::optional<std::string>(std::string_view)>& parameter) const;
  // Set when the file being analysed is code embedded in another file.
  const EmbeddedCode* embedding() const { return embedding_; }

  // Analyses embedded code with its language's front end; the detections come
  // back in the host file's offsets.
  virtual FileAnalysis analyzeEmbedded(const SourceFile& host, const EmbeddedCode& code) const = 0;
  // Another file of the project (an imported module, a sourced script, a
  // .tfvars file), read once and shared; nullptr when it cannot be read.
  virtual std::shared_ptr<const SourceFile> loadFile(const std::string& path) const = 0;
  // The text layer's detections, of every selected rule, in a view of the
  // file that a front end made (Python's comments and strings alone, at
  // their offsets): the same patterns every file gets, compiled once.
  virtual std::vector<Detection> textDetections(const SourceFile& view) const = 0;
  // Whether `part` of `file` (whole lines of it, or a view of them) could
  // matter to a finding on its own: it mentions dbt or matches a rule
  // pattern, as the prefilter asks of whole files, or it names a script read
  // with `source` or `.` that may exist. A front end may leave out the parts
  // for which this is false, of the part and of its view, and to which no
  // value connects one for which it is true (docs/performance.md has the
  // argument), unless a pattern may match across lines in the file
  // (mayMatchAcrossLines).
  virtual bool partMayMatter(const SourceFile& file, std::string_view part) const = 0;
  // Whether a rule pattern that spans lines may match in `text` or a view of it.
  virtual bool mayMatchAcrossLines(std::string_view text) const = 0;

 private:
  const std::vector<const Rule*>& rules_;
  const DbtHosts& hosts_;
  const EmbeddedCode* embedding_;
};

// A language front end: parses files of its languages and reports what their
// syntax and resolved values show. Front ends know nothing of each other or of
// output formats; the engine picks the front end by language.
class FrontEnd {
 public:
  virtual ~FrontEnd() = default;

  virtual bool handles(Language language) const = 0;

  // Rules this front end decides for the files it analyses whole: the text layer's
  // findings of these rules are dropped for those files, so that, say, a base
  // URL that is only ever extended does not fire because it looks like the
  // cross-account endpoint.
  virtual std::vector<std::string_view> decidedRules() const = 0;

  virtual FileAnalysis analyze(const SourceFile& file, const AnalysisContext& context) = 0;

  // Words whose places in a file `dependencies` reads (`from`): the engine
  // finds them in the one pass it makes over the file for every reader.
  virtual std::vector<std::string> dependencyWords() const { return {}; }

  // The other files whose values analysing `file` may read (imported
  // modules, sibling Terraform files), found cheaply, without parsing, and
  // rather too many than too few; none when no value read could make a
  // finding in `file`. The prefilter asks only about a file that does not
  // mention dbt, and analyses it only when a file reachable through these
  // does. nullopt: the front end cannot tell, and every file of its
  // languages is analysed. `words`: where dependencyWords() occur in the file.
  virtual std::optional<std::vector<std::string>> dependencies(const SourceFile& file, const WordPlaces& words) const {
    (void)file;
    (void)words;
    return std::nullopt;
  }

  // The hosts a dbt Cloud CLI configuration (isDbtCloudCliConfigurationName)
  // names as its account's: dbt Cloud hosts for the whole scan.
  virtual std::vector<std::string> declaredDbtHosts(const SourceFile& file) const {
    (void)file;
    return {};
  }
};

}  // namespace dbtlint
