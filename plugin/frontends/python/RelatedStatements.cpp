#include "RelatedStatements.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <numeric>
#include <unordered_map>
#include <vector>

#include "Syntax.h"

namespace dbtlint::python {
namespace {

// ASCII letters and digits alone, whatever the locale; every byte of UTF-8 past ASCII.
bool isDigit(unsigned char c) { return c >= '0' && c <= '9'; }
bool isIdentifierStart(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80; }
bool isIdentifierCharacter(unsigned char c) { return isIdentifierStart(c) || isDigit(c); }

// Brackets and f-string fields around a field, at most.
constexpr int kDeepestField = 200;

bool isKeyword(std::string_view word) {
  static constexpr std::array<std::string_view, 35> kKeywords = {  // sorted
      "False", "None",   "True",    "and",      "as",   "assert", "async",  "await",    "break",
      "class", "continue", "def",   "del",      "elif", "else",   "except", "finally",  "for",
      "from",  "global", "if",      "import",   "in",   "is",     "lambda", "nonlocal", "not",
      "or",    "pass",   "raise",   "return",   "try",  "while",  "with",   "yield"};
  return std::binary_search(kKeywords.begin(), kKeywords.end(), word);
}

// r, u, b, f, t, or b, f or t with r, in either order and any case.
bool isStringPrefix(std::string_view word) {
  const auto lower = [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); };
  if (word.size() == 1) return std::string_view("rubft").find(lower(word[0])) != std::string_view::npos;
  if (word.size() != 2) return false;
  const char first = lower(word[0]);
  const char second = lower(word[1]);
  const char other = first == 'r' ? second : second == 'r' ? first : '\0';
  return other != '\0' && std::string_view("bft").find(other) != std::string_view::npos;
}

// The length of the operator `rest` starts with.
size_t operatorLength(std::string_view rest) {
  const bool doubled = rest.size() >= 2 && rest[0] == rest[1] && std::string_view("*/<>").find(rest[0]) != std::string_view::npos;
  if (rest.starts_with("...") || (doubled && rest.size() >= 3 && rest[2] == '=')) return 3;  // `**=`, `//=`, `>>=`, `<<=`
  if (doubled || rest.starts_with("->")) return 2;
  if (rest.size() >= 2 && rest[1] == '=' && std::string_view("=!<>+-*/%&|^@:").find(rest[0]) != std::string_view::npos) return 2;
  return 1;
}

enum class Kind : uint8_t { Name, Keyword, String, Number, Operator };

struct Token {
  Kind kind;
  uint32_t begin;
  uint32_t end;
  int depth;  // brackets open around it; a bracket counts outside itself
};

// The tokens of Python source, as far as statements and names go: strings
// (f-string fields included), comments, brackets and line continuations
// followed as Python's tokenizer does; a logical line ends at a line end
// outside brackets.
class Lexer {
 public:
  explicit Lexer(std::string_view text) : text_(text) {}

  // False where Python's tokenizer would fail, or this one cannot follow.
  bool run();

  std::string_view text() const { return text_; }
  const std::vector<Token>& tokens() const { return tokens_; }
  // Logical lines as [first token, end token).
  const std::vector<std::pair<size_t, size_t>>& lines() const { return lines_; }
  // The text with all but its comments and strings blanked, as the Python
  // checks match the text patterns in it (DbtChecks::checkCredentials).
  std::string commentsAndStrings() const;
  std::string_view textOf(const Token& token) const { return text_.substr(token.begin, token.end - token.begin); }

 private:
  bool token(int& depth, int outerDepth);
  bool string(size_t begin, bool formatted, int depth);
  bool field(int depth, char quote, bool triple);
  bool formatSpec(int depth, char quote, bool triple);
  void comment() {
    const size_t end = std::min(text_.find('\n', at_), text_.size());
    comments_.emplace_back(at_, end);
    at_ = end;
  }
  void push(Kind kind, size_t begin, size_t end, int depth) {
    tokens_.push_back({kind, static_cast<uint32_t>(begin), static_cast<uint32_t>(end), depth});
  }

