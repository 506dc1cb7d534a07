#!/usr/bin/env python3
"""Writes a synthetic content pack of N units for the benchmarks.

    make-pack.py UNITS OUT.json

The units form a tree up to 8 levels deep under one root; each has a name
of two to five words, an abbreviation, and one to three paragraphs of 15 to
60 words, drawn (with a fixed seed, so every run writes the same file) from
the words of the built-in pack: the text is as long and as varied as the
unit's own. A few pages and profiles complete a valid pack.
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BUILTIN = os.path.join(HERE, "..", "data", "content", "serocu.json")


def words_of(node, out):
    if isinstance(node, str):
        out.extend(w for w in re.findall(r"[A-Za-z][A-Za-z'-]+", node))
    elif isinstance(node, list):
        for item in node:
            words_of(item, out)
    elif isinstance(node, dict):
        for key, value in node.items():
            if key not in ("id", "url", "address", "team", "template", "contact"):
                words_of(value, out)


def main():
    units, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(units)
    builtin = json.load(open(BUILTIN, encoding="utf-8"))
    vocabulary = []
    words_of(builtin["units"], vocabulary)
    words_of(builtin["profiles"], vocabulary)

    def sentence(low, high):
        text = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(low, high)))
        return text[0].upper() + text[1:] + "."

    def unit(number):
        name_words = [rng.choice(vocabulary).capitalize() for _ in range(rng.randint(2, 5))]
        return {
            "id": "unit-%d" % number,
            "name": " ".join(name_words) + " %d" % number,
            "abbreviation": "".join(w[0] for w in name_words).upper() + str(number),
            "description": [sentence(15, 60) for _ in range(rng.randint(1, 3))],
        }

    # breadth first, so the tree fills every level down to the eighth
    root = unit(0)
    made = [root]
    frontier = [(root, 1)]
    while len(made) < units:
        parent, depth = frontier.pop(0)
        children = parent.setdefault("children", [])
        for _ in range(rng.randint(3, 12)):
            if len(made) >= units:
                break
            child = unit(len(made))
            children.append(child)
            made.append(child)
            if depth + 1 < 8:
                frontier.append((child, depth + 1))
        if not frontier:
            frontier = [(root, 1)]

    pack = {
        "schema": 1,
        "organisation": {"name": "Synthetic Regional Unit", "short_name": "SRU",
                         "strapline": "A pack of %d units for benchmarks" % units},
        "sidebar": ["home", "unit-0", "people"],
        "pages": [
            {"id": "home", "title": "Welcome", "summary": sentence(10, 20),
             "sections": [{"paragraphs": [sentence(20, 40)]}]},
            {"id": "people", "title": "Our people",
             "sections": [{"profiles": ["person-%d" % i for i in range(10)]}]},
        ],
        "units": [root],
        "profiles": [
            {"id": "person-%d" % i, "name": "Person %d" % i, "role": "Investigator",
             "employment": "staff", "team": "unit-%d" % (i + 1),
             "quote": sentence(8, 16), "story": [sentence(30, 60) for _ in range(3)]}
            for i in range(10)
        ],
        "contacts": [{"id": "hr", "name": "Regional HR", "address": "hr@example.org",
                      "purpose": "Attachments and sponsors.", "template": "enquiry"}],
        "links": [],
        "templates": [{"id": "enquiry", "contact": "hr", "subject": "Enquiry: {page}",
                       "body": ["Hello,", "I read about {page}.", "Kind regards,"]}],
        "get_in_touch": {"page": "enquiry", "unit": "enquiry", "profile": "enquiry"},
    }
    with open(out, "w", encoding="utf-8") as f:
        json.dump(pack, f, ensure_ascii=False, separators=(",", ":"))


if __name__ == "__main__":
    main()
