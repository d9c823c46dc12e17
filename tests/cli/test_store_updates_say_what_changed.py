"""``cluster --db`` and ``digest --db`` say what an update did without -v: a story that
merged into another is named with the story its id now resolves to (story ids are
stable, so one that leaves the output must be accounted for), and ``digest --db`` gives
the same one-line report as ``cluster --db``, with the stories it summarized and those
it took from the store's cache."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.cli import main

from ..stories.conftest import CHESS, FLOOD, VACCINE
from .test_digest_news_first import _rows


def _file(tmp_path: Path, name: str, rows: list[dict[str, str]]) -> str:
    path = tmp_path / name
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return str(path)


def _ids(path: Path) -> set[str]:
    return {json.loads(line)["id"] for line in path.read_text().splitlines()}


def test_cluster_db_names_a_story_that_merged_into_another(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsbrief.stories import engine as engine_mod

    db, out = str(tmp_path / "news.sqlite"), tmp_path / "stories.jsonl"
    for name, text in (("f0", FLOOD[0]), ("c0", CHESS[0])):
        assert (
            main(
                [
                    "cluster",
                    _file(tmp_path, f"{name}.jsonl", [{"id": name, "text": text}]),
                    "--db",
                    db,
                    "-o",
                    str(out),
                ]
            )
            == 0
        )
    before = _ids(out)
    real = engine_mod.Engine.merge

    def forced(self: engine_mod.Engine, attach: bool = False) -> list[tuple[int, int]]:
        """Two unrelated stories merge (no text here makes them): the report is tested."""
        done = real(self, attach=attach)
        keep, gone = sorted(self.stories)[:2]  # the two oldest: flood, then chess
        self.stories[keep].absorb(self.stories.pop(gone))
        return [*done, (keep, gone)]

    monkeypatch.setattr(engine_mod.Engine, "merge", forced)
    capsys.readouterr()
    v0 = _file(tmp_path, "v0.jsonl", [{"id": "v0", "text": VACCINE[0]}])
    assert main(["cluster", v0, "--db", db, "-o", str(out)]) == 0
    (gone,) = before - _ids(out)
    (into,) = before & _ids(out)
    first = capsys.readouterr().err.splitlines()[0]
    assert first.endswith(f"; story {gone} merged into {into} (its id now resolves there)")


def test_digest_db_says_what_the_update_did_and_what_it_summarized(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "news.sqlite")
    ferry = _rows()
    path = _file(tmp_path, "ferry.jsonl", ferry)

    def digest(*args: str) -> list[str]:
        capsys.readouterr()
        assert main(["digest", *args, "--db", db, "-o", str(tmp_path / "d.txt")]) == 0
        return capsys.readouterr().err.splitlines()

    assert digest(path) == [
        "newsbrief: 5 new articles: 1 new story; 0 already stored; "
        "1 story summarized, 0 from the store's cache"
    ]
    # a rerun: nothing new, nothing summarized again, and it says so
    assert digest(path) == [
        "newsbrief: 0 new articles; 5 already stored; "
        "0 stories summarized, 1 from the store's cache"
    ]
    assert digest() == [
        "newsbrief: no articles added; 0 stories summarized, 1 from the store's cache"
    ]


def test_the_stored_digest_lists_sources_by_date_as_the_plain_one_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    late_first = list(reversed(_rows()))  # arrival order: newest first
    path = _file(tmp_path, "ferry.jsonl", late_first)
    stored, plain = tmp_path / "stored.txt", tmp_path / "plain.txt"
    assert main(["digest", path, "--db", str(tmp_path / "n.sqlite"), "-o", str(stored)]) == 0
    assert main(["digest", path, "-o", str(plain)]) == 0

    def sources(digest: Path) -> list[str]:
        text = digest.read_text(encoding="utf-8")
        return text[text.index("Sources:") :].splitlines()[1:]

    assert sources(stored) == sources(plain)
    days = {r["id"]: r["published"] for r in _rows()}
    for line in sources(stored):  # "- Island Courier (2 articles): ferry-1, ferry-4"
        ids = sorted((i for i in days if i in line), key=line.index)
        assert ids and [days[i] for i in ids] == sorted(days[i] for i in ids), line
