"""An article over the size limit is refused at once, by name, never read into memory."""

from __future__ import annotations

import io
import json
from pathlib import Path

from newsbrief.cli import main
from newsbrief.ingest import MAX_ARTICLE_BYTES

from ..conftest import EXAMPLE, STORY_A


def _error(capsys) -> str:
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    return err[0]


def test_a_50_mb_file_fails_fast_naming_the_file_and_the_limit(tmp_path: Path, capsys) -> None:
    big = tmp_path / "dump.txt"
    with big.open("wb") as f:
        f.truncate(50_000_000)  # sparse, all NUL bytes: reading it would say "binary file"
    assert main(["summarize", str(EXAMPLE), str(big)]) == 2
    line = _error(capsys)
    assert line.startswith(f"newsbrief: error: {big}: article is 50,000,000 bytes")
    assert f"limit of {MAX_ARTICLE_BYTES:,} bytes per article" in line
    assert "NEWSBRIEF_MAX_ARTICLE_BYTES" in line


def test_the_limit_can_be_moved_by_the_environment(tmp_path: Path, monkeypatch, capsys) -> None:
    article = tmp_path / "a.txt"
    article.write_text(STORY_A[0]["text"])
    monkeypatch.setenv("NEWSBRIEF_MAX_ARTICLE_BYTES", "100")
    assert main(["summarize", str(article)]) == 2
    assert "over the limit of 100 bytes per article" in _error(capsys)
    monkeypatch.setenv("NEWSBRIEF_MAX_ARTICLE_BYTES", "lots")
    assert main(["summarize", str(article)]) == 2
    assert "NEWSBRIEF_MAX_ARTICLE_BYTES must be a positive number" in _error(capsys)
    monkeypatch.setenv("NEWSBRIEF_MAX_ARTICLE_BYTES", "100000")
    assert main(["summarize", str(article)]) == 0


def test_stdin_over_the_limit_is_refused(monkeypatch, capsys) -> None:
    monkeypatch.setenv("NEWSBRIEF_MAX_ARTICLE_BYTES", "1000")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"word " * 1000)))
    assert main(["summarize", "-"]) == 2
    assert "<stdin>: article is over the limit of 1,000 bytes per article" in _error(capsys)


def test_in_a_batch_an_oversized_document_is_one_skipped_story(tmp_path: Path, capsys) -> None:
    stories = tmp_path / "in.jsonl"
    big = {"id": "big", "documents": [{"id": "d1", "text": "word " * (MAX_ARTICLE_BYTES // 5 + 1)}]}
    stories.write_text(
        "\n".join(json.dumps(x) for x in ({"id": "ok", "documents": STORY_A}, big)) + "\n"
    )
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(stories), "-o", str(out), "--on-error", "skip"]) == 1
    lines = [json.loads(x) for x in out.read_text().splitlines()]
    assert [x["id"] for x in lines] == ["ok", "big"]
    assert lines[0]["summary"] and "error" not in lines[0]
    assert "document d1" in lines[1]["error"] and "over the limit" in lines[1]["error"]
    err = capsys.readouterr().err
    assert f"{stories}:2 (id big)" in err and "over the limit" in err


def test_an_oversized_html_file_is_refused_before_it_is_parsed(tmp_path: Path, capsys) -> None:
    page = tmp_path / "page.html"
    with page.open("wb") as f:
        f.truncate(6_000_000)
    assert main(["summarize", str(EXAMPLE), str(page)]) == 2
    assert f"{page}: page is 6,000,000 bytes, over the limit of 5,000,000 bytes per page" in (
        _error(capsys)
    )
