#!/usr/bin/env bash
# run-unprivileged.sh SCANNER WORKDIR [ARGS...]: runs the scanner in WORKDIR as
# an unprivileged user, so that file permissions apply (root reads anything).
# The scanner is copied beside WORKDIR's contents, so that the user can run it
# wherever the build tree lives, with a link to the modules it loads.
set -euo pipefail
scanner=$1 workdir=$2
shift 2
if [[ $(id -u) -ne 0 ]]; then
  cd "$workdir" && exec "$scanner" "$@"
fi
mkdir -p "$workdir/.scanner/bin"
cp "$scanner" "$workdir/.scanner/bin/"
ln -sfn "$(cd "$(dirname "$scanner")/../lib" && pwd)" "$workdir/.scanner/lib"
chmod 755 "$workdir" "$workdir/.scanner" "$workdir/.scanner/bin" "$workdir/.scanner/bin/$(basename "$scanner")"
# Every directory above WORKDIR must let the user pass.
dir=$workdir
while [[ $dir != / ]]; do
  dir=$(dirname "$dir")
  [[ -x $dir && $(stat -c %A "$dir") == *x ]] || chmod o+x "$dir"
done
cd "$workdir" && exec setpriv --reuid=65534 --regid=65534 --clear-groups "./.scanner/bin/$(basename "$scanner")" "$@"
