#!/usr/bin/env python3
"""Runs dbt-api-lint and its peers on the same corpora and prints a table of
medians and ratios (see README.md). Called by bench/run.sh, which installs
what it needs first."""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def corpus_size(path):
    files = size = 0
    for directory, _, names in os.walk(path):
        for name in names:
            full = os.path.join(directory, name)
            if os.path.isfile(full) and not os.path.islink(full):
                files += 1
                size += os.path.getsize(full)
    return files, size


def measure(commands, directory, runs):
    """For each tool of `commands`, the median wall, CPU and peak RSS of `runs`
    runs in `directory` after one warm-up. The tools take turns, run after
    run, so that a machine whose speed drifts during the run (a shared one)
    slows them alike and their ratios hold. Run from the corpus itself, as a
    user would: from elsewhere, the scanner would take that directory's
    compile_commands.json for the corpus's C++ files."""
    samples = {tool: [] for tool in commands}
    with tempfile.NamedTemporaryFile("r") as report:
        for attempt in range(runs + 1):
            for tool, command in commands.items():
                subprocess.run(["/usr/bin/time", "-o", report.name, "-f", "%e %U %S %M"] + command, cwd=directory,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
                report.seek(0)
                wall, user, system, rss = report.read().split()[-4:]
                if attempt > 0:  # the first run warms the page cache
                    samples[tool].append((float(wall), float(user) + float(system), int(rss)))
    return {tool: tuple(statistics.median(sample[i] for sample in taken) for i in range(3))
            for tool, taken in samples.items()}


def precommit_latency(scanner, files, runs):
    """Median wall time of a scan of a few named files, in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([scanner] + files, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--scanner", required=True)
    parser.add_argument("--ripgrep", required=True)
    parser.add_argument("--ast-grep", required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("corpora", nargs="+", help="NAME=PATH")
    args = parser.parse_args()

    patterns = os.path.join(HERE, "prefilter-patterns.txt")
    sgconfig = os.path.join(HERE, "ast-grep", "sgconfig.yml")
    tools = {
        "dbt-api-lint": lambda path: [os.path.abspath(args.scanner), "--select", "ALL", "--quiet", "--fail-on", "none", path],
        "ripgrep": lambda path: [args.ripgrep, "--count", "--no-messages", "--fixed-strings", "--ignore-case", "-f", patterns, path],
        "ast-grep": lambda path: [args.ast_grep, "scan", "-c", sgconfig, path],
    }
    print(f"Medians of {args.runs} runs after a warm-up, the tools taking turns, on {os.cpu_count()} cores.\n")
    print("| corpus | files | MB | tool | wall s | CPU s | peak RSS MB | files/s | MB/s | dbt-api-lint ÷ tool |")
    print("| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for corpus in args.corpora:
        name, path = corpus.split("=", 1)
        files, size = corpus_size(path)
        megabytes = size / 1e6
        results = measure({tool: command(".") for tool, command in tools.items()}, path, args.runs)
        ours = results["dbt-api-lint"][0]
        for tool, (wall, cpu, rss) in results.items():
            ratio = "" if tool == "dbt-api-lint" else f"{ours / wall:.2f}×" if wall else "n/a"
            print(f"| {name} | {files} | {megabytes:.0f} | {tool} | {wall:.2f} | {cpu:.2f} | {rss / 1024:.0f} | "
                  f"{files / wall if wall else 0:.0f} | {megabytes / wall if wall else 0:.0f} | {ratio} |")
        sys.stdout.flush()

    sample = os.path.join(ROOT, "test", "corpus", "sample-project")
    precommit_files = [os.path.join(sample, f) for f in ["dags/dbt_cloud_nightly.py", "scripts/trigger_job.sh",
                                                          "dbt_cloud.yml", "terraform/main.tf", "config/dev.env"]]
    print(f"\nPre-commit case (5 small files named on the command line): "
          f"{precommit_latency(args.scanner, precommit_files, 21):.1f} ms wall, median of 21 runs.")


if __name__ == "__main__":
    main()
