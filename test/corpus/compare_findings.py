#!/usr/bin/env python3
"""Compares a scan of test/corpus with expected-findings.txt.

expected-findings.txt holds one finding per line, `PATH:LINE:COLUMN RULE`, PATH
relative to test/corpus, optionally followed by `# why`. A line starting with
`!` is a known false positive (reported today, wrong); one starting with `?`
is a known miss (right, not reported today). Each names what will fix it.

The scan must report exactly the plain and `!` lines. Precision and recall are
measured against the truth: the plain and `?` lines.
"""
import json
import sys


def read_expectations(path):
    expected, false_positives, misses = set(), set(), set()
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            text = line.split("#", 1)[0].strip()
            if not text:
                continue
            target = expected
            if text[0] in "!?":
                target = false_positives if text[0] == "!" else misses
                text = text[1:].strip()
            fields = text.split()
            if len(fields) != 2 or fields[0].count(":") != 2:
                sys.exit(f"{path}:{number}: expected 'PATH:LINE:COLUMN RULE', got {line.strip()!r}")
            target.add((fields[0], fields[1]))
    return expected, false_positives, misses


def read_report(path):
    with open(path, encoding="utf-8") as report:
        document = json.load(report)
    return {
        (f"{f['path']}:{f['start']['line']}:{f['start']['column']}", f["rule"])
        for f in document["findings"]
    }


def main():
    expected, false_positives, misses = read_expectations(sys.argv[1])
    reported = read_report(sys.argv[2])
    correct = reported & expected
    precision = len(correct) / len(reported) if reported else 1.0
    recall = len(correct) / len(expected | misses) if expected | misses else 1.0
    print(f"corpus: {len(reported)} reported, {len(expected | misses)} true findings, "
          f"{len(false_positives)} known false positives, {len(misses)} known misses")
    print(f"corpus: precision {precision:.3f}, recall {recall:.3f}")
    unexpected = sorted(reported - expected - false_positives)
    missing = sorted((expected | false_positives) - reported)
    for location, rule in unexpected:
        print(f"unexpected finding: {location} {rule}")
    for location, rule in missing:
        print(f"missing finding: {location} {rule}")
    return 1 if unexpected or missing else 0


if __name__ == "__main__":
    sys.exit(main())
