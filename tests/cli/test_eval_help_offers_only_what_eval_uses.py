"""``eval --help`` offers no option that does nothing: eval always fills to the cut (the
DUC convention), so ``--fill`` is not offered (still accepted, changing nothing), and
``--words`` says it is the cut every summary is scored at, ``--sentences`` or not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.cli import main

STORY = {
    "id": "s1",
    "documents": [
        {
            "id": "a",
            "text": "A storm hit the coast on Monday, officials said. Roads were closed "
            "for hours. Schools stayed shut on Tuesday.",
        },
        {"id": "b", "text": "The storm closed roads along the coast on Monday. Power failed."},
    ],
    "references": ["A storm hit the coast on Monday and closed roads and schools."],
}


def _help(capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as done:
        main(["eval", "--help"])
    assert done.value.code == 0
    return " ".join(capsys.readouterr().out.split())


def test_eval_help_does_not_offer_fill(capsys: pytest.CaptureFixture[str]) -> None:
    assert "--fill" not in _help(capsys).split("--fill is always on")[1]


def test_eval_help_says_words_is_the_cut_whatever_sentences_says(
    capsys: pytest.CaptureFixture[str],
) -> None:
    text = _help(capsys)
    assert "cut every summary at N words" in text
    assert "none when only --sentences" not in text
    assert "still cut at --words" in text


def _table(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["eval", *args]) == 0
    return capsys.readouterr().out


def test_eval_scores_as_its_help_says(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "stories.jsonl"
    path.write_text(json.dumps(STORY) + "\n")
    plain = _table([str(path), "--words", "12"], capsys)
    assert "cut at 12 words" in plain
    assert _table([str(path), "--words", "12", "--fill"], capsys) == plain  # accepted, a no-op
    one = _table([str(path), "--sentences", "1"], capsys)
    assert "cut at 100 words" in one  # --sentences leaves the cut at its default
