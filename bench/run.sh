#!/usr/bin/env bash
# The benchmark, in one command: installs its peers (ripgrep, ast-grep) and
# corpora (Debian's ansible package, the Python standard library, seeded
# synthetic monorepos), builds the scanner, and prints the table of
# bench/README.md. Usage: bench/run.sh [--runs N] [--quick]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=5 quick=0
while (($#)); do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    --quick) quick=1; shift ;;  # small corpora only, to try the harness
    *) echo "usage: bench/run.sh [--runs N] [--quick]" >&2; exit 2 ;;
  esac
done

missing=()
for package in ripgrep ansible time; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Corpora and peers live outside the work tree, so that no .gitignore of this
# repository applies to them.
cache=${DBT_API_LINT_BENCH_CACHE:-/var/tmp/dbt-api-lint-bench}
mkdir -p "$cache/npm"
cp bench/package.json bench/package-lock.json "$cache/npm/"
if ! cmp -s bench/package-lock.json "$cache/npm/installed-lock.json"; then
  (cd "$cache/npm" && npm ci --ignore-scripts --no-audit --no-fund >/dev/null)
  cp bench/package-lock.json "$cache/npm/installed-lock.json"
fi
ast_grep="$cache/npm/node_modules/@ast-grep/cli-linux-x64-gnu/ast-grep"

./dev.sh scan --version >/dev/null  # installs and builds the scanner

# A corpus is made again when the generator changes: its marker holds the
# generator's hash.
generator=$(sha256sum bench/generate_monorepo.py | cut -d' ' -f1)
generate() {  # name, files, density
  [[ $(cat "$cache/$1/.complete" 2>/dev/null) == "$generator" ]] && return
  rm -rf "${cache:?}/$1"
  python3 bench/generate_monorepo.py --files "$2" --density "$3" --seed 1 "$cache/$1"
  echo "$generator" >"$cache/$1/.complete"
}
stdlib=$(python3 -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')
corpora=("python-stdlib=$stdlib")
if ((quick)); then
  generate synthetic-2k 2000 0.05
  generate relevant-500 500 1.0
  corpora+=("synthetic-2k=$cache/synthetic-2k" "all-relevant-500=$cache/relevant-500")
else
  for count in 10000 50000 100000; do generate "synthetic-${count}" "$count" 0.05; done
  generate relevant-5000 5000 1.0
  corpora=("ansible=/usr/lib/python3/dist-packages/ansible_collections" "${corpora[@]}"
           "synthetic-10k=$cache/synthetic-10000" "synthetic-50k=$cache/synthetic-50000"
           "synthetic-100k=$cache/synthetic-100000" "all-relevant-5k=$cache/relevant-5000")
fi
python3 bench/run.py --scanner build/bin/dbt-api-lint --ripgrep "$(command -v rg)" --ast-grep "$ast_grep" \
  --runs "$runs" "${corpora[@]}"
