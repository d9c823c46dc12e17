"""A digest's cache in the store is keyed by the story, the summary options and the
furniture, never the output format: a cron job's text digest and a JSON, markdown or
HTML digest of the same store read the same entries, so a change of format summarizes
no story again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.cli import main


def _articles(story_jsonl: Path, tmp_path: Path) -> Path:
    """The bridge story's articles, one per line, each from its own outlet."""
    story = json.loads(story_jsonl.read_text().splitlines()[0])
    path = tmp_path / "articles.jsonl"
    lines = [
        {**d, "source": f"Outlet {k}", "published": f"2026-11-{20 + k}"}
        for k, d in enumerate(story["documents"])
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    return path


def _summarized(capsys: pytest.CaptureFixture[str]) -> str:
    """The line ``digest --db`` prints without -v: what it summarized, what it reused."""
    (line,) = [x for x in capsys.readouterr().err.splitlines() if "summarized" in x]
    return line[line.rindex("; ") + 2 :] if "; " in line else line.split(": ", 2)[-1]


def test_a_second_digest_in_another_format_summarizes_no_story(
    story_jsonl: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "news.sqlite")
    src = _articles(story_jsonl, tmp_path)
    assert main(["digest", str(src), "--db", db, "-o", str(tmp_path / "d.txt")]) == 0
    assert _summarized(capsys) == "1 story summarized, 0 from the store's cache"
    for fmt in ("json", "markdown", "html", "text", "json"):
        out = tmp_path / f"d.{fmt}"
        assert main(["digest", "--db", db, "--format", fmt, "-o", str(out)]) == 0
        assert _summarized(capsys) == "0 stories summarized, 1 from the store's cache", fmt
        assert out.read_text(encoding="utf-8").strip()


def test_a_cached_digest_prints_what_a_fresh_one_does_in_every_format(
    story_jsonl: Path, tmp_path: Path
) -> None:
    src = _articles(story_jsonl, tmp_path)
    db = str(tmp_path / "news.sqlite")
    assert main(["digest", str(src), "--db", db, "--format", "text", "-o", "-"]) == 0
    for fmt in ("json", "markdown", "html"):
        cached, fresh = tmp_path / f"cached.{fmt}", tmp_path / f"fresh.{fmt}"
        other = str(tmp_path / f"fresh-{fmt}.sqlite")
        assert main(["digest", "--db", db, "--format", fmt, "-o", str(cached)]) == 0
        assert main(["digest", str(src), "--db", other, "--format", fmt, "-o", str(fresh)]) == 0
        assert cached.read_text(encoding="utf-8") == fresh.read_text(encoding="utf-8"), fmt
