import json
from pathlib import Path

import pytest

from newsbrief.api import summarize
from newsbrief.cli import main
from newsbrief.ingest import load_documents
from newsbrief.render import render

from ..conftest import EXAMPLE


@pytest.mark.parametrize("quotes", [False, True])
@pytest.mark.parametrize("fmt", ["text", "markdown", "json", "html"])
def test_cli_output_equals_render_of_api(fmt: str, quotes: bool, capsys) -> None:
    """The CLI only parses, calls the API and renders: same bytes in every format."""
    argv = ["summarize", str(EXAMPLE), "--words", "60", "--format", fmt]
    assert main([*argv, "--quotes"] if quotes else argv) == 0
    out = capsys.readouterr().out
    summary = summarize(load_documents([str(EXAMPLE)]), words=60, quotes=quotes)
    assert out == render(summary, fmt)


def test_json_schema(capsys) -> None:
    assert main(["summarize", str(EXAMPLE), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= {"id", "summary", "sentences", "articles", "dropped"}
    raw = {p.stem: p.read_text() for p in EXAMPLE.iterdir()}
    for s in data["sentences"]:
        assert set(s) >= {"text", "article_id", "start", "end", "score"}
        # Offsets index the article file as given.
        assert raw[s["article_id"]][s["start"] : s["end"]] == s["text"]
    ids = {a["id"] for a in data["articles"]}
    assert ids == {"fox-news", "nbc-news"}
    for a in data["articles"]:
        assert set(a) >= {"id", "title", "source", "url", "published"}


def test_markdown_lists_sources(capsys) -> None:
    assert main(["summarize", str(EXAMPLE), "--format", "markdown"]) == 0
    out = capsys.readouterr().out
    # the story's title heads the report, then the summary and its sources
    assert out.startswith("# ISIS leader releases message")
    assert "\n## Summary\n" in out and "## Sources" in out


def test_stdin(monkeypatch, capsys) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO((EXAMPLE / "nbc-news.txt").read_text()))
    assert main(["summarize", "-", "--words", "50"]) == 0
    assert capsys.readouterr().out.strip()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["summarize", "does/not/exist.txt"], "no such file"),
        (["summarize", str(EXAMPLE), "--words", "0"], "words must be a positive"),
        (["summarize", "ftp://example.com/a"], "unsupported URL scheme"),
    ],
)
def test_user_errors_are_one_line_exit_2(args, message, capsys) -> None:
    assert main(args) == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_batch_contract(story_jsonl: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(story_jsonl), "-o", str(out), "--words", "40"]) == 0
    rows = [json.loads(x) for x in out.read_text().splitlines()]
    assert [r["id"] for r in rows] == ["bridge", "bridge-2"]
    for r in rows:
        assert r["summary"] == "\n".join(s["text"] for s in r["sentences"])
        assert len(r["summary"].split()) <= 40


def test_batch_jobs_give_same_output(story_jsonl: Path, tmp_path: Path) -> None:
    outs = []
    for jobs in ("1", "2", "0"):
        out = tmp_path / f"out{jobs}.jsonl"
        assert main(["batch", str(story_jsonl), "-o", str(out), "--jobs", jobs]) == 0
        outs.append(out.read_text())
    assert outs[0] == outs[1] == outs[2]


def _bad_batch(tmp_path: Path, story_jsonl: Path) -> Path:
    lines = story_jsonl.read_text().splitlines()
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        "\n".join([lines[0], "{not json", json.dumps({"id": "empty", "documents": []}), lines[1]])
        + "\n"
    )
    return bad


def test_batch_stops_on_bad_line_by_default(tmp_path, story_jsonl, capsys) -> None:
    bad = _bad_batch(tmp_path, story_jsonl)
    assert main(["batch", str(bad), "-o", str(tmp_path / "o.jsonl")]) == 2
    err = capsys.readouterr().err
    assert f"{bad}:2" in err and "malformed JSON" in err


def test_batch_skip_reports_every_bad_item(tmp_path, story_jsonl, capsys) -> None:
    bad = _bad_batch(tmp_path, story_jsonl)
    out = tmp_path / "o.jsonl"
    assert main(["batch", str(bad), "-o", str(out), "--on-error", "skip"]) == 1
    err = capsys.readouterr().err
    assert f"{bad}:2" in err
    assert f"{bad}:3 (id empty)" in err and "no documents" in err
    rows = [json.loads(x) for x in out.read_text().splitlines()]
    assert len(rows) == 4
    assert rows[0]["summary"] and rows[3]["summary"]
    assert rows[1]["error"] and rows[2]["error"] and rows[2]["id"] == "empty"


def test_eval_runs_with_lead_baseline(tmp_path, capsys) -> None:
    refs = ["The city council approved a $40 million bridge over the Elm River on Monday."]
    from ..conftest import STORY_A

    path = tmp_path / "s.jsonl"
    path.write_text(json.dumps({"id": "b", "documents": STORY_A, "references": refs}) + "\n")
    assert main(["eval", str(path), "--baseline", "lead", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data["systems"]) == {"newsbrief:default", "lead"}
    assert data["systems"]["newsbrief:default"]["rouge1_r"] > 0.3


def test_every_command_takes_verbose() -> None:
    import argparse

    from newsbrief.cli import build_parser

    parser = build_parser()
    (sub,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    assert {"summarize", "batch", "attribute", "eval"} <= set(sub.choices)
    for name, p in sub.choices.items():
        assert any("--verbose" in a.option_strings for a in p._actions), name
