"""A markdown article stays markdown: read from `.md`/`.markdown`, written by `cluster -o`
and read back by `batch`, `summarize` or `digest`, its markup never shows as text."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.cli import main
from newsbrief.ingest import _doc_from_json
from newsbrief.model import Article
from newsbrief.stories.io import document_dict
from newsbrief.stories.store import StoryStore

# Written for these tests.
MARKDOWN = (
    "# Elm River floods Riverton\n\n"
    "The **Elm River** crested at 31 feet on Monday in [Riverton](https://example.org/r), "
    "flooding 40 homes on the east side of town.\n\n"
    "![A flooded street](https://example.org/street.jpg)\n\n"
    "Twelve people died in the flood, county officials said. The _mayor_ ordered the east "
    "side evacuated before dawn.\n\n"
    "> Shelters at two schools took in 300 people, a *Red Cross* spokesman said.\n"
)
MARKUP = ("**", "](", "![", "_mayor_", "*Red", "# ", "> ")


def _no_markup(text: str) -> None:
    assert not [m for m in MARKUP if m in text], text


def _clustered(tmp_path: Path, name: str = "flood.md") -> Path:
    (tmp_path / name).write_text(MARKDOWN, encoding="utf-8")
    out = tmp_path / "stories.jsonl"
    assert main(["cluster", str(tmp_path / name), "-o", str(out)]) == 0
    return out


def test_a_markdown_article_written_by_cluster_is_read_back_as_markdown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stories = _clustered(tmp_path)
    doc = json.loads(stories.read_text())["documents"][0]
    assert doc["markup"] == "markdown" and doc["title"] == "Elm River floods Riverton"
    out = tmp_path / "summaries.jsonl"
    assert main(["batch", str(stories), "-o", str(out)]) == 0
    row = json.loads(out.read_text())
    _no_markup(row["summary"])
    assert "The Elm River crested at 31 feet" in row["summary"]
    for s in row["sentences"]:
        # offsets index the document's text as written: the span holds the markup the
        # shown sentence leaves out, word for word otherwise
        span = doc["text"][s["start"] : s["end"]]
        for word in s["text"].split():
            assert word.strip(".,") in span


@pytest.mark.parametrize("command", ["summarize", "digest"])
def test_summarize_and_digest_read_a_clustered_markdown_article_without_its_markup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    stories = _clustered(tmp_path)
    capsys.readouterr()
    extra = ["--min-sources", "1"] if command == "digest" else []
    assert main([command, str(stories), *extra]) == 0
    out = capsys.readouterr().out
    _no_markup(out)
    assert "Twelve people died in the flood" in out


def test_a_dot_markdown_file_is_read_as_markdown_alone_and_in_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "flood.markdown").write_text(MARKDOWN, encoding="utf-8")
    for named in (folder / "flood.markdown", folder):
        assert main(["summarize", str(named), "--format", "json"]) == 0
        data = json.loads(capsys.readouterr().out)
        assert data["articles"][0]["title"] == "Elm River floods Riverton"
        _no_markup(data["summary"])


def test_a_document_with_an_unknown_markup_is_refused_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "story.jsonl"
    doc = {"id": "d1", "text": "The river rose.", "markup": "rst"}
    path.write_text(json.dumps({"id": "s1", "documents": [doc]}) + "\n")
    assert main(["summarize", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("newsbrief: error: ") and "d1" in err and "'rst'" in err
    assert "\n" not in err


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(min_size=1, max_size=200),
    markup=st.sampled_from(["text", "markdown"]),
    title=st.none() | st.text(min_size=1, max_size=40),
)
def test_a_written_document_reads_back_as_the_same_article(
    text: str, markup: str, title: str | None
) -> None:
    """What `cluster -o` writes for an article, `batch` reads back: text, title, markup."""
    article = Article(id="a1", text=text, title=title, markup=markup)
    line = json.dumps(document_dict(article), ensure_ascii=False)
    back = _doc_from_json(json.loads(line), "stories.jsonl:1", 0)
    assert (back.text, back.title, back.markup) == (text, title or None, markup)


def _stored(db: Path) -> list[Article]:
    with StoryStore(db) as store:
        return [a for s in store.stories(limit=10) for a in s.articles]


def test_a_markdown_article_in_the_story_store_is_read_back_as_markdown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "flood.md").write_text(MARKDOWN, encoding="utf-8")
    db = tmp_path / "news.sqlite"
    assert main(["cluster", str(tmp_path / "flood.md"), "--db", str(db), "-o", "-"]) == 0
    (stored,) = _stored(db)  # a new connection: read from the table, not from memory
    assert stored.markup == "markdown" and stored.title == "Elm River floods Riverton"
    capsys.readouterr()
    assert main(["digest", "--db", str(db), "--min-sources", "1", "--words", "60"]) == 0
    out = capsys.readouterr().out
    _no_markup(out)
    assert "The Elm River crested at 31 feet" in out


def _without_markup_column(db: Path) -> None:
    """The store as a newsbrief from before the markup column wrote it."""
    con = sqlite3.connect(db)
    cols = [r[1] for r in con.execute("PRAGMA table_info(articles)") if r[1] != "markup"]
    con.executescript(
        f"BEGIN; CREATE TABLE old AS SELECT {', '.join(cols)} FROM articles; "
        "DROP TABLE articles; ALTER TABLE old RENAME TO articles; COMMIT;"
    )
    con.close()


def test_a_store_written_before_markup_was_kept_opens_and_keeps_new_markdown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plain = tmp_path / "plain.txt"
    plain.write_text("Dam holds\n\nThe dam above Riverton held on Tuesday, engineers said.\n")
    db = tmp_path / "news.sqlite"
    assert main(["cluster", str(plain), "--db", str(db), "-o", "-"]) == 0
    _without_markup_column(db)
    (tmp_path / "flood.md").write_text(MARKDOWN, encoding="utf-8")
    # opened again, as a second writer opens it: the column is added once
    with StoryStore(db), StoryStore(db):
        pass
    assert main(["cluster", str(tmp_path / "flood.md"), "--db", str(db), "-o", "-"]) == 0
    markup = {a.id: a.markup for a in _stored(db)}
    assert markup == {"plain": "text", "flood": "markdown"}


def test_a_digest_cached_while_markdown_was_read_as_text_is_not_served_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "flood.md").write_text(MARKDOWN, encoding="utf-8")
    db = tmp_path / "news.sqlite"
    assert main(["cluster", str(tmp_path / "flood.md"), "--db", str(db), "-o", "-"]) == 0
    digest = ["digest", "--db", str(db), "--min-sources", "1"]
    with sqlite3.connect(db) as con:  # as a newsbrief that did not read the column sees it
        con.execute("UPDATE articles SET markup = NULL")
    capsys.readouterr()
    assert main(digest) == 0
    assert "**" in capsys.readouterr().out  # read as plain text, and cached so
    with sqlite3.connect(db) as con:
        con.execute("UPDATE articles SET markup = 'markdown'")
    assert main(digest) == 0
    _no_markup(capsys.readouterr().out)
