"""One indexed story answers every claim as a fresh index would, whatever was asked first.

Why: an indexed story keeps what it has read (each window's facts, each sentence's
figures and tokens, the spellings looked up) so that the claims of a summary, or of a
batch, do not read the same sentences again. Nothing kept may change an answer: the
claims asked before, and their order, must not matter. The story is the bundled
example (two real outlets' reports of one event).
"""

from __future__ import annotations

from pathlib import Path

from newsbrief.api import Prepared, prepare
from newsbrief.attribution import attribute_prepared
from newsbrief.attribution.align import StoryIndex

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "baghdadi-mosul"


def _prepared() -> Prepared:
    docs = [{"id": p.stem, "text": p.read_text()} for p in sorted(EXAMPLE.glob("*.txt"))]
    return prepare(docs)


def _claims(prepared: Prepared) -> list[str]:
    """The story's first sentences (each a claim that some outlet states), and each with
    its figures changed, so that supports, conflicts and misses are all asked."""
    out = []
    for s in prepared.sentences[:16]:
        out.append(s.text)
        changed = " ".join("7" if w.isdigit() else w for w in s.text.split())
        if changed != s.text:
            out.append(changed)
    return out


def test_every_claim_gets_the_answer_of_a_fresh_index_in_any_order() -> None:
    prepared = _prepared()
    claims = _claims(prepared)
    assert len(claims) > 10
    fresh = [
        repr(attribute_prepared(StoryIndex(prepared.articles, prepared.sentences), [c]))
        for c in claims
    ]
    shared = StoryIndex(prepared.articles, prepared.sentences)
    forward = [repr(attribute_prepared(shared, [c])) for c in claims]
    backward = [repr(attribute_prepared(shared, [c])) for c in reversed(claims)]
    assert forward == fresh
    assert backward[::-1] == fresh


def test_a_sentences_figures_are_the_same_read_before_or_after_its_other_facts() -> None:
    prepared = _prepared()
    first = StoryIndex(prepared.articles, prepared.sentences)
    figures_first = first.figures()  # every sentence's figures, no other fact read yet
    later = StoryIndex(prepared.articles, prepared.sentences)
    for facts in later.facts.values():
        for k in range(len(facts)):
            facts[k]  # every sentence's facts read before its figures are asked
    assert later.figures() == figures_first
    for aid, facts in first.facts.items():
        assert [q for k, q in figures_first[aid]] == [
            q for k in range(len(facts)) for q in facts[k].quantities
        ]
