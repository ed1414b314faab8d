#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <sstream>

#include "DbtDomain.h"
#include "LiteralFinder.h"
#include "LiteralPrefilter.h"
#include "Rule.h"
#include "TextLayer.h"

namespace dbtlint {
namespace {

std::vector<std::pair<size_t, size_t>> occurrences(const LiteralFinder& finder, std::string_view text) {
  std::vector<std::pair<size_t, size_t>> found;
  finder.forEach(text, [&](size_t offset, size_t literal) {
    found.emplace_back(offset, literal);
    return true;
  });
  return found;
}

TEST(LiteralFinder, FindsEveryOccurrenceInOrderInsideAndAcrossBlocksAndInTheTail) {
  const LiteralFinder finder({"dbt", "to"}, LiteralFinder::LetterCase::Sensitive);
  // Offsets 14 and 15 straddle the first 16-byte block; 40 is in the tail.
  const std::string text = std::string(14, '.') + "dbt" + std::string(8, ' ') + "to" + std::string(13, '-') + "dbt";
  const std::vector<std::pair<size_t, size_t>> expected{{14, 0}, {25, 1}, {40, 0}};
  EXPECT_EQ(occurrences(finder, text), expected);
  EXPECT_TRUE(occurrences(finder, "DBT Dbt tO").empty()) << "case-sensitive";
}

TEST(LiteralFinder, FoldsTheCaseOfLettersOnlyWhenAsked) {
  const LiteralFinder finder({"dbt_"}, LiteralFinder::LetterCase::Insensitive);
  const std::string text = std::string(20, 'x') + "DbT_" + "dbt\x7f" + "DBT_";
  const std::vector<std::pair<size_t, size_t>> expected{{20, 0}, {28, 0}};
  EXPECT_EQ(occurrences(finder, text), expected) << "0x7F is not '_' though both or 0x20 alike";
  EXPECT_FALSE(finder.findsAny("dbt-cloud"));
}

// Against the obvious search, on texts made of the literals' own bytes in
// both cases, so that partial matches at every place of a block abound; with
// each kind of vector, and with more literals than buckets, windows deep
// inside long literals (found after shorter ones that start later), a
// literal inside another, and literals shorter than a window.
TEST(LiteralFinder, FindsWhatTheObviousSearchFinds) {
  std::mt19937 random(20261128);
  const std::vector<std::vector<std::string>> literalSets{
      {"dbt", ". ", "authorization", "x", ".get_account_by_name", "tok"},
      {"from"},
      {"dbt-api-lint:"},
      {"dbt_"},
      {". "},
      {"dbt", ". ", ".\t", "source", "from", "dbt-api-lint:", "authorization", "token-value", ".get_accounts",
       ".list_accounts", "to", "n"},
  };
  const std::string alphabet = "dbtDBT. authorizAONx_getcunyme\n\t-:lsfrk";
  for (const auto& literals : literalSets) {
    for (const auto letterCase : {LiteralFinder::LetterCase::Sensitive, LiteralFinder::LetterCase::Insensitive}) {
      for (const auto vectors : {LiteralFinder::Vectors::Widest, LiteralFinder::Vectors::Sse, LiteralFinder::Vectors::None}) {
        const LiteralFinder finder(literals, letterCase, vectors);
        for (int round = 0; round < 200; ++round) {
          std::string text(std::uniform_int_distribution<size_t>(0, 300)(random), ' ');
          for (char& c : text) c = alphabet[std::uniform_int_distribution<size_t>(0, alphabet.size() - 1)(random)];
          for (const std::string& literal : literals) {
            if (std::uniform_int_distribution<int>(0, 2)(random) == 0) {
              text.insert(std::uniform_int_distribution<size_t>(0, text.size())(random), literal);
            }
          }
          if (round % 3 == 0) text.insert(std::uniform_int_distribution<size_t>(0, text.size())(random), "AUTHORIZATION");
          std::vector<std::pair<size_t, size_t>> expected;
          for (size_t offset = 0; offset < text.size(); ++offset) {
            for (size_t literal = 0; literal < literals.size(); ++literal) {
              std::string here = text.substr(offset, literals[literal].size());
              if (letterCase == LiteralFinder::LetterCase::Insensitive) {
                for (char& c : here) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
              }
              if (here == literals[literal]) expected.emplace_back(offset, literal);
            }
          }
          ASSERT_EQ(occurrences(finder, text), expected) << text;
          ASSERT_EQ(finder.findsAny(text), !expected.empty()) << text;
        }
      }
    }
  }
}

TEST(LiteralPrefilter, KeepsLiteralsEveryExpressionNeedsOneOf) {
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingLatin1);
  const LiteralPrefilter prefilter({"(?i)authorization: *token", "dbt[uc]_[a-z]{4}", "list_accounts\\("}, options);
  EXPECT_FALSE(prefilter.mayMatch("Authorisation: token x; dbt_ list_account("));
  EXPECT_TRUE(prefilter.mayMatch("AUTHORIZATION:"));
  EXPECT_TRUE(prefilter.mayMatch("x.list_accounts()"));
  EXPECT_TRUE(prefilter.mayMatch("dbtc_"));
}

// Only the expressions whose literals a text holds may match it.
TEST(LiteralPrefilter, TellsWhichExpressionsTheLiteralsOfATextLeave) {
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingLatin1);
  const LiteralPrefilter prefilter({"(?i)authorization: *token", "dbt[uc]_[a-z]{4}", "list_accounts\\(", "(?i)dbt"}, options);
  EXPECT_EQ(prefilter.expressionsThatMayMatch("AUTHORIZATION: token x"), std::vector<int>{0});
  EXPECT_EQ(prefilter.expressionsThatMayMatch("x.list_accounts() and DBT"), (std::vector<int>{1, 2, 3}));
  EXPECT_EQ(prefilter.expressionsThatMayMatch("dbtc_ then x.list_accounts()"), (std::vector<int>{1, 2, 3}));
  EXPECT_EQ(prefilter.expressionsThatMayMatch("Authorisation: token x"), std::vector<int>{});
  // Asked again about the same literals, the same answer.
  EXPECT_EQ(prefilter.expressionsThatMayMatch("authorization: TOKEN"), std::vector<int>{0});
  // The first expression needs `authorization:` whole.
  EXPECT_EQ(prefilter.expressionsThatMayMatch("authorization token"), std::vector<int>{});
}

TEST(LiteralPrefilter, LetsEveryTextThroughWhenAnExpressionNeedsNoLiteral) {
  RE2::Options options;
  const LiteralPrefilter prefilter({"dbt", "[0-9]+"}, options);
  EXPECT_TRUE(prefilter.mayMatch("nothing literal here"));
  EXPECT_EQ(prefilter.expressionsThatMayMatch("nothing literal here"), (std::vector<int>{0, 1}));
}

// The benchmark gives ripgrep the literals the scanner's own prefilter looks
// for with the built-in rules (bench/prefilter-patterns.txt): they must not drift.
TEST(LiteralPrefilter, BenchmarkPatternsAreTheScannersOwn) {
  const RuleCatalog catalog = RuleCatalog::builtin();
  const TextLayer layer(selectRules(catalog, {"ALL"}, {}), DbtHosts());
  std::ifstream file(std::string(DBT_API_LINT_SOURCE_DIR) + "/bench/prefilter-patterns.txt");
  ASSERT_TRUE(file) << "bench/prefilter-patterns.txt is missing";
  std::vector<std::string> written;
  for (std::string line; std::getline(file, line);) written.push_back(line);
  EXPECT_EQ(written, layer.prefilterLiterals());
}

}  // namespace
}  // namespace dbtlint
