#!/usr/bin/env bash
# commit-through-pre-commit.sh SOURCE_DIR BIN_DIR WORK_DIR
# Builds a hook repository holding this project's .pre-commit-hooks.yaml at a
# commit, and a project repository whose .pre-commit-config.yaml points at it
# by path and commit, installs the git hook with the real pre-commit, then
# tries commits. Everything stays local: no network.
set -euo pipefail
source_dir=$1 bin_dir=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
export HOME=$work PRE_COMMIT_HOME=$work/cache PATH=$bin_dir:$PATH
export GIT_AUTHOR_NAME=test GIT_AUTHOR_EMAIL=test@example.invalid
export GIT_COMMITTER_NAME=test GIT_COMMITTER_EMAIL=test@example.invalid

git init -q "$work/hooks"
cp "$source_dir/.pre-commit-hooks.yaml" "$work/hooks/"
git -C "$work/hooks" add .pre-commit-hooks.yaml
git -C "$work/hooks" commit -q -m "hooks"
rev=$(git -C "$work/hooks" rev-parse HEAD)

project=$work/project
git init -q "$project"
cd "$project"
printf 'repos:\n  - repo: %s\n    rev: %s\n    hooks:\n      - id: dbt-api-lint\n' "$work/hooks" "$rev" > .pre-commit-config.yaml
git add .pre-commit-config.yaml
pre-commit install
mkdir deploy
printf '#!/usr/bin/env bash\nexport DBT_CLOUD_API_KEY=5e8c1a9f3b7d2e6a4c0f8b1d9e3a7c5f2b6d4e80\n' > deploy/release.sh
git add deploy/release.sh
# Not staged: pre-commit must not scan it.
printf 'requests.get("https://cloud.getdbt.com/api/v2/accounts/")\n' > untracked.py

echo "== commit with a legacy key"
if git commit -q -m "release script" 2>&1; then echo "COMMITTED"; else echo "REFUSED"; fi

echo "== commit once the key is gone; an unstaged change with a finding stays out"
printf '#!/usr/bin/env bash\nexport DBT_CLOUD_TOKEN="$(vault read -field=token secret/dbt)"\n' > deploy/release.sh
git add deploy/release.sh
printf 'export DBT_CLOUD_API_KEY=5e8c1a9f3b7d2e6a4c0f8b1d9e3a7c5f2b6d4e80\n' >> deploy/release.sh
if git commit -q -m "release script" 2>&1; then echo "COMMITTED"; else echo "REFUSED"; fi
echo "commits: $(git rev-list --count HEAD)"
