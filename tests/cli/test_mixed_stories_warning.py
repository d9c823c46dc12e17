"""``summarize`` warns when its articles look like more than one story, and only then."""

from __future__ import annotations

import json
from pathlib import Path

from newsbrief.cli import main
from newsbrief.coherence import MIN_CONTENT_WORDS, mixed_story_outliers
from newsbrief.model import Article

from ..conftest import DUC, EXAMPLE


def _clusters() -> list[dict]:
    return [json.loads(x) for x in DUC.read_text(encoding="utf-8").splitlines() if x.strip()]


def _write(folder: Path, docs: list[dict]) -> None:
    folder.mkdir()
    for d in docs:
        (folder / f"{d['id']}.txt").write_text(d["text"], encoding="utf-8")


def test_an_article_of_another_story_is_named_in_a_warning(tmp_path: Path, capsys) -> None:
    clusters = _clusters()
    intruder = clusters[5]["documents"][0]
    _write(tmp_path / "in", [*clusters[0]["documents"][:2], intruder])
    assert main(["summarize", str(tmp_path / "in")]) == 0
    warnings = [x for x in capsys.readouterr().err.splitlines() if "another story" in x]
    assert len(warnings) == 1
    assert warnings[0].startswith(f"newsbrief: warning: {tmp_path / 'in' / intruder['id']}.txt")


def test_articles_of_one_story_give_no_warning(tmp_path: Path, capsys) -> None:
    assert main(["summarize", str(EXAMPLE)]) == 0
    assert "story" not in capsys.readouterr().err
    _write(tmp_path / "duc", _clusters()[3]["documents"][:3])
    assert main(["summarize", str(tmp_path / "duc")]) == 0
    assert "story" not in capsys.readouterr().err


def test_two_unrelated_articles_are_both_named(tmp_path: Path, capsys) -> None:
    clusters = _clusters()
    _write(tmp_path / "two", [clusters[1]["documents"][0], clusters[20]["documents"][0]])
    assert main(["summarize", str(tmp_path / "two")]) == 0
    err = capsys.readouterr().err
    assert "the inputs may be about different stories" in err
    assert clusters[1]["documents"][0]["id"] in err and clusters[20]["documents"][0]["id"] in err


def test_a_short_article_is_named_only_when_it_shares_almost_no_word() -> None:
    short = Article("brief", "Storm closes schools in Riverton on Monday.")
    filler = " ".join(f"word{k}" for k in range(2 * MIN_CONTENT_WORDS))
    long = Article("long", filler + " The storm closed every school in Riverton.")
    other = Article("other", " ".join(f"term{k}" for k in range(2 * MIN_CONTENT_WORDS)))
    # too short for the cosine, and it shares its words with the long article
    assert mixed_story_outliers([short, long]) == []
    assert {o.article_id for o in mixed_story_outliers([short, long, other])} == {"long", "other"}
    # sharing no word is evidence at any length: two such articles name each other
    found = mixed_story_outliers([short, other])
    assert {o.article_id for o in found if o.nothing_shared} == {"brief", "other"}
