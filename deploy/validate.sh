#!/bin/sh
# Offline checks of docker-compose.yml, the Dockerfiles and deploy/ against the code (see validate.py).
# Needs Python 3 with PyYAML. When no python3 on the PATH has it and this runs as root on Debian, installs
# Debian's python3-yaml (apt-get update first if the install fails) and uses Debian's /usr/bin/python3.
# Uses kubectl kustomize (or kustomize) where one with kustomize v4+ is installed; it installs neither.
set -eu
cd "$(dirname "$0")"

with_yaml() {
    for candidate in python3 /usr/bin/python3; do
        if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import yaml' >/dev/null 2>&1; then
            echo "$candidate"
            return 0
        fi
    done
    return 1
}

if ! python=$(with_yaml); then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "validate.sh: installing Debian's python3-yaml"
        export DEBIAN_FRONTEND=noninteractive
        if ! apt-get install -y -q python3-yaml >/dev/null 2>&1; then
            apt-get update -q >/dev/null
            apt-get install -y -q python3-yaml >/dev/null
        fi
    fi
    if ! python=$(with_yaml); then
        echo "validate.sh: needs Python 3 with PyYAML: apt-get install python3-yaml (or pip install pyyaml)" >&2
        exit 2
    fi
fi
exec "$python" validate.py "$@"
