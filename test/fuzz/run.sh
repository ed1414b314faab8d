#!/usr/bin/env bash
# Builds the fuzz targets (clang-14, libFuzzer + ASan + UBSan), runs every input
# that once crashed, then fuzzes each target seeded from the test inputs. A
# crash or a timeout leaves its input in build-fuzz/crashes/ and fails the run.
#   test/fuzz/run.sh --runs N    N inputs per target from a fixed seed: the same
#                                inputs every time (what ./dev.sh test runs)
#   test/fuzz/run.sh SECONDS     each target for SECONDS, new inputs each time
set -euo pipefail
cd "$(dirname "$0")/../.."
if [[ ${1:-} == --runs ]]; then
  budget=(-runs="$2" -seed=1)
else
  budget=(-max_total_time="${1:-30}")
fi
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j"$(nproc)" --target fuzz_scan fuzz_rule_file fuzz_configuration >/dev/null
mkdir -p build-fuzz/crashes build-fuzz/corpus/scan build-fuzz/corpus/rule_file build-fuzz/corpus/configuration
# Seeds: every test input, with a language byte in front, and the rule files.
while IFS= read -r -d '' file; do
  name=$(basename "$file")
  { printf '\001'; head -c 65536 "$file"; } > "build-fuzz/corpus/scan/seed-$name"
done < <(find test/rules test/corpus test/cli/Inputs -type f -size -64k -print0)
cp rules/*.json build-fuzz/corpus/rule_file/
# The suite's configuration files, and those its tests write with printf.
seeds=0
while IFS= read -r -d '' file; do
  cp "$file" "build-fuzz/corpus/configuration/seed-$((seeds += 1)).yaml"
done < <(find test -name .dbt-api-lint.yaml -print0)
while IFS= read -r format; do
  printf -- "$format" > "build-fuzz/corpus/configuration/seed-$((seeds += 1)).yaml"
done < <(grep -rhoE "printf (-- )?'[^']*' > %t/[^ ]*\.yaml" test/configuration test/cli | sed -E "s/^printf (-- )?'([^']*)'.*/\2/")
# The targets run in an empty directory: the scanned file's imports and
# sourced files resolve against it, the same on every machine.
root=$PWD
empty=$(mktemp -d)
trap 'rm -rf "$empty"' EXIT
cd "$empty"
# Every input that once crashed or timed out, first: each must now pass.
"$root"/build-fuzz/test/fuzz/fuzz_scan -timeout=10 "$root"/test/fuzz/regressions/*.bin >/dev/null 2>&1 ||
  { echo "fuzz: a regression input fails fuzz_scan again (test/fuzz/regressions/)" >&2; exit 1; }
"$root"/build-fuzz/test/fuzz/fuzz_configuration -timeout=10 "$root"/test/fuzz/regressions/configuration/* >/dev/null 2>&1 ||
  { echo "fuzz: a regression input fails fuzz_configuration again (test/fuzz/regressions/configuration/)" >&2; exit 1; }
for target in fuzz_scan fuzz_rule_file fuzz_configuration; do
  corpus=$root/build-fuzz/corpus/${target#fuzz_}
  echo "fuzz: $target ${budget[*]}"
  "$root"/build-fuzz/test/fuzz/$target "${budget[@]}" -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$root"/build-fuzz/crashes/ -print_final_stats=1 "$corpus" 2>&1 |
    grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+.*DONE|==[0-9]+==ERROR|SUMMARY)" || true
  if compgen -G "$root/build-fuzz/crashes/*" >/dev/null; then
    echo "fuzz: $target found a crash or a timeout: build-fuzz/crashes/" >&2
    exit 1
  fi
done
