"""``-v`` makes cluster, digest and attribute --batch say what they did, as the others do."""

from __future__ import annotations

import json
from pathlib import Path

from newsbrief.cli import main


def _info(capsys) -> list[str]:
    return [x for x in capsys.readouterr().err.splitlines() if x.startswith("newsbrief: info:")]


def _articles(story_jsonl: Path, tmp_path: Path) -> Path:
    """The bridge story's articles, one per line, each from its own outlet."""
    story = json.loads(story_jsonl.read_text().splitlines()[0])
    path = tmp_path / "articles.jsonl"
    lines = [{**d, "source": f"Outlet {k}"} for k, d in enumerate(story["documents"])]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    return path


def test_cluster_logs_counts_and_time_with_v(story_jsonl: Path, tmp_path: Path, capsys) -> None:
    src = _articles(story_jsonl, tmp_path)
    assert main(["cluster", str(src), "-o", str(tmp_path / "s.jsonl")]) == 0
    assert _info(capsys) == []
    assert main(["cluster", str(src), "-o", str(tmp_path / "s.jsonl"), "-v"]) == 0
    (line,) = _info(capsys)
    assert "cluster: 3 articles read" in line and "1 story in" in line
    db = tmp_path / "news.sqlite"
    assert main(["cluster", str(src), "--db", str(db), "-o", str(tmp_path / "s.jsonl"), "-v"]) == 0
    (line,) = _info(capsys)
    assert f"store {db} now holds 1 story" in line


def test_digest_logs_what_it_summarized_and_reused(
    story_jsonl: Path, tmp_path: Path, capsys
) -> None:
    src = _articles(story_jsonl, tmp_path)
    db = str(tmp_path / "news.sqlite")
    args = ["digest", str(src), "--db", db, "-o", str(tmp_path / "d.txt"), "-v"]
    assert main(args) == 0
    (line,) = _info(capsys)
    assert "1 with 2+ outlets shown (1 summarized, 0 from the store's cache)" in line
    assert main(args) == 0
    (line,) = _info(capsys)
    assert "(0 summarized, 1 from the store's cache)" in line


def test_attribute_batch_logs_claims_with_v(story_jsonl: Path, tmp_path: Path, capsys) -> None:
    claims = tmp_path / "claims.jsonl"
    claims.write_text(
        json.dumps({"story": "bridge", "claim_id": "c1", "claim": "The council approved a bridge."})
        + "\n"
    )
    out = tmp_path / "out.jsonl"
    assert (
        main(
            [
                "attribute",
                "--batch",
                str(story_jsonl),
                "--claims",
                str(claims),
                "-o",
                str(out),
                "-v",
            ]
        )
        == 0
    )
    (line,) = _info(capsys)
    assert "attribute --batch: 1 claims attributed, 0 skipped" in line
