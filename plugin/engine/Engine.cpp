#include "Engine.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <exception>
#include <map>
#include <set>
#include <thread>
#include <tuple>

#include "DbtDomain.h"
#include "Errors.h"
#include "FileWalker.h"
#include "Fingerprint.h"
#include "PathNames.h"
#include "Secrets.h"
#include "SourcedFiles.h"
#include "Suppressions.h"
#include "TextEncoding.h"

namespace dbtlint {
namespace {

constexpr size_t kBinaryProbeBytes = 8000;  // git's heuristic: a NUL in the first 8000 bytes
constexpr size_t kSnippetContextBytes = 80;  // kept on each side of a span on a long line
constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";
constexpr std::string_view kEllipsis = "\xE2\x80\xA6";
// How many steps of imports or sourced scripts a front end follows at most
// for a value: Python two imports in a row, a shell script four `source`s.
constexpr int kDependencyHops = 4;
// Files read for front ends (imports, sourced scripts) stay in memory up to
// this many bytes, so that memory does not grow with the number of files.
constexpr size_t kLoadedFilesBudget = 32 * 1024 * 1024;
constexpr size_t kLoadedEntryOverhead = 128;  // what an entry costs beside its text

bool looksBinary(std::string_view content) {
  return content.substr(0, kBinaryProbeBytes).find('\0') != std::string_view::npos;
}

struct ReadOutcome {
  std::string content;
  std::optional<Notification> problem;
};

Notification binaryFile(const std::string& path) { return {Level::Note, NotificationKind::Binary, path, "binary file; not scanned"}; }

// Decodes UTF-16 with a byte-order mark in place; a binary file is not text
// to scan.
std::optional<Notification> decodeText(const std::string& path, std::string& content) {
  if (auto decoded = decodeUtf16WithByteOrderMark(content)) content = std::move(*decoded);
  if (looksBinary(content)) return binaryFile(path);
  return std::nullopt;
}

std::string tooLarge(uint64_t size, uint64_t maxFileSize) {
  return "skipped: " + std::to_string(size) + " bytes is over the limit of " + std::to_string(maxFileSize) +
         " (--max-file-size)";
}

// A file's text, decoded from UTF-16 when it has a byte-order mark, or why it
// is not read: unreadable, too large, binary.
ReadOutcome readFile(const std::string& path, uint64_t maxFileSize) {
  const auto problem = [&](NotificationKind kind, Level level, std::string message) {
    return ReadOutcome{{}, Notification{level, kind, path, std::move(message)}};
  };
  // O_NONBLOCK: a file replaced by a FIFO after listing must not hang the scan.
  const int descriptor = open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (descriptor < 0) return problem(NotificationKind::Unreadable, Level::Warning, std::string("cannot read: ") + std::strerror(errno));
  struct stat status {};
  if (fstat(descriptor, &status) != 0 || !S_ISREG(status.st_mode)) {
    close(descriptor);
    return problem(NotificationKind::Skipped, Level::Warning, "not a regular file; not read");
  }
  if (static_cast<uint64_t>(status.st_size) > maxFileSize) {
    close(descriptor);
    return problem(NotificationKind::TooLarge, Level::Warning, tooLarge(status.st_size, maxFileSize));
  }
  ReadOutcome outcome;
  std::string& content = outcome.content;
  size_t filled = 0;
  // Reads until `content` is full or the file ends; false when reading failed.
  const auto fill = [&] {
    while (filled < content.size()) {
      const ssize_t count = read(descriptor, content.data() + filled, content.size() - filled);
      if (count < 0 && errno == EINTR) continue;
      if (count <= 0) return count == 0;
      filled += static_cast<size_t>(count);
    }
    return true;
  };
  // Whatever the file gained since fstat (a log being written): read into a
  // small buffer, so that a file that did not grow costs no reallocation.
  const auto appendGrowth = [&] {
    std::array<char, 4096> more{};
    while (filled <= maxFileSize) {
      const ssize_t count = read(descriptor, more.data(), more.size());
      if (count < 0 && errno == EINTR) continue;
      if (count <= 0) return count == 0;
      content.append(more.data(), static_cast<size_t>(count));
      filled += static_cast<size_t>(count);
    }
    return true;
  };
  // First the bytes that tell a binary file (looksBinary): the rest of one,
  // often most of a tree's bytes (__pycache__), is never read.
  const auto size = static_cast<size_t>(status.st_size);
  content.resize(std::min(size, kBinaryProbeBytes));
  bool complete = fill();
  if (complete && !startsWithUtf16ByteOrderMark(content) && looksBinary(std::string_view(content).substr(0, filled))) {
    close(descriptor);
    return ReadOutcome{{}, binaryFile(path)};
  }
  if (complete && filled == content.size()) {
    content.resize(size);
    complete = fill() && (filled < content.size() || appendGrowth());
  }
  if (!complete) {
    const int error = errno;
    close(descriptor);
    return problem(NotificationKind::Unreadable, Level::Warning, std::string("cannot read: ") + std::strerror(error));
  }
  if (filled > maxFileSize) {
    close(descriptor);
    return problem(NotificationKind::TooLarge, Level::Warning, "skipped: grew over the limit while being read");
  }
  close(descriptor);
  outcome.content.resize(filled);
  if (auto refused = decodeText(path, outcome.content)) return ReadOutcome{{}, std::move(*refused)};
  return outcome;
}

// Appends `bytes` as valid, printable UTF-8: invalid bytes and control
// characters (an escape sequence in a scanned file must not reach a terminal)
// become U+FFFD, one per byte, as the column count assumes.
void appendPrintable(std::string& out, std::string_view bytes) {
  for (size_t i = 0; i < bytes.size();) {
    const size_t length = utf8SequenceLength(bytes, i);
    const auto byte = static_cast<unsigned char>(bytes[i]);
    const bool invalid = length == 1 && byte >= 0x80;
    const bool control = length == 1 && ((byte < 0x20 && byte != '\t') || byte == 0x7F);
    if (invalid || control) {
      out.append(kReplacementCharacter);
    } else {
      out.append(bytes.substr(i, length));
    }
    i += length;
  }
}

uint32_t codePoints(std::string_view utf8) {
  uint32_t count = 0;
  for (size_t i = 0; i < utf8.size(); i += utf8SequenceLength(utf8, i)) ++count;
  return count;
}

size_t backToSequenceStart(std::string_view text, size_t offset) {
  while (offset > 0 && offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) --offset;
  return offset;
}

// The finding's first line as it may be shown: every secret on it redacted,
// long lines cut to a window around the span, and where the span lies in it.
void makeSnippet(const SourceFile& file, const Detection& detection, const std::vector<Span>& secrets, Finding& finding) {
  const uint32_t line = finding.location.start.line;
  const std::string_view lineText = file.lineText(line);
  const size_t lineBegin = file.lineStart(line);
  const size_t lineEnd = lineBegin + lineText.size();
  const size_t spanBegin = std::clamp(detection.span.begin, lineBegin, lineEnd);
  const size_t spanEnd = std::clamp(detection.span.end, spanBegin, lineEnd);

  size_t windowBegin = lineBegin;
  size_t windowEnd = lineEnd;
  if (lineText.size() > 3 * kSnippetContextBytes) {
    windowBegin = backToSequenceStart(file.text(), std::max(lineBegin, spanBegin - std::min(spanBegin, kSnippetContextBytes)));
    const size_t shownSpanEnd = std::min(spanEnd, spanBegin + 2 * kSnippetContextBytes);
    windowEnd = backToSequenceStart(file.text(), std::min(lineEnd, shownSpanEnd + kSnippetContextBytes));
  }

  std::string snippet;
  std::optional<size_t> snippetBegin;
  std::optional<size_t> snippetEnd;
  if (windowBegin > lineBegin) snippet.append(kEllipsis);
  size_t position = windowBegin;
  const auto markUpTo = [&](size_t offset) {
    if (!snippetBegin && spanBegin <= offset) snippetBegin = snippet.size();
    if (!snippetEnd && spanEnd <= offset) snippetEnd = snippet.size();
  };
  const auto copyPlain = [&](size_t until) {
    // Where the span starts or ends inside plain text, split there.
    for (const size_t mark : {spanBegin, spanEnd}) {
      if (mark > position && mark < until) {
        appendPrintable(snippet, redactTokensIn(file.text().substr(position, mark - position)));
        position = mark;
        markUpTo(position);
      }
    }
    appendPrintable(snippet, redactTokensIn(file.text().substr(position, until - position)));
    position = until;
  };
  markUpTo(position);
  for (const Span& secret : secrets) {
    if (secret.end <= position || secret.begin >= windowEnd) continue;
    copyPlain(std::max(position, secret.begin));
    markUpTo(position);
    snippet.append(redactSecret(file.text().substr(secret.begin, secret.end - secret.begin)));
    position = std::min(secret.end, windowEnd);
    markUpTo(position);
  }
  copyPlain(windowEnd);
  markUpTo(position);
  if (windowEnd < lineEnd) snippet.append(kEllipsis);

  const size_t begin = snippetBegin.value_or(snippet.size());
  const size_t end = std::max(begin, snippetEnd.value_or(snippet.size()));
  finding.snippetColumn = codePoints(std::string_view(snippet).substr(0, begin));
  finding.snippetWidth = std::max<uint32_t>(1, codePoints(std::string_view(snippet).substr(begin, end - begin)));
  finding.snippet = std::move(snippet);
}

std::string withoutWhitespace(std::string_view text) {
  std::string result;
  for (const char c : text) {
    if (c != ' ' && c != '\t') result += c;
  }
  return result;
}

// rule + path + the start line's code without white space, then how many
// earlier findings share all three: moving lines does not change it.
void assignFingerprints(const SourceFile& file, std::vector<Finding>& findings) {
  std::map<uint64_t, unsigned> occurrences;
  // Many findings of one rule may share a line, a long one if generated.
  std::map<std::tuple<const Rule*, std::string_view, uint32_t>, uint64_t> hashByRulePathAndLine;
  char buffer[40];
  for (Finding& finding : findings) {
    const uint32_t line = finding.location.start.line;
    auto [known, isNew] = hashByRulePathAndLine.try_emplace({finding.rule, finding.location.path, line});
    if (isNew) {
      uint64_t hash = stableHash(finding.rule->id);
      hash = stableHash(std::string_view("\0", 1), hash);
      hash = stableHash(finding.location.path, hash);
      hash = stableHash(std::string_view("\0", 1), hash);
      known->second = stableHash(withoutWhitespace(file.lineText(line)), hash);
    }
    const uint64_t hash = known->second;
    std::snprintf(buffer, sizeof buffer, "%016llx:%u", static_cast<unsigned long long>(hash), ++occurrences[hash]);
    finding.fingerprint = buffer;
  }
}

std::vector<Span> sortedSecrets(const std::vector<Detection>& detections) {
  std::vector<Span> secrets;
  for (const Detection& detection : detections) secrets.insert(secrets.end(), detection.secrets.begin(), detection.secrets.end());
  std::sort(secrets.begin(), secrets.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  return secrets;
}

// Turns detections into findings: positions in every unit, and a snippet with
// every secret found in the file (`secrets`, sorted) redacted.
std::vector<Finding> placeFindings(const SourceFile& file, std::vector<Detection>& detections,
                                   const std::vector<Span>& secrets) {
  std::vector<Finding> findings;
  for (Detection& detection : detections) {
    if (detection.span.end <= detection.span.begin) {
      detection.span.end = detection.span.begin + (detection.span.begin < file.text().size() ? utf8SequenceLength(file.text(), detection.span.begin) : 0);
    }
    Finding finding;
    finding.rule = detection.rule;
    finding.level = detection.rule->level;
    finding.message = redactTokensIn(detection.message);
    finding.location = {file.path(), file.positionOf(detection.span.begin), file.positionOf(detection.span.end)};
    finding.language = file.language();
    finding.related = std::move(detection.related);
    for (RelatedLocation& related : finding.related) related.message = redactTokensIn(related.message);
    makeSnippet(file, detection, secrets, finding);
    findings.push_back(std::move(finding));
  }
  return findings;
}

// The place in `frontEnds` of the one that handles `language`; past the end when none does.
size_t frontEndPlace(const FrontEndSet& frontEnds, Language language) {
  return static_cast<size_t>(std::find_if(frontEnds.begin(), frontEnds.end(), [&](const auto& frontEnd) { return frontEnd->handles(language); }) -
                             frontEnds.begin());
}

FrontEnd* frontEndFor(const FrontEndSet& frontEnds, Language language) {
  const size_t place = frontEndPlace(frontEnds, language);
  return place < frontEnds.size() ? frontEnds[place].get() : nullptr;
}

// Spans, asked whether any of them overlaps a given one, in log time.
class SpanSet {
 public:
  explicit SpanSet(std::vector<Span> spans) : spans_(std::move(spans)) {
    std::sort(spans_.begin(), spans_.end(), [](Span a, Span b) { return a.begin < b.begin; });
    // Each end raised to the furthest end so far: the last span that begins
    // before a given end then tells whether any reaches past a given begin.
    for (size_t i = 1; i < spans_.size(); ++i) spans_[i].end = std::max(spans_[i].end, spans_[i - 1].end);
  }
  bool overlaps(Span span) const {
    const auto after = std::lower_bound(spans_.begin(), spans_.end(), span.end, [](Span s, size_t end) { return s.begin < end; });
    return after != spans_.begin() && std::prev(after)->end > span.begin;
  }

 private:
  std::vector<Span> spans_;
};

}  // namespace

Engine::Engine(std::vector<const Rule*> rules, DbtHosts hosts, FrontEndFactory makeFrontEnds, uint64_t maxFileSize)
    : rules_(std::move(rules)),
      hosts_(std::move(hosts)),
      makeFrontEnds_(std::move(makeFrontEnds)),
      frontEnds_(makeFrontEnds_()),
      textLayer_(rules_, hosts_),
      maxFileSize_(maxFileSize) {
  for (size_t place = 0; place <= frontEnds_.size(); ++place) {
    std::vector<std::string> words = sourcedFileWords();
    if (place < frontEnds_.size()) {
      for (std::string& word : frontEnds_[place]->dependencyWords()) words.push_back(std::move(word));
    }
    dependencyWordFinders_.emplace_back(std::move(words), LiteralFinder::LetterCase::Sensitive);
  }
}

// The context front ends see: the run's rules and hosts, and the engine's
// services for embedded code and other files.
class Engine::Context : public AnalysisContext {
 public:
  Context(const Engine& engine, const Worker& worker, const EmbeddedCode* embedding, int depth)
      : AnalysisContext(engine.rules_, worker.hosts, embedding), engine_(engine), worker_(worker), depth_(depth) {}

