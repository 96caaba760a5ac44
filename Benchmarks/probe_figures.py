#!/usr/bin/env python3
"""How many posts of a labelled probe set a minbar binary blocks, by language and label.

    python3 Benchmarks/probe_figures.py MINBAR Benchmarks/probes/lie-accusations.jsonl accusation
    python3 Benchmarks/probe_figures.py MINBAR Benchmarks/probes/possessive-judgements.jsonl kind

The third argument names the field to group by (a label such as "accusation", or "kind").
Prints counts only, never the posts, so reading the figures does not tune on the set.
"""
import collections
import json
import sys

from real_case_figures import score


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    binary, path, field = sys.argv[1:]
    posts = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    verdicts = {post_id: report["verdict"] for post_id, report in score(binary, posts).items()}
    groups = collections.defaultdict(lambda: [0, 0])
    for post in posts:
        # A set without the field (a breach set grouped by "breach" is all breaches, a
        # clean-only set has no "breach") is grouped as "(none)" instead of stopping.
        group = groups[(post["language"], str(post.get(field, "(none)")))]
        group[0] += verdicts[post["id"]] == "blocked"
        group[1] += 1
    for (language, value), (blocked, total) in sorted(groups.items()):
        print(f"{language} {field}={value}: blocked {blocked}/{total}")


if __name__ == "__main__":
    main()
