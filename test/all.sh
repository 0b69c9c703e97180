#!/usr/bin/env bash
# `npm test`: every test of the repo, in the order a failure is cheapest to read.
# `bash test/all.sh GROUP...` runs only some groups (core, typescript, python, go, java, docs): CI runs
# one per job, each on its matrix of runtimes, then each job's contract columns
# (.github/workflows/ci.yml). With no argument: every group (Go and Java in the background while the
# TypeScript builds and vitest run), then the whole contract matrix.
set -euo pipefail
cd "$(dirname "$0")/.."

# Each phase is headed with the seconds spent so far: the whole command has a 10-minute budget.
phase() { echo "== [${SECONDS}s] $*"; }

build_typescript_sdk() {
  phase "TypeScript SDK: types and examples under tsc --strict, package built by tsup (ESM, CJS, .d.ts; already built when npm ci's prepare built these very sources)"
  (cd sdks/typescript && npx tsc --strict --noEmit -p tsconfig.json)
  bash scripts/build-packages.sh sdk
  node -e "if (typeof require('@cognitionos/sdk').CognitionOSClient !== 'function') process.exit(1)"
  node --input-type=module -e "const m = await import('@cognitionos/sdk'); if (typeof m.CognitionOSClient !== 'function') process.exit(1)"
  node --input-type=module -e "const m = await import('@cognitionos/sdk/undici'); if (typeof m.createUndiciTransport !== 'function') process.exit(1)"
  phase "TypeScript SDK: the packed tarball's entry points resolve in every attw profile (node10, node16 CJS/ESM, bundler)"
  pack=$(mktemp -d)
  (cd sdks/typescript && npm pack --silent --pack-destination "$pack" > /dev/null)
  npx attw --quiet "$pack"/*.tgz
  rm -rf "$pack"
}

core() {
  core_generated
  core_builds_and_tests
}

core_generated() {
  phase "python virtualenv"
  bash scripts/venv.sh

  phase "workflow lint (actionlint)"
  bash .github/actionlint.sh

  phase "release tooling: the GOPROXY writer of the dry run builds and vets"
  (cd scripts/release/goproxy && go vet . && test -z "$(gofmt -l .)")

  phase "generated files match their sources"
  npm run --silent spec
  npm run --silent generate
  git diff --exit-code --stat -- spec/openapi.json sdks/ docs/openapi.samples.json || { echo "spec/openapi.json, sdks/ or docs/openapi.samples.json drifted from the generators: run npm run spec && npm run generate and commit"; exit 1; }
  untracked=$(git ls-files --others --exclude-standard -- spec sdks docs)
  [ -z "$untracked" ] || { echo "generated files not committed:"; echo "$untracked"; exit 1; }
}

core_builds_and_tests() {
  build_typescript_sdk

  phase "CLI: types under tsc --strict (its SDK calls against the SDK just built), one bundle by tsup, the bin starts"
  (cd sdks/cli && npx tsc --noEmit -p tsconfig.json)
  bash scripts/build-packages.sh cli
  test "$(npm exec --silent cognition-cli -- --version)" = "$(node -p "require('./sdks/cli/package.json').version")"

  phase "MCP server: bundled by tsup (on the SDK just built), then tsc --strict over it, its tests and contract suite"
  bash scripts/build-packages.sh mcp
  (cd sdks/mcp && npx tsc --strict --noEmit -p tsconfig.json)
  npm exec --offline cognitionos-mcp -- --list > /dev/null

  phase "type-check the hand-written TypeScript (spec, server, generators, tests, benches; after the SDK build, which the benches import)"
  npx tsc -p tsconfig.json

  phase "vitest: spec, server, generators, release, TypeScript SDK"
  npx vitest run

  phase "schemathesis against a live reference server"
  node --import tsx test/schemathesis/run.ts
}

# The TypeScript SDK alone (CI's node matrix): its build, types and unit tests.
typescript_sdk() {
  build_typescript_sdk
  phase "vitest: TypeScript SDK"
  npx vitest run --project sdk-typescript
}

python_sdk() {
  bash scripts/venv.sh
  phase "python SDK: unit tests (pytest), ruff, mypy --strict on the examples"
  .venv/bin/pytest sdks/python/tests/unit -q -p no:cacheprovider
  .venv/bin/ruff check --no-cache sdks/python
  # mypy's cache is in the user's cache so it survives clones: the standard library's and the shared
  # venv's packages (the most of the work) are checked once; mypy re-checks whatever changed.
  (cd sdks/python && ../../.venv/bin/mypy --strict --cache-dir="${XDG_CACHE_HOME:-$HOME/.cache}/cognitionos-sdk-platform/mypy" examples)
}

# GO_LINT=off: staticcheck and the bench's vet, which need a newer Go than the oldest supported.
go_sdk() {
  phase "Go SDK: gofmt (SDK, its sources, bench), go vet, staticcheck (contract suite and bench included), unit tests"
  unformatted=$(gofmt -l sdks/go generators/go bench/sdk-go)
  [ -z "$unformatted" ] || { echo "not gofmt'd: $unformatted"; exit 1; }
  (cd sdks/go && go vet -tags contract ./... && go test ./...)
  (cd sdks/go/otel && go vet ./... && go test ./...) # the OpenTelemetry module, apart so the SDK depends on nothing
  if [ "${GO_LINT:-on}" != off ]; then
    bash scripts/go-tools.sh
    (cd sdks/go && ../../.tools/bin/staticcheck -tags contract ./...)
    (cd sdks/go/otel && ../../../.tools/bin/staticcheck ./...)
    (cd bench/sdk-go && go vet ./... && ../../.tools/bin/staticcheck ./...)
  fi
}

java_sdk() {
  phase "Java SDK: jar, sources and javadoc jars (javac -Xlint:all -Werror), unit tests against a local stub (mvn verify, offline after the first resolve)"
  bash scripts/mvn.sh -q -f sdks/java/pom.xml verify
  jar=$(ls sdks/java/target/cognitionos-java-*.jar | grep -v -e sources -e javadoc)
  listing=$(unzip -Z1 "$jar") # whole, not piped into grep -q: an early exit would fail unzip (pipefail)
  grep -qx META-INF/LICENSE <<< "$listing" || { echo "$jar lacks META-INF/LICENSE"; exit 1; }
}

# After the TypeScript build (npm ci's prepare, or core) and the Java jar (java), the SDKs the snippets
# compile against; run alone (CI's core job), it builds the jar when there is none.
docs_snippets() {
  phase "docs: every sample of /docs and every README code block compiled (tsc --strict, mypy --strict, go vet, javac; one run each), CLI and curl lines parsed"
  bash scripts/venv.sh
  compgen -G "sdks/java/target/cognitionos-java-*.jar" > /dev/null || bash scripts/mvn.sh -q -f sdks/java/pom.xml package -DskipTests
  node --import tsx test/docs/run.ts
}

# `in_background GROUP...`: runs those groups as `bash test/all.sh GROUP...` in a process group of
# their own, output to a log; `join_background` waits for it, prints the log, and fails the run with
# it when it failed. An exit before the join ends that process group.
in_background() {
  phase "started in the background: $* (its output follows when it ends)"
  background_log=$(mktemp)
  background_started=$SECONDS
  setsid bash test/all.sh "$@" > "$background_log" 2>&1 &
  background=$!
  trap 'kill -- -"$background" 2> /dev/null; rm -f "$background_log"' EXIT
}
join_background() {
  local status=0
  wait "$background" || status=$?
  trap 'rm -f "$background_log"' EXIT
  phase "the background groups ended (exit $status); their output, its seconds counted from their start at ${background_started}s:"
  cat "$background_log"
  [ "$status" -eq 0 ] || { echo "a background group failed (exit $status): see its output above"; exit "$status"; }
}

if [ $# -eq 0 ]; then
  core_generated
  # Go and Java take little of what the TypeScript builds and vitest use: mostly one core and waits on
  # servers and child processes. They need only the generated sources, now checked.
  in_background go java
  core_builds_and_tests
  python_sdk
  join_background
  docs_snippets
  phase "contract matrix: every SDK's contract suite against live reference servers"
  node --import tsx test/contract/run.ts
else
  for group in "$@"; do
    case "$group" in
      core) core ;;
      typescript) typescript_sdk ;;
      python) python_sdk ;;
      go) go_sdk ;;
      java) java_sdk ;;
      docs) docs_snippets ;;
      *) echo "unknown group $group (core, typescript, python, go, java, docs)"; exit 2 ;;
    esac
  done
fi
phase "done"
