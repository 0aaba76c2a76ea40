#!/usr/bin/env bash
# The test command: set-up, a debug build, every test, and the report-schema checks.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build --build-tests
swift test --skip-build
bash scripts/check-reports.sh .build/debug/pslint
