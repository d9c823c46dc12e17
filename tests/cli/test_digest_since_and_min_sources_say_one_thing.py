"""``digest --since`` keeps only dated news (an undated story is not news "on or after"
any day), and says how many undated stories it left out; an empty digest gives one
suggestion for ``--min-sources``, the same on the page and on stderr; with a store the
empty ``--since`` digest gives its reason as the plain one does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.cli import main

from ..conftest import STORY_A

# A second story, written for this test: a harbor fire, two articles.
FIRE = [
    "A fire destroyed a grain warehouse at the Riverton harbor on Thursday night, the fire "
    "department said. No one was hurt, and the cause of the blaze is under investigation.",
    "Firefighters fought a blaze at a Riverton harbor grain warehouse for six hours on "
    "Thursday night. The warehouse was destroyed, but no one was hurt, officials said.",
]


def _articles(tmp_path: Path, *, dated_b: bool) -> Path:
    src = tmp_path / "articles.jsonl"
    rows = [dict(d, source=f"Outlet {k}", published="2026-11-20") for k, d in enumerate(STORY_A)]
    rows += [
        {"id": f"b{k}", "text": t, "source": f"Outlet {k}"}
        | ({"published": "2026-11-21"} if dated_b else {})
        for k, t in enumerate(FIRE)
    ]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return src


def test_since_leaves_out_an_undated_story_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = _articles(tmp_path, dated_b=False)
    assert main(["digest", str(src), "--since", "2026-11-19", "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert len(out["stories"]) == 1  # the dated story only
    assert out["not_shown"]["undated"] == 1
    assert out["not_shown"]["notes"] == [
        "1 undated story not shown (a since date keeps only stories dated on or after it)"
    ]
    # without --since the undated story is news like any other
    assert main(["digest", str(src), "--format", "json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["stories"]) == 2


def test_an_empty_since_digest_counts_the_older_and_the_undated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = _articles(tmp_path, dated_b=False)
    assert main(["digest", str(src), "--since", "2030-01-01"]) == 0
    captured = capsys.readouterr()
    why = "no story has news on or after 2030-01-01 (1 is older, 1 is undated)"
    assert "No story has news on or after 2030-01-01 (1 is older, 1 is undated)." in captured.out
    assert captured.err.strip() == f"newsbrief: warning: {why}; use an earlier --since"


def test_an_empty_digest_suggests_one_min_sources_everywhere(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = _articles(tmp_path, dated_b=True)
    assert main(["digest", str(src), "--min-sources", "5"]) == 0
    captured = capsys.readouterr()
    shown = [line for line in captured.out.splitlines() if "--min-sources" in line]
    said = [line for line in captured.err.splitlines() if "--min-sources" in line]
    assert shown == ["2 stories from fewer than 5 outlets not shown (use --min-sources 3)"]
    assert len(said) == 1 and said[0].endswith(
        "the most any has is 3 outlets (use --min-sources 3)"
    )


def test_a_store_digest_since_a_later_day_gives_its_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = _articles(tmp_path, dated_b=True)
    store = str(tmp_path / "st.sqlite")
    assert main(["digest", str(src), "--db", store, "-o", str(tmp_path / "d.txt")]) == 0
    capsys.readouterr()
    assert main(["digest", "--db", store, "--since", "2030-01-01", "--min-sources", "1"]) == 0
    out = capsys.readouterr().out
    assert "No story has news on or after 2030-01-01 (the 2 stories are older)." in out
