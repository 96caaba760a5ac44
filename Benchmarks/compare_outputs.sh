#!/usr/bin/env bash
# Byte-for-byte comparison of two minbar binaries' scoring output, for speed work that
# must not change a result. Not part of CI (it needs two builds).
#
#   bash Benchmarks/compare_outputs.sh OLD_MINBAR NEW_MINBAR [BENCH_CORPUS.jsonl]
#
# Scores, with both binaries: every development corpus in Tests/MinbarCoreTests/Corpus
# (lines naming a scenario are judged against it), every bundled scenario example
# (`check --examples --json`, each against its own beat), the same examples streamed
# through `score --jsonl`, and the bench corpus (`minbar bench --write-corpus`) with one
# job and with two. Prints one line per input and exits 1 on the first difference.
set -u
old=$1 new=$2 bench=${3:-}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
same() {
    local name=$1
    if cmp -s "$work/old" "$work/new"; then
        echo "same  $name ($(wc -l < "$work/new") lines, $(wc -c < "$work/new") bytes)"
    else
        echo "DIFF  $name"; cmp "$work/old" "$work/new" | head -1; status=1
    fi
}
for corpus in "$root"/Tests/MinbarCoreTests/Corpus/*.jsonl; do
    "$old" score --jsonl "$corpus" --date 2026-11-30 > "$work/old"
    "$new" score --jsonl "$corpus" --date 2026-11-30 > "$work/new"
    same "$(basename "$corpus")"
done
"$old" check --examples --json > "$work/old"
"$new" check --examples --json > "$work/new"
same "check --examples --json"
python3 - "$work/old" > "$work/examples.jsonl" <<'PY'
import json, sys
for n, e in enumerate(json.load(open(sys.argv[1]))["examples"]):
    print(json.dumps({"id": n, "scenario": e["scenario"], "text": e["text"]}, ensure_ascii=False))
PY
"$old" score --jsonl "$work/examples.jsonl" > "$work/old"
"$new" score --jsonl "$work/examples.jsonl" > "$work/new"
same "scenario examples through score --jsonl"
if [ -n "$bench" ]; then
    "$old" score --jsonl "$bench" --date 2026-11-30 > "$work/old"
    "$new" score --jsonl "$bench" --date 2026-11-30 > "$work/new"
    same "$(basename "$bench")"
    "$new" score --jsonl "$bench" --date 2026-11-30 --jobs 2 > "$work/new"
    same "$(basename "$bench") --jobs 2"
fi
exit $status
