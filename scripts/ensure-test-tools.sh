#!/usr/bin/env bash
# What the tests need from Debian: Chromium for the browser tests (npm packages that download their
# own browser cannot work here), CJK fonts so that Chinese and Japanese screenshots show text, not
# boxes, and PostgreSQL and Redis, of which test/scale starts throwaway servers on loopback.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != "0" ]; then
  echo "The tests need Debian packages: run 'sudo apt-get install ${missing[*]}'." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
flock /tmp/apt.lock sh -c "apt-get update -qq && apt-get install -y -qq --no-install-recommends ${missing[*]} >/dev/null"
