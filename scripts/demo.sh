#!/usr/bin/env bash
# The main job on the bundled fixtures: set-up, a release build, and `pslint check` over Fixtures/text.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build -c release
.build/release/pslint check Fixtures/text "$@" || test $? -eq 1
