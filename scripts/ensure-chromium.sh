#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (npm packages that download their own browser cannot work
# here), with CJK fonts so that Chinese and Japanese screenshots show text, not boxes.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != "0" ]; then
  echo "Browser tests need Debian packages: run 'sudo apt-get install ${missing[*]}'." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
flock /tmp/apt.lock sh -c "apt-get update -qq && apt-get install -y -qq --no-install-recommends ${missing[*]} >/dev/null"
