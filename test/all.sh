#!/usr/bin/env bash
# `npm test`: every test of the repo, in the order a failure is cheapest to read.
set -euo pipefail
cd "$(dirname "$0")/.."

# Each phase is headed with the seconds spent so far: the whole command has a 10-minute budget.
phase() { echo "== [${SECONDS}s] $*"; }

phase "python virtualenv"
bash scripts/venv.sh

phase "workflow lint (actionlint)"
bash .github/actionlint.sh

phase "release tooling: the GOPROXY writer of the dry run builds and vets"
(cd scripts/release/goproxy && go vet . && test -z "$(gofmt -l .)")

phase "generated files match their sources"
npm run --silent spec
npm run --silent generate
git diff --exit-code --stat -- spec/openapi.json sdks/ || { echo "spec/openapi.json or sdks/ drifted from the generators: run npm run spec && npm run generate and commit"; exit 1; }
untracked=$(git ls-files --others --exclude-standard -- spec sdks)
[ -z "$untracked" ] || { echo "generated files not committed:"; echo "$untracked"; exit 1; }

phase "TypeScript SDK: types and examples under tsc --strict, package built by tsup (ESM, CJS, .d.ts)"
(cd sdks/typescript && npx tsc --strict --noEmit -p tsconfig.json && npx tsup --silent)
node -e "if (typeof require('@cognitionos/sdk').CognitionOSClient !== 'function') process.exit(1)"
node --input-type=module -e "const m = await import('@cognitionos/sdk'); if (typeof m.CognitionOSClient !== 'function') process.exit(1)"
node --input-type=module -e "const m = await import('@cognitionos/sdk/undici'); if (typeof m.createUndiciTransport !== 'function') process.exit(1)"

phase "MCP server: bundled by tsup (on the SDK just built), then tsc --strict over it, its tests and contract suite"
(cd sdks/mcp && npx tsup --silent && npx tsc --strict --noEmit -p tsconfig.json)
node sdks/mcp/dist/main.js --list > /dev/null

phase "type-check the hand-written TypeScript (spec, server, generators, tests, benches; after the SDK build, which the benches import)"
npx tsc -p tsconfig.json

phase "vitest: spec, server, TypeScript SDK"
npx vitest run

phase "python SDK: unit tests (pytest), ruff, mypy --strict on the examples"
.venv/bin/pytest sdks/python/tests/unit -q -p no:cacheprovider
.venv/bin/ruff check --no-cache sdks/python
(cd sdks/python && ../../.venv/bin/mypy --strict --cache-dir=/dev/null examples)

phase "Go SDK: gofmt (SDK, its sources, bench), go vet, staticcheck (contract suite and bench included), unit tests"
bash scripts/go-tools.sh
unformatted=$(gofmt -l sdks/go generators/go bench/sdk-go)
[ -z "$unformatted" ] || { echo "not gofmt'd: $unformatted"; exit 1; }
(cd sdks/go && go vet -tags contract ./... && ../../.tools/bin/staticcheck -tags contract ./... && go test ./...)
(cd bench/sdk-go && go vet ./... && ../../.tools/bin/staticcheck ./...)

phase "Java SDK: jar, sources and javadoc jars (javac -Xlint:all -Werror), unit tests against a local stub (mvn verify, offline after the first resolve)"
bash scripts/mvn.sh -q -f sdks/java/pom.xml verify

phase "schemathesis against a live reference server"
node --import tsx test/schemathesis/run.ts

phase "contract matrix: every SDK's contract suite against live reference servers"
node --import tsx test/contract/run.ts

phase "done"
