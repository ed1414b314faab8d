#include "GitHubLineHash.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace dbtlint {
namespace {

// Reference values GitHub's upload action computed for every line of the
// inputs in ../shared/sarif-fingerprints (DBT_API_LINT_SHARED_DIR).
const std::filesystem::path kVectors = std::filesystem::path(DBT_API_LINT_SHARED_DIR) / "sarif-fingerprints";

std::string readBytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

TEST(GitHubLineHash, MatchesEveryReferenceValue) {
  ASSERT_TRUE(std::filesystem::is_regular_file(kVectors / "expected.json"))
      << kVectors.string() << "/expected.json is missing: the shared folder is expected beside the checkout "
      << "(../shared from the project root), or set -DDBT_API_LINT_SHARED_DIR=… when configuring.";
  const auto expected = nlohmann::json::parse(readBytes(kVectors / "expected.json"));
  ASSERT_GE(expected.size(), 16u);
  size_t checked = 0;
  for (const auto& [name, lines] : expected.items()) {
    SCOPED_TRACE(name);
    const std::string content = readBytes(kVectors / "inputs" / name);
    const std::vector<std::string> hashes = githubLineHashes(content);
    // The reference reports one value for each line the engine counts.
    EXPECT_EQ(hashes.size(), SourceFile(name, content, Language::Unknown).lineCount());
    ASSERT_EQ(hashes.size(), lines.size());
    for (const auto& entry : lines) {
      const size_t line = entry.at("line").get<size_t>();
      ASSERT_GE(line, 1u);
      ASSERT_LE(line, hashes.size());
      EXPECT_EQ(hashes[line - 1], entry.at("primaryLocationLineHash").get<std::string>()) << "line " << line;
      ++checked;
    }
  }
  EXPECT_GT(checked, 100u);
}

TEST(GitHubLineHash, AnnotatesEachFindingWithItsStartLine) {
  const SourceFile file("a.py", "x = 1\n\n  y = 2\nx = 1\n", Language::Python);
  std::vector<Finding> findings(2);
  findings[0].location.start.line = 3;
  findings[1].location.start.line = 4;
  GitHubLineHashAnnotator().annotate(file, findings);
  const std::vector<std::string> hashes = githubLineHashes(file.text());
  EXPECT_EQ(findings[0].properties.at(std::string(kPrimaryLocationLineHash)), hashes[2]);
  EXPECT_EQ(findings[1].properties.at(std::string(kPrimaryLocationLineHash)), hashes[3]);
  EXPECT_NE(hashes[2], hashes[3]);
}

}  // namespace
}  // namespace dbtlint
