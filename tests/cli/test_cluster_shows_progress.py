"""``newsbrief cluster`` shows a progress bar on a terminal (batch and ``--db``), counting
the articles up to all of them; in a pipe it prints none, and the stories written are the
same either way."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from newsbrief import cluster
from newsbrief.cli import main
from newsbrief.engine import TerminalProgress
from newsbrief.stories.store import StoryStore

from ..conftest import DUC


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture(scope="module")
def duc_articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """60 DUC 2003 articles (6 stories), one a line."""
    path = tmp_path_factory.mktemp("duc") / "articles.jsonl"
    lines = []
    for line in DUC.read_text(encoding="utf-8").splitlines()[:6]:
        for d in json.loads(line)["documents"]:
            lines.append(json.dumps({"id": d["id"], "text": d["text"]}))
    path.write_text("\n".join(dict.fromkeys(lines)) + "\n", encoding="utf-8")
    return path


def _run(args: list[str], stderr: io.StringIO, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str]:
    monkeypatch.setattr(TerminalProgress, "interval", 0.0)  # draw every step
    monkeypatch.setattr("sys.stderr", stderr)
    code = main(args)
    return code, stderr.getvalue()


@pytest.mark.parametrize("store", [False, True], ids=["batch", "db"])
def test_cluster_shows_a_progress_bar_on_a_terminal_only(
    duc_articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, store: bool
) -> None:
    n = len(duc_articles.read_text().splitlines())
    outs = {}
    for name, stream in (("tty", _Terminal()), ("pipe", io.StringIO())):
        out = tmp_path / f"{name}.jsonl"
        db = ["--db", str(tmp_path / f"{name}.sqlite")] if store else []
        code, err = _run(["cluster", str(duc_articles), "-o", str(out), *db], stream, monkeypatch)
        assert code == 0
        outs[name] = out.read_text()
        counts = [
            int(part.split("] ")[1].split("/")[0]) for part in err.split("\r") if "] " in part
        ]
        if name == "tty":
            assert len(counts) > 3  # it moves while the work runs, not only at the end
            assert counts == sorted(counts) and counts[-1] == n
            assert f"] {n}/{n} articles\n" in err  # ends its line before the summary line
        else:
            assert counts == [] and "\r" not in err
        assert err.splitlines()[-1].startswith(f"newsbrief: {n} articles in ")
    assert outs["tty"] == outs["pipe"]


def test_the_api_reports_progress_to_the_end(duc_articles: Path, tmp_path: Path) -> None:
    items = [json.loads(x) for x in duc_articles.read_text().splitlines()]
    seen: list[tuple[int, int]] = []
    stories = cluster(items, progress=lambda d, t: seen.append((d, t)))
    assert stories == cluster(items)
    assert seen[-1][0] == seen[-1][1] and all(d <= t for d, t in seen)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    store_seen: list[tuple[int, int]] = []
    with StoryStore(tmp_path / "s.sqlite") as st:
        st.add(items, progress=lambda d, t: store_seen.append((d, t)))
    assert store_seen[-1][0] == store_seen[-1][1] and len(store_seen) > len(items)
