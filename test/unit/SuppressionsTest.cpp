#include <gtest/gtest.h>

#include "Suppressions.h"

namespace dbtlint {
namespace {

class SuppressionsTest : public ::testing::Test {
 protected:
  const RuleCatalog catalog = RuleCatalog::builtin();
  std::vector<const Rule*> checked = selectRules(catalog, {}, {});

  Finding findingAt(std::string_view rule, uint32_t line) const {
    Finding finding;
    finding.rule = catalog.find(rule);
    finding.location.start.line = line;
    return finding;
  }
};

TEST_F(SuppressionsTest, TrailingCommentCoversItsLineAndALoneCommentTheNextToo) {
  const SourceFile file("a.py", "x = 1  # dbt-api-lint: ignore[DBT101] trailing\n# dbt-api-lint: ignore[DBT101] alone\ny = 2\nz = 3\n",
                        Language::Python);
  std::vector<Finding> findings{findingAt("DBT101", 1), findingAt("DBT101", 3), findingAt("DBT101", 4)};
  std::vector<Finding> suppressed;
  EXPECT_TRUE(applySuppressions(file, checked, {}, findings, suppressed).empty());
  ASSERT_EQ(suppressed.size(), 2u);
  EXPECT_EQ(suppressed[0].suppression->justification, "trailing");
  EXPECT_EQ(suppressed[1].suppression->justification, "alone");
  EXPECT_EQ(suppressed[1].suppression->location->start.line, 2u);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].location.start.line, 4u);
}

TEST_F(SuppressionsTest, BlockCommentReasonLeavesOutTheCloseAndCrlfLinesWork) {
  const SourceFile file("a.c", "/* dbt-api-lint: ignore[DBT002, DBT101] fixture */\r\nx\r\n", Language::C);
  std::vector<Finding> findings{findingAt("DBT002", 2)};
  std::vector<Finding> suppressed;
  const auto unused = applySuppressions(file, checked, {}, findings, suppressed);
  ASSERT_EQ(suppressed.size(), 1u);
  EXPECT_EQ(suppressed[0].suppression->justification, "fixture");
  ASSERT_EQ(unused.size(), 1u);
  EXPECT_EQ(unused[0].rule->id, "DBT900");
  EXPECT_EQ(file.text().substr(unused[0].span.begin, unused[0].span.end - unused[0].span.begin), "DBT101");
}

TEST_F(SuppressionsTest, ATokenInTheReasonIsRedacted) {
  const SourceFile file(
      "a.py", "t = 1  # dbt-api-lint: ignore[DBT002] revoked dbtc_Zq9xR2vLk8WmT4pNc7YhB3sJd6FgA1eUo5iKy0QwErTzXcVbNmL\n",
      Language::Python);
  std::vector<Finding> findings{findingAt("DBT002", 1)};
  std::vector<Finding> suppressed;
  applySuppressions(file, checked, {}, findings, suppressed);
  ASSERT_EQ(suppressed.size(), 1u);
  EXPECT_EQ(suppressed[0].suppression->justification.find("Zq9xR2"), std::string::npos);
  EXPECT_NE(suppressed[0].suppression->justification.find("revoked dbtc_"), std::string::npos);
}

TEST_F(SuppressionsTest, MarkerAfterAUrlOrInPlainTextIsNoSuppression) {
  const SourceFile file("a.txt", "see https://x.example/dbt-api-lint: ignore[DBT101]\nplain dbt-api-lint: ignore[DBT101]\n",
                        Language::Unknown);
  std::vector<Finding> findings{findingAt("DBT101", 1), findingAt("DBT101", 2)};
  std::vector<Finding> suppressed;
  EXPECT_TRUE(applySuppressions(file, checked, {}, findings, suppressed).empty());
  EXPECT_TRUE(suppressed.empty());
  EXPECT_EQ(findings.size(), 2u);
}

TEST_F(SuppressionsTest, UnusedIsReportedOnlyForCheckedRulesAndWhenItsRuleIsChecked) {
  const SourceFile file("a.sh", "# dbt-api-lint: ignore-file[DBT201, DBT003]\n", Language::Shell);
  std::vector<Finding> findings;
  std::vector<Finding> suppressed;
  const auto unused = applySuppressions(file, checked, {}, findings, suppressed);
  ASSERT_EQ(unused.size(), 1u);  // DBT201 is off by default: not judged
  EXPECT_NE(unused[0].message.find("DBT003 suppresses nothing in this file"), std::string::npos);
  EXPECT_TRUE(applySuppressions(file, selectRules(catalog, {"DBT003"}, {}), {}, findings, suppressed).empty());
}

TEST_F(SuppressionsTest, NameOfNoKnownRuleIsReportedWhenTheKnownRulesAreGiven) {
  const SourceFile file("a.sh", "x  # dbt-api-lint: ignore[DBT201, DBT0O1]\n", Language::Shell);
  std::vector<const Rule*> known;
  for (const Rule& rule : catalog.rules()) known.push_back(&rule);
  std::vector<Finding> findings;
  std::vector<Finding> suppressed;
  const auto unused = applySuppressions(file, checked, known, findings, suppressed);
  ASSERT_EQ(unused.size(), 1u);  // DBT201 exists, though off: not judged
  EXPECT_EQ(unused[0].message, "the suppression of DBT0O1 names no rule (see --list-rules): correct it or remove it");
  EXPECT_TRUE(applySuppressions(file, checked, {}, findings, suppressed).empty());
}

TEST_F(SuppressionsTest, NamingTheUnusedSuppressionRuleKeepsACommentOnPurpose) {
  const SourceFile file("a.sh", "x  # dbt-api-lint: ignore[DBT003, unused-suppression] fires on some runners only\n",
                        Language::Shell);
  std::vector<Finding> findings;
  std::vector<Finding> suppressed;
  EXPECT_TRUE(applySuppressions(file, checked, {}, findings, suppressed).empty());
}

}  // namespace
}  // namespace dbtlint
