"""A developing story's digest headline is its newest news even when the newest
articles open on long ledes (a wire lede runs 25 words and more), and a headline is
never said again, word for word, as a sentence of the story's entry."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.cli import main

from ..stories.conftest import FLOOD
from .test_digest_news_first import _rows

# The ferry story of test_digest_news_first, its newest two articles opening on long
# ledes: no whole clause within the headline's usual 16 words.
LONG_LEDES = {
    "ferry-4": "Salvage tugs refloated the stranded ferry Marisol off Kessel Island on "
    "Wednesday and towed it back to Port Hanna with the coast guard — ending two days "
    "aground for the ferry that carried 214 people. Investigators said they would question "
    "the captain about the ship's course. The ferry had been inspected on April 2 and passed.",
    "ferry-5": "The grounded ferry Marisol was pulled off the sandbank by salvage tugs off "
    "Kessel Island on Wednesday and towed to Port Hanna, the coast guard said. "
    "Investigators will question the captain about the course the Marisol took off "
    "Kessel Island. Crossings to the island resume on Friday with another ship.",
}


# A story of one day that three outlets reported (tests/stories/conftest.py).
FLOOD_ROWS = [
    {"id": f"flood-{k}", "source": f"Daily {k}", "published": "2026-11-20", "text": t}
    for k, t in enumerate(FLOOD)
]


def _digest(tmp_path: Path, rows: list[dict[str, str]], fmt: str) -> str:
    path = tmp_path / "ferry.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    out = tmp_path / f"digest.{fmt}"
    assert main(["digest", str(path), "--format", fmt, "-o", str(out)]) == 0
    return out.read_text(encoding="utf-8")


def test_a_long_newest_lede_heads_the_story_by_its_first_whole_clause(tmp_path: Path) -> None:
    rows = [dict(r, text=LONG_LEDES.get(r["id"], r["text"])) for r in _rows()]
    (story,) = json.loads(_digest(tmp_path, rows, "json"))["stories"]
    # the ferry is afloat again, not Monday's grounding: one of the newest ledes, whole
    # or cut where its first clause ends (the dash), never mid-clause
    assert story["headline"] in {
        "Salvage tugs refloated the stranded ferry Marisol off Kessel Island on Wednesday "
        "and towed it back to Port Hanna with the coast guard…",
        LONG_LEDES["ferry-5"].split(". ")[0] + ".",
    }


@pytest.mark.parametrize("story", ["ferry", "flood"])
def test_a_headline_is_not_said_again_in_the_entry(tmp_path: Path, story: str) -> None:
    rows = _rows() if story == "ferry" else FLOOD_ROWS
    (entry,) = json.loads(_digest(tmp_path, rows, "json"))["stories"]
    headline = entry["headline"]
    assert headline.endswith(".")  # a whole summary sentence heads this story
    assert headline not in [s["text"] for s in entry["summary"]["sentences"]]
    assert entry["summary"]["sentences"]  # the rest of the summary is still there
    for fmt in ("text", "html"):
        assert _digest(tmp_path, rows, fmt).count(headline) == 1, fmt
    markdown = _digest(tmp_path, rows, "markdown")
    assert markdown.count(headline.rstrip(".")) == 1


def test_the_analysis_follows_the_sentences_left() -> None:
    import newsbrief
    from newsbrief.stories.digest import without_headline

    summary = newsbrief.summarize(_rows(), briefing=True, latest_first=True)
    first = summary.sentences[0].text
    body = without_headline(summary, first)
    assert [s.text for s in body.sentences] == [s.text for s in summary.sentences[1:]]
    assert body.analysis is not None and summary.analysis is not None
    n = len(body.sentences)
    for c in body.analysis.coverage:
        assert all(0 <= i < n for i in (*c.supports, *c.contradicts))
    for x in body.analysis.single_source:
        assert body.sentences[x.sentence].text == summary.sentences[x.sentence + 1].text
    # a cut headline ("…") repeats no sentence: the sentence says the rest
    assert without_headline(summary, " ".join(first.split()[:8]) + "…") is summary


# The ferry's newest article, a day after it was refloated, opens on a side item.
SIDE_ITEM = {
    "id": "ferry-6",
    "source": "Coast Radio",
    "published": "2025-05-08",
    "text": "Kessel Island's tourism board named a new director on Thursday, a former hotel "
    "manager from Port Hanna who starts in June. The board also thanked the coast guard for "
    "its work after the ferry Marisol ran aground off Kessel Island. Crossings to the island "
    "resume on Friday.",
}


def test_a_side_item_among_the_newest_articles_does_not_head_the_story() -> None:
    import newsbrief
    from newsbrief.stories.digest import latest_headline

    summary = newsbrief.summarize([*_rows(), SIDE_ITEM], briefing=True, latest_first=True)
    headline = latest_headline(summary)
    # the story's event, not the board's new director (under half as central as the
    # story's most central title)
    assert headline is not None and "tourism" not in headline
    assert "refloated" in headline
