#include <gtest/gtest.h>

#include "Engine.h"
#include "FrontEndFactory.h"

namespace dbtlint {
namespace {

// Records what the engine hands it, and tags each finding with its line's text.
class RecordingAnnotator : public FindingAnnotator {
 public:
  explicit RecordingAnnotator(std::vector<std::string>& seenPaths) : seenPaths_(seenPaths) {}
  void annotate(const SourceFile& file, std::vector<Finding>& findings) const override {
    seenPaths_.push_back(file.path());
    for (Finding& finding : findings) finding.properties["line"] = std::string(file.lineText(finding.location.start.line));
  }

 private:
  std::vector<std::string>& seenPaths_;
};

// A front end that reports one DBT101 finding whose related message names a token.
class RelatedFrontEnd : public FrontEnd {
 public:
  explicit RelatedFrontEnd(const Rule* rule) : rule_(rule) {}
  bool handles(Language language) const override { return language == Language::Python; }
  std::vector<std::string_view> decidedRules() const override { return {}; }
  FileAnalysis analyze(const SourceFile& file, const AnalysisContext&) override {
    const size_t url = file.text().find("https://");
    RelatedLocation related{{file.path(), file.positionOf(0), file.positionOf(1)},
                            "built with dbtu_Hk3Lm9Np2Qr7St1Uv5Wx8Yz0Ab4Cd6EfGhJk2Lm4Np6Qr8St here"};
    return {{Detection{rule_, {url, url + 10}, "from the front end", {}, {related}, Layer::Syntax}}, {}};
  }

 private:
  const Rule* rule_;
};

TEST(FindingAnnotator, SeesEachFileWithFindingsWhileItsTextIsInMemory) {
  const RuleCatalog catalog = RuleCatalog::builtin();
  Engine engine(selectRules(catalog, {}, {}), DbtHosts(), oneFrontEnd<RelatedFrontEnd>(catalog.find("DBT101")));
  std::vector<std::string> seenPaths;
  engine.addAnnotator(std::make_unique<RecordingAnnotator>(seenPaths));

  ScanResult result;
  engine.scanFile(SourceFile("clean.sh", "echo hello\n", Language::Shell), result);
  EXPECT_TRUE(seenPaths.empty()) << "a file without findings needs no annotation";

  engine.scanFile(SourceFile("sync.py", "x = 1\nu = \"https://example.com/\"\n", Language::Python), result);
  ASSERT_EQ(seenPaths, std::vector<std::string>{"sync.py"});
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].properties.at("line"), "u = \"https://example.com/\"");
}

TEST(FindingAnnotator, RelatedMessagesAreRedactedLikeMessages) {
  const RuleCatalog catalog = RuleCatalog::builtin();
  const Engine engine(selectRules(catalog, {}, {}), DbtHosts(), oneFrontEnd<RelatedFrontEnd>(catalog.find("DBT101")));
  ScanResult result;
  engine.scanFile(SourceFile("sync.py", "u = \"https://example.com/\"\n", Language::Python), result);
  ASSERT_EQ(result.findings.size(), 1u);
  ASSERT_EQ(result.findings[0].related.size(), 1u);
  EXPECT_EQ(result.findings[0].related[0].message, "built with dbtu_\xE2\x80\xA6" "r8St here");
}

}  // namespace
}  // namespace dbtlint
