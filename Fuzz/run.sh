#!/usr/bin/env bash
# Coverage-guided fuzzing of every Minbar parser, the import and the store's log reader, with libFuzzer.
#   bash Fuzz/run.sh [SECONDS]        (default 60)
# Builds .build/fuzz/minbar-fuzz from MinbarCore's sources plus Fuzz/FuzzEntry.swift
# with -sanitize=fuzzer,address, seeds a corpus from scenarios/, and runs.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
mkdir -p .build/fuzz/corpus
find Sources/MinbarCore -name '*.swift' > .build/fuzz/sources.txt
swiftc -O -sanitize=fuzzer,address -parse-as-library -module-name MinbarCore \
  $(cat .build/fuzz/sources.txt) Fuzz/FuzzEntry.swift -o .build/fuzz/minbar-fuzz
# Seeds: each bundled file, prefixed with the byte that selects its parser.
i=0
for file in scenarios/*/*.scenario.md; do { printf '\x00'; cat "$file"; } > ".build/fuzz/corpus/s$i"; i=$((i+1)); done
for file in scenarios/plans/*.plan.md; do { printf '\x02'; cat "$file"; } > ".build/fuzz/corpus/p$i"; i=$((i+1)); done
{ printf '\x03'; cat Fuzz/seeds/export.json; } > .build/fuzz/corpus/import
{ printf '\x05'; cat Fuzz/seeds/attempts.jsonl; } > .build/fuzz/corpus/store
printf '\x04Next quarter revenue will double!!! نعتذر ٣٧٪' > .build/fuzz/corpus/post
.build/fuzz/minbar-fuzz -max_total_time="$seconds" -max_len=65536 .build/fuzz/corpus
