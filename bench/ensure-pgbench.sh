#!/bin/sh
# Makes sure pgbench (Debian's postgresql-15 package) is present for the benchmark's database baseline.
# Installs it with apt-get when missing and running as root, with create_main_cluster = false so that no database
# cluster is created or started. Otherwise it says what to install and exits 1, or with --optional (the test
# command's smoke run) exits 0, and the harness skips only the pgbench baseline, saying so.
set -u

[ -x /usr/lib/postgresql/15/bin/pgbench ] && exit 0

missing=1
[ "${1:-}" = "--optional" ] && missing=0

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "ensure-pgbench: installing Debian's postgresql-15 for pgbench (no cluster is created or started)"
    mkdir -p /etc/postgresql-common
    grep -qs '^create_main_cluster' /etc/postgresql-common/createcluster.conf \
        || echo 'create_main_cluster = false' >> /etc/postgresql-common/createcluster.conf
    if apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null; then
        exit 0
    fi
    echo "ensure-pgbench: apt-get could not install postgresql-15 (no network or repository?)" >&2
    exit "$missing"
fi

echo "ensure-pgbench: pgbench is missing: install Debian's postgresql-15 package as root" >&2
echo "ensure-pgbench: (apt-get install postgresql-15, with create_main_cluster = false in" \
     "/etc/postgresql-common/createcluster.conf)" >&2
exit "$missing"
