"""One rule for where a plain text's title comes from, whatever carried the text: a
``.txt`` file, a JSONL story's ``text``, a string or a dict given to the Python API, and
a document posted to the service. A title given with the text wins; else a short first
line read as a headline is the title (the bundled example keeps its headline title)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsbrief
from newsbrief.cli import main
from newsbrief.render import render

from ..conftest import EXAMPLE

HEADLINE = "ISIS leader releases message encouraging fighters in Mosul"


def _texts() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(EXAMPLE.glob("*.txt"))}


def _first_line(path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(["summarize", *args]) == 0
    return capsys.readouterr().out.splitlines()[0]


def test_the_example_folder_and_its_jsonl_story_have_the_same_title(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = [{"id": k, "text": t, "source": k} for k, t in _texts().items()]
    story = tmp_path / "story.jsonl"
    story.write_text(json.dumps({"id": "ex", "documents": docs}) + "\n", encoding="utf-8")
    from_folder = _first_line(EXAMPLE, capsys, str(EXAMPLE))
    assert from_folder == HEADLINE
    assert _first_line(story, capsys, str(story)) == from_folder


def _titles(summary: newsbrief.Summary) -> tuple[str | None, list[str | None]]:
    """The story's heading and each article's title."""
    heading = json.loads(render(summary, "json"))["title"]
    return heading, [a.title for a in summary.articles]


def test_strings_and_dicts_given_to_the_api_have_the_same_titles() -> None:
    texts = list(_texts().values())
    as_strings = _titles(newsbrief.summarize(texts))
    as_dicts = _titles(
        newsbrief.summarize([{"id": f"d{k}", "text": t} for k, t in enumerate(texts)])
    )
    assert as_strings == as_dicts
    assert as_strings[0] == HEADLINE


def test_a_given_title_wins_over_the_first_line() -> None:
    texts = list(_texts().values())
    docs = [{"id": f"d{k}", "text": t, "title": "Baghdadi speaks"} for k, t in enumerate(texts)]
    assert _titles(newsbrief.summarize(docs))[1] == ["Baghdadi speaks"] * len(texts)


def test_a_document_posted_to_the_service_has_the_same_title(tmp_path: Path) -> None:
    pytest.importorskip("fastapi")
    from ..service.conftest import make_client

    docs = [{"id": k, "text": t} for k, t in _texts().items()]
    with make_client(tmp_path) as client:
        answer = client.post("/v1/summarize", json={"documents": docs}).json()
    assert answer["title"] == HEADLINE
