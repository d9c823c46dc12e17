"""Small messages a new user met, each saying what is wrong in words that fit the case."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from newsbrief.cli import main
from newsbrief.cli.summarize import apart
from newsbrief.errors import FetchError, MissingExtraError
from newsbrief.ingest import load_documents_report
from newsbrief.ingest.fetch import check_url

from ..conftest import EXAMPLE, STORY_A
from .conftest import one_error_line

PAGES = Path(__file__).resolve().parents[1] / "data" / "pages"


@pytest.mark.parametrize(
    ("value", "limit", "shown"),
    [(0.0884, 0.09, ("0.088", "0.090")), (0.05, 0.09, ("0.05", "0.09"))],
)
def test_a_similarity_and_its_threshold_never_print_as_the_same_number(
    value: float, limit: float, shown: tuple[str, str]
) -> None:
    assert apart(value, limit) == shown


def test_the_mixed_story_warning_shows_differing_numbers(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import newsbrief.coherence as coherence

    ids = sorted(p.stem for p in EXAMPLE.glob("*.txt"))
    outlier = coherence.Outlier(ids[0], 0.0884, ids[1])
    monkeypatch.setattr(coherence, "mixed_story_outliers", lambda articles: [outlier])
    assert main(["summarize", str(EXAMPLE)]) == 0
    assert "similarity 0.088, below 0.090" in capsys.readouterr().err


def test_a_relative_link_is_called_one() -> None:
    with pytest.raises(FetchError) as caught:
        check_url("page.html", "feed.xml item 1")
    assert caught.value.message == "refused to follow a relative link (no scheme): page.html"
    with pytest.raises(FetchError) as caught:
        check_url("ftp://x.example/a", "a")
    assert caught.value.message == "refused to follow a ftp: URL"


@pytest.mark.parametrize("command", ["cluster", "digest"])
def test_a_db_in_a_missing_folder_or_naming_a_folder_says_which(
    tmp_path: Path, story_jsonl: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    missing = tmp_path / "nope" / "x.sqlite"
    out = str(tmp_path / "o")
    assert main([command, str(story_jsonl), "--db", str(missing), "-o", out]) == 2
    line = one_error_line(capsys)
    assert f"{missing}: the folder {missing.parent} does not exist" in line
    assert main([command, str(story_jsonl), "--db", str(tmp_path), "-o", out]) == 2
    line = one_error_line(capsys)
    assert f"{tmp_path}: is a folder, not a story store file" in line
    assert "unable to open database file" not in line


def test_cluster_warns_about_a_published_date_it_cannot_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps({**STORY_A[0], "published": "not a date"}) + "\n")
    assert main(["cluster", str(src), "-o", str(tmp_path / "o.jsonl")]) == 0
    err = capsys.readouterr().err
    assert "unreadable 'published' date 'not a date' ignored (use ISO 8601)" in err
    assert f"{src}:1" in err


def test_a_feed_needing_the_html_extra_names_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "lxml", None)
    feed = str(PAGES / "roundup.atom")
    with pytest.raises(MissingExtraError) as caught:
        load_documents_report([feed])
    assert caught.value.where == feed and str(caught.value).startswith(f"{feed}: ")
