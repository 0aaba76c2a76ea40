#!/usr/bin/env bash
# Measures the text readers and the parser (PSLintCore) on the corpus in a release build: every
# file is read and parsed ITERATIONS times on one thread; the report gives milliseconds per pass
# over all files and MB/s, in CPU time of the thread and in wall-clock time.
# Target (issue 2): the 2.7 MB corpus under 30 ms per pass.
#
#   scripts/bench-parse.sh                  # the corpus, 20 passes
#   ITERATIONS=100 scripts/bench-parse.sh   # more passes
#   scripts/bench-parse.sh FILE...          # other files
#   CALLGRIND=1 scripts/bench-parse.sh      # also instructions per pass under valgrind: a figure
#                                           # that other processes on the machine do not move
#
# It calls `ParseBenchmark.run(paths:iterations:)` through `pslint bench` when the build has that
# (hidden) subcommand, else through a throw-away package next to the build that depends on this
# repository's PSLintCore only.
# Environment: PSLINT_CORPUS (default ../shared/corpus), SCRATCH (default .build-bench),
# ITERATIONS (default 20).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
corpus=${PSLINT_CORPUS:-$root/../shared/corpus}
scratch=${SCRATCH:-.build-bench}
iterations=${ITERATIONS:-20}

if [ $# -gt 0 ]; then
    files=("$@")
else
    shopt -s nullglob
    files=("$corpus"/*.txt)
    [ ${#files[@]} -gt 0 ] || { echo "bench-parse: no .txt files in $corpus (set PSLINT_CORPUS or name files)" >&2; exit 2; }
fi
for file in "${files[@]}"; do [ -f "$file" ] || { echo "bench-parse: $file not found" >&2; exit 2; }; done

log=$(mktemp)
trap 'rm -f "$log"' EXIT

echo "== building (release, $scratch)"
# (valgrind cannot read the debug information of the whole pslint binary: CALLGRIND=1 takes the small package)
if [ "${CALLGRIND:-0}" != 1 ] && swift build -c release --product pslint --scratch-path "$scratch" >"$log" 2>&1 \
    && "$root/$scratch/release/pslint" bench --help >/dev/null 2>&1; then
    runner=("$root/$scratch/release/pslint" bench --iterations)
else
    # a small package of its own, so that only PSLintCore has to build
    bench="$root/$scratch/parse-bench"
    mkdir -p "$bench/Sources/parse-bench"
    cat >"$bench/Package.swift" <<EOF
// swift-tools-version:6.1
import PackageDescription
let package = Package(name: "parse-bench", platforms: [.macOS(.v13)],
    dependencies: [.package(path: "$root")],
    targets: [.executableTarget(name: "parse-bench", dependencies: [.product(name: "PSLintCore", package: "$(basename "$root")")])])
EOF
    cat >"$bench/Sources/parse-bench/main.swift" <<'EOF'
import PSLintCore
let arguments = Array(CommandLine.arguments.dropFirst())
let iterations = Int(arguments.first ?? "") ?? 20
print(ParseBenchmark.run(paths: Array(arguments.dropFirst()), iterations: iterations), terminator: "")
EOF
    (cd "$bench" && swift build -c release --scratch-path "$bench/.build" >"$log" 2>&1) || { tail -20 "$log" >&2; exit 2; }
    runner=("$bench/.build/release/parse-bench")
fi

echo "== $iterations passes over ${#files[@]} files (load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a))"
"${runner[@]}" "$iterations" "${files[@]}"

if [ "${CALLGRIND:-0}" = 1 ]; then
    command -v valgrind >/dev/null || { echo "bench-parse: CALLGRIND=1 needs valgrind" >&2; exit 2; }
    # one pass and three passes (each after a warm-up pass): the difference halved is one pass
    count() {
        valgrind --tool=callgrind --callgrind-out-file=/dev/null "${runner[@]}" "$1" "${files[@]}" 2>&1 >/dev/null \
            | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
    }
    one=$(count 1)
    three=$(count 3)
    echo "== callgrind: $(( (three - one) / 2 / 1000000 )) million instructions per pass"
fi
