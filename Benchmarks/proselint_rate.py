#!/usr/bin/env python3
"""Posts per second for proselint on the same JSONL corpus `minbar score --jsonl` reads.

Not part of CI: it needs `pip install proselint`. Used for the README's speed table, run
in the same session as `minbar bench` so both figures come from the same machine load.

    python3 Benchmarks/proselint_rate.py corpus.jsonl [--posts N]

Each post is linted with proselint's own API (LintFile(...).lint(), every default check),
one post at a time, as `proselint` would lint one file; the result is turned into JSON
like its --json output so both tools pay for writing what they found.
"""
import json
import sys
import time

from proselint.checks import __register__
from proselint.registry import CheckRegistry
from proselint.tools import LintFile, errors_to_json


def main() -> None:
    path = sys.argv[1]
    limit = int(sys.argv[sys.argv.index("--posts") + 1]) if "--posts" in sys.argv else 1000
    texts = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if len(texts) >= limit:
                break
            texts.append(json.loads(line)["text"])
    # As the `proselint` command does before linting: every default check.
    CheckRegistry().register_many(__register__)
    assert LintFile("<warm-up>", "It is the the very unique synergy.").lint(), "proselint found nothing: checks not loaded"
    start = time.perf_counter()
    cpu_start = time.process_time()
    written = 0
    for text in texts:
        written += len(errors_to_json(LintFile("<post>", text).lint()))
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    # Per second of wall time, and per second of CPU time (the fair figure on a shared
    # machine, where wall time depends on what else runs).
    print(json.dumps({"tool": "proselint", "posts": len(texts), "seconds": round(seconds, 3),
                      "cpuSeconds": round(cpu, 3), "postsPerSecond": round(len(texts) / seconds, 1),
                      "postsPerCPUSecond": round(len(texts) / cpu, 1), "outputBytes": written}))


if __name__ == "__main__":
    main()
