"""A digest says which stories its criteria left out and how to see them: a story one
outlet covered in several articles does not vanish from the briefing without a word."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.cli import main

# Written for these tests: a flood two outlets covered, a mill fire only one outlet
# covered (twice), a school board vote only one outlet covered.
STORIES = {
    "flood": [
        (
            "Riverton Gazette",
            "2025-03-10",
            "The Elm River crested at 31 feet on Monday in Riverton, flooding 40 homes on "
            "the east side of town. Twelve people died in the flood, county officials said.",
        ),
        (
            "Valley News",
            "2025-03-11",
            "Twelve people died when the Elm River flooded Riverton, officials said on "
            "Tuesday. The river crested at 31 feet on Monday.",
        ),
    ],
    "fire": [
        (
            "Coast Herald",
            "2025-03-09",
            "A fire destroyed the old Harlan textile mill in Dunmore on Sunday night. No one "
            "was hurt, the fire chief said. The mill had been empty since 2009.",
        ),
        (
            "Coast Herald",
            "2025-03-10",
            "Investigators are looking for the cause of the fire that destroyed the empty "
            "Harlan textile mill in Dunmore on Sunday night, the fire chief said.",
        ),
    ],
    "vote": [
        (
            "Coast Herald",
            "2025-03-11",
            "The Dunmore school board voted 5-2 on Tuesday to close the Lincoln elementary "
            "school in June. Parents protested the closure outside the board meeting.",
        ),
    ],
}


def _pile(tmp_path: Path) -> Path:
    rows = [
        {"id": f"{name}-{k}", "text": text, "source": source, "published": day}
        for name, story in STORIES.items()
        for k, (source, day, text) in enumerate(story)
    ]
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def _digest(tmp_path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    assert main(["digest", str(_pile(tmp_path)), *args]) == 0
    return capsys.readouterr().out


LEFT_OUT = "2 stories from one outlet not shown (use --min-sources 1)"
# a page's reader has no command line: the same in words
LEFT_OUT_ON_A_PAGE = (
    "2 stories from one outlet not shown (a digest of stories from 1 or more outlets shows them)"
)


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_each_format_says_how_many_one_outlet_stories_are_not_shown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    out = _digest(tmp_path, capsys, "--format", fmt)
    assert "Elm River" in out and "Harlan" not in out and "school board" not in out
    assert (LEFT_OUT if fmt == "text" else LEFT_OUT_ON_A_PAGE) in out
    if fmt != "text":
        assert "--" not in out.replace("<!--", "")  # no option on a page
    # the option it names shows them
    shown = _digest(tmp_path, capsys, "--format", fmt, "--min-sources", "1")
    assert "Harlan" in shown and "school board" in shown
    assert "not shown" not in shown


def test_json_counts_what_is_not_shown(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(_digest(tmp_path, capsys, "--format", "json"))
    assert len(data["stories"]) == 1
    assert data["not_shown"]["few_sources"] == 2
    assert data["not_shown"]["min_sources"] == 2
    assert data["not_shown"]["notes"] == [LEFT_OUT]


def test_stories_cut_by_the_limit_are_counted_with_the_limit_that_shows_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _digest(tmp_path, capsys, "--min-sources", "1", "--limit", "1")
    assert "2 more stories not shown (use --limit 3)" in out
    assert "--min-sources" not in out


def test_a_digest_showing_everything_says_nothing_is_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert "not shown" not in _digest(tmp_path, capsys, "--min-sources", "1")
