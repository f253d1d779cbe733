#!/usr/bin/env python3
"""Errors per quotation pattern on a PolNeAR split.

usage: patterns.py TOOLS_DIR POLNEAR_SPLIT_DIR PREDDIR

TOOLS_DIR holds the shared polnear_score.py, whose matching and speaker
rules this script reuses; PREDDIR is byline-eval's output for the split.
For each pattern byline records: how many statements it found, the share
that match a gold attribution (precision), and among those with a gold
source, the share whose speaker is right.
"""
import collections
import glob
import json
import os
import sys


def main():
    tools, split, preddir = sys.argv[1:4]
    sys.path.insert(0, tools)
    import polnear_score as ps

    found = collections.Counter()
    hit = collections.Counter()
    with_source = collections.Counter()
    right = collections.Counter()
    for tpath in sorted(glob.glob(os.path.join(split, "text", "*.txt"))):
        art = os.path.basename(tpath)[:-4]
        anns = sorted(glob.glob(os.path.join(split, "attributions", art + "_*.ann")))
        ppath = os.path.join(preddir, art + ".json")
        if not anns or not os.path.exists(ppath):
            continue
        gold = ps.parse_ann(anns[0])
        pred = json.load(open(ppath, encoding="utf-8"))
        ents = {}
        for e in pred.get("entities", []):
            ents.setdefault((e.get("name") or "").lower(), []).extend(e.get("mentions", []))
        for q in pred.get("quotes", []):
            p = q.get("pattern", "?")
            found[p] += 1
            golds = [g for g in gold if ps.matches(q, g["content"][0], g["content"][1])]
            if golds:
                hit[p] += 1
                sourced = [g for g in golds if g["source"]]
                if sourced:
                    with_source[p] += 1
                    right[p] += any(ps.speaker_ok(q, g["source"], ents) for g in sourced)
    print(f"{'pattern':<14}{'found':>7}{'precision':>11}{'speaker':>9}")
    for p, n in found.most_common():
        prec = hit[p] / n
        spk = right[p] / with_source[p] if with_source[p] else 0.0
        print(f"{p:<14}{n:>7}{prec:>11.3f}{spk:>9.3f}")


if __name__ == "__main__":
    main()
