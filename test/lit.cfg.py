# lit configuration. Every test is a file that runs the scanner on itself or on
# inputs beside it and checks the output with FileCheck, its expectations
# written next to the code they describe.
import os

import lit.formats

config.name = "dbt-api-lint"
config.test_format = lit.formats.ShTest(execute_external=False)
config.test_source_root = os.path.dirname(__file__)
# Inputs in these suffixes are tests; inputs that are not tests live in
# folders named Inputs (excluded below) or in corpus/, which has its own config.
config.suffixes = [".py", ".yml", ".yaml", ".sh", ".tf", ".tfvars", ".env", ".test", ".txt", ".c", ".cpp"]
config.excludes = ["Inputs", "lit.cfg.py", "unit", "fuzz", "CMakeLists.txt", "expect_exit.py"]
config.substitutions.append(("%dbt-api-lint", config.dbt_api_lint))
config.substitutions.append(("%expect-exit", f"{config.python} {config.test_source_root}/expect_exit.py"))
config.substitutions.append(("%python", config.python))
config.substitutions.append(("%clang-tidy", config.clang_tidy))
config.substitutions.append(("%dbt-clang-tidy", config.dbt_clang_tidy))
config.substitutions.append(("%validate-sarif", config.sarif_validator))
config.substitutions.append(("%built-bin-dir", os.path.dirname(config.dbt_api_lint)))
config.substitutions.append(("FileCheck", config.filecheck))
if os.geteuid() == 0:
    config.available_features.add("root")
# Tests must not depend on the caller's git identity, colour or locale.
config.environment["NO_COLOR"] = "1"
config.environment["HOME"] = config.test_exec_root
config.environment["GIT_CONFIG_NOSYSTEM"] = "1"
for name in ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"]:
    config.environment.pop(name, None)
