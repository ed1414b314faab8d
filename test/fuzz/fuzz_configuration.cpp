// Fuzzes the configuration reader (.dbt-api-lint.yaml): any bytes either
// become a configuration or a UsageError naming the fault, never a crash, and
// a configuration that loads must also apply: its levels and rule names to
// the built-in rules, its hosts, and its globs to a path.
#include <cstdint>
#include <string>

#include "Configuration.h"
#include "Errors.h"

namespace {

const dbtlint::RuleCatalog& builtinRules() {
  static const dbtlint::RuleCatalog instance = dbtlint::RuleCatalog::builtin();
  return instance;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  try {
    const dbtlint::Configuration configuration =
        dbtlint::parseConfiguration("/repo/.dbt-api-lint.yaml", std::string(reinterpret_cast<const char*>(data), size));
    dbtlint::RuleCatalog catalog = builtinRules();  // a copy: the levels change it
    dbtlint::applyConfiguredLevels(configuration, catalog);
    (void)dbtlint::configuredRules(catalog, configuration, {}, {});
    // Credential names go to process-wide lists that would grow over the run.
    dbtlint::Configuration hostsOnly = configuration;
    hostsOnly.legacyApiKeyNames.clear();
    hostsOnly.tokenNames.clear();
    dbtlint::DbtHosts hosts;
    dbtlint::configureDomain(hostsOnly, hosts);
    (void)dbtlint::configuredPathFilter(configuration).accepts("/repo/src/app.py");
  } catch (const dbtlint::UsageError&) {
  }
  return 0;
}
