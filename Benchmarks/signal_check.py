#!/usr/bin/env python3
"""Would a cheap signal help? Measured on the development half of the real-case corpus only.

    python3 Benchmarks/signal_check.py MINBAR

Prints, for English, professionalism pair ordering (ties count half) of minbar's score, of
VADER's compound sentiment (needs the `vaderSentiment` package, optional), and of minbar's
score with VADER added at several weights; then, for both languages, how often surface
features occur in breaching and in clean posts. The test half is never read here.
"""
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from real_case_figures import CORPUS, fnv1a64  # noqa: E402


def ordering(posts, score):
    counts = collections.Counter()
    for a in posts:
        for b in posts:
            if b["professionalism"] < a["professionalism"]:
                x, y = score(a), score(b)
                counts["right" if x > y else "tie" if x == y else "wrong"] += 1
    total = sum(counts.values())
    return (counts["right"] + counts["tie"] / 2) / total


FEATURES = {
    "question mark": lambda t: "?" in t or "؟" in t,
    "?! or ؟!": lambda t: bool(re.search(r"\?!|!\?|؟!|!؟", t)),
    "!!": lambda t: "!!" in t,
    "ellipsis": lambda t: bool(re.search(r"\.\.|…", t)),
    "laughter": lambda t: bool(re.search(r"هههه|😂|🤣|\blol\b|haha", t, re.I)),
    "@mention": lambda t: "@" in t,
    "quotes": lambda t: bool(re.search(r"[\"“”«»]", t)),
    "capitals": lambda t: bool(re.search(r"\b[A-Z]{4,}\b", t)),
    "under 80 chars": lambda t: len(t) < 80,
}


def main():
    binary = sys.argv[1]
    rows = [json.loads(line) for line in open(CORPUS, encoding="utf-8")]
    dev = [r for r in rows if fnv1a64(r["id"]) % 2 == 0]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as handle:
        for r in dev:
            handle.write(json.dumps({"id": r["id"], "text": r["text"]}, ensure_ascii=False) + "\n")
    out = subprocess.run([binary, "score", "--jsonl", handle.name, "--date", "2026-11-30"],
                         capture_output=True, text=True, check=True).stdout
    os.unlink(handle.name)
    report = {j["id"]: j for j in map(json.loads, out.splitlines())}
    minbar = lambda r: report[r["id"]]["scores"]["professionalism"]
    english = [r for r in dev if r["language"] == "en"]
    print(f"en minbar ordering {ordering(english, minbar):.3f}")
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    except ImportError:
        print("vaderSentiment not installed: VADER rows skipped")
    else:
        analyser = SentimentIntensityAnalyzer()
        compound = {r["id"]: analyser.polarity_scores(r["text"])["compound"] for r in english}
        print(f"en VADER compound ordering {ordering(english, lambda r: compound[r['id']]):.3f}")
        for weight in (1, 3, 5, 10, 20):
            value = ordering(english, lambda r: minbar(r) + weight * compound[r["id"]])
            print(f"en minbar + {weight} x compound ordering {value:.3f}")
    for language in ("en", "ar"):
        posts = [r for r in dev if r["language"] == language]
        breaches = [r for r in posts if r["policy"]]
        clean = [r for r in posts if not r["policy"]]
        for name, feature in FEATURES.items():
            b = sum(feature(r["text"]) for r in breaches) / len(breaches)
            c = sum(feature(r["text"]) for r in clean) / len(clean)
            print(f"{language} {name:15s} breaching {b:.2f}  clean {c:.2f}")


if __name__ == "__main__":
    main()
