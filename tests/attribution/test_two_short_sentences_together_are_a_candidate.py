"""An outlet may split a claim's event over two short sentences, neither sharing
``min_candidate`` of the claim alone ("The harbour board met ..." / "The board said
cracks were found ..."). Together they are a candidate window when they read as one
statement (``config.joint_candidates``); two unrelated sentences are not glued. The
texts are written for the tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsbrief.attribution import config
from newsbrief.attribution.align import StoryIndex
from newsbrief.attribution.windows import article_windows
from newsbrief.model import Article

CLAIM = (
    "The Penmarr harbour board voted on Monday to close the old river bridge to lorries "
    "after engineers found cracks in its western pier, a spokeswoman said."
)
MEETING = "Rain fell over the coast. The Penmarr harbour board met for three hours. "


def _windows(text: str) -> list[tuple[int, int]]:
    index = StoryIndex([Article("a", text, published="1998-10-31")])
    claim, overlap = index.claim_search(CLAIM, None)
    shares = [v / claim.total for v in overlap["a"].values()]
    assert shares and max(shares) < config.get().min_candidate  # neither alone
    windows, _ = article_windows(
        claim, overlap["a"], index.facts["a"], index.content["a"], index.published["a"]
    )
    return windows


@pytest.fixture
def joint_off(config_with: Callable[..., config.Config]) -> None:
    config_with(joint_candidates=0)


def test_two_sentences_sharing_the_claim_only_together_are_one_window() -> None:
    text = MEETING + "The board said cracks were found in the pier. Tourism fell last year."
    assert _windows(text) == [(1, 2)]


def test_two_sentences_sharing_no_claim_word_are_not_glued() -> None:
    text = MEETING + "Engineers had found cracks in the pier. Tourism fell last year."
    assert _windows(text) == []


@pytest.mark.usefixtures("joint_off")
def test_without_the_rule_neither_sentence_is_compared() -> None:
    text = MEETING + "The board said cracks were found in the pier. Tourism fell last year."
    assert _windows(text) == []
