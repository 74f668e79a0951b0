#!/usr/bin/env bash
# Install headless Chromium and its driver from Debian packages, for the browser tests (tests/browser/).
# Idempotent and quiet: does nothing when both are present. Needs root (or sudo) to install.
set -euo pipefail

have() { command -v "$1" >/dev/null 2>&1; }

if have chromium && { have chromedriver || [ -x /usr/bin/chromedriver ]; }; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if have sudo; then SUDO="sudo"; else
    echo "install-browser: chromium/chromedriver missing and not root (no sudo): install 'chromium chromium-driver'" >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
$SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver fonts-noto-cjk >/dev/null
echo "install-browser: $(chromium --version 2>/dev/null || echo chromium) and $(chromedriver --version 2>/dev/null | head -1)"
