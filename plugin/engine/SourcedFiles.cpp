#include "SourcedFiles.h"

#include "PathNames.h"
#include "TextEncoding.h"

namespace dbtlint {
namespace {

bool isBlank(char c) { return c == ' ' || c == '\t'; }
bool endsWord(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ';' || c == '&' || c == '|' || c == '(' ||
         c == ')' || c == '<' || c == '>';
}

// Whether a command starts right before `offset`: at the start of a line,
// after an operator, or after a quote, where a command held in a string
// starts (Python's `subprocess.run('. ./env.sh && …')`), blanks aside. Not
// after a backquote: reStructuredText and Markdown quote code with them, and
// ``x``. reads as the end of a sentence.
bool commandStartsBefore(std::string_view text, size_t offset) {
  while (offset > 0 && isBlank(text[offset - 1])) --offset;
  if (offset == 0) return true;
  const char previous = text[offset - 1];
  return previous == '\n' || previous == '\r' || previous == ';' || previous == '&' || previous == '|' ||
         previous == '(' || previous == '{' || previous == '}' || previous == '\'' || previous == '"';
}

}  // namespace

std::vector<std::string> sourcedFileCandidates(const std::string& sourcingPath, const std::string& written) {
  return {joinedNormal(parentDirectory(sourcingPath), written), joinedNormal("", written)};
}

const std::vector<std::string>& sourcedFileWords() {
  static const std::vector<std::string> kWords{"source", ". ", ".\t"};
  return kWords;
}

std::optional<std::vector<std::string>> sourcedFiles(const std::string& path, std::string_view text,
                                                     const WordPlaces& commands, DirectoryListings& listings) {
  std::vector<std::string> files;
  // The word after a command name that ends at `offset`, when blanks follow it.
  const auto addArgument = [&](size_t offset) {
    if (offset >= text.size() || !isBlank(text[offset])) return true;
    while (offset < text.size() && isBlank(text[offset])) ++offset;
    size_t end = offset;
    while (end < text.size() && !endsWord(text[end])) ++end;
    std::string written(text.substr(offset, end - offset));
    std::erase_if(written, [](char c) { return c == '"' || c == '\''; });
    if (written.find('$') != std::string::npos) return false;  // a variable names the file
    if (!written.empty()) {
      for (std::string& candidate : sourcedFileCandidates(path, written)) {
        if (listings.mayExist(candidate)) files.push_back(std::move(candidate));
      }
    }
    return true;
  };
  // `source` anywhere as a word; `.` only where a command starts, so that the
  // end of a sentence is not taken for one.
  for (const auto& [at, command] : commands) {
    const bool isCommand = command == 0 ? at == 0 || !isAsciiWordCharacter(text[at - 1]) : commandStartsBefore(text, at);
    if (isCommand && !addArgument(at + (command == 0 ? 6 : 1))) return std::nullopt;
  }
  return files;
}

}  // namespace dbtlint
