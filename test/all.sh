#!/usr/bin/env bash
# `npm test`: every test of the repo, in the order a failure is cheapest to read.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== python virtualenv"
bash scripts/venv.sh

echo "== generated files match their sources"
npm run --silent spec
npm run --silent generate
git diff --exit-code --stat -- spec/openapi.json sdks/ || { echo "spec/openapi.json or sdks/ drifted from the generators: run npm run spec && npm run generate and commit"; exit 1; }
untracked=$(git ls-files --others --exclude-standard -- spec sdks)
[ -z "$untracked" ] || { echo "generated files not committed:"; echo "$untracked"; exit 1; }

echo "== vitest: spec, server, TypeScript SDK"
npx vitest run

echo "== schemathesis against a live reference server"
node --import tsx test/schemathesis/run.ts
