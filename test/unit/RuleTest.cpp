#include <gtest/gtest.h>

#include "EmbeddedFiles.h"
#include "Errors.h"
#include "Rule.h"

namespace dbtlint {
namespace {

// The built-in catalog skips the pattern checks at run time: they run here.
TEST(RuleCatalog, EveryBuiltinRulePassesTheChecksAUsersRuleGets) {
  ASSERT_FALSE(embeddedRuleDefinitions().empty());
  for (const EmbeddedFile& definition : embeddedRuleDefinitions()) {
    RuleCatalog catalog;
    EXPECT_NO_THROW(catalog.addRule(definition.name, definition.content, "", RuleCatalog::PatternCheck::Compile))
        << definition.name;
  }
}

TEST(RuleCatalog, TheCheckCatchesAPatternThatDoesNotCompileOrAMessageNamingAMissingGroup) {
  const auto rule = [](std::string_view pattern, std::string_view message) {
    return R"({"id": "X101", "name": "x", "level": "error", "message": ")" + std::string(message) +
           R"(", "short_description": "x", "full_description": "x", "precision": "high",
               "text_patterns": [{"regex": ")" + std::string(pattern) + R"("}]})";
  };
  RuleCatalog catalog;
  EXPECT_THROW(catalog.addRule("open.json", rule("(unclosed", "m"), ""), UsageError);
  EXPECT_THROW(catalog.addRule("group.json", rule("(?P<host>x)", "{missing}"), ""), UsageError);
  EXPECT_NO_THROW(catalog.addRule("good.json", rule("(?P<host>x)", "{host}"), ""));
}

TEST(RuleCatalog, APatternSaysWhetherItSpansLines) {
  const auto rule = [](std::string_view spansLines) {
    return R"({"id": "X102", "name": "x", "level": "error", "message": "m", "short_description": "x",
               "full_description": "x", "precision": "high",
               "text_patterns": [{"regex": "a", )" + std::string(spansLines) + "}]}";
  };
  RuleCatalog catalog;
  catalog.addRule("spans.json", rule(R"("spans_lines": true)"), "");
  ASSERT_EQ(catalog.rules().size(), 1U);
  EXPECT_TRUE(catalog.rules().front().textPatterns.front().spansLines);
  EXPECT_THROW(RuleCatalog().addRule("word.json", rule(R"("spans_lines": "yes")"), ""), UsageError);
  RuleCatalog without;
  without.addRule("plain.json", rule(R"("conditions": [])"), "");
  EXPECT_FALSE(without.rules().front().textPatterns.front().spansLines);
}

}  // namespace
}  // namespace dbtlint
