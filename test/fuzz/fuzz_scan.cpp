// Fuzzes a whole file scan (text layer and front ends) and the writers: the
// first byte picks the language, the rest is the file. Every output must be
// produced without a crash, and the JSON must parse back.
#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdlib>
#include <sstream>

#include "Engine.h"
#include "FrontEnds.h"
#include "Writers.h"

namespace {

const dbtlint::Engine& engine() {
  static const dbtlint::RuleCatalog catalog = dbtlint::RuleCatalog::builtin();
  static const dbtlint::Engine instance(dbtlint::selectRules(catalog, {"ALL"}, {}), dbtlint::DbtHosts(),
                                        dbtlint::makeFrontEnds());
  return instance;
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
  engine().scanFile(dbtlint::SourceFile("fuzz/input", std::string(reinterpret_cast<const char*>(data + 1), size - 1),
                                        language),
                    result);
  std::ostringstream text;
  dbtlint::writeText(text, result, dbtlint::TextStyle{true, false});
  std::ostringstream json;
  dbtlint::writeJson(json, result, dbtlint::JsonReport{"fuzz"});
  if (!nlohmann::json::accept(json.str())) std::abort();
  return 0;
}
