#!/usr/bin/env bash
# `bash scripts/build-packages.sh [sdk] [cli] [mcp]` (none: all three): builds those npm packages
# with tsup, each only when its inputs changed since its last build. npm ci's `prepare` builds them
# on a fresh clone and npm test, the CLI contract column and CI's jobs ask for the same build again:
# those asks find it done. A package's inputs are its folder (but dist/ and node_modules/), the
# lockfile, the Node version and, for the CLI and the MCP server, the SDK's dist they build against.
# The stamp (.cache/builds/, git-ignored) holds the inputs' hash and dist's, so an edited or deleted
# dist is built again; a failed build leaves no stamp.
set -euo pipefail
cd "$(dirname "$0")/.."
stamps=.cache/builds

# sha256 over the names and contents of the files whose null-separated names are on stdin.
hash_listed() { sort -z | xargs -0 -r sha256sum | sha256sum | cut -c1-64; }
sources_hash() { find "$1" \( -name node_modules -o -name dist \) -prune -o -type f -print0 | hash_listed; }
dist_hash() { if [ -d "$1/dist" ]; then find "$1/dist" -type f -print0 | hash_listed; else echo none; fi; }

inputs_hash() {
  local dir=$1
  {
    sources_hash "$dir"
    sha256sum package-lock.json
    node --version
    if [ "$dir" != sdks/typescript ]; then dist_hash sdks/typescript; fi
  } | sha256sum | cut -c1-64
}

build() {
  local name=$1 dir=$2 stamp="$stamps/$1" inputs
  inputs=$(inputs_hash "$dir")
  if [ "$(cat "$stamp" 2>/dev/null)" = "$inputs $(dist_hash "$dir")" ]; then echo "$name: dist is up to date with its sources"; return; fi
  rm -f "$stamp"
  (cd "$dir" && npx tsup --silent)
  mkdir -p "$stamps"
  echo "$inputs $(dist_hash "$dir")" > "$stamp"
}

packages=("$@")
[ ${#packages[@]} -gt 0 ] || packages=(sdk cli mcp)
for package in "${packages[@]}"; do
  case "$package" in
    sdk) build sdk sdks/typescript ;;
    cli) build cli sdks/cli ;;
    mcp) build mcp sdks/mcp ;;
    *) echo "unknown package $package (sdk, cli, mcp)"; exit 2 ;;
  esac
done
