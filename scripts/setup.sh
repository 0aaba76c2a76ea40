#!/usr/bin/env bash
# Installs what pslint needs to build and test on a fresh Debian/Ubuntu machine (or macOS with
# Homebrew): libxml2 headers, pkg-config, and python3's jsonschema for the report-schema checks.
set -euo pipefail
need_apt=()
command -v pkg-config >/dev/null 2>&1 || need_apt+=(pkg-config)
pkg-config --exists libxml-2.0 2>/dev/null || need_apt+=(libxml2-dev)
command -v xmllint >/dev/null 2>&1 || need_apt+=(libxml2-utils)
if [ ${#need_apt[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq "${need_apt[@]}"
  elif command -v brew >/dev/null 2>&1; then
    brew install libxml2 pkg-config
  else
    echo "setup: please install: ${need_apt[*]}" >&2; exit 1
  fi
fi
if command -v python3 >/dev/null 2>&1 && ! python3 -c "import jsonschema" 2>/dev/null; then
  python3 -m pip install --quiet jsonschema || echo "setup: jsonschema not installed; schema checks will be skipped" >&2
fi
