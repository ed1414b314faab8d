"""Runs the scanner with each -j given and fails unless standard output,
standard error and the exit code are byte-identical for all of them.

usage: same-output-for-every-jobs.py SCANNER JOBS,JOBS,... ARGUMENT...
"""
import subprocess
import sys

scanner, jobs_list, arguments = sys.argv[1], sys.argv[2].split(","), sys.argv[3:]
runs = {}
for jobs in jobs_list:
    done = subprocess.run([scanner, "-j", jobs, *arguments], capture_output=True)
    runs[jobs] = (done.returncode, done.stdout, done.stderr)
first = jobs_list[0]
for jobs in jobs_list[1:]:
    for part, name in enumerate(("exit code", "standard output", "standard error")):
        if runs[jobs][part] != runs[first][part]:
            sys.exit(f"-j {jobs} and -j {first} differ in {name}")
print(f"identical for -j {' '.join(jobs_list)}: exit {runs[first][0]}, {len(runs[first][1])} bytes of output")
