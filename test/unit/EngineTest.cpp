#include <gtest/gtest.h>

#include "Engine.h"
#include "FrontEndFactory.h"

namespace dbtlint {
namespace {

// A front end that decides DBT101 for Python files and reports what it is
// told to, as a real front end would after resolving values.
class ScriptedFrontEnd : public FrontEnd {
 public:
  explicit ScriptedFrontEnd(std::vector<Detection> detections, bool analysesWholeFile = true)
      : detections_(std::move(detections)), analysesWholeFile_(analysesWholeFile) {}
  bool handles(Language language) const override { return language == Language::Python; }
  std::vector<std::string_view> decidedRules() const override { return {"DBT101"}; }
  FileAnalysis analyze(const SourceFile&, const AnalysisContext&) override {
    return {detections_, {}, analysesWholeFile_};
  }

 private:
  std::vector<Detection> detections_;
  bool analysesWholeFile_;
};

// A "YAML" front end that finds one embedded shell command, and a "shell"
// front end that reports the cross-account URL inside it: the engine must
// bring the shell finding back to the YAML file's offsets.
class EmbeddingFrontEnd : public FrontEnd {
 public:
  explicit EmbeddingFrontEnd(const Rule* rule) : rule_(rule) {}
  bool handles(Language language) const override { return language == Language::Yaml || language == Language::Shell; }
  std::vector<std::string_view> decidedRules() const override { return {"DBT101"}; }
  FileAnalysis analyze(const SourceFile& file, const AnalysisContext& context) override {
    const size_t url = file.text().find("https://");
    if (file.language() == Language::Shell) {
      EXPECT_NE(context.embedding(), nullptr);
      return {{Detection{rule_, {url, file.text().find('"', url)}, "from shell", {}, {}, Layer::Syntax}}, {}};
    }
    const size_t command = file.text().find("curl");
    EmbeddedCode code;
    code.language = Language::Shell;
    code.text = std::string(file.text().substr(command, file.text().find('\n', command) - command));
    for (size_t i = 0; i < code.text.size(); ++i) code.hostOffsets.push_back(command + i);
    return context.analyzeEmbedded(file, code);
  }

 private:
  const Rule* rule_;
};

// A front end that reports through AnalysisContext::detection, for a rule the
// run checks (DBT101) and one it does not (DBT201 is off by default).
class ContextReportingFrontEnd : public FrontEnd {
 public:
  bool handles(Language language) const override { return language == Language::Shell; }
  std::vector<std::string_view> decidedRules() const override { return {}; }
  FileAnalysis analyze(const SourceFile&, const AnalysisContext& context) override {
    FileAnalysis analysis;
    const auto version = [](std::string_view name) -> std::optional<std::string> {
      if (name == "version") return "3";
      return std::nullopt;
    };
    for (const std::string_view id : {"DBT101", "DBT201"}) {
      if (auto detection = context.detection(id, {0, 4}, {}, version)) analysis.detections.push_back(std::move(*detection));
    }
    return analysis;
  }
};

class EngineTest : public ::testing::Test {
 protected:
  const RuleCatalog catalog = RuleCatalog::builtin();
  const Rule* rule(std::string_view id) const { return catalog.find(id); }

  ScanResult scan(const std::string& path, const std::string& text, std::vector<Detection> fromFrontEnd,
                  bool analysesWholeFile = true) const {
    const Engine engine(selectRules(catalog, {}, {}), DbtHosts(), oneFrontEnd<ScriptedFrontEnd>(fromFrontEnd, analysesWholeFile));
    ScanResult result;
    engine.scanFile(SourceFile(path, text, detectLanguage(path, text)), result);
    return result;
  }
};

const std::string kBaseOnly = "BASE = \"https://cloud.getdbt.com/api/v2/accounts/\"\n";

TEST_F(EngineTest, TextLayerReportsTheLiteralUrlInFilesNoFrontEndDecides) {
  const ScanResult result = scan("notes.txt", kBaseOnly, {});
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].rule->id, "DBT101");
  EXPECT_EQ(result.findings[0].location.start.column, 9u);
}

