#include "StringOperations.h"

#include <cctype>
#include <cstring>

namespace dbtlint::python {
namespace {

using Piece = ResolvedString::Piece;

// The literal text before the first hole.
std::string knownPrefix(const ResolvedString& value) {
  const auto& pieces = value.pieces();
  return pieces.empty() || pieces.front().isHole ? std::string() : pieces.front().text;
}

bool hasScheme(const std::string& text) {
  const size_t colon = text.find("://");
  if (colon == std::string::npos || colon == 0) return false;
  for (size_t i = 0; i < colon; ++i) {
    if (!std::isalpha(static_cast<unsigned char>(text[i]))) return false;
  }
  return true;
}

// A copy of `value` without its first `count` literal bytes (which are all in
// the first piece).
ResolvedString dropPrefix(const ResolvedString& value, size_t count) {
  ResolvedString result;
  bool first = true;
  for (const Piece& piece : value.pieces()) {
    if (piece.isHole) {
      result.appendHole(piece.text);
    } else {
      result.appendLiteral(first ? std::string_view(piece.text).substr(std::min(count, piece.text.size())) : piece.text);
    }
    first = false;
  }
  return result;
}

// `value` cut after its last `/` into `out`; false when the value ends in
// a hole or has no `/` in its last piece.
bool cutAfterLastSlash(const ResolvedString& value, ResolvedString& out) {
  const auto& pieces = value.pieces();
  if (pieces.empty() || pieces.back().isHole) return false;
  const std::string& last = pieces.back().text;
  const size_t slash = last.rfind('/');
  if (slash == std::string::npos) return false;
  for (size_t i = 0; i + 1 < pieces.size(); ++i) {
    if (pieces[i].isHole) out.appendHole(pieces[i].text); else out.appendLiteral(pieces[i].text);
  }
  out.appendLiteral(std::string_view(last).substr(0, slash + 1));
  return true;
}

// Shared by percentFormat and braceFormat: walks the literal text of
// `format`, letting `conversion` consume a placeholder at a position.
template <typename Conversion>
ResolvedString substitute(const ResolvedString& format, Conversion conversion) {
  ResolvedString result;
  for (const Piece& piece : format.pieces()) {
    if (piece.isHole) {
      result.appendHole(piece.text);
      continue;
    }
    const std::string& text = piece.text;
    size_t position = 0;
    while (position < text.size()) {
      const size_t used = conversion(text, position, result);
      if (used == 0) {
        result.appendLiteral(std::string_view(text).substr(position, 1));
        ++position;
      } else {
        position += used;
      }
    }
  }
  return result;
}

ResolvedString argumentOrHole(const std::vector<ResolvedString>& arguments, size_t index) {
  return index < arguments.size() ? arguments[index] : ResolvedString::hole();
}

}  // namespace

ResolvedString percentFormat(const ResolvedString& format, const std::vector<ResolvedString>& arguments,
                             const std::map<std::string, ResolvedString>& named) {
  size_t next = 0;
  return substitute(format, [&](const std::string& text, size_t at, ResolvedString& out) -> size_t {
    if (text[at] != '%' || at + 1 >= text.size()) return 0;
    if (text[at + 1] == '%') {
      out.appendLiteral("%");
      return 2;
    }
    size_t end = at + 1;
    std::string name;
    if (text[end] == '(') {
      const size_t close = text.find(')', end);
      if (close == std::string::npos) return 0;
      name = text.substr(end + 1, close - end - 1);
      end = close + 1;
    }
    while (end < text.size() && std::strchr("#0- +.123456789*", text[end]) != nullptr) ++end;
    if (end >= text.size() || !std::isalpha(static_cast<unsigned char>(text[end]))) return 0;
    if (!name.empty()) {
      const auto found = named.find(name);
      out.append(found == named.end() ? ResolvedString::hole(name) : found->second);
    } else {
      out.append(argumentOrHole(arguments, next++));
    }
    return end + 1 - at;
  });
}

ResolvedString braceFormat(const ResolvedString& format, const std::vector<ResolvedString>& arguments,
                           const std::map<std::string, ResolvedString>& named) {
  size_t next = 0;
  return substitute(format, [&](const std::string& text, size_t at, ResolvedString& out) -> size_t {
    if ((text[at] == '{' || text[at] == '}') && at + 1 < text.size() && text[at + 1] == text[at]) {
      out.appendLiteral(std::string(1, text[at]));
      return 2;
    }
    if (text[at] != '{') return 0;
    const size_t close = text.find('}', at);
    if (close == std::string::npos) return 0;
    std::string field = text.substr(at + 1, close - at - 1);
    field = field.substr(0, field.find_first_of(":!.["));
    if (field.empty()) {
      out.append(argumentOrHole(arguments, next++));
    } else if (std::isdigit(static_cast<unsigned char>(field[0]))) {
      out.append(argumentOrHole(arguments, std::stoul(field)));
    } else {
      const auto found = named.find(field);
      out.append(found == named.end() ? ResolvedString::hole(field) : found->second);
    }
    return close + 1 - at;
  });
}

ResolvedString urlJoin(const ResolvedString& base, const ResolvedString& reference) {
  const std::string referencePrefix = knownPrefix(reference);
  if (reference.pieces().empty()) return base;
  if (reference.pieces().front().isHole || hasScheme(referencePrefix)) return reference;
  const std::string basePrefix = knownPrefix(base);
  const size_t schemeEnd = basePrefix.find("://");
  if (referencePrefix.starts_with("//")) {
    if (schemeEnd == std::string::npos) return reference;
    return ResolvedString::literal(basePrefix.substr(0, schemeEnd + 1)).append(reference);
  }
  if (referencePrefix.starts_with("/")) {
    if (schemeEnd == std::string::npos) return reference;
    const size_t hostEnd = basePrefix.find('/', schemeEnd + 3);
    // `https://{HOST}`: the unknown part is the host, and stays.
    if (hostEnd == std::string::npos && base.pieces().size() == 2 && basePrefix.size() == schemeEnd + 3) {
      return ResolvedString(base).append(reference);
    }
    if (hostEnd == std::string::npos && base.pieces().size() > 1) return ResolvedString::hole().append(reference);
    return ResolvedString::literal(basePrefix.substr(0, hostEnd)).append(reference);
  }
  ResolvedString directory;
  // A base with no path (`https://host`) gets one: `/`.
  if (schemeEnd != std::string::npos && base.isFullyKnown() && basePrefix.find('/', schemeEnd + 3) == std::string::npos) {
    return ResolvedString::literal(basePrefix + "/").append(reference);
  }
  if (!cutAfterLastSlash(base, directory)) return ResolvedString(base).appendLiteral("/").append(reference);
  return directory.append(reference);
}

ResolvedString pathJoin(const ResolvedString& left, const ResolvedString& right) {
  if (knownPrefix(right).starts_with("/")) return right;
  const auto& pieces = left.pieces();
  ResolvedString result = left;
  if (pieces.empty() || pieces.back().isHole || !pieces.back().text.ends_with('/')) result.appendLiteral("/");
  return result.append(right);
}

ResolvedString baseUrlJoin(const ResolvedString& base, const ResolvedString& reference) {
  const std::string referencePrefix = knownPrefix(reference);
  if (hasScheme(referencePrefix)) return reference;
  size_t leadingSlashes = 0;
  while (leadingSlashes < referencePrefix.size() && referencePrefix[leadingSlashes] == '/') ++leadingSlashes;
  ResolvedString result = base;
  const auto& pieces = base.pieces();
  if (pieces.empty() || pieces.back().isHole || !pieces.back().text.ends_with('/')) result.appendLiteral("/");
  return result.append(dropPrefix(reference, leadingSlashes));
}

ResolvedString stripped(const ResolvedString& value, const std::string& characters, bool left, bool right) {
  std::vector<Piece> pieces = value.pieces();
  if (left && !pieces.empty() && !pieces.front().isHole) {
    pieces.front().text.erase(0, pieces.front().text.find_first_not_of(characters));
  }
  if (right && !pieces.empty() && !pieces.back().isHole) {
    const size_t last = pieces.back().text.find_last_not_of(characters);
    pieces.back().text.erase(last == std::string::npos ? 0 : last + 1);
  }
  ResolvedString result;
  for (const Piece& piece : pieces) {
    if (piece.isHole) result.appendHole(piece.text); else result.appendLiteral(piece.text);
  }
  return result;
}

}  // namespace dbtlint::python
