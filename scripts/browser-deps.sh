#!/usr/bin/env bash
# The browser tests of `claimdiff serve` (tests/serve_browser.rs), as CI runs them: installs
# Debian's chromium and chromium-driver when they are missing (as root, with apt-get), then runs
# the tests with CLAIMDIFF_BROWSER_TESTS=require, so a missing browser fails instead of
# skipping. Screenshots land in target/browser-screenshots/.
#
#   scripts/browser-deps.sh            # install if needed, then run the browser tests
#   scripts/browser-deps.sh --install  # only install
set -euo pipefail
cd "$(dirname "$0")/.."

if ! [ -x /usr/bin/chromium ] || ! [ -x /usr/bin/chromedriver ]; then
    echo "browser-deps: installing chromium and chromium-driver (apt-get)..." >&2
    sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q chromium chromium-driver >/dev/null
fi
[ "${1:-}" = "--install" ] && exit 0
CLAIMDIFF_BROWSER_TESTS=require cargo test --locked --test serve_browser
