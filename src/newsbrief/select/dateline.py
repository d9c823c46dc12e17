"""Sentences whose place lives in a dateline the cleaner trimmed.

A wire story opens on a dateline ("DAMASCUS, Syria (AP) --") that cleaning removes, and
its sentences then say "here" for that place ("Mubarak flew here on Sunday") or leave
the destination of an arrival to it ("Mubarak arrived Saturday for a one-day visit").
In its article, the dateline tells a reader where; in a summary, a headline or a fact
list, read without it, such a sentence cannot be placed. The selector and the title
ranking prefer another sentence (s28 review, findings 8 and 10): the same news is
mostly told elsewhere with the place named ("flew to Damascus on Sunday").
"""

from __future__ import annotations

import re

# Text inside quotation marks: a speaker's "here" is the speaker's, not the writer's.
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
# "here" as a place: not "here and there" (anywhere), not in a quotation.
_HERE = re.compile(r"\bhere\b(?!\s+and\s+there\b)", re.IGNORECASE)
# An arrival, then at most a time phrase ("Saturday", "late Sunday", "on Monday"), then
# the word that would name the place.
_ARRIVAL = re.compile(
    r"\barriv(?:e|es|ed|ing)\b"
    r"((?:\s+(?:on|late|early|earlier|this|last|that|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|today|yesterday|tonight|morning|afternoon|evening|night))*)"
    r"\s*([\w.,;:!?-]*)",
)
# What may follow an arrival and its time when no place is named: its purpose, company or
# occasion ("for a visit", "with aides", "after talks", "amid protests"). Any other word
# may name the place or the way ("in", "at", "by ferry from Malta").
_UNPLACED = frozenset("for with after amid ahead and".split())


def needs_dateline(text: str) -> bool:
    """Whether a sentence's place is its article's dateline: it says "here" outside a
    quotation ("flew here on Sunday"), or tells an arrival on a day with only its
    purpose or company after it ("arrived Saturday for a one-day visit"). Why: read out
    of its article, with the dateline trimmed, a reader cannot tell where."""
    if "here" not in text and "Here" not in text and "arriv" not in text:
        return False
    bare = _QUOTED.sub(" ", text)
    if _HERE.search(bare):
        return True
    for m in _ARRIVAL.finditer(bare):
        nxt = m.group(2).lower()
        # a time named, then the visit's purpose or company with no place: "arrived
        # Saturday for a one-day visit"; a bare "before crews arrived." is placed by its
        # story, not by a dateline
        if m.group(1).strip() and nxt.rstrip(".,;:!?") in _UNPLACED:
            return True
    return False
