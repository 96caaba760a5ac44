#!/usr/bin/env python3
"""How many posts of a labelled probe set a minbar binary blocks, by language and label.

    python3 Benchmarks/probe_figures.py MINBAR Benchmarks/probes/lie-accusations.jsonl accusation
    python3 Benchmarks/probe_figures.py MINBAR Benchmarks/probes/possessive-judgements.jsonl kind

The third argument names the field to group by (a label such as "accusation", or "kind").
Prints counts only, never the posts, so reading the figures does not tune on the set.
"""
import collections
import json
import os
import subprocess
import sys
import tempfile


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    binary, path, field = sys.argv[1:]
    posts = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as plain:
        for post in posts:
            plain.write(json.dumps({"id": post["id"], "text": post["text"]}, ensure_ascii=False) + "\n")
    try:
        out = subprocess.run([binary, "score", "--jsonl", plain.name, "--date", "2026-11-30"],
                             capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(plain.name)
    verdicts = {json.loads(line)["id"]: json.loads(line)["verdict"] for line in out.splitlines() if line.strip()}
    groups = collections.defaultdict(lambda: [0, 0])
    for post in posts:
        group = groups[(post["language"], str(post[field]))]
        group[0] += verdicts[post["id"]] == "blocked"
        group[1] += 1
    for (language, value), (blocked, total) in sorted(groups.items()):
        print(f"{language} {field}={value}: blocked {blocked}/{total}")


if __name__ == "__main__":
    main()
