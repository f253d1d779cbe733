#!/usr/bin/env python3
"""Derive byline's dictionary of English words.

usage: apt-get download wamerican && dpkg-deb -x wamerican_*.deb DIR &&
       derive_dictionary.py DIR/usr/share/dict/american-english OUT_FILE

Writes OUT_FILE: the words of SCOWL's size-50 American English list
(Debian's wamerican; Copyright 2000-2011 Kevin Atkinson, free to use, copy
and distribute with its notice) that it writes in lower case, one a line:
the recogniser reads whether a word is one of English's words, for the many
words its training news never shows it ("Milepost" at the start of a
sentence is no name). Its capitalised words, names, did worse as a feature
and are left out, as are possessives, words of one letter and words with
other than letters.
"""
import sys

NOTICE = [
    "English words in lower case, from SCOWL's size-50 American English list",
    "(Debian's wamerican), derived by scripts/derive_dictionary.py.",
    "SCOWL: Copyright 2000-2011 by Kevin Atkinson. Permission to use, copy,",
    "modify, distribute and sell these word lists, the associated scripts,",
    "the output created from the scripts, and its documentation for any",
    "purpose is hereby granted without fee, provided that the above copyright",
    "notice appears in all copies and that both that copyright notice and",
    "this permission notice appear in supporting documentation. Kevin",
    "Atkinson makes no representations about the suitability of this array",
    "for any purpose. It is provided \"as is\" without express or implied",
    "warranty.",
]


def main():
    source, out = sys.argv[1], sys.argv[2]
    with open(source, encoding="utf-8") as f:
        words = sorted(
            {w for w in (line.strip() for line in f) if len(w) > 1 and w.isalpha() and w.isascii() and w.islower()}
        )
    with open(out, "w", encoding="utf-8") as f:
        for n in NOTICE:
            f.write("# " + n + "\n")
        for w in words:
            f.write(w + "\n")


if __name__ == "__main__":
    main()
