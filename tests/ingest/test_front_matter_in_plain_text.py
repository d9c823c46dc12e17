"""A pasted text or a .txt file that opens on a YAML front-matter block (``---``,
``title: ...``, ``---``) gets its title, date, source and url from it, as a markdown file
does: "title: ..." is never shown as the headline and the block is never body text. A
text whose first line is a markdown heading ("# Storm hits the coast") has the heading's
words as its title, without the "#". A title, date, source or url given with the text
still wins. Our own texts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsbrief
from newsbrief.clean import clean_text
from newsbrief.cli import main
from newsbrief.ingest import front_matter_metadata, load_documents, story_from_json

BODY = (
    "A storm hit the coast on Monday, flooding roads in three towns, officials said.\n\n"
    "Schools in the towns were closed on Tuesday while crews cleared the roads.\n"
)
FRONT = (
    "---\ntitle: Storm floods coastal towns\ndate: 2024-05-06\nsource: Coast Courier\n"
    "url: https://example.com/storm\n---\n\n"
)


def _article(out: dict) -> dict:
    (art,) = out["articles"]
    return art


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_file_opening_on_front_matter_takes_its_title_date_source_and_url(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    path = tmp_path / f"storm{suffix}"
    path.write_text(FRONT + BODY)
    assert main(["summarize", str(path), "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    art = _article(out)
    assert art["title"] == "Storm floods coastal towns"
    assert art["published"] == "2024-05-06"
    assert art["source"] == "Coast Courier"
    assert art["url"] == "https://example.com/storm"
    shown = " ".join(s["text"] for s in out["sentences"])
    assert "title:" not in shown and "Coast Courier" not in shown and "---" not in shown
    raw = path.read_text()
    for s in out["sentences"]:  # offsets still index the file as given
        assert raw[s["start"] : s["end"]] == s["text"]


def test_front_matter_pasted_into_the_api_gives_the_title() -> None:
    result = newsbrief.summarize([FRONT + BODY])
    (art,) = result.articles
    assert (art.title, art.published, art.source) == (
        "Storm floods coastal towns",
        "2024-05-06",
        "Coast Courier",
    )
    assert all("title:" not in s.text for s in result.sentences)


def test_fields_given_with_the_text_win_over_front_matter() -> None:
    story = story_from_json(
        {
            "id": "s",
            "documents": [
                {"id": "a", "text": FRONT + BODY},
                {"id": "b", "text": FRONT + BODY, "title": "Given", "source": "Wire"},
            ],
        },
        "stories.jsonl:1",
    )
    a, b = story.articles
    assert (a.title, a.source, a.url) == (
        "Storm floods coastal towns",
        "Coast Courier",
        "https://example.com/storm",
    )
    assert (b.title, b.source, b.published) == ("Given", "Wire", "2024-05-06")


def test_a_markdown_heading_pasted_as_plain_text_is_the_title_without_its_marks(
    tmp_path: Path,
) -> None:
    for heading in ("# Storm floods coastal towns", "## Storm floods coastal towns ##"):
        path = tmp_path / "storm.txt"
        path.write_text(f"{heading}\n\n{BODY}")
        result = newsbrief.summarize(load_documents([str(path)]))
        assert result.articles[0].title == "Storm floods coastal towns"
    result = newsbrief.summarize(["#1 seed wins the title\n\n" + BODY])
    assert result.articles[0].title == "#1 seed wins the title"  # no heading: kept as typed


def test_a_date_in_front_matter_that_is_no_date_is_named_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "storm.txt"
    path.write_text("---\ntitle: Storm\ndate: sometime soon\n---\n\n" + BODY)
    assert main(["summarize", str(path)]) == 0  # the summary is made, undated
    err = capsys.readouterr().err
    assert "storm.txt" in err and "sometime soon" in err and "Traceback" not in err


# -- properties -------------------------------------------------------------------

_KEYS = st.sampled_from(["title", "date", "published", "source", "url", "author", "tags"])
_VALUES = st.text(alphabet=st.sampled_from(list("Ab c:'\"#-|.")), max_size=20)
_SENTENCES = st.lists(
    st.sampled_from(
        [
            "A storm hit the coast on Monday, officials said.",
            "Roads were closed by noon in three towns.",
            "The mayor said schools would open on Wednesday.",
            "title: the word is part of this sentence, not metadata.",
        ]
    ),
    min_size=1,
    max_size=4,
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_KEYS, _VALUES), max_size=6), _SENTENCES)
def test_front_matter_never_crashes_and_never_loses_body_text(
    fields: list[tuple[str, str]], body: list[str]
) -> None:
    block = "".join(f"{k}: {v}\n" for k, v in fields)
    raw = "---\n" + block + "---\n\n" + "\n\n".join(body) + "\n"
    meta = front_matter_metadata(raw)
    assert set(meta) <= {"title", "published", "source", "url", "author"}
    assert all(v and v == v.strip() for v in meta.values())
    cleaned = clean_text(raw, detect_title=False)
    for sentence in body:
        assert sentence in cleaned.text
    assert "---" not in cleaned.text


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80), st.text(max_size=80))
def test_front_matter_metadata_never_crashes_on_any_text(head: str, tail: str) -> None:
    meta = front_matter_metadata(f"---\n{head}\n---\n{tail}")
    assert all(isinstance(v, str) and v for v in meta.values())


def test_cluster_reads_front_matter_of_strings_as_summarize_does() -> None:
    stories = newsbrief.cluster([FRONT + BODY, FRONT + BODY.replace("three", "four")])
    arts = [a for s in stories for a in s.articles]
    assert arts and all(a.title == "Storm floods coastal towns" for a in arts)
    assert all(a.published == "2024-05-06" and a.source == "Coast Courier" for a in arts)
