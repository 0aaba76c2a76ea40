#!/usr/bin/env bash
# Regenerates everything derived from Rules/: the Swift sources that build the catalogue into
# the binary (raw texts, compiled RuleSpec literals, reference data), then the rule pages
# docs/rules/*.md (rendered by pslint's own RuleCatalogue).
# Extra arguments go to `swift test` (e.g. --scratch-path .build-x).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 scripts/generate-catalogue.py
PSLINT_UPDATE_DOCS=1 swift test "$@" --filter 'CatalogueTests/ruleDocumentationIsInSyncWithTheCatalogue' >/dev/null
echo "docs/rules/ regenerated"
