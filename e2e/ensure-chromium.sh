#!/usr/bin/env bash
# Finds Chromium and ChromeDriver for the browser tests, or installs Debian's packages when they are
# missing (as root, or through sudo without a password). Prints the two paths on success; fails with
# a message saying what to install otherwise.
set -euo pipefail

find_pair() {
  for browser in /usr/bin/chromium /usr/bin/chromium-browser; do
    if [[ -x "$browser" && -x /usr/bin/chromedriver ]]; then
      echo "$browser /usr/bin/chromedriver"; return 0
    fi
  done
  return 1
}

if find_pair; then exit 0; fi

if [[ $(id -u) -eq 0 ]]; then SUDO=(); elif sudo -n true 2>/dev/null; then SUDO=(sudo -n); else
  echo "Chromium and ChromeDriver are needed for the browser tests and cannot be installed without root." >&2
  echo "Install them once with: sudo apt-get install -y chromium chromium-driver" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null; then
  echo "Chromium and ChromeDriver are needed for the browser tests; this machine has no apt-get." >&2
  echo "Install a Chromium with its matching ChromeDriver as /usr/bin/chromium and /usr/bin/chromedriver." >&2
  exit 1
fi
LOG="${TMPDIR:-/tmp}/plekwijzer-chromium-install.log"
echo "installing Chromium and ChromeDriver from Debian's packages (once per machine, about 2 minutes; log: $LOG)" >&2
export DEBIAN_FRONTEND=noninteractive
if ! { "${SUDO[@]}" apt-get update -qq && "${SUDO[@]}" apt-get install -y -qq chromium chromium-driver; } > "$LOG" 2>&1; then
  tail -20 "$LOG" >&2
  echo "apt-get could not install chromium and chromium-driver (log: $LOG)." >&2
  exit 1
fi
find_pair || { echo "apt-get installed Chromium, but /usr/bin/chromium or /usr/bin/chromedriver is missing" >&2; exit 1; }
