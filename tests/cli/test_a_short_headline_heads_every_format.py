"""A short first line that reads as a headline is the story's title, and the heading of
every format says so: text, markdown and html open with it, as JSON's ``title`` and
``articles[0].title`` give it, whatever the line ends and the encoding. A title an
article gives is a headline too: short by design, so two content words are enough for
it, when it passes the other tests a sentence passes (``render.rank_titles``)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from newsbrief.cli import main

# Written for these tests.
HEADLINE = "Bridge closed after flood"
BODY = (
    "The old stone bridge in Harlow was closed on Friday after the River Lent flooded it.\n"
    "County engineer Petra Voss said divers would inspect it on Monday.\n"
)
OTHER = (
    "Harlow's bridge will stay shut for a week after Friday's flood, county engineer "
    "Petra Voss said. About 40 homes were evacuated on Mill Lane."
)


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(list(args)) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize(
    ("newline", "encoding"), [("\n", "utf-8"), ("\r\n", "utf-8"), ("\n", "utf-16")]
)
def test_a_text_files_headline_line_is_the_heading_of_every_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], newline: str, encoding: str
) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(f"{HEADLINE}\n\n{BODY}".replace("\n", newline).encode(encoding))
    data = json.loads(_run(capsys, "summarize", str(path), "--format", "json"))
    assert data["articles"][0]["title"] == HEADLINE
    assert data["title"] == HEADLINE
    assert _run(capsys, "summarize", str(path)).splitlines()[0] == HEADLINE
    assert _run(capsys, "summarize", str(path), "--format", "markdown").startswith(
        f"# {HEADLINE}\n"
    )
    page = _run(capsys, "summarize", str(path), "--format", "html")
    assert f"<h1>{HEADLINE}</h1>" in page and f"<title>{HEADLINE}</title>" in page


def test_a_jsonl_articles_given_title_heads_the_story_and_the_digest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = [
        {"id": "a1", "source": "Herald", "title": "Bridge shut", "text": BODY},
        {"id": "a2", "source": "Courier", "text": OTHER},
    ]
    story = tmp_path / "story.jsonl"
    story.write_text(json.dumps({"id": "s1", "documents": docs}) + "\n", encoding="utf-8")
    assert _run(capsys, "summarize", str(story)).splitlines()[0] == "Bridge shut"
    articles = tmp_path / "articles.jsonl"
    articles.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    digest = _run(capsys, "digest", str(articles))
    assert re.search(r"^1\. Bridge shut$", digest, flags=re.MULTILINE), digest