TEST_F(EngineTest, FrontEndThatDecidesARuleReplacesTheTextLayersGuess) {
  EXPECT_TRUE(scan("client.py", kBaseOnly, {}).findings.empty());
}

TEST_F(EngineTest, TextLayerFindingsStandWhenTheFrontEndCouldNotAnalyseTheFile) {
  const ScanResult result = scan("client.py", kBaseOnly, {}, /*analysesWholeFile=*/false);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].rule->id, "DBT101");
}

TEST_F(EngineTest, SameRuleAtSamePlaceIsReportedOnceByTheMorePreciseLayer) {
  const std::string text = "TOKEN = \"dbtc_Zq9xR2vLk8WmT4pNc7YhB3sJd6FgA1eUo5iKy0QwErTzXcVbNmL\"\n";
  Detection fromSyntax;
  fromSyntax.rule = rule("DBT002");
  fromSyntax.span = {9, text.size() - 2};
  fromSyntax.secrets = {fromSyntax.span};
  fromSyntax.message = "from the front end";
  fromSyntax.layer = Layer::Syntax;
  const ScanResult result = scan("settings.py", text, {fromSyntax});
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "from the front end");
  EXPECT_EQ(result.findings[0].snippet, "TOKEN = \"dbtc_\xE2\x80\xA6" "bNmL\"");
  EXPECT_EQ(result.findings[0].snippetColumn, 9u);
  EXPECT_EQ(result.findings[0].snippetWidth, 10u);
}

TEST_F(EngineTest, FingerprintIgnoresLineNumbersAndCountsRepeats) {
  const std::string url = "u = \"https://cloud.getdbt.com/api/v3/accounts/\"\n";
  const ScanResult first = scan("a.txt", url + url, {});
  const ScanResult moved = scan("a.txt", "\n\n" + url + url, {});
  ASSERT_EQ(first.findings.size(), 2u);
  ASSERT_EQ(moved.findings.size(), 2u);
  EXPECT_EQ(first.findings[0].fingerprint, moved.findings[0].fingerprint);
  EXPECT_EQ(first.findings[1].fingerprint, moved.findings[1].fingerprint);
  EXPECT_NE(first.findings[0].fingerprint, first.findings[1].fingerprint);
  EXPECT_TRUE(first.findings[1].fingerprint.ends_with(":2"));
}

TEST_F(EngineTest, EmbeddedFindingsComeBackAtTheirPlaceInTheHostFile) {
  const Engine engine(selectRules(catalog, {}, {}), DbtHosts(), oneFrontEnd<EmbeddingFrontEnd>(rule("DBT101")));
  const std::string text = "steps:\n  - run: curl \"https://cloud.getdbt.com/api/v2/accounts/\"\n";
  ScanResult result;
  engine.scanFile(SourceFile("ci.yml", text, Language::Yaml), result);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "from shell");
  EXPECT_EQ(result.findings[0].location.start.line, 2u);
  EXPECT_EQ(result.findings[0].location.start.column, 16u);
  EXPECT_EQ(result.findings[0].location.end.column, 57u);
}

TEST_F(EngineTest, ContextMakesDetectionsOnlyForSelectedRulesWithTheirMessage) {
  const Engine engine(selectRules(catalog, {}, {}), DbtHosts(), oneFrontEnd<ContextReportingFrontEnd>());
  ScanResult result;
  engine.scanFile(SourceFile("run.sh", "curl x\n", Language::Shell), result);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].rule->id, "DBT101");
  EXPECT_NE(result.findings[0].message.find("GET /api/v3/accounts/"), std::string::npos);
  EXPECT_EQ(result.findings[0].location.end.column, 5u);
}

}  // namespace
}  // namespace dbtlint
