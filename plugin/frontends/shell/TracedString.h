#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ResolvedString.h"
#include "SourceFile.h"

namespace dbtlint {

// A shell value as the analysis follows it: a ResolvedString whose literal
// bytes remember where in the file they were written (a secret is reported
// where it stands) and whose holes remember the reference that made them.
class TracedString {
 public:
  static constexpr size_t kNowhere = static_cast<size_t>(-1);

  struct Piece {
    std::string text;  // literal bytes, or the hole's name
    bool isHole = false;
    std::vector<size_t> origins;  // literal: one file offset per byte, kNowhere when not in this file
    Span reference;               // hole: the variable's name where it is referenced (empty when none)
  };

  static TracedString literal(std::string_view text, size_t firstOffset);
  static TracedString untraced(const ResolvedString& value);
  static TracedString hole(std::string name = {}, Span reference = {});

  void appendLiteralByte(char byte, size_t origin);
  void append(const TracedString& other);

  const std::vector<Piece>& pieces() const { return pieces_; }
  // The same text and holes, wherever they were written.
  bool sameValue(const TracedString& other) const;
  size_t size() const;  // literal bytes and hole names
  bool isSingleHole() const { return pieces_.size() == 1 && pieces_[0].isHole; }
  // The text when no piece is a hole.
  std::optional<std::string> knownText() const;
  // The literal text before the first hole.
  std::string knownPrefix() const;
  // The value without its first `bytes` bytes, which must be literal.
  TracedString dropPrefix(size_t bytes) const;
  // Where the literal bytes [begin, end) of a fully known value were written,
  // when they were written contiguously in this file.
  std::optional<Span> spanOf(size_t begin, size_t end) const;
  ResolvedString resolved() const;

 private:
  std::vector<Piece> pieces_;
};

}  // namespace dbtlint
