#!/usr/bin/env bash
# The main job on the bundled fixtures: set-up, a release build, and `pslint check` over Fixtures/text.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build -c release
inputs=()
for d in Fixtures/text Fixtures/rules Fixtures/docx; do [ -d "$d" ] && inputs+=("$d"); done
.build/release/pslint check "${inputs[@]}" "$@" || test $? -eq 1
