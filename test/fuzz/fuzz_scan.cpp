// Fuzzes a whole file scan (text layer and front ends) and the writers: the
// first byte picks the language, the rest is the file. Every output must be
// produced without a crash, the JSON and SARIF must parse back, and GitHub's
// line hash must give every line of the file one value.
#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <sstream>

#include "Engine.h"
#include "FrontEnds.h"
#include "GitHubLineHash.h"
#include "Writers.h"

namespace {

const dbtlint::RuleCatalog& catalog() {
  static const dbtlint::RuleCatalog instance = dbtlint::RuleCatalog::builtin();
  return instance;
}

const dbtlint::Engine& engine() {
  static const std::unique_ptr<dbtlint::Engine> instance = [] {
    auto engine = std::make_unique<dbtlint::Engine>(dbtlint::selectRules(catalog(), {"ALL"}, {}), dbtlint::DbtHosts(),
                                                    [] { return dbtlint::makeFrontEnds(); });
    engine->addAnnotator(std::make_unique<dbtlint::GitHubLineHashAnnotator>());
    return engine;
  }();
  return *instance;
}

constexpr dbtlint::Language kLanguages[] = {
    dbtlint::Language::Unknown, dbtlint::Language::Python,        dbtlint::Language::Yaml,
    dbtlint::Language::Shell,   dbtlint::Language::Terraform,     dbtlint::Language::TerraformJson,
    dbtlint::Language::Json,    dbtlint::Language::Dotenv,        dbtlint::Language::C,
    dbtlint::Language::Cpp,
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const dbtlint::Language language = kLanguages[data[0] % std::size(kLanguages)];
  dbtlint::ScanResult result;
  const dbtlint::SourceFile file("fuzz/input", std::string(reinterpret_cast<const char*>(data + 1), size - 1), language);
  engine().scanFile(file, result);
  if (dbtlint::githubLineHashes(file.text()).size() != file.lineCount()) std::abort();
  std::ostringstream text;
  dbtlint::writeText(text, result, dbtlint::TextStyle{true, false});
  std::ostringstream json;
  dbtlint::writeJson(json, result, dbtlint::JsonReport{"fuzz"});
  if (!nlohmann::json::accept(json.str())) std::abort();
  std::ostringstream sarif;
  dbtlint::writeSarif(sarif, result,
                      dbtlint::SarifReport{"fuzz", "https://example.com", dbtlint::selectRules(catalog(), {"ALL"}, {}),
                                           "fuzz", "/work", "/work", std::nullopt});
  if (!nlohmann::json::accept(sarif.str())) std::abort();
  std::ostringstream annotations;
  dbtlint::writeGitHubAnnotations(annotations, result);
  return 0;
}
