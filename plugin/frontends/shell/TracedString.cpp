#include "TracedString.h"

#include <algorithm>

namespace dbtlint {

TracedString TracedString::literal(std::string_view text, size_t firstOffset) {
  TracedString value;
  for (size_t i = 0; i < text.size(); ++i) {
    value.appendLiteralByte(text[i], firstOffset == kNowhere ? kNowhere : firstOffset + i);
  }
  return value;
}

TracedString TracedString::untraced(const ResolvedString& value) {
  TracedString traced;
  for (const auto& piece : value.pieces()) {
    traced.append(piece.isHole ? hole(piece.text) : literal(piece.text, kNowhere));
  }
  return traced;
}

TracedString TracedString::hole(std::string name, Span reference) {
  TracedString value;
  value.pieces_.push_back({std::move(name), true, {}, reference});
  return value;
}

void TracedString::appendLiteralByte(char byte, size_t origin) {
  if (pieces_.empty() || pieces_.back().isHole) pieces_.push_back({});
  pieces_.back().text += byte;
  pieces_.back().origins.push_back(origin);
}

void TracedString::append(const TracedString& other) {
  for (const Piece& piece : other.pieces_) {
    if (piece.isHole) {
      pieces_.push_back(piece);
      continue;
    }
    for (size_t i = 0; i < piece.text.size(); ++i) appendLiteralByte(piece.text[i], piece.origins[i]);
  }
}

size_t TracedString::size() const {
  size_t total = 0;
  for (const Piece& piece : pieces_) total += piece.text.size();
  return total;
}

bool TracedString::sameValue(const TracedString& other) const {
  return std::equal(pieces_.begin(), pieces_.end(), other.pieces_.begin(), other.pieces_.end(),
                    [](const Piece& a, const Piece& b) { return a.isHole == b.isHole && a.text == b.text; });
}

std::optional<std::string> TracedString::knownText() const {
  std::string text;
  for (const Piece& piece : pieces_) {
    if (piece.isHole) return std::nullopt;
    text += piece.text;
  }
  return text;
}

std::string TracedString::knownPrefix() const {
  return pieces_.empty() || pieces_[0].isHole ? std::string() : pieces_[0].text;
}

TracedString TracedString::dropPrefix(size_t bytes) const {
  TracedString rest;
  for (size_t index = 0; index < pieces_.size(); ++index) {
    const Piece& piece = pieces_[index];
    if (index == 0 && !piece.isHole) {
      for (size_t i = std::min(bytes, piece.text.size()); i < piece.text.size(); ++i) {
        rest.appendLiteralByte(piece.text[i], piece.origins[i]);
      }
    } else if (piece.isHole) {
      rest.pieces_.push_back(piece);
    } else {
      for (size_t i = 0; i < piece.text.size(); ++i) rest.appendLiteralByte(piece.text[i], piece.origins[i]);
    }
  }
  return rest;
}

std::optional<Span> TracedString::spanOf(size_t begin, size_t end) const {
  if (pieces_.size() != 1 || pieces_[0].isHole || begin >= end || end > pieces_[0].origins.size()) return std::nullopt;
  const std::vector<size_t>& origins = pieces_[0].origins;
  for (size_t i = begin; i < end; ++i) {
    if (origins[i] == kNowhere || (i > begin && origins[i] != origins[i - 1] + 1)) return std::nullopt;
  }
  return Span{origins[begin], origins[end - 1] + 1};
}

ResolvedString TracedString::resolved() const {
  ResolvedString value;
  for (const Piece& piece : pieces_) {
    if (piece.isHole) {
      value.appendHole(piece.text);
    } else {
      value.appendLiteral(piece.text);
    }
  }
  return value;
}

}  // namespace dbtlint
