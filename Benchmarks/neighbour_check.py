#!/usr/bin/env python3
"""Would "resembles a known breach" catch what the rules miss? A measured no, kept to re-run.

    python3 Benchmarks/neighbour_check.py MINBAR

A nearest-neighbour vote (TF-IDF over light-stemmed words and word pairs, cosine, the k most
similar labelled posts) over every labelled text the repository holds: the rules'
triggering and passing examples (a trigger of a vetoing rule is a breach), the probe and
corpus files, and the development half of the real-case corpus. A post counts as caught
when minbar blocks it or when the similarity-weighted share of breaches among its
neighbours reaches a threshold. Prints aggregates only, per language:
- the development half, two folds split by a second hash, each scored by neighbours that
  exclude its own fold;
- the unread held-out sets (blind-s16b, blind-s18, real-s19), scored by neighbours from
  everything above. Their posts are never printed.
The test half is never read here.
"""
import collections
import glob
import json
import math
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from real_case_figures import CORPUS, ROOT, fnv1a64, score  # noqa: E402

HELD_OUT = ("blind-s16b", "blind-s18", "real-s19")
VETOING_TONE = {"tone.personal-attack", "tone.profanity", "tone.slur", "tone.threat",
                "tone.tragedy-exploitation", "tone.tragedy-mockery", "tone.gloating"}
UNLABELLED = ("word-forms", "inflection", "moves-by-scenario", "traps", "real-cases") + HELD_OUT


def read_jsonl(path):
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def rule_examples():
    """Each rule's examples without a scenario, platform or date (those need their context)."""
    examples = []
    for path in glob.glob(os.path.join(ROOT, "Sources/MinbarCore/Rules/**/*.swift"), recursive=True):
        source = open(path, encoding="utf-8").read()
        rule, dimension = re.search(r'id: "([a-z.\-]+)"', source), re.search(r"dimension: \.(\w+)", source)
        if not rule or not dimension:
            continue
        vetoes = dimension.group(1) == "compliance" or rule.group(1) in VETOING_TONE
        for kind, text, rest in re.findall(r'\.(triggers|passes)\("((?:[^"\\]|\\.)*)",\s*\.(?:en|ar)([^\n]*)', source):
            if not any(word in rest for word in ("scenario", "platform", "date")):
                examples.append((text.replace('\\"', '"'), kind == "triggers" and vetoes))
    return examples


def label(post, path):
    if "clean-probes" in path:
        return False
    for field in ("breach", "policy", "attack", "leak"):
        if isinstance(post.get(field), bool):
            return post[field]
    return {"breach": True, "blocked": True, "clean": False, "ready": False, "revise": False}.get(post.get("expect"))


def labelled_texts():
    texts = rule_examples()
    paths = glob.glob(os.path.join(ROOT, "Benchmarks/probes/*.jsonl")) + [os.path.join(ROOT, "Benchmarks/own-probes.jsonl")]
    paths += glob.glob(os.path.join(ROOT, "Tests/MinbarCoreTests/Corpus/*.jsonl"))
    for path in paths:
        if any(name in path for name in UNLABELLED):
            continue
        texts += [(post["text"], label(post, path)) for post in read_jsonl(path) if label(post, path) is not None]
    return texts


DIACRITICS = re.compile("[\u064B-\u065F\u0670\u0640]")
STOP = set("the a an of to and in on for is are was were be been it this that with as at by from or we our you your "
           "i my he she they their his her its not no في من على الى إلى عن ما لا هذا هذه ان أن و او كان التي الذي".split())


def stem(word):
    if re.match("[\u0600-\u06FF]", word):
        word = DIACRITICS.sub("", word)
        word = re.sub("[أإآ]", "ا", word).replace("ى", "ي").replace("ة", "ه")
        for prefix in ("وال", "بال", "كال", "فال", "لل", "ال"):
            if word.startswith(prefix) and len(word) - len(prefix) >= 3:
                word = word[len(prefix):]
                break
        suffixes = ("ها", "ات", "ون", "ين", "يه", "ه", "ي")
    else:
        word = word.strip("'")
        suffixes = ("ing", "ed", "es", "s")
    for suffix in suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[:-len(suffix)]
    return word


