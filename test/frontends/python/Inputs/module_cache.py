"""Checks that the Python front end's cache of imported modules changes no
finding: scans a generated tree whose modules import each other and a shared
settings module (more modules than the cache holds) once as a whole, then each
file alone, and compares the findings, notes included.

Usage: module_cache.py SCANNER DIRECTORY
"""
import json
import pathlib
import subprocess
import sys

MODULES = 300  # more than the cache's 256 entries


def generate(root):
    root.mkdir(parents=True, exist_ok=True)
    (root / "settings.py").write_text('API = "https://cloud.getdbt.com/api"\n')
    for i in range(MODULES):
        j = (i + 1) % MODULES
        (root / f"m{i:03}.py").write_text(
            "import requests\n"
            "from settings import API\n"
            f"from m{j:03} import ACCOUNTS_{j}, CHAINED_{j}\n"
            f'ACCOUNTS_{i} = API + "/v2/accounts/"\n'
            f"CHAINED_{i} = ACCOUNTS_{j}\n"
            f"requests.get(ACCOUNTS_{j})\n"
            f'requests.get(ACCOUNTS_{i} + "70403/")\n'
            # Three imports away (m{j} from m{k} from settings): past the
            # import chain, so unknown, however the modules were cached.
            f"requests.get(CHAINED_{j})\n"
        )


def findings(scanner, paths):
    output = subprocess.run([scanner, "--format", "json", *paths], capture_output=True, text=True, check=False)
    document = json.loads(output.stdout)
    return sorted(json.dumps(finding, sort_keys=True) for finding in document["findings"])


def main():
    scanner, root = sys.argv[1], pathlib.Path(sys.argv[2])
    generate(root)
    files = sorted(str(path) for path in root.glob("*.py"))
    together = findings(scanner, files)
    alone = sorted(finding for path in files for finding in findings(scanner, [path]))
    print(f"{len(together)} findings together, {len(alone)} alone")
    if together != alone:
        for finding in sorted(set(together) ^ set(alone)):
            print("differs:", finding)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
