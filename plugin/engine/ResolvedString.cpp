#include "ResolvedString.h"

namespace dbtlint {

ResolvedString ResolvedString::literal(std::string text) {
  ResolvedString value;
  value.appendLiteral(text);
  return value;
}

ResolvedString ResolvedString::hole(std::string name) {
  ResolvedString value;
  value.appendHole(std::move(name));
  return value;
}

ResolvedString& ResolvedString::append(const ResolvedString& other) {
  for (const Piece& piece : other.pieces_) {
    if (piece.isHole) {
      appendHole(piece.text);
    } else {
      appendLiteral(piece.text);
    }
  }
  return *this;
}

ResolvedString& ResolvedString::appendLiteral(std::string_view text) {
  if (text.empty()) return *this;
  if (!pieces_.empty() && !pieces_.back().isHole) {
    pieces_.back().text += text;
  } else {
    pieces_.push_back({std::string(text), false});
  }
  return *this;
}

ResolvedString& ResolvedString::appendHole(std::string name) {
  pieces_.push_back({std::move(name), true});
  return *this;
}

bool ResolvedString::isFullyKnown() const {
  for (const Piece& piece : pieces_) {
    if (piece.isHole) return false;
  }
  return true;
}

std::optional<std::string> ResolvedString::knownText() const {
  if (!isFullyKnown()) return std::nullopt;
  return pieces_.empty() ? std::string() : pieces_.front().text;
}

std::string ResolvedString::render() const {
  std::string text;
  for (const Piece& piece : pieces_) {
    text += piece.isHole ? "{" + (piece.text.empty() ? std::string("?") : piece.text) + "}" : piece.text;
  }
  return text;
}

}  // namespace dbtlint
