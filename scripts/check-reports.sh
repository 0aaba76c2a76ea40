#!/usr/bin/env bash
# Runs pslint over the fixtures (and the shared corpus when present) with every report at once,
# then validates each report against its schema. Usage: scripts/check-reports.sh PATH-TO-PSLINT
set -euo pipefail
pslint="${1:-.build/debug/pslint}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
inputs=()
for d in Fixtures/text Fixtures/rules Fixtures/docx; do [ -d "$d" ] && inputs+=("$d"); done
[ -d ../shared/corpus ] && inputs+=(../shared/corpus)
set +e
"$pslint" check "${inputs[@]}" --lang en --color never \
  --report json="$out/out.json" --report junit="$out/out.xml" --report sarif="$out/out.sarif" \
  --report github="$out/out.github" --report markdown="$out/out.md" --report text="$out/out.txt"
status=$?
set -e
if [ "$status" -gt 2 ]; then echo "check-reports: pslint crashed (exit $status)" >&2; exit 1; fi
if python3 -c "import jsonschema" 2>/dev/null; then
  python3 scripts/validate-json.py docs/formats/check-output.schema.json "$out/out.json"
  python3 scripts/validate-sarif.py "$out/out.sarif"
else
  echo "check-reports: python3 jsonschema missing: JSON and SARIF schema checks skipped" >&2
fi
python3 scripts/validate-reports.py "$out" docs/formats/schemas/junit-10.xsd
