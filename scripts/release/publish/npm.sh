#!/usr/bin/env bash
# npm: `check|publish REGISTRY ARTIFACTS_DIR`, for every npm package of the release in order (the
# SDK, then the CLI and the MCP server that depend on it). check says whether each version is on
# REGISTRY (and fails when REGISTRY does not answer); publish uploads ARTIFACTS_DIR/npm's tarball of
# each one that is not there already. Auth comes from npm's config (setup-node's .npmrc with
# NODE_AUTH_TOKEN in CI); NPM_CONFIG_PROVENANCE=true in CI adds the provenance statement.
source "$(dirname "$0")/../release-env.sh"
mode=$(mode "${1:-}")
registry=${2:?registry URL}
artifacts=${3:?artifacts folder}

present() {
  local output
  # --loglevel: a caller's silent npm (npm run --silent) would hide the E404 that means "not yet".
  if output=$(npm view "$1@$version" version --registry "$registry" --loglevel=error 2>&1); then
    [ -n "$output" ]
  else
    grep -q E404 <<< "$output" || fail "npm: $registry did not answer: $output"
    return 1
  fi
}

for name in $npm_names; do
  tarball="$artifacts/npm/$(tr / - <<< "${name#@}")-$version.tgz"
  if present "$name"; then
    say "npm: $name@$version is already on $registry, skipped"
  elif [ "$mode" = check ]; then
    say "npm: $name@$version is not on $registry yet"
  else
    [ -f "$tarball" ] || fail "npm: no tarball $tarball"
    npm publish "$tarball" --registry "$registry" --access public
    say "npm: published $name@$version to $registry"
  fi
done
