#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <tuple>

#include "Rule.h"
#include "TextLayer.h"

namespace dbtlint {
namespace {

TEST(TextLayer, SetExpressionsLoseCountedRepetitionsOnly) {
  EXPECT_EQ(withoutCountedRepetitions("(?P<secret>[A-Za-z0-9._~+/=-]{16,})"), "(?P<secret>[A-Za-z0-9._~+/=-]+)");
  EXPECT_EQ(withoutCountedRepetitions("x{3}y{0,3}(?:ab){2,5}?z{00}"), "x+y*(?:ab)+?z*");
  // A `{` that opens no repetition: escaped, in a class, in an escape's
  // braces, in \Q…\E, or not of RE2's repetition syntax.
  for (const char* unchanged : {"\\{16,\\}", "[{]16,}", "[]{3}]", "[^]{3}]", "[[:alpha:]{3}]", "a{,5}", "a{x}", "a{3",
                                "\\Q{2}\\E", "\\\\"}) {
    EXPECT_EQ(withoutCountedRepetitions(unchanged), unchanged);
  }
  EXPECT_EQ(withoutCountedRepetitions("\\x{41}{2}\\p{Greek}{2}\\Q{2}\\E{2}"), "\\x{41}+\\p{Greek}+\\Q{2}\\E+");
}

// Every input of the rule tests and the corpora.
std::vector<std::string> testInputs() {
  std::vector<std::string> texts;
  for (const char* folder : {"/test/rules", "/test/corpus"}) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(std::string(DBT_API_LINT_SOURCE_DIR) + folder)) {
      if (!entry.is_regular_file()) continue;
      std::ifstream file(entry.path(), std::ios::binary);
      std::ostringstream content;
      content << file.rdbuf();
      texts.push_back(content.str());
    }
  }
  return texts;
}

// Where a built-in pattern matches, its set expression matches too.
TEST(TextLayer, SetExpressionsMatchWhereverTheirPatternDoes) {
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingLatin1);
  const RuleCatalog catalog = RuleCatalog::builtin();
  const DbtHosts hosts;
  const std::vector<std::string> texts = testInputs();
  size_t matched = 0;
  for (const Rule& rule : catalog.rules()) {
    for (const TextPattern& pattern : rule.textPatterns) {
      const std::string expanded = expandMacros(pattern.regex, hosts);
      const RE2 original(expanded, options);
      const RE2 relaxed(withoutCountedRepetitions(expanded), options);
      ASSERT_TRUE(original.ok() && relaxed.ok()) << pattern.regex;
      for (const std::string& text : texts) {
        if (!RE2::PartialMatch(text, original)) continue;
        ++matched;
        EXPECT_TRUE(RE2::PartialMatch(text, relaxed)) << rule.id << ": " << pattern.regex;
      }
    }
  }
  EXPECT_GT(matched, 100u);  // the patterns do fire on these inputs
}

// A layer runs each rule pattern alone on its first texts, after 256 KiB
// those the set picks, and after 4 MiB those the literal pass leaves (alone
// when they are few): the same detections and verdicts every way.
TEST(TextLayer, TheSetAndTheLiteralPassFindWhatEveryPatternAloneFinds) {
  const RuleCatalog catalog = RuleCatalog::builtin();
  std::vector<const Rule*> rules;
  for (const Rule& rule : catalog.rules()) rules.push_back(&rule);
  const TextLayer withSet(rules, DbtHosts());
  withSet.scan(SourceFile("warm-up.txt", std::string(256 << 10, ' '), Language::Unknown));
  const TextLayer withLiteralPass(rules, DbtHosts());
  withLiteralPass.scan(SourceFile("warm-up.txt", std::string(4 << 20, ' '), Language::Unknown));
  const auto summary = [](const TextScan& scan) {
    std::vector<std::tuple<std::string, size_t, size_t, std::string>> detections;
    for (const Detection& detection : scan.detections) {
      detections.emplace_back(detection.rule->id, detection.span.begin, detection.span.end, detection.message);
    }
    return std::pair{scan.mentionsDbt, detections};
  };
  size_t detected = 0;
  size_t mentioning = 0;
  for (const std::string& text : testInputs()) {
    if (text.size() >= (256 << 10)) continue;
    const TextLayer alone(rules, DbtHosts());  // never asked about 256 KiB
    const SourceFile file("input.txt", text, Language::Unknown);
    const auto [mentions, detections] = summary(alone.scan(file));
    EXPECT_EQ(summary(withSet.scan(file)), std::pair(mentions, detections)) << text.substr(0, 200);
    EXPECT_EQ(summary(withLiteralPass.scan(file)), std::pair(mentions, detections)) << text.substr(0, 200);
    const bool mentionsAlone = TextLayer(rules, DbtHosts()).mentionsDbt(text);
    EXPECT_EQ(withSet.mentionsDbt(text), mentionsAlone) << text.substr(0, 200);
    EXPECT_EQ(withLiteralPass.mentionsDbt(text), mentionsAlone) << text.substr(0, 200);
    detected += detections.size();
    mentioning += mentions ? 1 : 0;
  }
  EXPECT_GT(detected, 100u);  // the comparison covers findings
  EXPECT_GT(mentioning, 50u);
}