  FileAnalysis analyzeEmbedded(const SourceFile& host, const EmbeddedCode& code) const override {
    return engine_.analyzeEmbedded(host, code, worker_, depth_ + 1);
  }
  std::shared_ptr<const SourceFile> loadFile(const std::string& path) const override { return engine_.loadFile(path); }
  std::vector<Detection> textDetections(const SourceFile& view) const override {
    return worker_.textLayer.scan(view).detections;
  }
  bool partMayMatter(const SourceFile& file, std::string_view part) const override {
    return engine_.partMayMatter(file, part, worker_);
  }
  bool mayMatchAcrossLines(std::string_view text) const override { return worker_.textLayer.mayMatchAcrossLines(text); }

 private:
  const Engine& engine_;
  const Worker& worker_;
  int depth_;
};

const Rule* AnalysisContext::rule(std::string_view id) const {
  const auto it = std::find_if(rules_.begin(), rules_.end(), [&](const Rule* rule) { return rule->id == id; });
  return it == rules_.end() ? nullptr : *it;
}

std::optional<Detection> AnalysisContext::detection(
    std::string_view id, Span span, std::vector<Span> secrets,
    const std::function<std::optional<std::string>(std::string_view)>& parameter) const {
  const Rule* selected = rule(id);
  if (selected == nullptr) return std::nullopt;
  return Detection{selected, span, formatMessage(selected->message, parameter), std::move(secrets), {}, Layer::Syntax};
}

FileAnalysis Engine::analyzeEmbedded(const SourceFile& host, const EmbeddedCode& code, const Worker& worker,
                                     int depth) const {
  // Shell in Python in YAML is real; deeper nesting is not worth the risk.
  constexpr int kDeepestEmbedding = 4;
  FrontEnd* frontEnd = frontEndFor(worker.frontEnds, code.language);
  if (frontEnd == nullptr || depth > kDeepestEmbedding) return {};
  const SourceFile embedded(host.path(), code.text, code.language);
  FileAnalysis analysis = frontEnd->analyze(embedded, Context(*this, worker, &code, depth));
  const auto toHost = [&](Span span) {
    if (code.hostOffsets.size() != code.text.size() || span.begin >= span.end || span.end > code.text.size()) {
      return code.fallback;
    }
    return Span{code.hostOffsets[span.begin], code.hostOffsets[span.end - 1] + 1};
  };
  for (Detection& detection : analysis.detections) {
    detection.span = toHost(detection.span);
    for (Span& secret : detection.secrets) secret = toHost(secret);
  }
  // Code its front end could not analyse is unparsed in the host as a whole.
  if (!analysis.analysedWholeFile) analysis.unparsed = {Span{0, code.text.size()}};
  for (Span& span : analysis.unparsed) span = toHost(span);
  return analysis;
}

std::shared_ptr<const SourceFile> Engine::loadFile(const std::string& path) const {
  {
    const std::lock_guard lock(loadedMutex_);
    if (const auto found = loaded_.find(path); found != loaded_.end()) {
      loadedByUse_.splice(loadedByUse_.begin(), loadedByUse_, found->second.use);
      return found->second.file;
    }
  }
  // Read outside the lock: two threads may read the same file, never wait on
  // each other's disk.
  ReadOutcome read = readFile(path, maxFileSize_);
  std::shared_ptr<const SourceFile> file;
  if (!read.problem) {
    const Language language = detectLanguage(path, read.content);
    file = std::make_shared<const SourceFile>(path, std::move(read.content), language);
  }
  const auto cost = [](const std::string& key, const LoadedFile& entry) {
    return key.size() + kLoadedEntryOverhead + (entry.file ? entry.file->text().size() : 0);
  };
  const std::lock_guard lock(loadedMutex_);
  const auto [entry, added] = loaded_.try_emplace(path, LoadedFile{file, {}});
  if (!added) return entry->second.file;
  loadedByUse_.push_front(path);
  entry->second.use = loadedByUse_.begin();
  loadedBytes_ += cost(path, entry->second);
  while (loadedBytes_ > kLoadedFilesBudget && loadedByUse_.size() > 1) {
    const auto oldest = loaded_.find(loadedByUse_.back());
    loadedBytes_ -= cost(oldest->first, oldest->second);
    loaded_.erase(oldest);
    loadedByUse_.pop_back();
  }
  return file;
}

// Paths of the files whose values analysing `file` may read directly, or
// nullopt when a front end cannot tell.
std::optional<std::vector<std::string>> Engine::dependenciesOf(const SourceFile& file, const Worker& worker) const {
  const size_t place = frontEndPlace(worker.frontEnds, file.language());
  // One pass finds the words of both readers.
  const size_t sourcedWords = sourcedFileWords().size();
  WordPlaces commands;
  WordPlaces words;
  dependencyWordFinders_[place].forEach(file.text(), [&](size_t at, size_t word) {
    if (word < sourcedWords) {
      commands.emplace_back(at, word);
    } else {
      words.emplace_back(at, word - sourcedWords);
    }
    return true;
  });
  std::optional<std::vector<std::string>> found =
      place < worker.frontEnds.size() ? worker.frontEnds[place]->dependencies(file, words) : std::vector<std::string>{};
  const std::optional<std::vector<std::string>> sourced = sourcedFiles(file.path(), file.text(), commands, worker.listings);
  if (!found || !sourced) return std::nullopt;
  found->insert(found->end(), sourced->begin(), sourced->end());
  return found;
}

// AnalysisContext::partMayMatter: what makes a file need its syntax analysis
// (needsSyntaxAnalysis), asked of a part. Of what a file reads, only sourced
// scripts: a front end knows its own imports better.
bool Engine::partMayMatter(const SourceFile& file, std::string_view part, const Worker& worker) const {
  if (worker.textLayer.mentionsDbt(part)) return true;
  const size_t sourcedWords = sourcedFileWords().size();
  WordPlaces commands;
  dependencyWordFinders_[frontEndPlace(worker.frontEnds, file.language())].forEach(part, [&](size_t at, size_t word) {
    if (word < sourcedWords) commands.emplace_back(at, word);
    return true;
  });
  const std::optional<std::vector<std::string>> sourced = sourcedFiles(file.path(), part, commands, worker.listings);
  return !sourced || !sourced->empty();
}

// The facts of the file at `path`, inspected on first request: a file that
// cannot be read mentions nothing and reads nothing.
const Engine::DependencyFacts& Engine::dependencyFacts(const std::string& path, const Worker& worker) const {
  {
    const std::lock_guard lock(dependencyFactsMutex_);
    if (const auto known = dependencyFacts_.find(path); known != dependencyFacts_.end() && known->second) {
      return *known->second;
    }
  }
  auto facts = std::make_unique<DependencyFacts>();
  facts->reaches.resize(kDependencyHops + 1);
  std::optional<std::vector<std::string>> dependencies = std::vector<std::string>{};
  if (const std::shared_ptr<const SourceFile> file = loadFile(path)) {
    facts->mentionsDbt = worker.textLayer.mentionsDbt(file->text()) || worker.textLayer.mentionsDbt(fileName(path));
    if (!facts->mentionsDbt) dependencies = dependenciesOf(*file, worker);
  }
  const std::lock_guard lock(dependencyFactsMutex_);
  if (dependencies) {
    facts->dependencies.emplace();
    for (std::string& dependency : *dependencies) {
      facts->dependencies->push_back(&dependencyFacts_.try_emplace(std::move(dependency)).first->first);
    }
  }
  std::unique_ptr<DependencyFacts>& entry = dependencyFacts_[path];
  if (!entry) entry = std::move(facts);  // else another thread inspected it meanwhile, to the same facts
  return *entry;
}

// Whether a file mentioning dbt, or one a front end cannot tell about, is
// `path` or within `steps` dependencies of it.
bool Engine::reachesMention(const std::string& path, int steps, const Worker& worker) const {
  const DependencyFacts& facts = dependencyFacts(path, worker);
  if (facts.mentionsDbt) return true;
  if (steps == 0) return false;
  if (!facts.dependencies) return true;
  {
    const std::lock_guard lock(dependencyFactsMutex_);
    if (const std::optional<bool> known = facts.reaches[steps]) return *known;
  }
  const bool reaches = std::any_of(facts.dependencies->begin(), facts.dependencies->end(),
                                   [&](const std::string* dependency) { return reachesMention(*dependency, steps - 1, worker); });
  const std::lock_guard lock(dependencyFactsMutex_);
  facts.reaches[steps] = reaches;
  return reaches;
}

// Whether the syntax analysis of `file` can find anything: it is needed when
// the file, its name, or a file it reads values from, up to as many steps
// away as a front end follows (kDependencyHops), mentions dbt
// (dbtMentionPatterns), or when a front end cannot tell what a file reads.
// Sound because every syntax finding rests on a value that holds such a
// mention (a dbt host, token, credential name, client or provider), and a
// front end resolves values only from the file and the files it reads.
// docs/performance.md has the argument.
bool Engine::needsSyntaxAnalysis(const SourceFile& file, bool mentionsDbt, const Worker& worker) const {
  if (mentionsDbt || worker.textLayer.mentionsDbt(fileName(file.path()))) return true;
  // The file itself is taken as given (scanBuffer's may differ from the disk's).
  const std::optional<std::vector<std::string>> dependencies = dependenciesOf(file, worker);
  return !dependencies || std::any_of(dependencies->begin(), dependencies->end(), [&](const std::string& dependency) {
           return reachesMention(dependency, kDependencyHops - 1, worker);
         });
}

// The run's hosts with those that the dbt Cloud CLI configurations among
// `files` name (`account-host`); nullptr when they name no other.
std::unique_ptr<DbtHosts> Engine::hostsDeclaredIn(const std::vector<FileToScan>& files,
                                                  std::vector<Notification>& notifications) const {
  std::set<std::pair<std::string, std::string>> declared;  // host, file: sorted, so added in one order
  for (const FileToScan& entry : files) {
    if (!isDbtCloudCliConfigurationName(entry.path)) continue;
    const std::shared_ptr<const SourceFile> file = loadFile(entry.path);
    const FrontEnd* frontEnd = file ? frontEndFor(frontEnds_, file->language()) : nullptr;
    if (frontEnd == nullptr) continue;
    for (const std::string& host : frontEnd->declaredDbtHosts(*file)) {
      if (!hosts_.matches(host)) declared.emplace(host, entry.path);
    }
  }
  if (declared.empty()) return nullptr;
  auto hosts = std::make_unique<DbtHosts>(hosts_);
  for (const auto& [host, path] : declared) {
    try {
      hosts->add(host);
    } catch (const UsageError&) {
      notifications.push_back({Level::Warning, NotificationKind::Configuration, path,
                               "account-host '" + host + "' is not a host name; not taken as a dbt Cloud host"});
    }
  }
  return hosts;
}

// Files in walk order, handed to the scan threads while the walk still adds to them.
class Engine::WalkedFiles {
 public:
  // Files for `threads` threads to scan.
  explicit WalkedFiles(size_t threads) : claims_(threads) {}
  size_t threads() const { return claims_.size(); }
  void add(FileToScan file) {
    {
      const std::lock_guard lock(mutex_);
      files_.push_back(std::move(file));
    }
    grown_.notify_all();
  }
  void finish() {
    {
      const std::lock_guard lock(mutex_);
      finished_ = true;
    }
    grown_.notify_all();
  }
  // The next file for `thread` to scan and its index in walk order; none once
  // every file was taken. A thread claims the files the walk has reached
  // that share a directory, kMostClaimed at most, and takes them in turn:
  // one thread then works out once what a directory's files share (a
  // Terraform module's parsed files, the listings imports look in), which
  // would otherwise be done again by every thread that got one of them.
  // Once the walk has ended, a thread with nothing left to claim takes the
  // later half of the largest claim of another, so that none idles while
  // another works through a directory whose files all need analysis.
  std::optional<std::pair<size_t, FileToScan>> next(size_t thread) {
    std::unique_lock lock(mutex_);
    Claim& own = claims_[thread];
    while (own.next == own.end) {
      if (unclaimed_ < files_.size()) {
        claimDirectory(own);
      } else if (!finished_) {
        grown_.wait(lock);  // the walk's next files come soon
      } else if (Claim& largest = largestClaim(); largest.next < largest.end) {
        own.end = largest.end;
        own.next = largest.end = largest.next + (largest.end - largest.next) / 2;
      } else {
        return std::nullopt;
      }
    }
    const size_t index = own.next++;
    return std::pair{index, files_[index]};
  }
  std::vector<FileToScan> all() {
    const std::lock_guard lock(mutex_);
    return {files_.begin(), files_.end()};
  }

