#!/usr/bin/env bash
# Go: `check|publish REMOTE ARTIFACTS_DIR`. A Go module in a subfolder is released by a tag named
# after the folder (sdks/go/vX.Y.Z), which the Go module proxy reads from the repository. publish
# pushes that tag to REMOTE unless REMOTE has it, on the commit whose module zip build.sh verified
# (ARTIFACTS_DIR/go/commit); the workflow pushes it last, since it marks the version as shipped.
source "$(dirname "$0")/../release-env.sh"
mode=$(mode "${1:-}")
remote=${2:?git remote}
artifacts=${3:?artifacts folder}
commit=$(cat "$artifacts/go/commit") || fail "go: build.sh has not verified a module zip in $artifacts/go"

present() {
  local refs
  refs=$(git -C "$root" ls-remote --tags "$remote" "refs/tags/$go_tag") || fail "go: $remote did not answer"
  [ -n "$refs" ]
}

if present; then
  say "go: tag $go_tag is already on $remote, skipped"
elif [ "$mode" = check ]; then
  say "go: tag $go_tag is not on $remote yet"
else
  git -C "$root" push -q "$remote" "$commit:refs/tags/$go_tag"
  say "go: pushed tag $go_tag to $remote"
fi
