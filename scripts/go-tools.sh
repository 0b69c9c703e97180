#!/usr/bin/env bash
# The Go tools npm test runs on sdks/go, pinned, built from the Go module proxy into the git-ignored
# .tools/bin (once: a later run finds the pinned version there and does nothing).
set -euo pipefail
cd "$(dirname "$0")/.."

STATICCHECK_VERSION=v0.8.2 # staticcheck 2026.2.2, which reads Go 1.26
bin="$PWD/.tools/bin"
stamp="$bin/staticcheck.version"

if [ "$(cat "$stamp" 2>/dev/null)" != "$STATICCHECK_VERSION" ]; then
  GOBIN="$bin" go install "honnef.co/go/tools/cmd/staticcheck@$STATICCHECK_VERSION"
  echo "$STATICCHECK_VERSION" > "$stamp"
fi
