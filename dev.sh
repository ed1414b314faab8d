#!/usr/bin/env bash
# Set-up, build and run for dbt-api-lint on a fresh Debian 12 machine.
#   ./dev.sh scan [OPTIONS] [PATH...]  install what is missing, build, then scan the
#                                      paths (default: the bundled sample project,
#                                      with every rule on)
#   ./dev.sh test                      install what is missing, build, run the
#                                      whole test suite through ctest: a short
#                                      fuzzing run, the suite under ASan and
#                                      UBSan, then the suite as users get it
set -euo pipefail
cd "$(dirname "$0")"

readonly PACKAGES=(
  cmake make g++ pkg-config git python3 ca-certificates
  libre2-dev nlohmann-json3-dev libgit2-dev libcli11-dev libgtest-dev
  llvm-14-dev libclang-14-dev clang-14 libclang-rt-14-dev llvm-14-tools clang-tidy-14 strace util-linux
  libyaml-cpp-dev libmimalloc-dev pre-commit help2man dpkg-dev
)
readonly SAMPLE=test/corpus/sample-project

install_missing_packages() {
  local missing=() package
  for package in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  # The machine image may bring its own Node.js; Debian's npm serves otherwise.
  command -v npm >/dev/null || missing+=(npm)
  ((${#missing[@]} == 0)) && return
  echo "dev.sh: installing ${missing[*]}" >&2
  local sudo=""
  [[ $(id -u) -eq 0 ]] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Quiet when it works; the whole log when it does not.
build() {
  mkdir -p build
  if ! { cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo && cmake --build build -j"$(nproc)"; } >build/dev-build.log 2>&1; then
    cat build/dev-build.log >&2
    echo "dev.sh: the build failed (log above, also in build/dev-build.log)" >&2
    exit 1
  fi
}

case "${1:-}" in
  scan)
    shift
    install_missing_packages
    build
    if (($# == 0)); then set -- --select ALL "$SAMPLE"; fi
    exec build/bin/dbt-api-lint "$@"
    ;;
  test)
    install_missing_packages
    build
    # A short, repeatable fuzzing run, then the whole suite under ASan and
    # UBSan, then as users get it (last, so that its summary closes the output).
    test/fuzz/run.sh --runs 2000
    cmake --preset sanitizers >/dev/null
    cmake --build --preset sanitizers -j"$(nproc)" >build/dev-build-sanitizers.log 2>&1 ||
      { cat build/dev-build-sanitizers.log >&2; exit 1; }
    ctest --preset sanitizers
    exec ctest --test-dir build --output-on-failure
    ;;
  *)
    echo "usage: ./dev.sh scan [OPTIONS] [PATH...] | ./dev.sh test" >&2
    exit 2
    ;;
esac
