#!/usr/bin/env python3
"""Which posts two minbar binaries judge differently: verdict or findings (rule and excerpt).

    python3 Benchmarks/finding_diff.py OLD_MINBAR NEW_MINBAR FILE.jsonl [FILE.jsonl ...]

For scoring work, where `compare_outputs.sh` (byte identity) is the wrong question: prints
each post whose verdict or set of findings changed, with what was lost (-) and gained (+),
the post's labels where the file has them (the real-case corpus), and a count per file.
Posts of the real-case corpus's test half are counted, never shown: nobody tunes on them
(the half is the one `real_case_figures.py` splits off by the FNV-1a hash of the id, odd).
Not part of CI (it needs two builds).
"""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from real_case_figures import fnv1a64  # noqa: E402


def scored(binary, path):
    out = subprocess.run([binary, "score", "--jsonl", path, "--date", "2026-11-30"],
                         capture_output=True, text=True, check=True).stdout
    results = {}
    for line in out.splitlines():
        if line.strip():
            result = json.loads(line)
            results[result["id"]] = result
    return results


def findings(result):
    return sorted((f["rule"], f.get("excerpt", "")) for f in result.get("findings", []))


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    old, new, paths = sys.argv[1], sys.argv[2], sys.argv[3:]
    for path in paths:
        before, after = scored(old, path), scored(new, path)
        posts = {}
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                try:
                    post = json.loads(line)
                    posts[post["id"]] = post
                except (ValueError, KeyError):
                    pass
        changed = hidden = 0
        real_cases = os.path.basename(path).startswith("real-cases")
        for post_id, a in before.items():
            b = after.get(post_id)
            if b is None:
                continue
            fa, fb = findings(a), findings(b)
            if a.get("verdict") == b.get("verdict") and fa == fb:
                continue
            changed += 1
            if real_cases and fnv1a64(post_id) % 2 == 1:
                hidden += 1
                continue
            post = posts.get(post_id, {})
            labels = f" policy={post.get('policy')} professionalism={post.get('professionalism')}" if "policy" in post else ""
            print(f"{path.split('/')[-1]}:{post_id} {a.get('verdict')} -> {b.get('verdict')}{labels}")
            print("   -", [f for f in fa if f not in fb], "+", [f for f in fb if f not in fa])
            print("   ", post.get("text", "")[:200].replace("\n", " "))
        note = f" ({hidden} of them in the test half, not shown)" if real_cases else ""
        print(f"{path.split('/')[-1]}: {changed} of {len(before)} changed{note}")


if __name__ == "__main__":
    main()
