#!/usr/bin/env bash
# Makes the Python virtualenv every Python step uses, reached as .venv (a git-ignored link).
# Nothing of the repo is installed into it (the SDK is imported from sdks/python), so it is a pure
# function of requirements-dev.txt and the interpreter: it lives in the user's cache under a key of
# both and survives clones. A fresh clone links it instead of installing ~40 packages again (about a
# minute); a changed requirements-dev.txt or python3 makes a new one. Clones that build the same one
# at once wait on a lock; a venv whose install did not finish has no .complete and is built anew.
set -euo pipefail
cd "$(dirname "$0")/.."
key=$({ cat requirements-dev.txt; python3 -c 'import sys; print(sys.executable, sys.version)'; } | sha256sum | cut -c1-16)
venvs=${XDG_CACHE_HOME:-$HOME/.cache}/cognitionos-sdk-platform/venvs
venv=$venvs/$key
if [ -e "$venv/.complete" ] && [ "$(readlink .venv)" = "$venv" ]; then exit 0; fi
mkdir -p "$venvs"
(
  flock 9
  if [ ! -e "$venv/.complete" ]; then
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/python" -m pip install -q --upgrade pip
    "$venv/bin/python" -m pip install -q -r requirements-dev.txt
    touch "$venv/.complete"
  fi
) 9> "$venv.lock"
rm -rf .venv
ln -s "$venv" .venv
