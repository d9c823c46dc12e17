"""`summarize` names outlets by one rule, yet a row that stands for one article stays unique."""

from __future__ import annotations

import json
from pathlib import Path

from newsbrief.cli import main

FLOOD = [
    "Heavy rain flooded the river town of Marlow on Tuesday, forcing 300 families from "
    "their homes. Firefighters used boats to reach residents of Mill Lane.",
    "Rescuers in boats evacuated about 300 families in Marlow after the Tamsin burst its "
    "banks on Tuesday. Mill Lane was under water by morning.",
    "The flooding in Marlow drove 300 families out of their homes as the Tamsin river "
    "spilled into Mill Lane. Firefighters ferried residents to a school gym.",
]
IDS = ["APW19990302.0101", "APW19990302.0144", "NYT19990302.0202"]


def _story(tmp_path: Path) -> Path:
    docs = [{"id": i, "text": t} for i, t in zip(IDS, FLOOD, strict=True)]
    path = tmp_path / "story.jsonl"
    path.write_text(json.dumps({"id": "flood", "documents": docs}) + "\n", encoding="utf-8")
    return path


def test_wire_articles_are_named_by_their_wire_service(tmp_path: Path) -> None:
    out = tmp_path / "s.json"
    assert main(["summarize", str(_story(tmp_path)), "--format", "json", "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["outlets"] == ["APW", "NYT"]
    named = {e["source"] for s in data["sentences"] for e in s["supported_by"]}
    assert named and named <= {"APW", "NYT"}
    # the article records keep the given fields: no source was given
    assert [a["source"] for a in data["articles"]] == [None, None, None]


def test_who_reported_what_rows_still_tell_two_articles_of_one_outlet_apart(
    tmp_path: Path,
) -> None:
    for fmt in ("markdown", "html"):
        out = tmp_path / f"s.{fmt}"
        assert main(["summarize", str(_story(tmp_path)), "--format", fmt, "-o", str(out)]) == 0
        text = out.read_text(encoding="utf-8")
        assert "Who reported what" in text
        # the two APW articles by their ids; the one NYT article by its outlet
        assert IDS[0] in text and IDS[1] in text
        assert "NYT" in text