def features(text):
    words = [stem(w) for w in re.findall(r"[A-Za-z']+|[\u0600-\u06FF]+|\d+", text.lower())]
    words = [w for w in words if w and w not in STOP]
    return collections.Counter(words + [a + "_" + b for a, b in zip(words, words[1:])])


class Neighbours:
    def __init__(self, texts):
        counted = [(features(text), breach) for text, breach in texts]
        frequency = collections.Counter(word for bag, _ in counted for word in bag)
        self.idf = {word: math.log((len(counted) + 1) / (n + 1)) + 1 for word, n in frequency.items()}
        self.unseen = math.log(len(counted) + 1) + 1
        self.breach, self.postings = [], collections.defaultdict(list)
        for index, (bag, breach) in enumerate(counted):
            for word, weight in self.unit(bag).items():
                self.postings[word].append((index, weight))
            self.breach.append(breach)

    def unit(self, bag):
        vector = {word: n * self.idf.get(word, self.unseen) for word, n in bag.items()}
        norm = math.sqrt(sum(x * x for x in vector.values())) or 1
        return {word: x / norm for word, x in vector.items()}

    def breach_share(self, text, k):
        similarity = collections.Counter()
        for word, weight in self.unit(features(text)).items():
            for index, other in self.postings.get(word, ()):
                similarity[index] += weight * other
        nearest = similarity.most_common(k)
        total = sum(s for _, s in nearest)
        return sum(s for i, s in nearest if self.breach[i]) / total if total else 0.0


def tally(posts, blocked, share, threshold):
    rows = {}
    for language in ("en", "ar"):
        mine = [p for p in posts if p["language"] == language]
        caught = lambda p: blocked[p["id"]] or share[p["id"]] >= threshold
        breaches = [p for p in mine if p["breach"]]
        clean = [p for p in mine if not p["breach"]]
        rows[language] = (sum(blocked[p["id"]] for p in breaches), sum(map(caught, breaches)), len(breaches),
                          sum(blocked[p["id"]] for p in clean), sum(map(caught, clean)), len(clean))
    return rows


def report(name, posts, blocked, share):
    for threshold in (0.6, 0.8):
        rows = tally(posts, blocked, share, threshold)
        print(f"{name} (share >= {threshold}): " + "; ".join(
            f"{language} breaches {b}/{n} -> {bu}/{n}, clean blocked {c}/{m} -> {cu}/{m}"
            for language, (b, bu, n, c, cu, m) in rows.items()))


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    binary, k = sys.argv[1], 7
    base = labelled_texts()
    development = [p for p in read_jsonl(CORPUS) if fnv1a64(p["id"]) % 2 == 0]
    for post in development:
        post["breach"] = post["policy"]
    verdicts = score(binary, development)
    blocked = {p["id"]: verdicts[p["id"]]["verdict"] == "blocked" for p in development}
    fold = lambda p: fnv1a64("fold" + p["id"]) % 2
    share = {}
    for side in (0, 1):
        neighbours = Neighbours(base + [(p["text"], p["policy"]) for p in development if fold(p) != side])
        share.update({p["id"]: neighbours.breach_share(p["text"], k) for p in development if fold(p) == side})
    report("development half, two folds", development, blocked, share)
    neighbours = Neighbours(base + [(p["text"], p["policy"]) for p in development])
    for name in HELD_OUT:
        path = os.path.join(ROOT, "Benchmarks/probes", name + ".jsonl")
        if not os.path.exists(path):
            continue
        posts = read_jsonl(path)
        for post in posts:
            post["breach"] = post["policy"] if "policy" in post else post.get("expect") == "breach"
        verdicts = score(binary, posts)
        blocked = {p["id"]: verdicts[p["id"]]["verdict"] == "blocked" for p in posts}
        share = {p["id"]: neighbours.breach_share(p["text"], k) for p in posts}
        report(name, posts, blocked, share)


if __name__ == "__main__":
    sys.exit(main())
