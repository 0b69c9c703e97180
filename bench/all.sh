#!/usr/bin/env bash
# `npm run bench`: every benchmark in turn; each prints its ratios and rewrites its own section of bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

node --import tsx bench/server/run.ts
node --import tsx bench/search/run.ts
node --import tsx bench/sdk-python/run.ts
node --import tsx bench/generate/run.ts
node --import tsx bench/sdk-typescript/run.ts
node --import tsx bench/sdk-go/run.ts
node --import tsx bench/sdk-java/run.ts
node --import tsx bench/cli/run.ts
