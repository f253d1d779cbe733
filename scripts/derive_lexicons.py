#!/usr/bin/env python3
"""Derive byline's name gazetteers from public entity corpora.

usage: derive_lexicons.py DATA_DIR OUT_DIR

DATA_DIR is the folder holding ner/gmb.conll and ner/conll2003/train.txt
(Groningen Meaning Bank; CoNLL-2003). Writes OUT_DIR/derived_places.txt,
derived_orgs.txt, derived_groups.txt and derived_first_names.txt: names the
corpora tag consistently as one kind, one per line, sorted. Only these derived
lists ship with byline; the corpora do not.
"""
import collections
import os
import sys

KIND = {"per": "per", "org": "org", "geo": "loc", "gpe": "grp",
        "PER": "per", "ORG": "org", "LOC": "loc", "MISC": "misc"}


def sentences(path, word_col, tag_col, sep):
    sent = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("-DOCSTART-"):
            if sent:
                yield sent
            sent = []
            continue
        cols = line.split(sep)
        sent.append((cols[word_col], cols[tag_col]))
    if sent:
        yield sent


def spans(sent):
    """Entities as (kind, words) from IOB1 or IOB2 tags."""
    out, cur, kind = [], [], None
    for word, tag in sent:
        if tag == "O":
            if cur:
                out.append((kind, cur))
            cur, kind = [], None
            continue
        pre, lab = tag.split("-", 1)
        k = KIND.get(lab)
        if cur and (pre == "B" or k != kind):
            out.append((kind, cur))
            cur = []
        kind = k
        cur.append(word)
    if cur:
        out.append((kind, cur))
    return out


def main():
    data, out = sys.argv[1], sys.argv[2]
    name_kinds = collections.defaultdict(collections.Counter)
    first = collections.Counter()
    token_total = collections.Counter()
    corpora = [(os.path.join(data, "ner", "gmb.conll"), 0, 2, "\t"),
               (os.path.join(data, "ner", "conll2003", "train.txt"), 0, 3, " ")]
    for path, wc, tc, sep in corpora:
        for sent in sentences(path, wc, tc, sep):
            for i, (w, _) in enumerate(sent):
                if i > 0:
                    token_total[w] += 1
            for kind, words in spans(sent):
                name_kinds[" ".join(words)][kind] += 1
                if kind == "per" and len(words) >= 2:
                    first[words[0]] += 1

    def pick(kind, min_count):
        names = []
        for name, kinds in name_kinds.items():
            n = sum(kinds.values())
            if n < min_count or kinds[kind] < 0.85 * n:
                continue
            if not name[:1].isupper() or not any(c.isalpha() for c in name):
                continue
            if any(t in name.split() for t in ("'s", "'", "/", "(", ")", '"', "A", "The", "&")):
                continue
            if " " not in name and kinds[kind] < 0.6 * max(token_total[name], 1):
                continue
            names.append(name)
        return sorted(names)

    lists = {
        "derived_places.txt": pick("loc", 3),
        "derived_orgs.txt": pick("org", 3),
        "derived_groups.txt": [n for n in pick("grp", 3) if " " not in n],
        "derived_first_names.txt": sorted(w for w, c in first.items()
                                          if c >= 3 and w.isalpha() and w[:1].isupper() and len(w) > 1
                                          and c >= 0.5 * max(token_total[w], 1)),
    }
    for fname, names in lists.items():
        with open(os.path.join(out, fname), "w", encoding="utf-8") as f:
            f.write("# Derived by scripts/derive_lexicons.py from the Groningen Meaning Bank and CoNLL-2003.\n")
            for n in names:
                f.write(n + "\n")
        print(fname, len(names))


if __name__ == "__main__":
    main()
