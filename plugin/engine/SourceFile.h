#pragma once

#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "Language.h"

namespace dbtlint {

// A 1-based position. Columns are counted in two units because consumers
// disagree: text and JSON output count Unicode code points, SARIF viewers
// count UTF-16 code units. An invalid UTF-8 byte counts as one of each (it
// decodes to U+FFFD).
struct Position {
  uint32_t line = 1;
  uint32_t column = 1;
  uint32_t utf16Column = 1;
};

// A byte range [begin, end) in a file's content.
struct Span {
  size_t begin = 0;
  size_t end = 0;
};

// One file's bytes with a line index. Lines end at LF, CRLF or a lone CR, as
// editors and GitHub's fingerprinting count them.
class SourceFile {
 public:
  SourceFile(std::string path, std::string content, Language language);

  const std::string& path() const { return path_; }
  std::string_view text() const { return content_; }
  Language language() const { return language_; }

  size_t lineCount() const { return lineStarts().size(); }
  // The 1-based line's text without its terminator.
  std::string_view lineText(uint32_t line) const;
  size_t lineStart(uint32_t line) const { return lineStarts().at(line - 1); }
  Position positionOf(size_t offset) const;

 private:
  // Built at the first question about lines: most files scanned have no
  // finding and are never asked. Threads may share a file (an imported module).
  const std::vector<size_t>& lineStarts() const;
  // A known position, for counting columns from it rather than from its line's
  // start: every kColumnMarkSpacing bytes of the lines longer than that, so
  // that the findings on one minified or generated line cost its length once,
  // not once each. Built at the first position asked far into a line.
  struct ColumnMark {
    size_t offset = 0;
    Position position;
  };
  static constexpr size_t kColumnMarkSpacing = 4096;
  const std::vector<ColumnMark>& columnMarks() const;

  std::string path_;
  std::string content_;
  Language language_;
  mutable std::once_flag lineStartsBuilt_;
  mutable std::vector<size_t> lineStarts_;
  mutable std::once_flag columnMarksBuilt_;
  mutable std::vector<ColumnMark> columnMarks_;
};

// The length of the UTF-8 sequence at `text[offset]`, or 1 for a byte that
// does not start a valid sequence.
size_t utf8SequenceLength(std::string_view text, size_t offset);

}  // namespace dbtlint
