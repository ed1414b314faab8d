// Values that fan out (each refers to the one before several times, through
// format arguments, + and steps) stay bounded: the scan ends, the deep
// values are unknown, and a request elsewhere in the file is still found.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %python %S/Inputs/make_compile_commands.py %t %s
// RUN: not %dbt-api-lint -p %t %s | FileCheck %s --implicit-check-not="[DBT"
#include <string>

#include <fmt/format.h>
#include <httplib.h>

static const std::string v0 = "/api/v2/accounts/";
static const std::string v1 = fmt::format("{}{}{}{}{}{}{}{}", v0, v0, v0, v0, v0, v0, v0, v0) + v0 + v0;
static const std::string v2 = fmt::format("{}{}{}{}{}{}{}{}", v1, v1, v1, v1, v1, v1, v1, v1) + v1 + v1;
static const std::string v3 = fmt::format("{}{}{}{}{}{}{}{}", v2, v2, v2, v2, v2, v2, v2, v2) + v2 + v2;
static const std::string v4 = fmt::format("{}{}{}{}{}{}{}{}", v3, v3, v3, v3, v3, v3, v3, v3) + v3 + v3;
static const std::string v5 = fmt::format("{}{}{}{}{}{}{}{}", v4, v4, v4, v4, v4, v4, v4, v4) + v4 + v4;
static const std::string v6 = fmt::format("{}{}{}{}{}{}{}{}", v5, v5, v5, v5, v5, v5, v5, v5) + v5 + v5;
static const std::string v7 = fmt::format("{}{}{}{}{}{}{}{}", v6, v6, v6, v6, v6, v6, v6, v6) + v6 + v6;
static const std::string v8 = fmt::format("{}{}{}{}{}{}{}{}", v7, v7, v7, v7, v7, v7, v7, v7) + v7 + v7;
static const std::string v9 = fmt::format("{}{}{}{}{}{}{}{}", v8, v8, v8, v8, v8, v8, v8, v8) + v8 + v8;
static const std::string v10 = fmt::format("{}{}{}{}{}{}{}{}", v9, v9, v9, v9, v9, v9, v9, v9) + v9 + v9;
static const std::string v11 = fmt::format("{}{}{}{}{}{}{}{}", v10, v10, v10, v10, v10, v10, v10, v10) + v10 + v10;
static const std::string v12 = fmt::format("{}{}{}{}{}{}{}{}", v11, v11, v11, v11, v11, v11, v11, v11) + v11 + v11;
static const std::string v13 = fmt::format("{}{}{}{}{}{}{}{}", v12, v12, v12, v12, v12, v12, v12, v12) + v12 + v12;
static const std::string v14 = fmt::format("{}{}{}{}{}{}{}{}", v13, v13, v13, v13, v13, v13, v13, v13) + v13 + v13;
static const std::string v15 = fmt::format("{}{}{}{}{}{}{}{}", v14, v14, v14, v14, v14, v14, v14, v14) + v14 + v14;
static const std::string v16 = fmt::format("{}{}{}{}{}{}{}{}", v15, v15, v15, v15, v15, v15, v15, v15) + v15 + v15;
static const std::string v17 = fmt::format("{}{}{}{}{}{}{}{}", v16, v16, v16, v16, v16, v16, v16, v16) + v16 + v16;
static const std::string v18 = fmt::format("{}{}{}{}{}{}{}{}", v17, v17, v17, v17, v17, v17, v17, v17) + v17 + v17;
static const std::string v19 = fmt::format("{}{}{}{}{}{}{}{}", v18, v18, v18, v18, v18, v18, v18, v18) + v18 + v18;
static const std::string v20 = fmt::format("{}{}{}{}{}{}{}{}", v19, v19, v19, v19, v19, v19, v19, v19) + v19 + v19;
static const std::string v21 = fmt::format("{}{}{}{}{}{}{}{}", v20, v20, v20, v20, v20, v20, v20, v20) + v20 + v20;
static const std::string v22 = fmt::format("{}{}{}{}{}{}{}{}", v21, v21, v21, v21, v21, v21, v21, v21) + v21 + v21;
static const std::string v23 = fmt::format("{}{}{}{}{}{}{}{}", v22, v22, v22, v22, v22, v22, v22, v22) + v22 + v22;
static const std::string v24 = fmt::format("{}{}{}{}{}{}{}{}", v23, v23, v23, v23, v23, v23, v23, v23) + v23 + v23;

void requests() {
  std::string path = v24;
  path += v24;
  path += v24;
  path.append(v24);
  httplib::Client cli("https://cloud.getdbt.com");
  auto deep = cli.Get(path);
  // CHECK: hostile-values.cpp:[[@LINE+1]]:22: error: request to the cross-account endpoint GET /api/v2/accounts/,{{.*}} [DBT101]
  auto all = cli.Get(v0);
}
