"""A digest headline names the story's event, not a side item filed with it, and is not
said twice: a headline cut from a summary sentence ("…") over that very sentence in
full repeats the reader's first words (issue 12, s33 dgR round)."""

from __future__ import annotations

import json
from pathlib import Path

from newsbrief.cli import main
from newsbrief.render import HEADLINE_WORDS

# Invented for this test: a bridge story over four days. Its newest article is a side
# item filed with it (shops near the bridge), which shares some of the story's words.
BRIDGE = [
    (
        "bridge-1",
        "Vistan Post",
        "2026-03-02",
        "A span of the Orla bridge over the Vistan river collapsed on Monday morning, "
        "closing the only road crossing between the two halves of the town. No one was "
        "hurt, the Orla fire service said. Engineers were sent to inspect the bridge.",
    ),
    (
        "bridge-2",
        "River Wire",
        "2026-03-02",
        "The Orla bridge over the Vistan river partly collapsed on Monday and the crossing "
        "was closed to traffic. Engineers said the span had cracked after heavy rain.",
    ),
    (
        "bridge-3",
        "Orla Herald",
        "2026-03-03",
        "Engineers began repairs on the collapsed span of the Orla bridge over the Vistan "
        "river on Tuesday, the town said. Ferries carried people across the river.",
    ),
    (
        "bridge-4",
        "Vistan Post",
        "2026-03-03",
        "Repairs to the collapsed Orla bridge started on Tuesday as engineers shored up the "
        "span over the Vistan river. Ferries ran every hour.",
    ),
    (
        "bridge-5",
        "River Wire",
        "2026-03-05",
        "The Orla bridge over the Vistan river reopened to traffic on Thursday after "
        "engineers repaired the collapsed span, the town said. Ferries stopped running.",
    ),
    (
        "bridge-6",
        "Orla Herald",
        "2026-03-05",
        "Engineers reopened the repaired Orla bridge over the Vistan river to traffic on "
        "Thursday, three days after its span collapsed. The first cars crossed at noon.",
    ),
    (
        "bridge-7",
        "Vistan Post",
        "2026-03-06",
        "Shops near the Orla bridge over the Vistan river lost customers while engineers "
        "repaired the collapsed span, the Orla chamber of commerce said on Friday. Some "
        "shops plan a sale next week.",
    ),
]


def _digest(tmp_path: Path, fmt: str) -> str:
    path = tmp_path / "bridge.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in _rows()) + "\n", encoding="utf-8")
    out = tmp_path / f"digest.{fmt}"
    assert main(["digest", str(path), "--min-sources", "1", "--format", fmt, "-o", str(out)]) == 0
    return out.read_text(encoding="utf-8")


def _rows() -> list[dict[str, str]]:
    return [{"id": i, "source": s, "published": d, "text": t} for i, s, d, t in BRIDGE]


def test_the_newest_side_item_does_not_head_a_developing_story() -> None:
    import newsbrief
    from newsbrief.stories.digest import story_headline

    # summarized as the digest summarizes a story it holds (news first)
    summary = newsbrief.summarize(_rows(), briefing=True, latest_first=True)
    headline = story_headline(summary)
    assert "shops" not in headline.lower()  # the newest article, but a side item
    assert "reopened" in headline  # the story's event as it stands now


def test_a_headline_is_never_a_cut_of_a_sentence_printed_below_it(tmp_path: Path) -> None:
    for story in json.loads(_digest(tmp_path, "json"))["stories"]:
        headline = story["headline"]
        start = " ".join(headline.rstrip("…").split()[:8])
        sentences = [" ".join(s["text"].split()) for s in story["summary"]["sentences"]]
        assert sentences  # the rest of the story is still told
        assert not any(s.startswith(start) for s in sentences), headline
        assert len(headline.split()) <= 2 * HEADLINE_WORDS
    # read as a briefing: no numbered summary line opens with its headline's words
    markdown = _digest(tmp_path, "markdown")
    heads = [line.split(". ", 1)[1] for line in markdown.splitlines() if line.startswith("## ")]
    lines = [line.split(". ", 1)[1] for line in markdown.splitlines() if line[:1].isdigit()]
    assert heads and lines
    assert not any(line.startswith(" ".join(h.split()[:8])) for h in heads for line in lines)
