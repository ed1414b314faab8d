// Validates SARIF logs the way GitHub code scanning will judge them: against
// the official SARIF 2.1.0 JSON schema, and with Microsoft's SARIF Multitool
// and its GitHub ingestion rules. Prints every error and warning; exits 1 if
// there is any. CMake copies this file beside the pinned node_modules.
//
//   node validate-sarif.js LOG.sarif...
"use strict";
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");
const Ajv = require("ajv-draft-04");
const addFormats = require("ajv-formats");

const schemaFile = path.join(__dirname, "node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
const multitool = path.join(__dirname, "node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool");

// unicodeRegExp: one of the schema's patterns is not valid in Unicode mode.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, "utf8")));

function schemaProblems(log) {
  if (validate(log)) return [];
  return validate.errors.map((e) => `schema: ${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`);
}

// The Multitool always exits 0: its findings are in the log it writes.
function multitoolProblems(file) {
  const out = `${file}.multitool.sarif`;
  const args = ["validate", file, "--rule-kind", "Gh;Sarif", "--max-file-size-in-kb", "1000000", "-o", out, "--log", "ForceOverwrite"];
  execFileSync(multitool, args, {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: "1", DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: "1" },
  });
  const report = JSON.parse(fs.readFileSync(out, "utf8"));
  const problems = [];
  for (const run of report.runs || []) {
    for (const invocation of run.invocations || []) {
      const notifications = [...(invocation.toolExecutionNotifications || []), ...(invocation.toolConfigurationNotifications || [])];
      for (const notification of notifications.filter((n) => n.level === "error")) {
        problems.push(`multitool could not validate: ${notification.message.text}`);
      }
      if (invocation.executionSuccessful === false && notifications.length === 0) problems.push("multitool could not validate");
    }
    for (const result of run.results || []) {
      const level = result.level || "warning";
      if (level !== "error" && level !== "warning") continue;
      const region = result.locations?.[0]?.physicalLocation?.region;
      const args = (result.message.arguments || []).join(" | ");
      problems.push(`multitool ${level} ${result.ruleId}${region ? ` at ${region.startLine}:${region.startColumn}` : ""}: ${args}`);
    }
  }
  return problems;
}

let failed = false;
for (const file of process.argv.slice(2)) {
  const problems = [...schemaProblems(JSON.parse(fs.readFileSync(file, "utf8"))), ...multitoolProblems(file)];
  for (const problem of problems) console.log(`${file}: ${problem}`);
  if (problems.length > 0) failed = true;
  else console.log(`${file}: valid`);
}
process.exit(failed ? 1 : 0);
