"""The "summary is empty" warning is given only when the summary is empty, and says why
in terms that hold: a one-article story whose lead names something nothing introduces
("the old mill") still gets its lead as the summary, with no warning."""

from __future__ import annotations

import json
from pathlib import Path

from newsbrief.cli import main

# Written for these tests.
LEAD = "Police arrested two men in Springfield on Monday after a fire destroyed the old mill."


def test_a_story_with_a_lead_that_fits_gets_it_and_no_warning(tmp_path: Path, capsys) -> None:
    path = tmp_path / "mill.txt"
    path.write_text(f"{LEAD} The mayor said the town would rebuild it within a year\n")
    out_path = tmp_path / "out.json"
    assert main(["summarize", str(path), "-o", str(out_path)]) == 0
    assert "summary is empty" not in capsys.readouterr().err
    sentences = json.loads(out_path.read_text())["sentences"]
    assert [s["text"] for s in sentences] == [LEAD]


def test_an_empty_summary_of_sentences_that_refer_back_says_so(tmp_path: Path, capsys) -> None:
    path = tmp_path / "said.txt"
    path.write_text(
        "He said the town would rebuild the old mill within a year.\n\n"
        "She added that the work would cost the town several million dollars.\n"
    )
    assert main(["summarize", str(path)]) == 0
    err = capsys.readouterr().err
    assert "the summary is empty: no sentence was chosen" in err
    assert "refer back to a sentence before them" in err
    assert "key words" not in err  # not what kept them out


def test_batch_says_the_reason_each_empty_story_has(tmp_path: Path, capsys) -> None:
    stories = [
        {"id": "mill", "documents": [{"id": "a", "text": LEAD}]},
        {
            "id": "said",
            "documents": [
                {
                    "id": "b",
                    "text": "He said the town would rebuild the old mill within a year.\n\n"
                    "She added that the work would cost the town several million dollars.",
                }
            ],
        },
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(s) + "\n" for s in stories))
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(src), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    # the lead fits the budget: summarized; the other's sentences fit but refer back
    assert [json.loads(x)["summary"] for x in out.read_text().splitlines()] == [LEAD, ""]
    assert "1 story has an empty summary: no sentence was chosen" in err
    assert "fits the budget;" not in err