// The prefilter's verdict is the patterns' own: a text that only a set
// expression matches (a token shorter than the 16 characters DBT001 asks)
// mentions nothing.
TEST(TextLayer, MentionsDbtWhereARulePatternItselfMatches) {
  const RuleCatalog catalog = RuleCatalog::builtin();
  std::vector<const Rule*> rules;
  for (const Rule& rule : catalog.rules()) rules.push_back(&rule);
  const TextLayer layer(rules, DbtHosts());
  EXPECT_FALSE(layer.mentionsDbt("headers = {'Authorization': 'Token abc'}"));
  EXPECT_FALSE(layer.scan(SourceFile("a.py", "headers = {'Authorization': 'Token abc'}", Language::Python)).mentionsDbt);
  EXPECT_TRUE(layer.mentionsDbt("headers = {'Authorization': 'Token 0a9d3c7e1b5f8a2d6c4e'}"));
  EXPECT_TRUE(layer.scan(SourceFile("a.py", "headers = {'Authorization': 'Token 0a9d3c7e1b5f8a2d6c4e'}", Language::Python)).mentionsDbt);
  EXPECT_TRUE(layer.mentionsDbt("# see docs.getdbt.com; DBT_TARGET=prod"));
}

// "dbt" starts a mention when no letter follows it, or "c" or "u" as in every
// client, provider and token prefix; not when it starts another word.
// Alike whether the mention patterns run as one expression (the first
// texts), in the set (after 256 KiB) or after the literal pass (4 MiB).
TEST(TextLayer, MentionsDbtOnlyWhereAWordStartsWithDbtAndNoOtherWord) {
  for (const size_t warmUp : {size_t{0}, size_t{256} << 10, size_t{4} << 20}) {
    const TextLayer layer({}, DbtHosts());
    layer.scan(SourceFile("warm-up.txt", std::string(warmUp, ' '), Language::Unknown));
    for (const char* mention : {"dbt run", "import dbtc", "DbtCloudHook", "DBTClient", "dbtcloud_job", "x = 'dbtu_'",
                                "dbt-cloud", "pip install dbt", "DBT_TOKEN", "dbt.cli", "# dbt3", "cloud.getdbt.com"}) {
      EXPECT_TRUE(layer.mentionsDbt(mention)) << mention << " after " << warmUp;
    }
    for (const char* other : {"DBTYPE = 1", "dbtable(x)", "open_dbtables()", "pdbtrack", "DBTASKID", "x = 'c2Vj0dbtYQ=='"}) {
      EXPECT_FALSE(layer.mentionsDbt(other)) << other << " after " << warmUp;
    }
  }
}

TEST(TextLayer, ATextTheLiteralPassTurnsAwayHoldsNoPhraseItCatches) {
  const RuleCatalog catalog = RuleCatalog::builtin();
  std::vector<const Rule*> rules;
  for (const Rule& rule : catalog.rules()) rules.push_back(&rule);
  const TextLayer layer(rules, DbtHosts());
  // The literal pass runs once the layer has been asked about 4 MiB.
  const std::string plain(5 << 20, 'x');
  EXPECT_FALSE(layer.scan(SourceFile("a.txt", plain, Language::Unknown)).mentionsDbt);
  EXPECT_TRUE(layer.scan(SourceFile("a.txt", "x = 1\n", Language::Unknown)).turnedAway);
  EXPECT_FALSE(layer.scan(SourceFile("a.txt", "# DBT-API-LINT: ignore[DBT101]\n", Language::Unknown)).turnedAway);
  // Every suppression comment holds "dbt", a literal of the pass; a phrase
  // without one may be in a text the pass turned away.
  EXPECT_TRUE(layer.literalPassCatches("dbt-api-lint:"));
  EXPECT_TRUE(layer.literalPassCatches("Authorization: Token"));
  EXPECT_FALSE(layer.literalPassCatches("ignore["));
}

}  // namespace
}  // namespace dbtlint
