#!/usr/bin/env python3
"""expect_exit.py CODE COMMAND...: runs COMMAND, passing its output through,
and succeeds only if it exits with CODE (lit's `not` cannot tell 1 from 2)."""
import subprocess
import sys

expected = int(sys.argv[1])
status = subprocess.run(sys.argv[2:]).returncode
if status != expected:
    sys.exit(f"expect_exit.py: expected exit status {expected}, got {status}")
