#!/usr/bin/env bash
# The Java contract suite (sdks/java, `-Pcontract`): one Surefire report per test class, merged into
# the one JUnit file the orchestrator reads ($1). Maven's exit code is the suite's.
set -uo pipefail
report=$1
reports=sdks/java/target/contract-reports
rm -rf "$reports"
bash scripts/mvn.sh -q -f sdks/java/pom.xml -Pcontract test
status=$?
{
  echo '<?xml version="1.0" encoding="UTF-8"?>'
  echo '<testsuites>'
  for file in "$reports"/TEST-*.xml; do [ -e "$file" ] && sed '/^<?xml/d' "$file"; done
  echo '</testsuites>'
} > "$report"
exit "$status"
