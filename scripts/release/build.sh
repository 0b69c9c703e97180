#!/usr/bin/env bash
# Release step 1 (release.yml's publish job, and `npm run release:dry-run` running the same lines):
# build, sign and verify every artifact of every package into OUT, and publish nothing. Only when
# all of them are good does the workflow go on to ask the registries and publish, so a broken
# build or signature leaves every registry untouched.
#   OUT/npm     the npm tarballs: the SDK (checked by attw: every entry point resolves in every
#               profile), the CLI and the MCP server
#   OUT/python  wheel and sdist, checked by twine check --strict
#   OUT/maven   the Maven bundle: jar, sources, javadoc, pom, each with .asc, .md5, .sha1, in
#               repository layout (a deploy to a folder); every signature verified
#   OUT/go      the module zip, .mod and .info of HEAD (golang.org/x/mod's own checks)
# Env: GNUPGHOME / MAVEN_GPG_PASSPHRASE for the signing key (setup-java imports it in CI).
source "$(dirname "$0")/release-env.sh"
out=$(realpath -m "${1:?usage: build.sh OUT}")
cd "$root"
# The Go module is taken from a commit, the other three from the tree: they must be the same.
[ -z "$(git status --porcelain -- sdks generators/project.json)" ] || fail "sdks/ has uncommitted changes: a release is built from a commit"
rm -rf "$out"
mkdir -p "$out/npm" "$out/python" "$out/maven" "$out/go"

say "npm: building $npm_names at $version"
(cd sdks/typescript && npx tsup --silent && npm pack --silent --pack-destination "$out/npm" > /dev/null)
npx attw --quiet "$out"/npm/cognitionos-sdk-*.tgz || fail "npm: attw found entry points that do not resolve"
# The CLI and the MCP server, built on the SDK just built, ship beside it under the same version.
for dir in sdks/cli sdks/mcp; do
  (cd "$dir" && npx tsup --silent && npm pack --silent --pack-destination "$out/npm" > /dev/null)
done

say "python: building $python_name $version (wheel, sdist)"
python -m build --outdir "$out/python" sdks/python > /dev/null
python -m twine check --strict "$out"/python/*

say "maven: building and signing $java_group:$java_artifact:$version"
# The POM attaches the sources and javadoc jars itself; naming their goals here again would attach
# them twice ("We have duplicated artifacts attached"). deploy:deploy to a folder writes the bundle.
bash scripts/mvn.sh -q -f sdks/java/pom.xml package org.apache.maven.plugins:maven-gpg-plugin:3.2.7:sign deploy:deploy \
  -DskipTests "-DaltDeploymentRepository=bundle::file://$out/maven"
bundle="$out/maven/$java_path"
for classifier in "" -sources -javadoc; do
  [ -f "$bundle/$java_artifact-$version$classifier.jar" ] || fail "maven: $java_artifact-$version$classifier.jar is missing from the bundle"
done
for file in "$bundle"/*.jar "$bundle"/*.pom; do
  gpg --batch --verify "$file.asc" "$file" 2> /dev/null || fail "maven: the signature of $(basename "$file") does not verify"
done
# The listing is read whole first: grep -q stopping early would fail unzip (SIGPIPE, pipefail).
listing=$(unzip -Z1 "$bundle/$java_artifact-$version.jar")
grep -qx META-INF/LICENSE <<< "$listing" || fail "maven: the jar lacks META-INF/LICENSE"

say "go: module zip of $go_module@v$version from HEAD"
# From a clone: the zip code reads a plain repository, which a git worktree checkout is not.
clone=$(mktemp -d)
trap 'rm -rf "$clone"' EXIT
git clone -q --no-checkout "$root" "$clone"
commit=$(git rev-parse HEAD)
(cd scripts/release/goproxy && GOFLAGS=-modcacherw go run . -repo "$clone" -rev "$commit" -version "v$version" -subdir "$go_dir" -module "$go_module" -out "$out/go")
echo "$commit" > "$out/go/commit"

say "built and verified every artifact into $out"
