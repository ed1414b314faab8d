#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <thread>

#include <unistd.h>

#include "ClangLoader.h"
#include "Rule.h"

namespace dbtlint {
namespace {

namespace fs = std::filesystem;

// The engine gives each worker thread its own front ends: two Clang front
// ends parsing at once must find what one finds alone.
class PlainContext : public AnalysisContext {
 public:
  using AnalysisContext::AnalysisContext;
  FileAnalysis analyzeEmbedded(const SourceFile&, const EmbeddedCode&) const override { return {}; }
  std::shared_ptr<const SourceFile> loadFile(const std::string&) const override { return nullptr; }
  std::vector<Detection> textDetections(const SourceFile&) const override { return {}; }
  bool partMayMatter(const SourceFile&, std::string_view) const override { return true; }
  bool mayMatchAcrossLines(std::string_view) const override { return true; }
};

constexpr const char* kSource = R"(#include <string>
void http_get(const std::string& url);
void accounts(const std::string& id) {
  std::string path = "https://cloud.getdbt.com/api/v2";
  path += "/accounts/";
  http_get(path);
  http_get(path + id);
  http_get("https://emea.dbt.com/api/v3/accounts/");
}
)";

std::vector<size_t> findingOffsets(ClangLoaderFrontEnd& frontEnd, const SourceFile& file, const AnalysisContext& context) {
  std::vector<size_t> offsets;
  for (const Detection& detection : frontEnd.analyze(file, context).detections) offsets.push_back(detection.span.begin);
  return offsets;
}

TEST(ClangFrontEndThreads, TwoFrontEndsParsingAtOnceFindWhatOneFindsAlone) {
  const fs::path directory = fs::temp_directory_path() / ("dbt-clang-threads-" + std::to_string(::getpid()));
  fs::create_directories(directory);
  const fs::path source = directory / "client.cpp";
  std::ofstream(source) << kSource;
  std::ofstream(directory / "compile_commands.json")
      << R"([{"directory": ")" << directory.string() << R"(", "file": ")" << source.string()
      << R"(", "arguments": ["c++", "-std=c++17", "-c", ")" << source.string() << R"("]}])";

  const RuleCatalog catalog = RuleCatalog::builtin();
  const std::vector<const Rule*> rules{catalog.find("DBT101")};
  const DbtHosts hosts;
  const PlainContext context(rules, hosts, nullptr);
  const SourceFile file(source.string(), kSource, Language::Cpp);

  ClangLoaderFrontEnd alone(directory.string(), {});
  const std::vector<size_t> expected = findingOffsets(alone, file, context);
  ASSERT_EQ(expected.size(), 2u);

  std::vector<std::vector<size_t>> found(2);
  std::vector<std::thread> workers;
  for (auto& offsets : found) {
    workers.emplace_back([&] {
      ClangLoaderFrontEnd frontEnd(directory.string(), {});
      for (int run = 0; run < 3; ++run) offsets = findingOffsets(frontEnd, file, context);
    });
  }
  for (std::thread& worker : workers) worker.join();
  fs::remove_all(directory);
  EXPECT_EQ(found[0], expected);
  EXPECT_EQ(found[1], expected);
}

}  // namespace
}  // namespace dbtlint