  std::string_view text_;
  size_t at_ = 0;
  std::vector<Token> tokens_;
  std::vector<std::pair<size_t, size_t>> lines_;
  std::vector<std::pair<size_t, size_t>> comments_;
};

std::string Lexer::commentsAndStrings() const {
  std::string view(text_);
  blankKeepingLineEnds(view, 0, view.size());
  const auto keep = [&](size_t begin, size_t end) { std::copy(text_.begin() + begin, text_.begin() + end, view.begin() + begin); };
  for (const auto& [begin, end] : comments_) keep(begin, end);
  size_t kept = 0;  // a string inside an f-string's field is kept with it
  for (const Token& token : tokens_) {
    if (token.kind != Kind::String || token.end <= kept) continue;
    keep(token.begin, token.end);
    kept = token.end;
  }
  return view;
}

bool Lexer::run() {
  if (text_.size() > UINT32_MAX) return false;
  if (text_.starts_with("\xEF\xBB\xBF")) at_ = 3;  // a byte order mark
  int depth = 0;
  size_t lineStart = 0;  // the first token of the logical line
  const auto endLine = [&] {
    if (tokens_.size() > lineStart) lines_.emplace_back(lineStart, tokens_.size());
    lineStart = tokens_.size();
  };
  while (at_ < text_.size()) {
    const char c = text_[at_];
    if (c == '\n') {
      if (depth == 0) endLine();
      ++at_;
    } else if (c == ' ' || c == '\t' || c == '\f' || c == '\r') {
      ++at_;
    } else if (c == '#') {
      comment();
    } else if (c == '\\') {
      // A line continued; a backslash anywhere else is an error.
      size_t next = at_ + 1;
      if (next < text_.size() && text_[next] == '\r') ++next;
      if (next < text_.size() && text_[next] != '\n') return false;
      at_ = next + 1;
    } else if (!token(depth, 0)) {
      return false;
    }
  }
  if (depth != 0) return false;
  endLine();
  return true;
}

bool Lexer::token(int& depth, int outerDepth) {
  const size_t begin = at_;
  const auto c = static_cast<unsigned char>(text_[at_]);
  if (isIdentifierStart(c)) {
    while (at_ < text_.size() && isIdentifierCharacter(static_cast<unsigned char>(text_[at_]))) ++at_;
    const std::string_view word = text_.substr(begin, at_ - begin);
    if (at_ < text_.size() && (text_[at_] == '"' || text_[at_] == '\'') && isStringPrefix(word)) {
      return string(begin, word.find_first_of("fFtT") != std::string_view::npos, outerDepth + depth);
    }
    push(isKeyword(word) ? Kind::Keyword : Kind::Name, begin, at_, outerDepth + depth);
    return true;
  }
  if (c == '"' || c == '\'') return string(begin, false, outerDepth + depth);
  if (isDigit(c) || (c == '.' && at_ + 1 < text_.size() && isDigit(static_cast<unsigned char>(text_[at_ + 1])))) {
    const bool hexadecimal = text_.substr(begin, 2) == "0x" || text_.substr(begin, 2) == "0X";
    for (++at_; at_ < text_.size(); ++at_) {
      const auto d = static_cast<unsigned char>(text_[at_]);
      const bool exponentSign = (d == '+' || d == '-') && !hexadecimal && (text_[at_ - 1] == 'e' || text_[at_ - 1] == 'E');
      if (!isIdentifierCharacter(d) && d != '.' && !exponentSign) break;
    }
    push(Kind::Number, begin, at_, outerDepth + depth);
    return true;
  }
  if (c == '(' || c == '[' || c == '{') {
    push(Kind::Operator, begin, ++at_, outerDepth + depth);
    ++depth;
    return true;
  }
  if (c == ')' || c == ']' || c == '}') {
    if (--depth < 0) return false;
    push(Kind::Operator, begin, ++at_, outerDepth + depth);
    return true;
  }
  at_ += operatorLength(text_.substr(begin));
  push(Kind::Operator, begin, at_, outerDepth + depth);
  return true;
}

// From the opening quote at at_; the token spans `begin` (its prefix) to the closing quote.
bool Lexer::string(size_t begin, bool formatted, int depth) {
  const char quote = text_[at_];
  const std::string closing(3, quote);
  const bool triple = text_.substr(at_, 3) == closing;
  at_ += triple ? 3 : 1;
  const size_t index = tokens_.size();
  push(Kind::String, begin, begin, depth);  // first, before the names of its fields
  while (true) {
    if (at_ >= text_.size()) return false;
    const char c = text_[at_];
    if (c == '\\') {
      at_ += 2;
    } else if (c == '\n' && !triple) {
      return false;
    } else if (c == quote && (!triple || text_.substr(at_, 3) == closing)) {
      at_ += triple ? 3 : 1;
      break;
    } else if (formatted && c == '{' && at_ + 1 < text_.size() && text_[at_ + 1] == '{') {
      at_ += 2;
    } else if (formatted && c == '{') {
      ++at_;
      if (!field(depth + 1, quote, triple)) return false;
    } else {
      ++at_;
    }
  }
  tokens_[index].end = static_cast<uint32_t>(at_);
  return true;
}

// An f-string's replacement field, after its `{`: code up to `!`, `:` or
// `}` outside brackets. Fields nest in strings in fields (Python 3.12), each
// level a few calls deeper: past kDeepestField the text is not followed.
bool Lexer::field(int depth, char quote, bool triple) {
  if (depth > kDeepestField) return false;
  int inner = 0;
  while (true) {
    if (at_ >= text_.size()) return false;
    const char c = text_[at_];
    const char next = at_ + 1 < text_.size() ? text_[at_ + 1] : '\0';
    if (c == ' ' || c == '\t' || c == '\f' || c == '\r' || c == '\n') {
      ++at_;
    } else if (c == '#') {
      comment();
    } else if (c == '\\') {
      at_ += 2;
    } else if (inner == 0 && c == '}') {
      ++at_;
      return true;
    } else if (inner == 0 && c == ':' && next != '=') {
      ++at_;
      return formatSpec(depth, quote, triple);
    } else if (inner == 0 && ((c == '!' && next != '=') || (c == '=' && (next == '}' || next == '!' || next == ':')))) {
      ++at_;  // a conversion (`!r`) or a self-documenting `=`
    } else if (!token(inner, depth)) {
      return false;
    }
  }
}

// A field's format specification, after its `:`: text with fields of its own.
bool Lexer::formatSpec(int depth, char quote, bool triple) {
  while (true) {
    if (at_ >= text_.size()) return false;
    const char c = text_[at_];
    if (c == '{') {
      ++at_;
      if (!field(depth + 1, quote, triple)) return false;
    } else if (c == '}') {
      ++at_;
      return true;
    } else if ((c == '\n' && !triple) || c == quote) {
      return false;  // where versions of Python differ: not worth following
    } else {
      at_ += c == '\\' ? 2 : 1;
    }
  }
}

// A top-level statement: its logical lines, the names it reads and the
// module-level names it may bind.
struct Statement {
  size_t firstLine = 0;
  size_t endLine = 0;
  size_t begin = 0;  // of its bytes, with the comments and blank lines after it
  size_t end = 0;
  bool isImport = false;         // import statements alone
  bool importsProjectModule = false;
  std::vector<std::string_view> names;  // read or bound
  std::vector<std::string_view> bound;  // may be bound (or changed) at module level
};

class StatementReader {
 public:
  StatementReader(const Lexer& lexer, const StatementQuestions& questions) : lexer_(lexer), questions_(questions) {}

