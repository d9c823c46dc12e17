"""A digest entry says what the docs say: its headline is cut to the word limit as every
title is, its article count is the articles its summary reads (a copy of another's text
and a near-copy the summary sets aside as a duplicate are said apart), and its markdown
headings go one level at a time under the story's."""

from __future__ import annotations

import html
import itertools
import json
from pathlib import Path

from newsbrief.cli import main
from newsbrief.render import HEADLINE_WORDS

from ..cli.test_digest_news_first import FERRY as NEWS_FIRST_FERRY

# The ferry story of the briefing tests (written for them), its newest two reports
# opening on an aside before the verb.
FERRY = [
    *NEWS_FIRST_FERRY[:3],
    (
        "ferry-4",
        "Island Courier",
        "2025-05-07",
        # the newest article opens on an aside of 16 words before its verb
        "The Marisol, the passenger ferry that ran aground off Kessel Island on Monday with "
        "214 people aboard, was refloated by salvage tugs on Wednesday. Investigators said "
        "they would question the captain about the ship's course.",
    ),
    (
        "ferry-5",
        "Harbor Times",
        "2025-05-07",
        "The grounded ferry Marisol was refloated by salvage tugs on Wednesday and towed to "
        "Port Hanna. Investigators will question the captain about the course the Marisol "
        "took off Kessel Island. Crossings to the island resume on Friday with another ship.",
    ),
]


def _rows() -> list[dict[str, str]]:
    return [
        {"id": i, "source": source, "published": day, "text": text}
        for i, source, day, text in FERRY
    ]


def _digests(tmp_path: Path, rows: list[dict[str, str]]) -> dict[str, str]:
    path = tmp_path / "ferry.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    said = {}
    for fmt in ("text", "markdown", "json", "html"):
        out = tmp_path / f"d.{fmt}"
        assert main(["digest", str(path), "--format", fmt, "-o", str(out)]) == 0
        said[fmt] = out.read_text(encoding="utf-8")
    said["html"] = html.unescape(said["html"])
    said["markdown"] = said["markdown"].replace("\\", "")  # markdown escapes
    return said


def test_a_digest_headline_has_at_most_twice_the_title_word_limit(tmp_path: Path) -> None:
    said = _digests(tmp_path, _rows())
    (story,) = json.loads(said["json"])["stories"]
    headline = story["headline"]
    # a summary sentence is shown whole (up to twice the limit) rather than cut over
    # itself printed in full below (s33 dgR); it is then not listed again
    assert len(headline.split()) <= 2 * HEADLINE_WORDS
    assert headline not in [s["text"] for s in story["summary"]["sentences"]]
    assert story["summary"]["title"] == headline
    assert "refloated" in headline  # still the story's latest news
    assert f"1. {headline}" in said["text"]
    assert f"## 1. {headline}" in said["markdown"]
    assert headline in said["html"]


def test_near_copies_the_summary_sets_aside_are_counted_apart(tmp_path: Path) -> None:
    rows = _rows()
    # an updated re-send of Coast Radio's report (a near-copy) and an exact copy
    update = dict(rows[2], id="ferry-3-update")
    update["text"] += " The operator said repairs would take a week."
    rows += [update, dict(rows[0], id="ferry-1-copy")]
    said = _digests(tmp_path, rows)
    (story,) = json.loads(said["json"])["stories"]
    dropped = [d for d in story["summary"]["dropped"] if d["reason"] == "duplicate"]
    listed = {a["id"] for a in story["summary"]["articles"]}
    near = [d for d in dropped if d["id"] in listed]
    assert len(near) == 1 and story["near_copies"] == 1
    assert story["copies"] == 1
    # the articles the summary reads: those listed, less the near-copy it set aside
    assert story["n_articles"] == len(listed) - 1 == 5
    for fmt in ("text", "markdown", "html"):
        assert "5 articles (+1 copy of another's text, +1 near-copy set aside)" in said[fmt]


def test_markdown_digest_headings_go_one_level_at_a_time(tmp_path: Path) -> None:
    md = _digests(tmp_path, _rows())["markdown"]
    levels = [len(x) - len(x.lstrip("#")) for x in md.splitlines() if x.startswith("#")]
    assert levels[0] == 1 and 2 in levels and 3 in levels
    for before, after in itertools.pairwise(levels):
        assert after <= before + 1
    assert "### Sources" in md


def test_sentences_of_several_days_say_the_day_of_their_article(tmp_path: Path) -> None:
    # "on Monday" in Tuesday's report and "on Wednesday" in Wednesday's: the reader is
    # told which day each article appeared
    said = _digests(tmp_path, _rows())
    (story,) = json.loads(said["json"])["stories"]
    day = {a["id"]: a["published"][:10] for a in story["summary"]["articles"]}
    sentences = story["summary"]["sentences"]
    assert len({day[s["article_id"]] for s in sentences}) >= 2
    for s in sentences:
        assert f"; {day[s['article_id']]})" in said["text"]
        assert f"; {day[s['article_id']]})*" in said["markdown"]
        assert f"</a>; {day[s['article_id']]})" in said["html"]


def test_sentences_of_one_day_are_not_dated(tmp_path: Path) -> None:
    rows = [dict(r, published="2025-05-05") for r in _rows()]
    said = _digests(tmp_path, rows)
    assert "; 2025-05-05)" not in said["text"]
    assert "; 2025-05-05)" not in said["markdown"]
