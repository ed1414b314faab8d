// Fuzzes the rule-file reader (--rules): any bytes either become a rule or a
// UsageError naming the fault, never a crash. A rule that loads must also
// compile into the text layer.
#include <cstdint>

#include "Engine.h"
#include "Errors.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  dbtlint::RuleCatalog catalog;
  try {
    catalog.addRule("fuzz.json", std::string_view(reinterpret_cast<const char*>(data), size), "");
    const dbtlint::TextLayer layer({&catalog.rules().front()}, dbtlint::DbtHosts());
    (void)layer.scan(dbtlint::SourceFile("x", "dbtu_ https://cloud.getdbt.com/api/v2/accounts/", dbtlint::Language::Unknown));
  } catch (const dbtlint::UsageError&) {
  }
  return 0;
}
