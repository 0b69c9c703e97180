#!/usr/bin/env bash
# PyPI: `check|publish UPLOAD_URL INDEX_URL ARTIFACTS_DIR`. INDEX_URL's simple page tells whether
# the version is there; publish uploads ARTIFACTS_DIR/python's wheel and sdist with twine unless it
# is. TWINE_USERNAME / TWINE_PASSWORD authenticate (in CI: __token__ and the token minted by
# trusted publishing, scripts/release/pypi-oidc-token.sh).
source "$(dirname "$0")/../release-env.sh"
mode=$(mode "${1:-}")
upload=${2:?upload URL}
index=${3:?index URL}
artifacts=${4:?artifacts folder}
page="${index%/}/simple/$python_name/"

present() {
  local status
  status=$(http_status "$page")
  case "$status" in
    200) curl -fsS "$page" | grep -q "$python_name-$version[-.]" ;;
    # 3xx: an index that sends unknown projects on to another (pypiserver's fallback to PyPI).
    404 | 30?) return 1 ;;
    *) fail "pypi: $page answered $status" ;;
  esac
}

if present; then
  say "pypi: $python_name $version is already on $index, skipped"
elif [ "$mode" = check ]; then
  say "pypi: $python_name $version is not on $index yet"
else
  python -m twine upload --non-interactive --repository-url "$upload" "$artifacts"/python/*
  say "pypi: published $python_name $version to $upload"
fi
