#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace dbtlint {

// A file that starts with a UTF-16 byte-order mark (as Windows tools write
// them), decoded to UTF-8 without the mark; std::nullopt for any other file.
// Unpaired surrogates become U+FFFD. Lines and columns count characters, so
// they are the same in the decoded text as in the file.
std::optional<std::string> decodeUtf16WithByteOrderMark(std::string_view bytes);
bool startsWithUtf16ByteOrderMark(std::string_view bytes);

// Appends one code point as UTF-8; one that is no character (a surrogate, or
// past U+10FFFF, as a bad escape can give) is appended as U+FFFD.
void appendUtf8(std::string& out, char32_t codePoint);

// A letter, digit or underscore of ASCII: what `\w` matches, and what a word
// of shell or Python is made of.
inline bool isAsciiWordCharacter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

}  // namespace dbtlint
