#!/usr/bin/env bash
# Lints .github/workflows with actionlint, built from the Go module proxy into the repo-local,
# git-ignored .tools/bin (pinned, so every machine lints with the same rules). The shellcheck it
# runs on `run:` scripts is the one requirements-dev.txt puts in .venv (scripts/venv.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
version=v1.7.12
bin=.tools/bin/actionlint
if ! [ -x "$bin" ] || [ "$("$bin" -version | head -1)" != "$version" ]; then
  GOBIN="$PWD/.tools/bin" go install "github.com/rhysd/actionlint/cmd/actionlint@$version"
fi
"$bin" -no-color -shellcheck=.venv/bin/shellcheck -pyflakes=
