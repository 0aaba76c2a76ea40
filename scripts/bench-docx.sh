#!/usr/bin/env bash
# Times pslint on a large .docx (the whole of corpus file 004 as a Word document, about 2 MB of
# word/document.xml) in a release build, side by side with `pandoc -t plain` on the same file
# and with pslint on the text version. Target: under 100 ms for pslint on the .docx. `--jobs 1`
# shows the one-thread figure (by default the file's standards are checked on every core).
#
#   scripts/bench-docx.sh              # hyperfine when installed, else a timing loop
#   RUNS=30 scripts/bench-docx.sh      # more runs
#
# Environment: PSLINT_CORPUS (default ../shared/corpus), SCRATCH (default .build-bench),
# RUNS (default 15), STATIC (default 1: as released). pandoc is skipped when absent (Debian:
# apt-get install -y pandoc).
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

# The binary pslint ships (.github/workflows/release.yml): on Linux the Swift runtime is linked
# in, which saves loading a dozen shared libraries at every start (about 6 ms here).
# STATIC=0 measures the default dynamic build instead.
static=()
if [ "$(uname)" = Linux ] && [ "${STATIC:-1}" = 1 ]; then static=(--static-swift-stdlib); scratch="$scratch-static"; fi
echo "== building pslint (release ${static[*]}, $scratch)"
swift build -c release "${static[@]}" --product pslint --scratch-path "$scratch" >"$work/build.log" 2>&1 || { tail -20 "$work/build.log" >&2; exit 2; }
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
    commands=("$bin $command $work/004.docx" "$bin $command --jobs 1 $work/004.docx" "$bin $command $work/004.txt")
    [ $have_pandoc -eq 1 ] && commands+=("pandoc -t plain $work/004.docx -o /dev/null")
    hyperfine --warmup 2 --runs "$runs" --ignore-failure "${commands[@]}"
    exit 0
fi

# The pslint commands run in turn, one run of each per round, so that a busy spell of the machine
# falls on all of them alike; pandoc (seconds a run) is timed on its own afterwards.
labels=("pslint $command 004.docx" "pslint $command --jobs 1 004.docx" "pslint $command 004.txt")
run_one() {
    case $1 in
        0) "$bin" "$command" "$work/004.docx" ;;
        1) "$bin" "$command" --jobs 1 "$work/004.docx" ;;
        2) "$bin" "$command" "$work/004.txt" ;;
    esac >/dev/null 2>&1 || true
}
# median and minimum of the milliseconds given one a line
summary() { sort -n | awk '{a[NR]=$1} END {printf "median %d ms, min %d ms", a[int((NR+1)/2)], a[1]}'; }
elapsed_ms() { local start end; start=$(date +%s%N); "$@"; end=$(date +%s%N); echo $(( (end - start) / 1000000 )); }

echo "== $runs runs each (wall clock; the machine's load shows in these figures: $(cut -d' ' -f1-3 /proc/loadavg))"
times=("" "" "")
for _ in $(seq "$runs"); do
    for k in 0 1 2; do times[k]+="$(elapsed_ms run_one "$k") "; done
done
for k in 0 1 2; do
    printf '%-36s %s\n' "${labels[k]}" "$(tr ' ' '\n' <<<"${times[k]}" | grep . | summary)"
done
if [ $have_pandoc -eq 1 ]; then
    pandoc_times=""
    for _ in $(seq "$runs"); do pandoc_times+="$(elapsed_ms pandoc -t plain "$work/004.docx" -o /dev/null) "; done
    printf '%-36s %s\n' "pandoc -t plain 004.docx" "$(tr ' ' '\n' <<<"$pandoc_times" | grep . | summary)"
else
    echo "pandoc -t plain 004.docx             skipped: pandoc is not installed"
fi
