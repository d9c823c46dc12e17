"""Text files clustered into stories keep their headlines: ``cluster -o`` read back by
``batch``, ``digest`` and the story store see each article as ``summarize`` sees the file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.clean import clean_text
from newsbrief.cli import main
from newsbrief.model import Article
from newsbrief.stories.docs import make_doc

from ..conftest import EXAMPLE


def _without_offsets(value: Any) -> Any:
    """A summary's JSON less its character offsets (they index each input's own text)."""
    if isinstance(value, dict):
        return {k: _without_offsets(v) for k, v in value.items() if k not in ("start", "end")}
    if isinstance(value, list):
        return [_without_offsets(v) for v in value]
    return value


def _summary_json(capsys: pytest.CaptureFixture[str], *inputs: str) -> dict[str, Any]:
    capsys.readouterr()
    assert main(["summarize", *inputs, "--format", "json"]) == 0
    return dict(json.loads(capsys.readouterr().out))


def test_clustered_text_files_summarize_as_the_files_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "stories.jsonl"
    assert main(["cluster", str(EXAMPLE), "-o", str(out)]) == 0
    (story,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    by_id = {d["id"]: d for d in story["documents"]}
    # the Fox News page opens with its headline: written as the title, not as text
    headline = "ISIS leader releases message encouraging fighters in Mosul"
    assert by_id["fox-news"]["title"] == headline
    assert headline not in by_id["fox-news"]["text"]
    files = _summary_json(capsys, str(EXAMPLE))
    assert files["title"] == headline
    clustered = _summary_json(capsys, str(out))
    assert clustered["id"] == story["id"]  # a story file keeps its own (the cluster's) id
    assert _without_offsets({**clustered, "id": None}) == _without_offsets({**files, "id": None})
    # batch reads the story file as summarize reads it
    summaries = tmp_path / "summaries.jsonl"
    assert main(["batch", str(out), "-o", str(summaries)]) == 0
    (line,) = [json.loads(x) for x in summaries.read_text(encoding="utf-8").splitlines()]
    assert line["summary"] == files["summary"]


@pytest.mark.parametrize("store", [False, True])
def test_digest_of_text_files_is_headed_by_summarizes_title(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], store: bool
) -> None:
    title = _summary_json(capsys, str(EXAMPLE))["title"]
    args = ["digest", str(EXAMPLE), "--min-sources", "1", "--format", "json"]
    if store:
        args += ["--db", str(tmp_path / "news.sqlite")]
    assert main(args) == 0
    (item,) = json.loads(capsys.readouterr().out)["stories"]
    assert item["headline"] == title


def test_a_stored_text_file_keeps_its_headline_as_title(tmp_path: Path) -> None:
    db, out = tmp_path / "news.sqlite", tmp_path / "stories.jsonl"
    assert main(["cluster", str(EXAMPLE), "--db", str(db), "-o", str(out)]) == 0
    assert main(["cluster", str(EXAMPLE / "nbc-news.txt"), "--db", str(db), "-o", str(out)]) == 0
    (story,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    titles = {d["id"]: d.get("title") for d in story["documents"]}
    assert titles["fox-news"] == "ISIS leader releases message encouraging fighters in Mosul"


# Lines of the shapes a text file holds: headlines, page debris, wire markup, body text.
_LINES = st.sampled_from(
    [
        "Storm floods coastal towns",
        "NATIONAL FORECAST",
        "# Storm floods *coastal* towns",
        "Council approves ``new'' bridge_plan",
        "By Jane Roe",
        "Advertisement",
        "Sign up for our newsletter",
        "---",
        "",
        "   ",
        "Rain fell for three days, the weather office said.",
        "``We lost everything,'' said one resident _ a farmer.",
        "Officials said 300 homes were flooded. Roads were closed.",
        "[Read more](https://example.com/story) about the flood",
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    lines=st.lists(_LINES, min_size=1, max_size=8),
    breaks=st.sampled_from(["\n", "\n\n", "\r\n", "\r\n\r\n"]),
    markup=st.sampled_from(["text", "markdown"]),
)
def test_moving_the_headline_into_the_title_keeps_what_summarize_reads(
    lines: list[str], breaks: str, markup: str
) -> None:
    raw = breaks.join(lines)
    given = clean_text(raw, detect_title=True, markdown=markup == "markdown")
    doc = make_doc(Article(id="a", text=raw, title_line=True), title_line=True, markup=markup)
    assert doc.clean == given.text
    assert doc.article.title == given.title
    if given.title is None:
        assert doc.article.text == raw  # nothing to move: the text as given
        return
    # read back as a titled article (batch, the store): the same text, the same title
    again = clean_text(doc.article.text, detect_title=False, markdown=markup == "markdown")
    assert again.text == given.text
    # only the headline's line (and the blank lines after it) left the text
    assert len(doc.article.text) < len(raw)
    assert all(line.strip() in raw for line in doc.article.text.splitlines())
