"""The service and the command line are one path through the API: the same documents
give the same summary whichever way they come in."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from newsbrief.cli import main

# Written for this test: a markdown document and a plain one.
MARKDOWN_DOCS = [
    {
        "id": "gazette",
        "source": "Riverton Gazette",
        "published": "2025-03-10",
        "markup": "markdown",
        "text": "The **Elm River** crested at 31 feet on Monday in [Riverton](https://x.org), "
        "flooding 40 homes on the east side of town.\n\n![Flooded street](https://x.org/a.jpg)"
        "\n\nTwelve people died in the flood, county officials said. The _mayor_ ordered the "
        "east side evacuated before dawn.\n",
    },
    {
        "id": "valley",
        "source": "Valley News",
        "published": "2025-03-11",
        "text": "Twelve people died when the Elm River flooded Riverton, officials said on "
        "Tuesday. The river crested at 31 feet on Monday. Shelters at two schools took in "
        "300 people.",
    },
]


def _cli_json(tmp_path: Path, story_id: str, docs: list[dict[str, Any]], capsys) -> Any:
    path = tmp_path / "story.jsonl"
    path.write_text(json.dumps({"id": story_id, "documents": docs}) + "\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["summarize", str(path), "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("which", ["example", "bridge", "markdown"])
def test_a_stored_story_has_the_summary_summarize_gives_its_documents(
    client: TestClient, tmp_path: Path, example_docs, bridge_docs, capsys, which: str
) -> None:
    # the example story exactly as scraped (debris, headline lines), a dated one, and
    # one with a markdown article (its markup kept by the store, never shown as text)
    docs = {"example": example_docs, "bridge": bridge_docs, "markdown": MARKDOWN_DOCS}[which]
    posted = client.post("/v1/articles", json={"articles": docs})
    assert posted.status_code == 200
    (story_id,) = {a["story"] for a in posted.json()["articles"]}
    served = client.get(f"/v1/stories/{story_id}").json()["summary"]
    # the documents as the store keeps them (the order it keeps them in)
    kept = [next(d for d in docs if d["id"] == a["id"]) for a in served["articles"]]
    cli = _cli_json(tmp_path, story_id, kept, capsys)
    assert served["id"] == story_id  # the store's story id names it
    assert served == cli  # the story file given that id keeps it
    assert "**" not in served["summary"] and "](" not in served["summary"]


def test_post_summarize_answers_what_summarize_prints(
    client: TestClient, tmp_path: Path, capsys
) -> None:
    served = client.post("/v1/summarize", json={"documents": MARKDOWN_DOCS}).json()
    cli = _cli_json(tmp_path, "x", MARKDOWN_DOCS, capsys)
    assert cli["id"] == "x"  # the story file's own id; the request names none
    assert {**served, "id": None} == {**cli, "id": None}
    assert "**" not in served["summary"]
