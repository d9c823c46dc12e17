"""`cluster` and `digest` name an article left empty by cleaning with the line the API's
report gives (`newsbrief: skipped FILE:LINE document ID: no article text after
cleaning`, exit 1), and clean each article once on the way to the store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsbrief.clean
import newsbrief.stories.docs
from newsbrief.cli import main

from ..conftest import STORY_A


def _articles(tmp_path: Path, extra: list[dict[str, str]]) -> Path:
    path = tmp_path / "articles.jsonl"
    rows = [*STORY_A, *extra]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def _line(path: Path, n: int, doc_id: str) -> str:
    return f"newsbrief: skipped {path}:{n} document {doc_id}: no article text after cleaning\n"


@pytest.mark.parametrize(
    "command",
    [
        ["cluster", "-o", "{out}"],
        ["cluster", "--db", "{db}", "-o", "{out}"],
        ["digest", "--min-sources", "1", "-o", "{out}"],
        ["digest", "--db", "{db}", "--min-sources", "1", "-o", "{out}"],
    ],
)
def test_the_empty_article_is_named_by_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    path = _articles(tmp_path, [{"id": "promo-7", "text": "Advertisement\n\nShare this article"}])
    out, db = tmp_path / "out", tmp_path / "news.sqlite"
    args = [a.format(out=out, db=db) for a in command]
    assert main([args[0], str(path), *args[1:]]) == 1
    err = capsys.readouterr().err
    assert err.count(_line(path, 4, "promo-7")) == 1
    assert "promo-7" not in out.read_text()  # in no story


def test_only_empty_articles_is_a_user_error_after_naming_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "blank.jsonl"
    path.write_text(json.dumps({"id": "b1", "text": "  "}) + "\n")
    assert main(["cluster", str(path), "-o", str(tmp_path / "out.jsonl")]) == 2
    err = capsys.readouterr().err
    assert err.startswith(_line(path, 1, "b1"))
    assert "newsbrief: error: no articles to cluster" in err


@pytest.mark.parametrize("db", [False, True])
def test_each_article_is_cleaned_once_on_the_way_to_stories(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], db: bool
) -> None:
    cleaned: list[str] = []
    real = newsbrief.clean.clean_text

    def counting(text: str, **kw: object) -> object:
        cleaned.append(text)
        return real(text, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(newsbrief.clean, "clean_text", counting)
    monkeypatch.setattr(newsbrief.stories.docs, "clean_text", counting)
    path = _articles(tmp_path, [{"id": "blank", "text": " \n "}])
    store = ["--db", str(tmp_path / "news.sqlite")] if db else []
    assert main(["cluster", str(path), *store, "-o", str(tmp_path / "out.jsonl")]) == 1
    assert sorted(cleaned) == sorted([d["text"] for d in STORY_A] + [" \n "])
