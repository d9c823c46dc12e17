"""Pinned ROUGE floors on our own small stories: a quality regression fails here first.

Floors sit a few points under the scores measured when they were pinned (in the comments),
so harmless changes pass and a selector that stops finding the corroborated facts fails.
"""

import pytest

from newsbrief import summarize
from newsbrief.api import prepare
from newsbrief.eval.rouge import score_summary
from newsbrief.ingest import load_documents

from ..conftest import EXAMPLE
from .stories import BAGHDADI_REFS, MUSEUM, MUSEUM_REFS, WILDFIRE, WILDFIRE_REFS

# (story, refs, words, method) -> (R-1 floor, R-2 floor); measured values in comments.
FLOORS = [
    (WILDFIRE, WILDFIRE_REFS, 50, "default", 62.0, 37.0),  # 66.5 / 41.4
    # Since issue 14 restatements are skipped: the last words go to a new (minor) fact
    # rather than a third statement of the toll (before: 94.8 / 64.3).
    (WILDFIRE, WILDFIRE_REFS, 100, "default", 85.0, 54.0),  # 88.4 / 57.1
    # The two museum pages open on the same fact in other words; since issue 14 the
    # summary states it once (before: both ledes, 64.1 / 46.0 and 87.5 / 57.1).
    (MUSEUM, MUSEUM_REFS, 50, "default", 58.0, 33.0),  # 62.5 / 36.5
    (MUSEUM, MUSEUM_REFS, 100, "default", 79.0, 45.0),  # 82.8 / 49.2
    (WILDFIRE, WILDFIRE_REFS, 100, "ilp", 88.0, 56.0),  # 92.1 / 61.0
    # Since s28 a dict's headline line is its title (as a text file's), no longer text
    # the selectors weigh: submodular gives 86.3 / 50.6 (before: 88.9 / 56.8).
    (WILDFIRE, WILDFIRE_REFS, 100, "submodular", 82.0, 47.0),  # 86.3 / 50.6
    (WILDFIRE, WILDFIRE_REFS, 100, "lexrank", 80.0, 42.0),  # 85.4 / 46.7
]


def _rouge(text: str, refs: list[str], words: int) -> tuple[float, float]:
    s = score_summary(text, refs, words)
    return 100 * s["rouge1_r"], 100 * s["rouge2_r"]


def _lead_first(docs: list[dict[str, str]], words: int) -> str:
    """The web-news lead baseline: the first words of the articles in the order given."""
    out: list[str] = []
    for a in prepare(docs).articles:
        out.extend(a.text.split())
    return " ".join(out[:words])


@pytest.mark.parametrize(("docs", "refs", "words", "method", "r1", "r2"), FLOORS)
def test_rouge_floor(docs, refs, words, method, r1, r2) -> None:
    got = _rouge(summarize(docs, words=words, fill=True, method=method).text, refs, words)
    assert got[0] >= r1 and got[1] >= r2, got


# MUSEUM at 100 words is left out: its first 100 words hold both pages' ledes, one fact
# twice, which the reference's wording rewards (84.4 vs 82.8) and a reader does not.
@pytest.mark.parametrize(
    ("docs", "refs", "words"),
    [
        (WILDFIRE, WILDFIRE_REFS, 50),
        (WILDFIRE, WILDFIRE_REFS, 100),
        # Since s28 a dict's headline line is its title, as a text file's: the first
        # article's first 50 words are then its lede alone, 67.2 R-1 against the
        # default's 62.5 (before, the headline's words diluted that baseline; the same
        # pages given as .txt files trailed it already). Open for a selection round.
        pytest.param(
            MUSEUM,
            MUSEUM_REFS,
            50,
            marks=pytest.mark.xfail(
                strict=True, reason="default trails the first lede on MUSEUM at 50 words"
            ),
        ),
    ],
)
def test_default_beats_lead_baselines(docs, refs, words) -> None:
    ours = _rouge(summarize(docs, words=words, fill=True).text, refs, words)
    lead = _rouge(summarize(docs, words=words, fill=True, method="lead").text, refs, words)
    first = _rouge(_lead_first(docs, words), refs, words)
    assert ours[0] >= lead[0] and ours[0] >= first[0]


@pytest.mark.parametrize("words", [100, 250])
def test_example_story_beats_web_lead(words) -> None:
    # The two scraped seed pages, debris included: a web story where lead is strong.
    docs = load_documents([str(EXAMPLE)])
    ours = _rouge(summarize(docs, words=words, fill=True).text, BAGHDADI_REFS, words)
    raw = " ".join(" ".join(d.text for d in docs).split()[:words])
    lead = _rouge(raw, BAGHDADI_REFS, words)
    assert ours[0] > lead[0] and ours[1] > lead[1]  # 100: 38.5/17.0 vs 37.2/7.5
    # 100: one statement of the release (before: both outlets' ledes, 45.3/19.0)
    assert ours[0] >= {100: 36.0, 250: 66.0}[words]  # 250: 70.3/25.2 vs 64.9/19.7


def test_corroborated_facts_come_first() -> None:
    # Four outlets give the toll; only one mentions the apple festival or the choir.
    text = summarize(WILDFIRE, words=60).text
    assert "4,000" in text and "35 homes" in text
    assert "apple festival" not in text and "choir" not in text


def test_web_debris_never_selected() -> None:
    text = summarize(MUSEUM, words=250, fill=True).text
    for debris in ("Advertisement", "newsletter", "Share this", "Click here", "By Dana"):
        assert debris not in text
