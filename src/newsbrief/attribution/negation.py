"""Negation: which words of a sentence a "not", "never" or "no" governs.

Why: "had not verified" denies "had verified", but "could not detain him" (a modal before
the negation) only says what was possible: it neither states nor denies an arrest. The
scope is the next content word within four tokens, stopped by punctuation, so a negation
binds to its own predicate, not to every word of the sentence.
"""

from __future__ import annotations

from .lexicon import word_set

_NEGATORS = word_set("negators")
_VERB_NEGATORS = frozenset(["failed", "fail", "fails", "refused", "refuse", "refuses", "unable"])


_PUNCT = frozenset(',;:()"“”')


# A negation after a modal ("could not detain him", "cannot be verified") says what was
# possible or allowed, not that something did not happen: it neither denies nor states
# the fact.
_MODALS = frozenset(["can", "could", "would", "may", "might", "should", "must"])
_MODAL_NEGATORS = frozenset(
    ["cannot", "can't", "couldn't", "wouldn't", "shouldn't", "mustn't", "can’t", "couldn’t"]
)


def negation_scope(
    lows: list[str], canons: list[str | None], toks: list[str] | None = None
) -> tuple[frozenset[str], frozenset[str]]:
    """Content words governed by a negation (the next one, within four tokens), and
    those of them governed by a modal negation."""
    scope: set[str] = set()
    modal: set[str] = set()
    for i, low in enumerate(lows):
        if low in _NEGATORS or low.endswith(("n't", "n’t")):
            start = i + 1
            if low == "no" and i + 1 < len(lows) and lows[i + 1] in ("-", "–"):
                continue  # "no-confidence vote", "no-fly zone": a compound, not a denial
            if low in _VERB_NEGATORS:
                # "failed to pass", "refused to testify": the verb after "to" is negated;
                # "the talks failed" negates nothing else in the sentence
                if i + 1 >= len(lows) or lows[i + 1] != "to":
                    continue
                start = i + 2
            if _bounds_figure(lows, i):
                continue  # "not ... more than 150": an upper bound, read with the figure
            if (
                start + 1 < len(lows)
                and lows[start].endswith("ly")
                and lows[start + 1] in _PUNCT
                and (i == 0 or lows[i - 1] in _PUNCT)
            ):
                continue  # ", not surprisingly,": a comment on the sentence, no denial
            is_modal = low in _MODAL_NEGATORS or (i > 0 and lows[i - 1] in _MODALS)
            for m in range(start, min(len(lows), start + 4)):
                if lows[m] in _PUNCT:
                    break
                c = canons[m]
                if c is not None and toks is not None and toks[m][:1].isupper():
                    continue  # "denied that Ocalan was there": the name is not negated
                if c is not None:
                    if low == "no" and m == i + 1 and m + 1 < len(lows) and canons[m + 1]:
                        break  # "a no confidence vote": a compound modifier, not a denial
                    scope.add(c)
                    if is_modal:
                        modal.add(c)
                    break
            for c in _any_phrase(lows, canons, start, toks):
                scope.add(c)
                if is_modal:
                    modal.add(c)
    return frozenset(scope), frozenset(modal)


# Words that end the clause a negation governs: a noun phrase after them is another's.
_CLAUSE_ENDS = frozenset(["that", "whether", "if", "but", "and", "or", "while", "because"])


def _any_phrase(
    lows: list[str], canons: list[str | None], start: int, toks: list[str] | None
) -> list[str]:
    """The noun phrase a negation's "any" opens, in the negation's clause: "no word on any
    ransom demand", "had not received any ransom demand" deny the demand (a deed in noun
    form), not only the word right after the negation."""
    for m in range(start, min(len(lows), start + 8)):
        if lows[m] in _PUNCT or lows[m] in _CLAUSE_ENDS:
            return []
        if lows[m] == "any":
            out = []
            for k in range(m + 1, len(lows)):
                c = canons[k]
                if c is None or (toks is not None and toks[k][:1].isupper()):
                    break
                out.append(c)
            return out
    return []


# "more than", "over" before a figure: a negation before them makes the figure a bound.
_COMPARATIVES = frozenset(["more", "over", "exceed", "exceeding"])


def _bounds_figure(lows: list[str], i: int) -> bool:
    """The negation at ``i`` is the figure's: "was not meant to carry more than 40",
    "no more than 20" state an upper bound ("at most 150"), not a denied predicate."""
    for m in range(i + 1, min(len(lows) - 1, i + 7)):
        if lows[m] in _PUNCT:
            return False
        if lows[m] in _COMPARATIVES:
            k = m + 2 if lows[m + 1] == "than" else m + 1
            return k < len(lows) and lows[k][:1].isdigit()
    return False


def is_negator(low: str) -> bool:
    return low in _NEGATORS or (low[-1] == "t" and low.endswith(("n't", "n’t")))
