"""Prints what a SARIF log's single run holds, one fact a line, for FileCheck:
the number of results, their distinct levels, and each tool notification."""
import json
import sys

run = json.load(open(sys.argv[1], encoding="utf-8"))["runs"][0]
print("results:", len(run["results"]))
print("levels:", " ".join(sorted({result["level"] for result in run["results"]})))
for notification in run["invocations"][0]["toolExecutionNotifications"]:
    print(f'notification: {notification["level"]} {notification["descriptor"]["id"]}: {notification["message"]["text"]}')
