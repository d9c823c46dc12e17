"""`newsbrief cluster` and `newsbrief digest` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.cli import main

from .conftest import articles


def _jsonl(path: Path, items: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(a) + "\n" for a in items), encoding="utf-8")
    return path


def test_cluster_output_is_taken_as_is_by_batch(tmp_path: Path) -> None:
    src = _jsonl(tmp_path / "articles.jsonl", articles())
    out = tmp_path / "stories.jsonl"
    assert main(["cluster", str(src), "-o", str(out)]) == 0
    stories = [json.loads(line) for line in out.read_text().splitlines()]
    ids = sorted(d["id"] for s in stories for d in s["documents"])
    assert ids == sorted(a["id"] for a in articles())
    summaries = tmp_path / "summaries.jsonl"
    assert main(["batch", str(out), "-o", str(summaries)]) == 0
    got = [json.loads(line) for line in summaries.read_text().splitlines()]
    assert [g["id"] for g in got] == [s["id"] for s in stories]
    assert all(g["summary"] for g in got)


def test_cluster_with_a_store_keeps_old_stories_and_writes_all(tmp_path: Path) -> None:
    items = articles()
    db = tmp_path / "store.sqlite"
    out1, out2 = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    assert (
        main(
            [
                "cluster",
                str(_jsonl(tmp_path / "1.jsonl", items[:4])),
                "--db",
                str(db),
                "-o",
                str(out1),
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "cluster",
                str(_jsonl(tmp_path / "2.jsonl", items[4:])),
                "--db",
                str(db),
                "-o",
                str(out2),
            ]
        )
        == 0
    )
    before = {
        s["id"]: {d["id"] for d in s["documents"]}
        for s in map(json.loads, out1.read_text().splitlines())
    }
    after = {
        s["id"]: {d["id"] for d in s["documents"]}
        for s in map(json.loads, out2.read_text().splitlines())
    }
    assert all(before[k] <= after[k] for k in before)
    assert sum(len(v) for v in after.values()) == len(items)


def test_text_files_and_folders_are_clustered_too(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for a in articles():
        (folder / f"{a['id']}.txt").write_text(a["text"], encoding="utf-8")
    out = tmp_path / "s.jsonl"
    assert main(["cluster", str(folder), "-o", str(out)]) == 0
    assert len(out.read_text().splitlines()) == 3


@pytest.mark.parametrize("fmt", ["text", "markdown", "json", "html"])
def test_digest_lists_stories_with_enough_outlets(tmp_path: Path, fmt: str) -> None:
    items = articles()
    for a, src in zip(
        items, ["Ledger", "Post", "Times", "Ledger", "Ledger", "Post", "Times"], strict=True
    ):
        a["source"] = src
    src = _jsonl(tmp_path / "a.jsonl", items)
    out = tmp_path / f"digest.{fmt}"
    assert main(["digest", str(src), "--format", fmt, "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "Marlow" in text and "malaria" in text
    assert "Varga" not in text  # the chess story has one outlet only
    if fmt == "json":
        data = json.loads(text)
        assert [s["n_sources"] for s in data["stories"]] == [3, 2]


def test_digest_html_escapes_article_text(tmp_path: Path) -> None:
    items = articles()
    for a, src in zip(items, "ABCABAB", strict=True):
        a["source"] = src
    items[0]["text"] = items[0]["text"].replace("Tuesday", "Tuesday <script>x()</script>")
    out = tmp_path / "d.html"
    assert (
        main(
            ["digest", str(_jsonl(tmp_path / "a.jsonl", items)), "--format", "html", "-o", str(out)]
        )
        == 0
    )
    page = out.read_text(encoding="utf-8")
    assert "<script>" not in page and page.count("<html") == 1


def test_digest_with_a_store_resummarizes_only_changed_stories(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsbrief.api as api

    items = articles()
    for a, src in zip(items, "ABCABAB", strict=True):
        a["source"] = src
    db = str(tmp_path / "s.sqlite")
    calls: list[str | None] = []
    real = api.summarize

    def counting(*a, **k):  # type: ignore[no-untyped-def]
        calls.append(k.get("story_id"))
        return real(*a, **k)

    monkeypatch.setattr(api, "summarize", counting)
    first = _jsonl(tmp_path / "1.jsonl", [i for i in items if i["id"] != "vaccine1"])
    assert main(["digest", str(first), "--db", db, "-o", str(tmp_path / "1.txt")]) == 0
    assert len(calls) == 2  # flood and chess; the vaccine story has one outlet so far
    calls.clear()
    second = _jsonl(tmp_path / "2.jsonl", [i for i in items if i["id"] == "vaccine1"])
    assert main(["digest", str(second), "--db", db, "-o", str(tmp_path / "2.txt")]) == 0
    assert len(calls) == 1  # only the vaccine story changed
    assert "Marlow" in (tmp_path / "2.txt").read_text()


def test_bad_options_are_one_line_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = _jsonl(tmp_path / "a.jsonl", articles())
    assert main(["cluster", str(src), "-o", str(tmp_path / "o"), "--threshold", "0"]) == 2
    assert main(["digest", str(src), "--since", "last tuesday"]) == 2
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "x"}\n{"id": "a", "text": "y"}\n')
    assert main(["cluster", str(bad), "-o", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert err.count("newsbrief: error:") == 3 and "Traceback" not in err


def test_cluster_reads_jsonl_articles_from_stdin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    import sys

    lines = "".join(json.dumps(a) + "\n" for a in articles())
    monkeypatch.setattr(sys, "stdin", io.StringIO(lines))
    out = tmp_path / "s.jsonl"
    assert main(["cluster", "-", "-o", str(out)]) == 0
    assert sum(len(json.loads(x)["documents"]) for x in out.read_text().splitlines()) == 7


def test_progress_bar_is_drawn_only_on_a_terminal() -> None:
    import io

    from newsbrief.stories.digest import progress_bar

    assert progress_bar(io.StringIO()) is None

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    term = Terminal()
    show = progress_bar(term)
    assert show is not None
    show(1, 2)
    show(2, 2)
    assert "2/2 stories" in term.getvalue() and term.getvalue().endswith("\n")
