"""What trimming sentences would buy: ROUGE of the default with compressed sentence texts.

    python benchmarks/quality_trim.py --trim attribution --trim parenthesis ...

An upper-bound experiment, run before building sentence trimming into the product: each
sentence's text is compressed by the chosen rules before selection (as if the selector
could show the shorter sub-span), and the default method's 100-word ROUGE is compared
with the untrimmed run, story by story. Rules: ``attribution`` (a trailing ", police
said Tuesday."), ``parenthesis`` (a parenthetical of at most 80 characters),
``relative`` (a ", who ...," or ", which ...," clause), ``day`` (a leading "On Tuesday,").
Sentences holding a quotation are left alone. Measured in docs/quality.md: no rule gains
beyond noise, so the selector does not trim.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quality_cv import per_story
from quality_dev import DEFAULT, load_stories

from newsbrief.model import Sentence

RULES = {
    "attribution": re.compile(
        r",\s*(?:(?:[A-Z][\w.'-]*|[a-z]+)\s+){0,6}?(?:said|says|told\s+\w+(?:\s+\w+)?|reported)"
        r"(?:\s+(?:on\s+)?\w+day)?\s*\.\s*$"
    ),
    "parenthesis": re.compile(r"\s*\([^()]{1,80}\)"),
    "relative": re.compile(r",\s+(?:who|which)\s+[^,]{3,80},"),
    "day": re.compile(r"^(?:On|Late|Early)\s+\w+day(?:\s+\w+)?,\s+"),
}
QUOTE = re.compile(r"``|''|\"")


def trim(s: Sentence, rules: list[str]) -> Sentence:
    t = s.text
    if QUOTE.search(t):
        return s
    for name in rules:
        if name == "attribution":
            m = RULES[name].search(t)
            if m and m.start() > 20:
                t = t[: m.start()] + "."
        elif name == "day":
            m = RULES[name].match(t)
            if m and m.end() < len(t):
                t = t[m.end()].upper() + t[m.end() + 1 :]
        else:
            t = RULES[name].sub("" if name == "parenthesis" else ",", t)
    return s if t == s.text else replace(s, text=t)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("stories", nargs="?", default=str(DEFAULT))
    ap.add_argument("--trim", action="append", choices=sorted(RULES), default=[])
    args = ap.parse_args(argv)
    stories = load_stories(args.stories)
    trimmed = [
        (sid, replace(p, sentences=tuple(trim(s, args.trim) for s in p.sentences)), refs)
        for sid, p, refs in stories
    ]
    changed = sum(
        a is not b
        for (_, p, _), (_, q, _) in zip(stories, trimmed, strict=True)
        for a, b in zip(p.sentences, q.sentences, strict=True)
    )
    before = per_story(stories, 100, "coverage")
    after = per_story(trimmed, 100, "coverage")
    n = len(stories)
    for k, name in ((0, "R-1"), (1, "R-2")):
        b = sum(r[k] for r in before) / n
        a = sum(r[k] for r in after) / n
        up = sum(y[k] > x[k] + 1e-9 for x, y in zip(before, after, strict=True))
        down = sum(y[k] < x[k] - 1e-9 for x, y in zip(before, after, strict=True))
        print(f"{name}: {b:.2f} -> {a:.2f} ({up} stories better, {down} worse)")
    print(f"{changed} sentences trimmed by {', '.join(args.trim) or 'nothing'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