  // The statements in order; false when the first line is indented.
  bool read(std::vector<Statement>& statements) const;

 private:
  const Token& at(size_t index) const { return lexer_.tokens()[index]; }
  // Past the last token: nothing.
  std::string_view word(size_t index) const { return index < lexer_.tokens().size() ? lexer_.textOf(at(index)) : ""; }
  bool isName(size_t index) const { return index < lexer_.tokens().size() && at(index).kind == Kind::Name; }
  // A name read as itself, not as an attribute (`b` in `a.b`).
  bool isPlainName(size_t index) const { return isName(index) && (index == 0 || word(index - 1) != "."); }
  void addNames(size_t begin, size_t end, std::vector<std::string_view>& names) const {
    for (size_t i = begin; i < end; ++i) {
      if (isPlainName(i)) names.push_back(word(i));
    }
  }
  // What the simple statement [begin, end) of a logical line binds.
  void bindingsOf(size_t begin, size_t end, Statement& statement) const;
  void importBindings(size_t begin, size_t end, Statement& statement, bool linking) const;

  const Lexer& lexer_;
  const StatementQuestions& questions_;
};

bool StatementReader::read(std::vector<Statement>& statements) const {
  const std::string_view text = lexer_.text();
  const auto& lines = lexer_.lines();
  for (size_t line = 0; line < lines.size(); ++line) {
    const size_t first = lines[line].first;
    const size_t begin = at(first).begin;
    const bool atColumnZero = begin == 0 || text[begin - 1] == '\n' || (begin == 3 && text.starts_with("\xEF\xBB\xBF"));
    const bool clause = word(first) == "else" || word(first) == "elif" || word(first) == "except" || word(first) == "finally";
    const bool decorated = line > 0 && word(lines[line - 1].first) == "@";
    if (atColumnZero && !clause && !decorated) {
      if (!statements.empty()) statements.back().end = begin;
      statements.push_back({line, line + 1, statements.empty() ? 0 : begin, text.size(), false, false, {}, {}});
    } else if (statements.empty()) {
      return false;
    } else {
      statements.back().endLine = line + 1;
    }
  }
  for (Statement& statement : statements) {
    addNames(lines[statement.firstLine].first, lines[statement.endLine - 1].second, statement.names);
    size_t head = statement.firstLine;
    while (head + 1 < statement.endLine && word(lines[head].first) == "@") ++head;
    size_t headToken = lines[head].first;
    if (word(headToken) == "async") ++headToken;
    // A function or class binds its name; what its body binds is its own (a
    // class's attributes are read through its name), but for `global`.
    const bool definition = word(headToken) == "def" || word(headToken) == "class";
    if (definition && isName(headToken + 1)) statement.bound.push_back(word(headToken + 1));
    statement.isImport = !definition && statement.endLine == statement.firstLine + 1 &&
                         (word(headToken) == "import" || word(headToken) == "from");
    for (size_t line = statement.firstLine; line < statement.endLine; ++line) {
      // Its simple statements, split at `;`.
      const size_t end = lines[line].second;
      for (size_t begin = lines[line].first, i = begin; i <= end; ++i) {
        if (i < end && !(at(i).depth == at(begin).depth && word(i) == ";")) continue;
        if (begin < i && definition) {
          if (word(begin) == "global") addNames(begin, i, statement.bound);
        } else if (begin < i && statement.isImport && (word(begin) == "import" || word(begin) == "from")) {
          importBindings(begin, i, statement, false);
        } else if (begin < i) {
          bindingsOf(begin, i, statement);
        }
        begin = i + 1;
      }
    }
  }
  return true;
}

void StatementReader::bindingsOf(size_t begin, size_t end, Statement& statement) const {
  const int depth = at(begin).depth;
  if (word(begin) == "import" || word(begin) == "from") {
    importBindings(begin, end, statement, true);
    return;
  }
  if (word(begin) == "global" || word(begin) == "nonlocal" || word(begin) == "del" ||
      (word(begin) == "case" && word(end - 1) == ":")) {
    addNames(begin, end, statement.bound);
    return;
  }
  // Targets of `=` and augmented assignments: everything before the last one.
  static constexpr std::array<std::string_view, 14> kAssignments = {"=",  "+=", "-=", "*=", "/=", "//=", "%=",
                                                                    "@=", "&=", "|=", "^=", ">>=", "<<=", "**="};
  size_t lastAssignment = end;
  size_t firstColon = end;
  for (size_t i = begin; i < end; ++i) {
    if (at(i).depth != depth || at(i).kind != Kind::Operator) continue;
    if (std::find(kAssignments.begin(), kAssignments.end(), word(i)) != kAssignments.end()) lastAssignment = i;
    if (word(i) == ":" && firstColon == end) firstColon = i;
  }
  if (lastAssignment != end) {
    addNames(begin, lastAssignment, statement.bound);
  } else if (firstColon != end && at(begin).kind != Kind::Keyword) {
    addNames(begin, firstColon, statement.bound);  // an annotated name: `x: Client`
  }
  // The targets of `for` (statement or comprehension) run to its `in` at the
  // same depth, or to the end when none comes (broken code binds all its
  // names): marked in one pass, so that many `for`s cost their number.
  std::vector<int> inTargets(end - begin + 1, 0);
  std::vector<size_t> pendingFors;  // without their `in` yet, innermost last
  const auto coverTo = [&](size_t from, size_t to) {
    ++inTargets[from + 1 - begin];
    --inTargets[to - begin];
  };
  for (size_t i = begin; i < end; ++i) {
    const std::string_view token = word(i);
    if (token == ":=" && i > begin && isPlainName(i - 1)) statement.bound.push_back(word(i - 1));
    if ((token == "def" || token == "class") && i + 1 < end && isName(i + 1)) statement.bound.push_back(word(i + 1));
    if (token == "for") pendingFors.push_back(i);
    if (token == "in") {
      while (!pendingFors.empty() && at(pendingFors.back()).depth > at(i).depth) {
        coverTo(pendingFors.back(), end);
        pendingFors.pop_back();
      }
      if (!pendingFors.empty() && at(pendingFors.back()).depth == at(i).depth) {
        coverTo(pendingFors.back(), i);
        pendingFors.pop_back();
      }
    }
    if (token == "as") {
      // Its target: names up to a `,` or `:` beside it, or the next keyword.
      for (size_t j = i + 1; j < end && at(j).depth >= at(i).depth && at(j).kind != Kind::Keyword; ++j) {
        if (at(j).depth == at(i).depth && (word(j) == "," || word(j) == ":")) break;
        if (isPlainName(j)) statement.bound.push_back(word(j));
      }
    }
  }
  for (const size_t unmatched : pendingFors) coverTo(unmatched, end);
  int covering = 0;
  for (size_t i = begin; i < end; ++i) {
    covering += inTargets[i - begin];
    if (covering > 0 && isPlainName(i)) statement.bound.push_back(word(i));
  }
}

// `import a.b as c, d` binds `c` and `d`; `from m import x as y, z` binds `y`
// and `z` (`*` binds nothing the interpreter sees). A module-level import of
// a module outside the project binds what no statement of the file can
// change: it links the statements that read it only where `linking`.
void StatementReader::importBindings(size_t begin, size_t end, Statement& statement, bool linking) const {
  size_t names = begin + 1;
  if (word(begin) == "from") {
    int dots = 0;
    std::string dotted;
    for (names = begin + 1; names < end && word(names) != "import"; ++names) {
      if (dotted.empty() && word(names) == ".") ++dots;
      if (dotted.empty() && word(names) == "...") dots += 3;
      if (isName(names)) dotted += (dotted.empty() ? "" : ".") + std::string(word(names));
    }
    ++names;
    if (questions_.importsProjectModule(dots, dotted)) {
      statement.importsProjectModule = true;
      linking = true;
    }
  }
  if (!linking) return;
  for (size_t item = names; item < end;) {
    size_t itemEnd = item;
    while (itemEnd < end && word(itemEnd) != ",") ++itemEnd;
    size_t bound = itemEnd;
    for (size_t i = item; i < itemEnd; ++i) {
      if (word(i) == "as" && i + 1 < itemEnd) bound = i + 1;
      if (bound == itemEnd && isName(i)) bound = i;  // the first name, unless `as` follows
    }
    if (bound < itemEnd) statement.bound.push_back(word(bound));
    item = itemEnd + 1;
  }
}

size_t rootOf(std::vector<size_t>& parents, size_t statement) {
  while (parents[statement] != statement) statement = parents[statement] = parents[parents[statement]];
  return statement;
}

}  // namespace

