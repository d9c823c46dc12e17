"""Re-adding a stored article id with an updated text keeps the stored text, and says so."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.cli import main
from newsbrief.stories.store import StoryStore

from ..conftest import STORY_A


def _write(path: Path, docs: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(d) + "\n" for d in docs))
    return path


def _updated(doc: dict[str, str]) -> dict[str, str]:
    return {**doc, "text": doc["text"] + " The council will meet again on Friday."}


def test_store_add_lists_ids_stored_with_other_text(tmp_path: Path) -> None:
    with StoryStore(str(tmp_path / "s.sqlite")) as store:
        assert store.add([dict(d) for d in STORY_A]).changed == ()
        # the same text again, spaced differently: nothing to say
        again = [{**d, "text": d["text"].replace(". ", ".  ") + "\n"} for d in STORY_A]
        assert store.add(again).changed == ()
        result = store.add([_updated(STORY_A[1]), dict(STORY_A[0])])
        assert result.changed == (STORY_A[1]["id"],)
        kept = store.story(dict(result)[STORY_A[1]["id"]])
        assert kept is not None
        stored = {a.id: a.text for a in kept.articles}
        assert stored[STORY_A[1]["id"]] == STORY_A[1]["text"]


@pytest.mark.parametrize("command", ["cluster", "digest"])
def test_cluster_and_digest_warn_once_naming_the_ids(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    db = str(tmp_path / "s.sqlite")
    first = _write(tmp_path / "u1.jsonl", [dict(d) for d in STORY_A])
    assert main(["cluster", str(first), "--db", db, "-o", str(tmp_path / "o1.jsonl")]) == 0
    capsys.readouterr()
    second = _write(tmp_path / "u2.jsonl", [_updated(d) for d in STORY_A])
    rc = main([command, str(second), "--db", db, "-o", str(tmp_path / "o2")])
    assert rc == 0
    warned = [x for x in capsys.readouterr().err.splitlines() if "other text" in x]
    ids = ", ".join(d["id"] for d in STORY_A)
    assert warned == [
        f"newsbrief: warning: {db}: {len(STORY_A)} articles already stored with other text: "
        f"kept the stored text ({ids})"
    ]


def test_many_ids_are_shown_as_the_first_few_and_a_count(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "s.sqlite")
    out = str(tmp_path / "o.jsonl")
    docs = [{"id": f"d{k}", "text": STORY_A[k % len(STORY_A)]["text"]} for k in range(8)]
    first = _write(tmp_path / "a.jsonl", docs)
    assert main(["cluster", str(first), "--db", db, "-o", out]) == 0
    capsys.readouterr()
    second = _write(tmp_path / "b.jsonl", [_updated(d) for d in docs])
    assert main(["cluster", str(second), "--db", db, "-o", out]) == 0
    (line,) = [x for x in capsys.readouterr().err.splitlines() if "other text" in x]
    assert "8 articles" in line and "(d0, d1, d2, d3, d4 and 3 more)" in line
