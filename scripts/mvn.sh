#!/usr/bin/env bash
# Maven for sdks/java, offline first: after the first resolve everything is in ~/.m2, so no run waits
# on the network. Only when the offline run names a missing artifact does it run again online.
set -uo pipefail
# Maven's JVM compiles (javac runs inside it) and exits within a minute: the C1 compiler alone and the
# serial collector spend a third less CPU on that than the defaults (as generators/java/check.ts does
# for its javac). The caller's MAVEN_OPTS come after, so theirs win.
export MAVEN_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC ${MAVEN_OPTS:-}"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
mvn -o -B --no-transfer-progress -Dstyle.color=never "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
if [ "$status" -ne 0 ] && grep -q "offline mode\|has not been downloaded from it before\|No plugin found for prefix" "$log"; then
  echo "mvn: the local repository lacks an artifact; resolving online once"
  mvn -B --no-transfer-progress -Dstyle.color=never "$@"
  status=$?
fi
exit "$status"
