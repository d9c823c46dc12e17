"""``newsbrief digest`` on a terminal shows its progress from the start: the articles
grouped into stories (as ``newsbrief cluster`` counts them), then the stories summarized;
in a pipe it prints no bar, and the digest is the same either way (issue 12: before, a
digest showed nothing until the first story was summarized)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from newsbrief.cli import main
from newsbrief.engine import TerminalProgress

from .conftest import articles


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _counts(err: str, unit: str) -> list[tuple[int, int]]:
    """Each redraw of the bar counting ``unit``: (done, total)."""
    out = []
    for part in err.split("\r"):
        part = part.split("\n")[0]  # a line printed after the bar's
        if "] " in part and part.endswith(unit):
            done, total = part.split("] ")[1].split()[0].split("/")
            out.append((int(done), int(total)))
    return out


@pytest.mark.parametrize("store", [False, True], ids=["files", "db"])
def test_a_digest_counts_articles_grouped_then_stories_summarized_on_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, store: bool
) -> None:
    items = articles()
    for a, src in zip(items, "ABCABAB", strict=True):
        a["source"] = src
    src_path = tmp_path / "in.jsonl"
    src_path.write_text("".join(json.dumps(a) + "\n" for a in items), encoding="utf-8")
    monkeypatch.setattr(TerminalProgress, "interval", 0.0)  # draw every step
    outs = {}
    for name, stream in (("tty", _Terminal()), ("pipe", io.StringIO())):
        monkeypatch.setattr("sys.stderr", stream)
        out = tmp_path / f"{name}.txt"
        db = ["--db", str(tmp_path / f"{name}.sqlite")] if store else []
        assert main(["digest", str(src_path), "-o", str(out), *db]) == 0
        outs[name] = out.read_text(encoding="utf-8")
        err = stream.getvalue()
        grouped, summarized = _counts(err, "articles"), _counts(err, "stories")
        if name == "pipe":
            assert not grouped and not summarized
            continue
        assert grouped and grouped[-1] == (len(items), len(items))
        assert [d for d, _ in grouped] == sorted(d for d, _ in grouped)
        # the stories' bar comes after the articles are grouped, and reaches its total
        assert err.index("articles") < err.index("stories")
        assert summarized[-1][0] == summarized[-1][1] >= 2
    assert outs["tty"] == outs["pipe"]
