"""The same text given twice (one article saved as a.txt and b.txt) is one report: it is
counted once as a source and an outlet, and the output says the copy was set aside."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsbrief
from newsbrief.cli import main

from ..conftest import DUC


@pytest.fixture
def docs() -> list[dict]:
    story = json.loads(DUC.read_text(encoding="utf-8").splitlines()[0])
    return story["documents"]


def _files(tmp_path: Path, docs: list[dict]) -> list[Path]:
    a, b, c = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt"
    a.write_text(docs[0]["text"], encoding="utf-8")
    # the same text, saved with other line breaks and spacing
    b.write_text("  " + "\n\n".join(docs[0]["text"].split("\n")) + "\n", encoding="utf-8")
    c.write_text(docs[1]["text"], encoding="utf-8")
    return [a, b, c]


def test_a_copy_is_neither_a_source_nor_an_outlet_and_is_named_as_set_aside(
    tmp_path: Path, docs: list[dict], capsys: pytest.CaptureFixture[str]
) -> None:
    a, b, c = _files(tmp_path, docs)
    assert main(["summarize", str(a), str(b), str(c), "--format", "json"]) == 0
    out, err = capsys.readouterr()
    data = json.loads(out)
    assert data["outlets"] == ["a", "c"]
    assert [x["id"] for x in data["articles"]] == ["a", "c"]
    assert {x["document"] for x in data["coverage"]} == {"a", "c"}
    for s in data["sentences"]:
        assert "b" not in {e["document"] for e in s.get("supported_by", [])}
    assert data["dropped"] == [{"id": str(b), "reason": "duplicate", "duplicate_of": str(a)}]
    assert f"{b}: the same text as {a}, counted once" in err


def test_the_api_keeps_the_first_copy_and_drops_the_others(docs: list[dict]) -> None:
    one, other = docs[0]["text"], docs[1]["text"]
    summary = newsbrief.summarize([one, one, other, one])
    assert [a.id for a in summary.articles] == ["doc1", "doc3"]
    copies = [(d.article_id, d.reason, d.duplicate_of) for d in summary.dropped]
    assert copies == [("doc2", "duplicate", "doc1"), ("doc4", "duplicate", "doc1")]
    assert summary.analysis is not None
    assert {c.article_id for c in summary.analysis.coverage} == {"doc1", "doc3"}


def test_the_digest_counts_a_copy_as_no_second_outlet(
    tmp_path: Path, docs: list[dict], capsys: pytest.CaptureFixture[str]
) -> None:
    _files(tmp_path, docs)
    assert main(["digest", str(tmp_path), "--min-sources", "3"]) == 0
    out, err = capsys.readouterr()
    assert "No story meets the criteria" in out
    assert "the most any has is 2 outlets" in err
    assert main(["digest", str(tmp_path), "--min-sources", "2"]) == 0
    # the copy is counted apart, as the summary and the story's web page count it
    assert "2 outlets (a, c), 2 articles (+1 copy of another's text)" in capsys.readouterr().out


def test_the_digest_from_a_store_counts_a_copy_as_no_second_outlet(
    tmp_path: Path, docs: list[dict], capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _files(folder, docs)
    db = str(tmp_path / "stories.db")
    assert main(["digest", str(folder), "--min-sources", "3", "--db", db]) == 0
    assert "No story meets the criteria" in capsys.readouterr().out
    assert main(["digest", "--min-sources", "2", "--db", db]) == 0
    # the copy is counted apart, as the summary and the story's web page count it
    assert "2 outlets (a, c), 2 articles (+1 copy of another's text)" in capsys.readouterr().out