std::optional<std::string> withUnrelatedStatementsBlanked(std::string_view text, const StatementQuestions& questions) {
  Lexer lexer(text);
  std::vector<Statement> statements;
  if (!lexer.run() || !StatementReader(lexer, questions).read(statements) || statements.size() < 2) return std::nullopt;

  // Statements that share a name some statement may bind at module level are
  // one group: values pass between them only through such names.
  std::vector<size_t> parents(statements.size());
  std::iota(parents.begin(), parents.end(), 0);
  struct NameUse {
    bool bound = false;
    std::vector<size_t> statements;
  };
  std::unordered_map<std::string_view, NameUse> uses;
  for (size_t index = 0; index < statements.size(); ++index) {
    for (const std::string_view name : statements[index].names) uses[name].statements.push_back(index);
    for (const std::string_view name : statements[index].bound) {
      NameUse& use = uses[name];
      use.bound = true;
      use.statements.push_back(index);
    }
  }
  for (const auto& [name, use] : uses) {
    if (!use.bound) continue;
    for (const size_t index : use.statements) parents[rootOf(parents, index)] = rootOf(parents, use.statements.front());
  }
  // A text pattern may match in the statement, or in its comments and
  // strings alone where the checks look for credentials.
  const std::string view = lexer.commentsAndStrings();
  std::vector<bool> groupKept(statements.size(), false);
  for (size_t index = 0; index < statements.size(); ++index) {
    const Statement& statement = statements[index];
    const size_t length = statement.end - statement.begin;
    if (groupKept[rootOf(parents, index)]) continue;  // no need to ask
    if (statement.importsProjectModule || questions.mayMatter(text.substr(statement.begin, length)) ||
        questions.mayMatter(std::string_view(view).substr(statement.begin, length))) {
      groupKept[rootOf(parents, index)] = true;
    }
  }
  std::string blanked(text);
  bool leftOut = false;
  for (size_t index = 0; index < statements.size(); ++index) {
    const Statement& statement = statements[index];
    if (statement.isImport || groupKept[rootOf(parents, index)]) continue;
    leftOut = true;
    blankKeepingLineEnds(blanked, statement.begin, statement.end);
  }
  if (!leftOut) return std::nullopt;
  return blanked;
}

}  // namespace dbtlint::python
