#!/usr/bin/env python3
"""Write a speed corpus with a real vocabulary: every post in the repository's corpora and
probe sets, as {"id", "text"} lines (the fast input path), in file order.

The bench corpus (`minbar bench --write-corpus`) repeats about 227 distinct words, which
flatters every per-word cache; these posts hold about 27,000.

    python3 Benchmarks/real_vocabulary_corpus.py > vocab.jsonl
    /usr/bin/time minbar score --jsonl vocab.jsonl --jobs 1 --date 2026-11-30 > /dev/null
    python3 Benchmarks/proselint_rate.py vocab.jsonl --posts 500
"""
import glob
import json
import os
import sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
files = sorted(glob.glob(os.path.join(root, "Tests/MinbarCoreTests/Corpus/*.jsonl"))) \
    + sorted(glob.glob(os.path.join(root, "Benchmarks/probes/*.jsonl")))
count = 0
for path in files:
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            text = json.loads(line).get("text")
            if text:
                count += 1
                sys.stdout.write(json.dumps({"id": count, "text": text}, ensure_ascii=False) + "\n")
print(f"{count} posts from {len(files)} files", file=sys.stderr)
