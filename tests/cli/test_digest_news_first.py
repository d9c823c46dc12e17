"""A digest reads as a morning briefing: a developing story is headed by where it stands
now and opens on its latest development, then the background in time order; `summarize`
still reads the story as a whole."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest

import newsbrief
from newsbrief.cli import main
from newsbrief.model import Sentence
from newsbrief.recency import newest_articles, reported_day

# Written for these tests: a ferry that ran aground, told over three days by three outlets.
FERRY = [
    (
        "ferry-1",
        "Island Courier",
        "2025-05-05",
        "The passenger ferry Marisol ran aground on a sandbank off Kessel Island on Monday "
        "with 214 people aboard. No one was hurt, the coast guard said. The ferry had left "
        "Port Hanna an hour earlier on its daily crossing to the island. Passengers were "
        "told to stay aboard while the tide was low.",
    ),
    (
        "ferry-2",
        "Harbor Times",
        "2025-05-05",
        "A ferry carrying 214 people ran aground off Kessel Island on Monday, the coast "
        "guard said. The Marisol had left Port Hanna on its daily crossing. No injuries were "
        "reported, and the passengers stayed aboard overnight.",
    ),
    (
        "ferry-3",
        "Coast Radio",
        "2025-05-06",
        "Coast guard boats took the 214 passengers of the stranded ferry Marisol off the "
        "ship on Tuesday and brought them to Port Hanna. The Marisol ran aground off Kessel "
        "Island on Monday. The operator said the ferry's hull was not breached.",
    ),
    (
        "ferry-4",
        "Island Courier",
        "2025-05-07",
        "Salvage tugs refloated the ferry Marisol on Wednesday and towed it back to Port "
        "Hanna, two days after it ran aground off Kessel Island. Investigators said they "
        "would question the captain about the ship's course. The ferry had been inspected "
        "on April 2 and passed.",
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


def _write(tmp_path: Path, rows: list[dict[str, str]] | None = None) -> Path:
    path = tmp_path / "ferry.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows or _rows()) + "\n", encoding="utf-8")
    return path


def _digest(tmp_path: Path, fmt: str, *extra: str) -> str:
    out = tmp_path / f"digest.{fmt}"
    assert main(["digest", str(_write(tmp_path)), "--format", fmt, "-o", str(out), *extra]) == 0
    return out.read_text(encoding="utf-8")


DAY = {i: day for i, _, day, _ in FERRY}


def test_developing_story_is_headed_by_its_latest_news_and_opens_on_it(tmp_path: Path) -> None:
    (story,) = json.loads(_digest(tmp_path, "json"))["stories"]
    # the ferry is afloat again: the headline says so, not Monday's grounding
    assert "refloated" in story["headline"]
    sentences = story["summary"]["sentences"]
    assert all(s["text"] != story["headline"] for s in sentences)  # said once
    if DAY[sentences[0]["article_id"]] != "2025-05-07":
        # the summary opened on the latest news, and the headline says it whole: the
        # body goes on from there rather than saying it again
        latest = newsbrief.summarize(_rows(), briefing=True, latest_first=True)
        assert " ".join(latest.sentences[0].text.split()) == story["headline"]
    assert story["summary"]["title"] == story["headline"]  # one name for the story


def test_after_the_latest_news_the_story_reads_in_time_order(tmp_path: Path) -> None:
    (story,) = json.loads(_digest(tmp_path, "json"))["stories"]
    latest = DAY[story["summary"]["sentences"][0]["article_id"]]
    # a sentence of the latest day right after it ("Investigators said they would ...")
    # goes on with the latest news; the background after it is in time order
    rest = story["summary"]["sentences"][1:]
    while rest and DAY[rest[0]["article_id"]] == latest:
        rest = rest[1:]
    assert rest, "the budget leaves room for background"
    days = [DAY[s["article_id"]] for s in rest]
    assert days == sorted(days)


def test_digest_can_still_open_on_the_overview(tmp_path: Path) -> None:
    (story,) = json.loads(_digest(tmp_path, "json", "--no-latest-first"))["stories"]
    assert "refloated" not in story["headline"]


def test_summarize_and_batch_read_the_story_as_a_whole_unless_asked() -> None:
    rows = _rows()
    plain = newsbrief.summarize(rows, analysis=False)
    assert plain.text == newsbrief.summarize(rows, analysis=False, latest_first=False).text
    latest = newsbrief.summarize(rows, analysis=False, latest_first=True)
    assert latest.sentences[0].article_id in {"ferry-4", "ferry-5"}
    assert plain.sentences[0].article_id not in {"ferry-4", "ferry-5"}


def test_a_story_of_one_day_has_no_latest_development() -> None:
    one_day = [dict(r, published="2025-05-05") for r in _rows()]
    assert (
        newest_articles(
            [newsbrief.Article(r["id"], r["text"], published=r["published"]) for r in one_day]
        )
        is None
    )
    briefing = newsbrief.summarize(one_day, analysis=False, briefing=True)
    latest = newsbrief.summarize(one_day, analysis=False, briefing=True, latest_first=True)
    assert latest.sentences == briefing.sentences


def test_newest_third_of_a_story_holds_every_article_of_the_day_it_ends_on() -> None:
    arts = [newsbrief.Article(i, text, published=day) for i, _, day, text in FERRY]
    assert newest_articles(arts) == {"ferry-4", "ferry-5"}
    undated = [newsbrief.Article(i, text) for i, _, _, text in FERRY]
    assert newest_articles(undated) is None


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        (
            "PAL closed for nearly two weeks on Sept. 23 after the strike.",
            "1998-10-10",
            "1998-09-23",
        ),
        (
            "The jet was blown up over Lockerbie in 1988, killing 270 people.",
            "1998-11-20",
            "1988-01-01",
        ),
        ("Flights will resume on Oct. 30, the airline said.", "1998-10-10", "1998-10-10"),
        ("Libya has been under sanctions since 1992.", "1998-11-20", "1998-11-20"),
        ("The talks collapsed yesterday.", "1998-11-20", "1998-11-19"),
        ("The talks collapsed.", None, None),
    ],
)
def test_a_sentence_is_dated_by_the_earlier_day_it_reports(
    text: str, published: str | None, day: str | None
) -> None:
    assert reported_day(Sentence("a", 0, len(text), text, 0, 0), published) == day


def test_text_and_html_digests_carry_the_analysis_the_markdown_digest_has(
    tmp_path: Path,
) -> None:
    # 40 words: the summary leaves out facts both outlets report, so the digest lists
    # some (at the default length every shared fact of the ferry is a summary sentence,
    # and the facts lists hold only what the summary does not say)
    md = _digest(tmp_path, "markdown", "--words", "40")
    text = _digest(tmp_path, "text", "--words", "40")
    page = _digest(tmp_path, "html", "--words", "40")
    sections = {
        "### Reported by several outlets": "Reported by several outlets:",
        "### Disagreements": "Where the sources disagree:",
        "### How the figures developed": "How the figures developed",
        "### Sources": "Sources",
    }
    assert "### Reported by several outlets" in md  # the ferry's shared facts
    for heading, said in sections.items():
        if heading in md:
            assert said in text, said
            assert said in page, said
    # every outlet named beside a sentence links to its line under Sources
    for anchor in set(page.split('href="#')[1:]):
        target = anchor.split('"', 1)[0]
        assert f'id="{target}"' in page


def test_html_digest_links_each_article_to_its_page(tmp_path: Path) -> None:
    rows = [dict(r, url=f"https://news.example/{r['id']}") for r in _rows()]
    out = tmp_path / "d.html"
    assert main(["digest", str(_write(tmp_path, rows)), "--format", "html", "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    for r in rows:
        assert f'<a href="{r["url"]}" rel="noopener noreferrer">{r["id"]}</a>' in page


def test_every_format_counts_the_articles_its_summary_reads(tmp_path: Path) -> None:
    # a copy of another article's text is no article of its own: counted apart
    rows = [*_rows(), dict(_rows()[0], id="ferry-1-copy")]
    path = _write(tmp_path, rows)
    said = {}
    for fmt in ("text", "markdown", "json", "html"):
        out = tmp_path / f"d.{fmt}"
        assert main(["digest", str(path), "--format", fmt, "-o", str(out)]) == 0
        said[fmt] = out.read_text(encoding="utf-8")
    (story,) = json.loads(said["json"])["stories"]
    assert story["n_articles"] == len(story["summary"]["articles"]) == 5
    assert story["copies"] == 1
    said["html"] = html.unescape(said["html"])
    said["markdown"] = said["markdown"].replace("\\", "")  # markdown escapes
    for fmt in ("text", "markdown", "html"):
        assert "5 articles (+1 copy of another's text)" in said[fmt]
