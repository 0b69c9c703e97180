#!/usr/bin/env bash
# Maven Central: `check|publish STAGING_URL LOOKUP_URL ARTIFACTS_DIR`. LOOKUP_URL (a Maven
# repository) tells whether the version is there; publish uploads the signed bundle of
# ARTIFACTS_DIR/maven file by file to the staging API (the wire protocol of `mvn deploy`: one PUT
# per file), then hands the deployment to the Central Portal, where it waits for a human to press
# Publish. MAVEN_USERNAME / MAVEN_PASSWORD: the Central Portal user token.
source "$(dirname "$0")/../release-env.sh"
mode=$(mode "${1:-}")
staging=${2%/}
lookup=${3%/}
artifacts=${4:?artifacts folder}
pom="$java_path/$java_artifact-$version.pom"

present() {
  local status
  status=$(http_status "$lookup/$pom")
  case "$status" in
    200) return 0 ;;
    404) return 1 ;;
    *) fail "maven: $lookup/$pom answered $status" ;;
  esac
}

if present; then
  say "maven: $java_group:$java_artifact:$version is already in $lookup, skipped"
elif [ "$mode" = check ]; then
  say "maven: $java_group:$java_artifact:$version is not in $lookup yet"
else
  (
    cd "$artifacts/maven"
    find . -type f | sort | while read -r file; do
      curl -fsS -u "$MAVEN_USERNAME:$MAVEN_PASSWORD" -T "$file" "$staging/service/local/staging/deploy/maven2/${file#./}"
    done
  )
  curl -fsS -X POST -H "Authorization: Bearer $(printf '%s:%s' "$MAVEN_USERNAME" "$MAVEN_PASSWORD" | base64 -w0)" \
    "$staging/manual/upload/defaultRepository/$java_group?publishing_type=user_managed"
  echo
  say "maven: staged $java_group:$java_artifact:$version at $staging"
fi
