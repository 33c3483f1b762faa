#!/bin/sh
# Makes sure Debian's headless-capable Chromium and its WebDriver are present for the dashboard's browser test.
# Installs them with apt-get when missing and running as root; otherwise says what to install and exits 0,
# so that the build goes on and the browser test reports the missing browser itself.
set -u

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    exit 0
fi

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "ensure-chromium: installing chromium and chromium-driver with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    if apt-get update -q && apt-get install -y -q --no-install-recommends chromium chromium-driver; then
        exit 0
    fi
    echo "ensure-chromium: apt-get could not install chromium chromium-driver (no network or repository?)" >&2
    exit 1
fi

echo "ensure-chromium: /usr/bin/chromium or /usr/bin/chromedriver is missing." >&2
echo "ensure-chromium: install them as root: apt-get update && apt-get install -y chromium chromium-driver" >&2
exit 0
