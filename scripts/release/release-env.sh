# Sourced by build.sh and publish/*.sh: the repository root, the one version of every package and
# the names they ship under (npm_names: the SDK first, then the CLI and the MCP server built on it) (generators/project.json), so no script spells a coordinate itself.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# One node start for every name (each script runs in a few hundred milliseconds).
eval "$(node -e '
  const { packages: p } = require(process.argv[1] + "/generators/project.json");
  const version = require(process.argv[1] + "/sdks/typescript/package.json").version;
  const vars = { version, npm_name: p.typescript.name, npm_names: [p.typescript.name, p.cli.name, p.mcp.name].join(" "), python_name: p.python.name, go_module: p.go.module, go_dir: p.go.dir,
    go_tag: p.go.tagPrefix + version, java_group: p.java.groupId, java_artifact: p.java.artifactId };
  for (const [name, value] of Object.entries(vars)) console.log(`${name}=${JSON.stringify(value)}`);
' "$root")"
java_path="${java_group//.//}/$java_artifact/$version"

# One line per registry decision, so a re-run says what it skipped.
say() { echo "release: $*"; }
fail() { echo "release: $*" >&2; exit 1; }

# `check` or `publish`: every publish script first answers whether the version is there, so the
# workflow (and the dry run) can ask every registry before publishing to any.
mode() {
  case "${1:-}" in check | publish) echo "$1" ;; *) fail "usage: $(basename "$0") check|publish LOCATION... ARTIFACTS_DIR" ;; esac
}

# The HTTP status of a GET (000 when nothing answered), for the "already there?" lookups.
http_status() { curl -sS -o /dev/null -w '%{http_code}' "$@" || true; }
