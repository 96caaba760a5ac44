#!/usr/bin/env python3
"""Aggregate figures of minbar binaries on trap posts written for the bundled scenarios.

    python3 Benchmarks/trap_figures.py FILE.jsonl MINBAR [MINBAR ...]

Each line holds id, scenario, language, text and expect (blocked, unprofessional or fine),
labelled by its writer before anyone scored it. Every post is scored in its scenario with
`MINBAR score --scenario ID --json -`, and per language the script prints: breaches
blocked, unprofessional posts marked down (professionalism under 100, or blocked), and fine
posts blocked / marked down. Only aggregates are printed, never a post, so a held-out set
(`Benchmarks/traps/traps-b.jsonl`) can be scored without being read.
"""
import collections, json, subprocess, sys


def figures(binary, rows):
    counts = collections.Counter()
    for row in rows:
        output = subprocess.run([binary, "score", "--scenario", row["scenario"], "--json", "-"], input=row["text"],
                                capture_output=True, text=True).stdout  # the exit code is the verdict
        report = json.loads(output)
        blocked = report["verdict"] == "blocked"
        marked = report["scores"]["professionalism"] < 100
        key = (row["language"], row["expect"])
        counts[key + ("n",)] += 1
        if row["expect"] == "blocked":
            counts[key + ("hit",)] += blocked
        elif row["expect"] == "unprofessional":
            counts[key + ("hit",)] += blocked or marked
        else:
            counts[key + ("hit",)] += blocked
            counts[key + ("marked",)] += marked
    return counts


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
    for binary in sys.argv[2:]:
        c = figures(binary, rows)
        print(binary)
        for language in ("en", "ar"):
            print(f"  {language}: breaches blocked {c[(language, 'blocked', 'hit')]}/{c[(language, 'blocked', 'n')]}, "
                  f"unprofessional marked down {c[(language, 'unprofessional', 'hit')]}/{c[(language, 'unprofessional', 'n')]}, "
                  f"fine blocked {c[(language, 'fine', 'hit')]}/{c[(language, 'fine', 'n')]} "
                  f"(marked down {c[(language, 'fine', 'marked')]})")


if __name__ == "__main__":
    main()
