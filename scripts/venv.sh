#!/usr/bin/env bash
# Makes the repo-local Python virtualenv (.venv, git-ignored) that every Python step uses;
# reinstalls only when requirements-dev.txt changed, so repeated test runs stay fast.
set -euo pipefail
cd "$(dirname "$0")/.."
stamp=.venv/.requirements.sha
want=$(sha256sum requirements-dev.txt | cut -d' ' -f1)
if [ -x .venv/bin/python ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then exit 0; fi
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -r requirements-dev.txt
echo "$want" > "$stamp"
