"""A markdown file's YAML front matter is its metadata (title, date, author), never text."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from newsbrief.clean import clean_text, front_matter
from newsbrief.cli import main
from newsbrief.ingest import load_documents, story_from_json

BODY = "A storm hit the coast on Monday, officials said.\n\nRoads were closed by noon.\n"
FRONT = (
    '---\ntitle: "Storm hits the coast"\ndate: 2024-05-06\nauthor: Ann Lee\n'
    "tags:\n  - weather\n---\n\n"
)


def test_front_matter_gives_title_date_and_author(tmp_path: Path, capsys) -> None:
    path = tmp_path / "storm.md"
    path.write_text(FRONT + BODY)
    assert main(["summarize", str(path), "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    (art,) = out["articles"]
    assert art["title"] == "Storm hits the coast"
    assert art["published"] == "2024-05-06"
    assert art["author"] == "Ann Lee"
    text = " ".join(s["text"] for s in out["sentences"])
    assert "title:" not in text and "---" not in text and "weather" not in text
    raw = path.read_text()
    for s in out["sentences"]:  # offsets still index the file as given
        assert raw[s["start"] : s["end"]] == s["text"]


def test_front_matter_without_title_leaves_the_heading_as_title(tmp_path: Path) -> None:
    path = tmp_path / "storm.md"
    path.write_text("---\nauthor: Ann Lee\n---\n# Storm on the coast\n\n" + BODY)
    (art,) = load_documents([str(path)])
    assert art.title is None and art.author == "Ann Lee"
    cleaned = clean_text(art.text, markdown=True)
    assert cleaned.title == "Storm on the coast"
    assert "author" not in cleaned.text


def test_story_document_in_markdown_reads_front_matter_unless_given() -> None:
    story = story_from_json(
        {
            "id": "s",
            "documents": [
                {"id": "a", "text": FRONT + BODY, "markup": "markdown"},
                {"id": "b", "text": FRONT + BODY, "markup": "markdown", "title": "Given"},
                {"id": "c", "text": FRONT + BODY},
            ],
        },
        "stories.jsonl:1",
    )
    a, b, c = story.articles
    assert a.title == "Storm hits the coast" and a.published == "2024-05-06"
    assert b.title == "Given"
    # plain text reads front matter too (s34): see test_front_matter_in_plain_text.py
    assert c.title == "Storm hits the coast" and c.published == "2024-05-06"


def test_a_paragraph_between_two_rules_is_text() -> None:
    raw = "---\nThe council met on Monday.\n---\n\nIt voted on Tuesday.\n"
    assert front_matter(raw) == ({}, 0)
    assert "council met" in clean_text(raw, markdown=True, detect_title=False).text


def test_a_heading_between_two_rules_is_the_heading_not_front_matter() -> None:
    raw = "---\n# Storm floods *coastal* towns\n---\n\nThe river rose on Monday.\n"
    assert front_matter(raw) == ({}, 0)
    assert "Storm floods" in clean_text(raw, markdown=True, detect_title=False).text


def test_plain_text_between_two_rules_is_unchanged() -> None:
    raw = "---\nThe council met on Monday.\n---\n\n" + BODY
    assert "council met" in clean_text(raw, markdown=False, detect_title=False).text


_LINES = st.lists(
    st.text(alphabet=st.sampled_from(list("ab :-#'\"\t.|")), max_size=12).filter(
        lambda s: s.rstrip(" \t") not in ("---", "...")  # a closing line ends the block
    ),
    max_size=6,
)


@given(_LINES, st.text(alphabet=st.sampled_from(list("Ab c.\n-")), max_size=40))
def test_front_matter_is_read_whole_or_not_at_all(lines: list[str], body: str) -> None:
    raw = "---\n" + "\n".join(lines) + "\n---\n" + body
    fields, end = front_matter(raw)
    assert end in (0, len(raw) - len(body))
    assert all(k == k.lower() and v == v.strip() and v for k, v in fields.items())
    if end:
        cleaned = clean_text(raw, markdown=True, detect_title=False)
        assert cleaned.raw_map.to_raw(0) >= end or not cleaned.text
