#include <gtest/gtest.h>

#include "SourceFile.h"
#include "TextEncoding.h"

namespace dbtlint {
namespace {

TEST(SourceFile, CountsLinesEndingInLfCrlfAndLoneCr) {
  const SourceFile file("f.txt", "one\r\ntwo\rthree\nfour", Language::Unknown);
  ASSERT_EQ(file.lineCount(), 4u);
  EXPECT_EQ(file.lineText(1), "one");
  EXPECT_EQ(file.lineText(2), "two");
  EXPECT_EQ(file.lineText(3), "three");
  EXPECT_EQ(file.lineText(4), "four");
  const Position four = file.positionOf(std::string_view("one\r\ntwo\rthree\nfo").size());
  EXPECT_EQ(four.line, 4u);
  EXPECT_EQ(four.column, 3u);
}

TEST(SourceFile, CountsColumnsInCodePointsAndUtf16Units) {
  // "é" is one code point and one UTF-16 unit; the emoji is one code point
  // and two UTF-16 units (a surrogate pair).
  const std::string text = "x = \"\xC3\xA9\xF0\x9F\x98\x80\" + url";
  const SourceFile file("f.py", text, Language::Python);
  const Position url = file.positionOf(text.find("url"));
  EXPECT_EQ(url.column, 12u);
  EXPECT_EQ(url.utf16Column, 13u);
}

TEST(SourceFile, CountsEachInvalidByteAsOneColumn) {
  const std::string text = "a\xE9\xFF" "b";
  const SourceFile file("f.txt", text, Language::Unknown);
  EXPECT_EQ(file.positionOf(3).column, 4u);
  EXPECT_EQ(file.positionOf(3).utf16Column, 4u);
}

// Far into a long line, columns are counted from a mark on the way: they must
// equal the count from the line's start, at every offset, whatever straddles
// a mark (a two-, three- or four-byte sequence, an invalid byte).
TEST(SourceFile, CountsColumnsFarIntoLongLinesAsFromTheLineStart) {
  constexpr size_t kLong = 3 * 4096;  // several column marks long
  std::string text = "short\n";
  const std::string pieces[] = {"a", "\xC3\xA9", "\xE2\x82\xAC", "\xF0\x9F\x98\x80", "\xFF", "\xE2\x82"};
  for (size_t i = 0; text.size() < kLong; ++i) text += pieces[(i * 7 + i / 5) % 6];
  text += "\r\nx\n";
  for (size_t i = 0; text.size() < 2 * kLong; ++i) text += pieces[(i * 5 + i / 3) % 6];
  const SourceFile file("f.txt", text, Language::Unknown);

  uint32_t line = 1;
  Position expected{1, 1, 1};
  for (size_t offset = 0; offset <= text.size();) {
    const Position actual = file.positionOf(offset);
    ASSERT_EQ(actual.line, expected.line) << offset;
    ASSERT_EQ(actual.column, expected.column) << offset;
    ASSERT_EQ(actual.utf16Column, expected.utf16Column) << offset;
    if (offset == text.size()) break;
    if (text[offset] == '\n' || (text[offset] == '\r' && text[offset + 1] != '\n')) {
      expected = {++line, 1, 1};
      offset += 1;
      continue;
    }
    const size_t length = text[offset] == '\r' ? 1 : utf8SequenceLength(text, offset);
    expected.column += 1;
    expected.utf16Column += length == 4 ? 2 : 1;
    offset += length;
  }
  EXPECT_EQ(line, 4u);
}

TEST(SourceFile, GivesAnEmptyFileOneLine) {
  const SourceFile file("f.txt", "", Language::Unknown);
  EXPECT_EQ(file.lineCount(), 1u);
  EXPECT_EQ(file.lineText(1), "");
  EXPECT_EQ(file.positionOf(0).line, 1u);
}

TEST(Language, DetectsByNameExtensionAndShebang) {
  EXPECT_EQ(detectLanguage("a/b/dags/sync.py", ""), Language::Python);
  EXPECT_EQ(detectLanguage(".gitlab-ci.yml", ""), Language::Yaml);
  EXPECT_EQ(detectLanguage("config/dbt_cloud.yml", ""), Language::Yaml);
  EXPECT_EQ(detectLanguage("prod.tfvars", ""), Language::Terraform);
  EXPECT_EQ(detectLanguage("main.tf.json", ""), Language::TerraformJson);
  EXPECT_EQ(detectLanguage(".env", ""), Language::Dotenv);
  EXPECT_EQ(detectLanguage(".env.production", ""), Language::Dotenv);
  EXPECT_EQ(detectLanguage("bin/deploy", "#!/usr/bin/env bash\necho"), Language::Shell);
  EXPECT_EQ(detectLanguage("bin/sync", "#!/usr/bin/env -S python3 -u\n"), Language::Python);
  EXPECT_EQ(detectLanguage("bin/run", "#!/bin/sh"), Language::Shell);
  EXPECT_EQ(detectLanguage("README", "hello"), Language::Unknown);
}

}  // namespace
}  // namespace dbtlint

namespace dbtlint {
namespace {

TEST(TextEncoding, DecodesUtf16WithAByteOrderMarkOnly) {
  EXPECT_FALSE(decodeUtf16WithByteOrderMark("plain text"));
  EXPECT_EQ(decodeUtf16WithByteOrderMark(std::string("\xFF\xFE" "a\0\xE9\0", 6)), "a\xC3\xA9");
  EXPECT_EQ(decodeUtf16WithByteOrderMark(std::string("\xFE\xFF\0a", 4)), "a");
  // A surrogate pair is one character; a lone surrogate and a dangling byte are U+FFFD.
  EXPECT_EQ(decodeUtf16WithByteOrderMark(std::string("\xFF\xFE\x3D\xD8\x00\xDE", 6)), "\xF0\x9F\x98\x80");
  EXPECT_EQ(decodeUtf16WithByteOrderMark(std::string("\xFF\xFE\x3D\xD8" "a", 5)), "\xEF\xBF\xBD\xEF\xBF\xBD");
}

}  // namespace
}  // namespace dbtlint
