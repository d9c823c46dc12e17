"""One bad line of a JSONL input: ``cluster`` and ``digest`` stop at it, naming FILE:LINE,
or with ``--on-error skip`` (as ``batch``) name it, finish the rest and exit 1."""

from __future__ import annotations

import json
from itertools import islice
from pathlib import Path

import pytest

from newsbrief.cli import main

from .conftest import DUC


def _duc_articles(n_stories: int = 3, per_story: int = 3) -> list[dict[str, str]]:
    """Real wire articles: the first few of the first DUC 2003 clusters."""
    out: list[dict[str, str]] = []
    with open(DUC, encoding="utf-8") as f:
        for line in islice(f, n_stories):
            story = json.loads(line)
            out += [{"id": d["id"], "text": d["text"]} for d in story["documents"][:per_story]]
    return out


def _with_bad_lines(path: Path) -> tuple[Path, list[str], list[int]]:
    """A JSONL of good articles with four bad lines among them; their line numbers."""
    good = _duc_articles()
    lines = [json.dumps(a) for a in good]
    bad = {
        3: '{"id": "cut-off", "text": "The ministry said',  # malformed JSON
        6: json.dumps({"id": "no-text", "title": "Headline only"}),  # no text
        8: "[1, 2, 3]",  # not an object
        10: json.dumps({"id": good[0]["id"], "text": "Other text under a used id."}),
    }
    for n in sorted(bad):
        lines.insert(n - 1, bad[n])
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, [a["id"] for a in good], sorted(bad)


def _written_ids(out: Path) -> list[str]:
    stories = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return sorted(d["id"] for s in stories for d in s["documents"])


def test_cluster_stops_at_a_malformed_line_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src, _, bad = _with_bad_lines(tmp_path / "articles.jsonl")
    out = tmp_path / "stories.jsonl"
    assert main(["cluster", str(src), "-o", str(out)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith(f"newsbrief: error: {src}:{bad[0]}: malformed JSON")
    assert "--on-error skip" in err[0]
    assert not out.exists()


def test_cluster_on_error_skip_names_each_bad_line_and_clusters_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src, good, bad = _with_bad_lines(tmp_path / "articles.jsonl")
    out = tmp_path / "stories.jsonl"
    assert main(["cluster", str(src), "-o", str(out), "--on-error", "skip"]) == 1
    assert _written_ids(out) == sorted(good)
    err = capsys.readouterr().err
    skipped = [line for line in err.splitlines() if line.startswith("newsbrief: skipped ")]
    assert [line.split()[2].rstrip(":") for line in skipped] == [f"{src}:{n}" for n in bad]
    assert "used twice with different text" in skipped[-1]
    assert f"{len(good)} articles in " in err and f", {len(bad)} skipped" in err


def test_digest_on_error_skip_names_each_bad_line_and_digests_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src, _, bad = _with_bad_lines(tmp_path / "articles.jsonl")
    assert main(["digest", str(src), "--min-sources", "1"]) == 2
    assert f"{src}:{bad[0]}: malformed JSON" in capsys.readouterr().err
    assert main(["digest", str(src), "--min-sources", "1", "--on-error", "skip"]) == 1
    captured = capsys.readouterr()
    err = captured.err.splitlines()
    skipped = [line for line in err if line.startswith("newsbrief: skipped ")]
    assert [line.split()[2].rstrip(":") for line in skipped] == [f"{src}:{n}" for n in bad]
    assert err[-1].endswith(f"in the digest, {len(bad)} skipped")
    assert "1. " in captured.out  # the stories of the good lines are there


def test_a_line_that_is_not_utf8_is_one_bad_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = _duc_articles(2, 2)
    src = tmp_path / "articles.jsonl"
    lines = [json.dumps(a).encode() for a in good]
    lines.insert(1, b'{"id": "latin1", "text": "Caf\xe9 owners said the rent had doubled."}')
    src.write_bytes(b"\n".join(lines) + b"\n")
    out = tmp_path / "stories.jsonl"
    assert main(["cluster", str(src), "-o", str(out), "--on-error", "skip"]) == 1
    assert _written_ids(out) == sorted(a["id"] for a in good)
    assert f"skipped {src}:2: not UTF-8 text" in capsys.readouterr().err


def test_a_bad_document_of_a_story_line_is_skipped_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = _duc_articles(1, 3)
    src = tmp_path / "stories.jsonl"
    story = {"id": "s1", "documents": [good[0], {"id": "empty"}, *good[1:]]}
    src.write_text(json.dumps(story) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["cluster", str(src), "-o", str(out), "--on-error", "skip"]) == 1
    assert _written_ids(out) == sorted(a["id"] for a in good)
    assert f"skipped {src}:1 (id s1): document empty has no 'text'" in capsys.readouterr().err
