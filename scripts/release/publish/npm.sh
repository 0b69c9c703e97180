#!/usr/bin/env bash
# npm: `check|publish REGISTRY ARTIFACTS_DIR`. check says whether the version is on REGISTRY (and
# fails when REGISTRY does not answer); publish uploads ARTIFACTS_DIR/npm's tarball unless it is
# there already. Auth comes from npm's config (setup-node's .npmrc with NODE_AUTH_TOKEN in CI);
# NPM_CONFIG_PROVENANCE=true in CI adds the provenance statement.
source "$(dirname "$0")/../release-env.sh"
mode=$(mode "${1:-}")
registry=${2:?registry URL}
artifacts=${3:?artifacts folder}

present() {
  local output
  if output=$(npm view "$npm_name@$version" version --registry "$registry" 2>&1); then
    [ -n "$output" ]
  else
    grep -q E404 <<< "$output" || fail "npm: $registry did not answer: $output"
    return 1
  fi
}

if present; then
  say "npm: $npm_name@$version is already on $registry, skipped"
elif [ "$mode" = check ]; then
  say "npm: $npm_name@$version is not on $registry yet"
else
  npm publish "$artifacts"/npm/*.tgz --registry "$registry" --access public
  say "npm: published $npm_name@$version to $registry"
fi
