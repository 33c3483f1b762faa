#!/bin/sh
# Offline checks of docker-compose.yml, the Dockerfiles and deploy/ (see validate.py). Needs only python3;
# uses PyYAML and kubectl/kustomize when they are installed and says what it skipped when not. Installs nothing.
set -eu
cd "$(dirname "$0")"
if ! command -v python3 >/dev/null 2>&1; then
    echo "validate.sh: python3 is required" >&2
    exit 2
fi
exec python3 validate.py "$@"
