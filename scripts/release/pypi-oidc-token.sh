#!/usr/bin/env bash
# CI only (release.yml, step credentials-pypi): PyPI trusted publishing. GitHub's OIDC token for
# this job is exchanged at INDEX_URL for a short-lived upload token, which the later steps' twine
# reads as TWINE_USERNAME / TWINE_PASSWORD (masked in the log). The dry run cannot take this step
# (there is no OIDC provider on loopback); its pypiserver takes any credentials.
set -euo pipefail
index=${1:?index URL}
index=${index%/}
audience=$(curl -fsS "$index/_/oidc/audience" | jq -r .audience)
oidc=$(curl -fsS -H "Authorization: bearer $ACTIONS_ID_TOKEN_REQUEST_TOKEN" "$ACTIONS_ID_TOKEN_REQUEST_URL&audience=$audience" | jq -r .value)
token=$(jq -n --arg token "$oidc" '{token: $token}' | curl -fsS -X POST --data @- "$index/_/oidc/mint-token" | jq -r .token)
echo "::add-mask::$token"
{
  echo "TWINE_USERNAME=__token__"
  echo "TWINE_PASSWORD=$token"
} >> "$GITHUB_ENV"
