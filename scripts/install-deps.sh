#!/usr/bin/env bash
# Installs what postmortem needs to build, test (--test) and benchmark (--bench), only when missing:
# the cmark-gfm C library (with its GFM extensions) and Python's jsonschema (used by the tests
# to validate JSON output against the committed schemas).
set -euo pipefail

have_cmark() {
  pkg-config --exists libcmark-gfm 2>/dev/null &&
    [ -f "$(pkg-config --variable=includedir libcmark-gfm)/cmark-gfm-core-extensions.h" ]
}

have_jsonschema() {
  python3 -c 'import jsonschema' >/dev/null 2>&1
}

install_cmark() {
  if command -v apt-get >/dev/null 2>&1; then
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
      if command -v sudo >/dev/null 2>&1; then
        sudo="sudo"
      else
        echo "install-deps: need root to install libcmark-gfm-dev; run as root or install sudo" >&2
        exit 1
      fi
    fi
    echo "install-deps: installing cmark-gfm (libcmark-gfm-dev, libcmark-gfm-extensions-dev, pkg-config)"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq \
      libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config >/dev/null
  elif command -v brew >/dev/null 2>&1; then
    echo "install-deps: installing cmark-gfm with Homebrew"
    brew install cmark-gfm pkg-config
  else
    cat >&2 <<'MSG'
install-deps: cmark-gfm is missing and no supported package manager was found.
  Debian/Ubuntu: apt-get install libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config
  macOS:         brew install cmark-gfm pkg-config
  Elsewhere:     build https://github.com/github/cmark-gfm and make `pkg-config libcmark-gfm` work.
MSG
    exit 1
  fi
}

if ! have_cmark; then
  install_cmark
fi
have_cmark || { echo "install-deps: cmark-gfm still not found by pkg-config" >&2; exit 1; }

have_chromium() {
  command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || command -v google-chrome >/dev/null 2>&1
}

if [ "${1:-}" = "--test" ] && ! have_chromium && command -v apt-get >/dev/null 2>&1; then
  echo "install-deps: installing chromium for the browser test of the HTML reports"
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null ||
    { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null; } ||
    { echo "install-deps: could not install chromium" >&2; exit 1; }
fi

if [ "${1:-}" = "--bench" ] && { ! command -v cmark-gfm >/dev/null 2>&1 || [ ! -x /usr/bin/time ]; }; then
  if command -v apt-get >/dev/null 2>&1; then
    echo "install-deps: installing the cmark-gfm CLI and GNU time for the benchmark"
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq cmark-gfm time >/dev/null ||
      { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq cmark-gfm time >/dev/null; }
  else
    echo "install-deps: the benchmark needs the cmark-gfm CLI and GNU time (/usr/bin/time)" >&2
    exit 1
  fi
fi

if [ "${1:-}" = "--test" ] && ! have_jsonschema; then
  echo "install-deps: installing Python's jsonschema for the schema tests"
  python3 -m pip install --quiet jsonschema ||
    { echo "install-deps: could not install jsonschema (pip install jsonschema)" >&2; exit 1; }
fi
