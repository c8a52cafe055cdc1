#!/usr/bin/env bash
# The browser test: Debian's Chromium driven by playwright-core (a test tool's own browser
# download cannot work here). Installs Chromium and a CJK font from Debian when missing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || ! fc-list :lang=zh 2>/dev/null | grep -q .; then
  echo "e2e: installing chromium and fonts-wqy-microhei from Debian" >&2
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null
fi

# One process for all files (no isolation), in this order: they share one portal and browser
# (session.js), home.test.js goes on with the tickets desk-flow.test.js left, and
# html-inert.test.js uses the same portal; periodClose.test.js and appeals.test.js close periods on it.
node --test --test-reporter=spec --experimental-test-isolation=none \
  desk-flow.test.js home.test.js html-inert.test.js translations.test.js \
  periodClose.test.js appeals.test.js alerts.test.js
