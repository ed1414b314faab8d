#include "SourceFile.h"

#include <algorithm>

namespace dbtlint {

SourceFile::SourceFile(std::string path, std::string content, Language language)
    : path_(std::move(path)), content_(std::move(content)), language_(language) {}

const std::vector<size_t>& SourceFile::lineStarts() const {
  std::call_once(lineStartsBuilt_, [this] {
    lineStarts_.push_back(0);
    if (content_.find('\r') == std::string::npos) {  // the usual case, at memchr's speed
      for (size_t end = content_.find('\n'); end != std::string::npos; end = content_.find('\n', end + 1)) {
        lineStarts_.push_back(end + 1);
      }
      return;
    }
    for (size_t i = 0; i < content_.size(); ++i) {
      if (content_[i] == '\r' && i + 1 < content_.size() && content_[i + 1] == '\n') ++i;
      if (content_[i] == '\n' || content_[i] == '\r') lineStarts_.push_back(i + 1);
    }
  });
  return lineStarts_;
}

std::string_view SourceFile::lineText(uint32_t line) const {
  const std::vector<size_t>& starts = lineStarts();
  const size_t begin = starts.at(line - 1);
  size_t end = line < starts.size() ? starts[line] : content_.size();
  while (end > begin && (content_[end - 1] == '\n' || content_[end - 1] == '\r')) --end;
  return std::string_view(content_).substr(begin, end - begin);
}

namespace {

// Counts the columns from `from` (at `position`) up to `to` on one line, a
// whole UTF-8 sequence at a time; returns where it stopped, `to` or just past.
size_t advanceColumns(std::string_view text, size_t from, size_t to, Position& position) {
  size_t i = from;
  while (i < to) {
    const size_t length = utf8SequenceLength(text, i);
    position.column += 1;
    position.utf16Column += length == 4 ? 2 : 1;
    i += length;
  }
  return i;
}

}  // namespace

const std::vector<SourceFile::ColumnMark>& SourceFile::columnMarks() const {
  std::call_once(columnMarksBuilt_, [this] {
    const std::vector<size_t>& starts = lineStarts();
    for (size_t line = 0; line < starts.size(); ++line) {
      const size_t end = line + 1 < starts.size() ? starts[line + 1] : content_.size();
      Position position{static_cast<uint32_t>(line + 1), 1, 1};
      for (size_t at = starts[line]; end - at > kColumnMarkSpacing;) {
        at = advanceColumns(content_, at, at + kColumnMarkSpacing, position);
        columnMarks_.push_back({at, position});
      }
    }
  });
  return columnMarks_;
}

Position SourceFile::positionOf(size_t offset) const {
  offset = std::min(offset, content_.size());
  const std::vector<size_t>& starts = lineStarts();
  const auto next = std::upper_bound(starts.begin(), starts.end(), offset);
  const auto line = static_cast<uint32_t>(next - starts.begin());
  Position position{line, 1, 1};
  size_t from = starts[line - 1];
  if (offset - from > kColumnMarkSpacing) {
    const std::vector<ColumnMark>& marks = columnMarks();
    const auto after = std::upper_bound(marks.begin(), marks.end(), offset,
                                        [](size_t wanted, const ColumnMark& mark) { return wanted < mark.offset; });
    if (after != marks.begin() && std::prev(after)->offset >= from) {
      position = std::prev(after)->position;
      from = std::prev(after)->offset;
    }
  }
  advanceColumns(content_, from, offset, position);
  return position;
}

size_t utf8SequenceLength(std::string_view text, size_t offset) {
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(offset);
  size_t length = 0;
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;  // no UTF-16 surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return 1;
  }
  if (offset + length > text.size()) return 1;
  if (byte(offset + 1) < low || byte(offset + 1) > high) return 1;
  for (size_t i = 2; i < length; ++i) {
    if (byte(offset + i) < 0x80 || byte(offset + i) > 0xBF) return 1;
  }
  return length;
}

}  // namespace dbtlint
