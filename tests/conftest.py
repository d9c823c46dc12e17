from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "baghdadi-mosul"
SHARED = ROOT.parent / "shared"
DUC = SHARED / "data" / "duc2003" / "task2.jsonl"

# Small stories written for these tests (not third-party text).
STORY_A = [
    {
        "id": "a1",
        "text": (
            "City council approves new bridge over the Elm River\n\n"
            "The city council voted 7-2 on Monday to approve a new bridge over the Elm River. "
            "The bridge will cost $40 million and open in 2027, officials said.\n\n"
            "Mayor Jane Ortiz said the bridge would cut commute times for thousands of residents. "
            "Critics argued the money should go to road repairs instead."
        ),
    },
    {
        "id": "a2",
        "text": (
            "The Elm River bridge was approved by the city council on Monday in a 7-2 vote. "
            "Construction of the $40 million bridge starts next spring.\n\n"
            "Mayor Jane Ortiz called the vote a turning point for the east side of the city. "
            "The bridge will open in 2027, according to the council."
        ),
    },
    {
        "id": "a3",
        "text": (
            "A new bridge over the Elm River won approval from the city council on Monday. "
            "The council vote was 7-2.\n\n"
            "The $40 million bridge will open in 2027. Two council members said the city "
            "could not afford it while road repairs wait."
        ),
    },
]


@pytest.fixture
def story() -> list[dict[str, str]]:
    return [dict(d) for d in STORY_A]


@pytest.fixture
def story_jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "stories.jsonl"
    lines = [
        {"id": "bridge", "documents": STORY_A},
        {"id": "bridge-2", "documents": STORY_A[:2]},
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    return path
