"""attribute: bad claim lines reported in place under their own id; stdin used once."""

import json
from pathlib import Path

from newsbrief.cli import main


def _claims(tmp_path: Path, rows: list[object]) -> Path:
    path = tmp_path / "claims.jsonl"
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows))
    return path


def test_error_lines_keep_the_claim_id_the_line_gave(
    story_jsonl: Path, tmp_path: Path, capsys
) -> None:
    story = json.loads(story_jsonl.read_text().splitlines()[0])["id"]
    claims = _claims(
        tmp_path,
        [
            {"story": story, "claim_id": "no-text"},
            {"story": "elsewhere", "claim_id": "lost"},
            "not json",
        ],
    )
    out = tmp_path / "out.jsonl"
    args = ["attribute", "--batch", str(story_jsonl), "--claims", str(claims), "-o", str(out)]
    code = main([*args, "--on-error", "skip"])
    assert code == 1
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["claim_id"] for r in rows] == ["no-text", "lost", None]
    assert all("error" in r for r in rows)


def test_an_empty_claim_is_an_error_not_an_unsupported_claim(
    story_jsonl: Path, tmp_path: Path, capsys
) -> None:
    story = json.loads(story_jsonl.read_text().splitlines()[0])["id"]
    claims = _claims(tmp_path, [{"story": story, "claim_id": "c1", "claim": "  "}])
    out = tmp_path / "out.jsonl"
    args = ["attribute", "--batch", str(story_jsonl), "--claims", str(claims), "-o", str(out)]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "claims.jsonl:1 (id c1): claim is empty" in err
    assert main([*args, "--on-error", "skip"]) == 1
    row = json.loads(out.read_text())
    assert row["claim_id"] == "c1" and "empty" in row["error"]


def test_story_and_summary_both_from_stdin_is_one_clear_error(monkeypatch, capsys) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("The council voted 7-2 on Monday.\n"))
    assert main(["attribute", "-", "--summary", "-"]) == 2
    err = capsys.readouterr().err
    assert err.count("newsbrief: error:") == 1 and "not both" in err and "Traceback" not in err
