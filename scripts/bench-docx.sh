#!/usr/bin/env bash
# Times pslint on a large .docx (the whole of corpus file 004 as a Word document, about 2 MB of
# word/document.xml) in a release build, side by side with `pandoc -t plain` on the same file
# and with pslint on the text version. Target: under 100 ms for pslint on the .docx.
#
#   scripts/bench-docx.sh              # hyperfine when installed, else a timing loop
#   RUNS=30 scripts/bench-docx.sh      # more runs
#
# Environment: PSLINT_CORPUS (default ../shared/corpus), SCRATCH (default .build-bench),
# RUNS (default 15). pandoc is skipped when absent (Debian: apt-get install -y pandoc).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
corpus=${PSLINT_CORPUS:-$root/../shared/corpus}
scratch=${SCRATCH:-.build-bench}
runs=${RUNS:-15}
source_text="$corpus/004_8f656e93d6fef283.txt"
[ -f "$source_text" ] || { echo "bench-docx: $source_text not found (set PSLINT_CORPUS)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== building pslint (release, $scratch)"
swift build -c release --product pslint --scratch-path "$scratch" >"$work/build.log" 2>&1 || { tail -20 "$work/build.log" >&2; exit 2; }
bin="$root/$scratch/release/pslint"
python3 scripts/make_docx_fixtures.py --large "$source_text" "$work/004.docx" >/dev/null
cp "$source_text" "$work/004.txt"
xml_size=$(python3 -c 'import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).getinfo("word/document.xml").file_size)' "$work/004.docx")
echo "== $work/004.docx: $(stat -c %s "$work/004.docx") bytes, word/document.xml $xml_size bytes"

# `check` when the build has it, else `dump`. Exit 1 (findings) is fine; 2 is an error.
command=check
"$bin" check --help >/dev/null 2>&1 || command=dump
run_pslint() { "$bin" "$command" "$1" >/dev/null 2>&1 || [ $? -eq 1 ]; }
run_pslint "$work/004.docx" || { echo "bench-docx: pslint $command failed on the .docx" >&2; "$bin" "$command" "$work/004.docx" | tail -3 >&2; exit 2; }

have_pandoc=0
command -v pandoc >/dev/null 2>&1 && have_pandoc=1

if command -v hyperfine >/dev/null 2>&1; then
    commands=("$bin $command $work/004.docx" "$bin $command $work/004.txt")
    [ $have_pandoc -eq 1 ] && commands+=("pandoc -t plain $work/004.docx -o /dev/null")
    hyperfine --warmup 2 --runs "$runs" --ignore-failure "${commands[@]}"
    exit 0
fi

# median and minimum of $runs wall-clock runs, in milliseconds
measure() {
    local times=() start end
    for _ in $(seq "$runs"); do
        start=$(date +%s%N)
        "$@" >/dev/null 2>&1 || true
        end=$(date +%s%N)
        times+=($(( (end - start) / 1000000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "median %d ms, min %d ms", a[int((NR+1)/2)], a[1]}'
}

echo "== $runs runs each (wall clock; the machine's load shows in these figures: $(cut -d' ' -f1-3 /proc/loadavg))"
printf '%-36s %s\n' "pslint $command 004.docx" "$(measure "$bin" "$command" "$work/004.docx")"
printf '%-36s %s\n' "pslint $command 004.txt" "$(measure "$bin" "$command" "$work/004.txt")"
if [ $have_pandoc -eq 1 ]; then
    printf '%-36s %s\n' "pandoc -t plain 004.docx" "$(measure pandoc -t plain "$work/004.docx" -o /dev/null)"
else
    echo "pandoc -t plain 004.docx             skipped: pandoc is not installed"
fi
