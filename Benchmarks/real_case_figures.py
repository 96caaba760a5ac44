#!/usr/bin/env python3
"""Aggregate figures of a minbar binary on a labelled corpus of real posts.

    python3 Benchmarks/real_case_figures.py MINBAR [--file F.jsonl] [--half dev|all]
                                            [--skip-batch B ...]

Scores the posts with `MINBAR score --jsonl` and prints, per language, policy recall
(breaches blocked), the false-positive rate (clean posts blocked) and professionalism pair
ordering (ties count half), the same figures `RealCaseEvaluationTests` prints. Only
aggregates are printed, never a post, so a fresh batch can be scored blind (`--file`,
`--half all`) before anyone reads it. The development half is the one split off by the
FNV-1a hash of the id (even); the test half is never printed by this script: it is read
only through `swift test`. Lines need id, language, text, policy and professionalism.
"""
import argparse, json, os, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "Tests", "MinbarCoreTests", "Corpus", "real-cases.jsonl")


def fnv1a64(text):
    value = 0xCBF29CE484222325
    for byte in text.encode():
        value ^= byte
        value = (value * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return value


def score(binary, posts):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as handle:
        for post in posts:
            handle.write(json.dumps({"id": post["id"], "text": post["text"]}, ensure_ascii=False) + "\n")
    try:
        output = subprocess.run([binary, "score", "--jsonl", handle.name, "--date", "2026-11-30"],
                                capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(handle.name)
    return {report["id"]: report for report in map(json.loads, output.splitlines())}


def figures(posts, reports, language):
    posts = [post for post in posts if post["language"] == language]
    blocked = lambda post: reports[post["id"]]["verdict"] == "blocked"
    breaches = [post for post in posts if post["policy"]]
    clean = [post for post in posts if not post["policy"]]
    ordered, pairs = 0.0, 0
    for better in posts:
        for worse in posts:
            if worse["professionalism"] < better["professionalism"]:
                pairs += 1
                a = reports[better["id"]]["scores"]["professionalism"]
                b = reports[worse["id"]]["scores"]["professionalism"]
                ordered += 1 if a > b else 0.5 if a == b else 0
    return (sum(map(blocked, breaches)), len(breaches), sum(map(blocked, clean)), len(clean), ordered, pairs)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("minbar")
    parser.add_argument("--file", default=CORPUS)
    parser.add_argument("--half", choices=["dev", "all"], default="dev")
    parser.add_argument("--skip-batch", action="append", default=[])
    args = parser.parse_args()
    posts = [json.loads(line) for line in open(args.file, encoding="utf-8") if line.strip()]
    posts = [post for post in posts if post.get("batch", "") not in args.skip_batch]
    if args.half == "dev":
        posts = [post for post in posts if fnv1a64(post["id"]) % 2 == 0]
    reports = score(args.minbar, posts)
    for language in ("en", "ar"):
        caught, breaches, flagged, clean, ordered, pairs = figures(posts, reports, language)
        ordering = ordered / pairs if pairs else 0
        print(f"{language}: breaches blocked {caught}/{breaches}, clean blocked {flagged}/{clean}, "
              f"ordering {ordering:.3f} ({ordered:g}/{pairs})")


if __name__ == "__main__":
    sys.exit(main())