 private:
  struct Claim {
    size_t next = 0;  // the claimed files not yet taken, as indices in files_
    size_t end = 0;
  };
  void claimDirectory(Claim& claim) {
    const auto directoryOf = [](std::string_view path) { return path.substr(0, path.size() - fileName(path).size()); };
    const std::string_view directory = directoryOf(files_[unclaimed_].path);
    claim.next = unclaimed_;
    do {
      ++unclaimed_;
    } while (unclaimed_ < files_.size() && unclaimed_ - claim.next < kMostClaimed &&
             directoryOf(files_[unclaimed_].path) == directory);
    claim.end = unclaimed_;
  }
  Claim& largestClaim() {
    return *std::max_element(claims_.begin(), claims_.end(),
                             [](const Claim& a, const Claim& b) { return a.end - a.next < b.end - b.next; });
  }
  // A directory's files together, unless it holds very many.
  static constexpr size_t kMostClaimed = 256;
  std::mutex mutex_;
  std::condition_variable grown_;
  std::deque<FileToScan> files_;
  size_t unclaimed_ = 0;  // the first file no thread claimed
  std::vector<Claim> claims_;  // each thread's
  bool finished_ = false;
};

ScanResult Engine::scan(const std::vector<std::string>& paths) const {
  {
    const std::lock_guard lock(dependencyFactsMutex_);
    dependencyFacts_.clear();  // facts hold for one scan's hosts
  }
  // Named files only (a pre-commit hook's): no more threads than files.
  const bool walksDirectories = std::any_of(paths.begin(), paths.end(), [](const std::string& path) {
    struct stat status {};
    return stat(path.c_str(), &status) == 0 && S_ISDIR(status.st_mode);
  });
  const size_t threadCount = walksDirectories ? jobs_ : std::clamp<size_t>(paths.size(), 1, jobs_);
  // The threads scan each file as soon as the walk reaches it (the walk is a
  // sixth of a scan of ansible), with the run's hosts.
  WalkedFiles walked(threadCount);
  ScanResult result;
  std::exception_ptr walkFailure;
  std::thread walker([&] {
    try {
      walkFiles(paths, result.notifications, [&](FileToScan file) {
        if (pathFilter_.accepts(file.path)) walked.add(std::move(file));
      });
    } catch (...) {
      walkFailure = std::current_exception();
    }
    walked.finish();
  });
  ScanResult scanned = scanWalked(walked, hosts_, textLayer_);
  walker.join();
  if (walkFailure) std::rethrow_exception(walkFailure);

  // Hosts that a dbt Cloud CLI configuration of the tree declares are dbt
  // Cloud's for the whole scan, as if given with --dbt-host. They are known
  // only once the walk has ended: then the scan is made again with them (a
  // configuration names its account's host, mostly one already known).
  const std::vector<FileToScan> files = walked.all();
  if (const std::unique_ptr<const DbtHosts> declaredHosts = hostsDeclaredIn(files, result.notifications)) {
    {
      const std::lock_guard lock(dependencyFactsMutex_);
      dependencyFacts_.clear();
    }
    const TextLayer declaredHostsLayer(rules_, *declaredHosts);
    WalkedFiles all(std::clamp<size_t>(files.size(), 1, jobs_));
    for (const FileToScan& file : files) all.add(file);
    all.finish();
    scanned = scanWalked(all, *declaredHosts, declaredHostsLayer);
  }
  std::move(scanned.notifications.begin(), scanned.notifications.end(), std::back_inserter(result.notifications));
  result.findings = std::move(scanned.findings);
  result.suppressed = std::move(scanned.suppressed);
  result.filesScanned = scanned.filesScanned;
  return result;
}

ScanResult Engine::scanWalked(WalkedFiles& files, const DbtHosts& hosts, const TextLayer& textLayer) const {
  // Each thread takes the next files in turn (WalkedFiles::next); what the
  // threads find is put back in file order, so that the result does not
  // depend on the threads.
  struct ThreadOutput {
    ScanResult result;
    std::vector<size_t> notificationFiles;  // the index of the file each notification is about
    std::exception_ptr failure;
  };
  const size_t threadCount = files.threads();
  std::vector<ThreadOutput> outputs(threadCount);
  std::atomic<bool> failed = false;
  const auto work = [&](size_t thread) {
    ThreadOutput& output = outputs[thread];
    try {
      // Threads share the text layer and build only their front ends, which
      // is cheap: even two files (a pre-commit hook's) are scanned sooner by two.
      const FrontEndSet ownFrontEnds = thread == 0 ? FrontEndSet{} : makeFrontEnds_();
      DirectoryListings listings;
      const Worker worker{hosts, textLayer, thread == 0 ? frontEnds_ : ownFrontEnds, listings};
      while (!failed) {
        const std::optional<std::pair<size_t, FileToScan>> next = files.next(thread);
        if (!next) break;
        const auto& [index, file] = *next;
        ReadOutcome read = readFile(file.path, maxFileSize_);
        if (read.problem) {
          output.result.notifications.push_back(std::move(*read.problem));
        } else {
          const Language language = detectLanguage(file.path, read.content);
          scanFileWith(SourceFile(file.path, std::move(read.content), language), worker, output.result);
        }
        output.notificationFiles.resize(output.result.notifications.size(), index);
      }
    } catch (...) {
      output.failure = std::current_exception();
      failed = true;  // the other threads stop too
    }
  };
  std::vector<std::thread> threads;
  for (size_t thread = 1; thread < threadCount; ++thread) threads.emplace_back(work, thread);
  work(0);
  for (std::thread& thread : threads) thread.join();

  ScanResult result;
  std::vector<std::pair<size_t, Notification>> notifications;
  for (ThreadOutput& output : outputs) {
    if (output.failure) std::rethrow_exception(output.failure);
    for (size_t i = 0; i < output.result.notifications.size(); ++i) {
      notifications.emplace_back(output.notificationFiles[i], std::move(output.result.notifications[i]));
    }
    std::move(output.result.findings.begin(), output.result.findings.end(), std::back_inserter(result.findings));
    std::move(output.result.suppressed.begin(), output.result.suppressed.end(), std::back_inserter(result.suppressed));
    result.filesScanned += output.result.filesScanned;
  }
  std::stable_sort(notifications.begin(), notifications.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  // A front end says what concerns no file once per instance, so once per thread.
  std::set<std::tuple<Level, NotificationKind, std::string>> saidOnce;
  for (auto& [file, notification] : notifications) {
    if (notification.path.empty() && !saidOnce.emplace(notification.level, notification.kind, notification.message).second) continue;
    result.notifications.push_back(std::move(notification));
  }
  // Findings of different files never compare equal; those of one file
  // stay in the order its thread found them.
  std::stable_sort(result.findings.begin(), result.findings.end(), reportedBefore);
  std::stable_sort(result.suppressed.begin(), result.suppressed.end(), reportedBefore);
  return result;
}

ScanResult Engine::scanBuffer(const std::string& path, std::string content) const {
  ScanResult result;
  if (!pathFilter_.accepts(path)) return result;
  if (content.size() > maxFileSize_) {
    result.notifications.push_back({Level::Warning, NotificationKind::TooLarge, path, tooLarge(content.size(), maxFileSize_)});
    return result;
  }
  if (auto refused = decodeText(path, content)) {
    result.notifications.push_back(std::move(*refused));
    return result;
  }
  const Language language = detectLanguage(path, content);
  scanFile(SourceFile(path, std::move(content), language), result);
  return result;
}

void Engine::annotate(const SourceFile& file, std::vector<Finding>& findings) const {
  if (findings.empty()) return;
  for (const auto& annotator : annotators_) annotator->annotate(file, findings);
}

void Engine::scanFile(const SourceFile& file, ScanResult& result) const {
  DirectoryListings listings;
  scanFileWith(file, Worker{hosts_, textLayer_, frontEnds_, listings}, result);
}

void Engine::scanFileWith(const SourceFile& file, const Worker& worker, ScanResult& result) const {
  ++result.filesScanned;
  TextScan text = worker.textLayer.scan(file);
  std::vector<Detection>& detections = text.detections;
  FrontEnd* frontEnd = frontEndFor(worker.frontEnds, file.language());
  if (frontEnd != nullptr && needsSyntaxAnalysis(file, text.mentionsDbt, worker)) {
    FileAnalysis analysis = frontEnd->analyze(file, Context(*this, worker, nullptr, 0));
    const auto decided = analysis.analysedWholeFile ? frontEnd->decidedRules() : std::vector<std::string_view>{};
    // Where the parse failed the front end saw nothing: the text layer's word stands there.
    const SpanSet unparsed(std::move(analysis.unparsed));
    std::erase_if(detections, [&](const Detection& d) {
      return d.layer == Layer::Text && std::find(decided.begin(), decided.end(), d.rule->id) != decided.end() &&
             !unparsed.overlaps(d.span);
    });
    std::move(analysis.detections.begin(), analysis.detections.end(), std::back_inserter(detections));
    std::move(analysis.notifications.begin(), analysis.notifications.end(), std::back_inserter(result.notifications));
  }

  // One finding per rule and place, from the most precise layer.
  std::stable_sort(detections.begin(), detections.end(), [](const Detection& a, const Detection& b) {
    return std::tie(a.span.begin, a.rule->id, b.layer, a.span.end) < std::tie(b.span.begin, b.rule->id, a.layer, b.span.end);
  });
  detections.erase(std::unique(detections.begin(), detections.end(),
                               [](const Detection& a, const Detection& b) {
                                 return a.rule == b.rule && a.span.begin == b.span.begin;
                               }),
                   detections.end());

  const std::vector<Span> secrets = sortedSecrets(detections);
  std::vector<Finding> findings = placeFindings(file, detections, secrets);
  assignFingerprints(file, findings);
  annotate(file, findings);
  // Suppressions apply to placed findings; the ones that suppress nothing are
  // findings themselves, in the same file, with the same secrets redacted.
  // Most files hold no suppression comment, and the literal pass may already tell.
  const bool maySuppress = !text.turnedAway || !worker.textLayer.literalPassCatches(kSuppressionMarker);
  std::vector<Detection> unused = maySuppress ? applySuppressions(file, rules_, knownRules_, findings, result.suppressed) : std::vector<Detection>{};
  std::vector<Finding> unusedFindings = placeFindings(file, unused, secrets);
  assignFingerprints(file, unusedFindings);
  annotate(file, unusedFindings);
  std::move(findings.begin(), findings.end(), std::back_inserter(result.findings));
  std::move(unusedFindings.begin(), unusedFindings.end(), std::back_inserter(result.findings));
}

}  // namespace dbtlint
