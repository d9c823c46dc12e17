"""Developments: a quantity the story reports with different values at different times.

Why: a death toll that rises from 60 to 62 over three days is how a story unfolds, not a
disagreement between outlets. Calling it a contradiction would teach a reader to
distrust every label, so the attribution check treats a figure stated at another time as
an update (see ``compare.check_window``), and this module lays the values out in time
order for the reader: "dead: 60 (APW, Oct 30) -> 62 (APW, Nov 2)".

A development is read from each article's opening sentences (where wire copy restates
the running totals): figures that count the same thing (bound by a word next to the
figure: "killed", "dead", "injured") whose value changes monotonically with the
publication date, from at least two dates and two values.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from typing import Any

from ..model import Development, DevelopmentPoint
from .align import StoryIndex
from .lexicon import canon, event_words, tokenize

# Sentences from each article's start that restate running totals.
LEAD_SENTENCES = 5
# Words that say what kind of thing is counted, not which: never a development's name.
_GENERIC = frozenset(
    canon(w) for w in "people person other others more least total say said tell report".split()
)


def story_developments(index: StoryIndex) -> tuple[Development, ...]:
    """Every changing quantity of an indexed story, values in publication order.

    Offsets of each point index the article text as given (like ``Evidence``).
    """
    figures = index.figures()
    by_id = {a.id: a for a in index.articles}
    # counted word -> article -> (sentence, quantity): its largest figure in the lead
    seen: dict[str, dict[str, tuple[int, Any]]] = defaultdict(dict)
    # what a running total counts is what happened to people: a word the story uses as
    # a past-tense verb ("killed", "injured", "arrested"; "dead" shares "kill")
    events = _event_words(index)
    for aid, figs in figures.items():
        if index.published.get(aid) is None:
            continue
        for k, q in figs:
            if k >= LEAD_SENTENCES or q.unit != "" or q.value < 2 or q.value >= 1900:
                continue
            if q.ident:
                continue  # "MD-11", "Flight 111": part of a name, not a count
            # a figure's own verb says what it counts ("21 were injured" is no count of
            # "killed"): only that word, when the clause has one
            bound = q.event if q.event else q.before | q.after
            for word in sorted(bound & events - _GENERIC):
                # the running total is the article's largest count of it ("two more
                # died, raising the toll to 62")
                got = seen[word].get(aid)
                if got is None or q.value > got[1].value:
                    seen[word][aid] = (k, q)
    out: list[tuple[int, Development]] = []
    taken: set[tuple[str, int]] = set()  # (article, sentence) already in a development
    for word, points in sorted(seen.items()):
        ordered = sorted(
            points.items(), key=lambda p: (index.published[p[0]], by_id[p[0]].position)
        )
        per_day: dict[object, list[float]] = defaultdict(list)
        for aid, (_, q) in ordered:
            per_day[index.published[aid]].append(q.value)
        # one value a day (the median report), so one outlier report does not hide a
        # total that rises from day to day
        values = [sorted(v)[len(v) // 2] for _, v in sorted(per_day.items())]  # type: ignore[type-var]
        if len(values) < 2 or len(set(values)) < 2:
            continue
        if not all(a <= b for a, b in itertools.pairwise(values)):
            continue  # a running total only rises; up and down are different figures
        nouns = {_noun(q) for _, (_, q) in ordered} - {""}
        if len(nouns) > 1:
            continue  # "four defendants" / "14 murders": counts of different things
        if all((aid, k) in taken for aid, (k, _) in ordered):
            continue  # the same figures under another word ("killed" and "people")
        pts = []
        for aid, (k, q) in ordered:
            taken.add((aid, k))
            s = index.sentences[aid][k]
            start, end = by_id[aid].to_raw(s.start, s.end)
            day = index.published[aid]
            pts.append(DevelopmentPoint(q.text, aid, day.isoformat() if day else None, start, end))
        label = _label(word, [index.sentences[aid][k].text for aid, (k, _) in ordered])
        out.append((len(pts), Development(label, tuple(pts))))
    out.sort(key=lambda x: -x[0])
    return tuple(d for _, d in out)


def _noun(q: Any) -> str:
    """What a figure counts, as written after it ("14 murders" -> "murder"), "" if none."""
    parts = q.text.split()
    if len(parts) < 2 or not parts[-1].isalpha() or parts[-1][:1].isupper():
        return ""
    word = canon(parts[-1].lower())
    # "people" is a noun too: "two soldiers" and "100 people" held are two groups
    return "" if word in _GENERIC - _PEOPLE or word in _COUNT_VERBS else word


_PEOPLE = frozenset(canon(w) for w in ("people", "person"))


_COUNT_VERBS = frozenset(canon(w) for w in "died killed dead injured wounded missing".split())


def _event_words(index: StoryIndex) -> frozenset[str]:
    out: set[str] = set()
    for a in index.articles:
        for s in index.sentences[a.id][:LEAD_SENTENCES]:
            out |= event_words(s.text)
    return frozenset(out)


def _label(word: str, sentences: list[str]) -> str:
    """The counted thing as the articles write it ("killed", "dead"), for the reader."""
    for text in sentences:
        for tok in tokenize(text):
            if canon(tok.lower()) == word:
                return tok.lower()
    return word


def describe(dev: Development, names: dict[str, str] | None = None) -> str:
    """One reader line: "killed: 60 (APW19981030.1037, 1998-10-30) -> 62 (..., 1998-11-02)"."""
    names = names or {}
    parts = [
        f"{p.value} ({names.get(p.article_id, p.article_id)}, {p.published})" for p in dev.points
    ]
    return f"{dev.quantity}: " + " -> ".join(parts)
