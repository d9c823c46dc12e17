"""The attribute command: the batch contract, checking a summary, and summarize output."""

import json
from pathlib import Path

import pytest

from newsbrief.cli import main

from ..conftest import EXAMPLE

# Written for these tests. The first document carries wire-style `` '' quotes and a
# debris line, so cleaning changes its text and offsets must be mapped back.
DOCS = [
    {
        "id": "w1",
        "text": (
            "Share this story\n\n"
            "The dam at Lake Orvin failed on Tuesday, flooding 300 homes, officials said.\n\n"
            "``We lost everything in an hour,'' said resident Mara Quill, 61.\n\n"
            "Engineers had not inspected the dam since 2015."
        ),
    },
    {
        "id": "w2",
        "text": (
            "About 300 homes were flooded when the Lake Orvin dam failed on Tuesday.\n\n"
            "Engineers last inspected the dam in 2015, records show."
        ),
    },
    {
        "id": "w3",
        "text": "The Lake Orvin dam failed on Tuesday, flooding 500 homes, the county said.",
    },
]
CLAIMS = [
    {
        "story": "dam",
        "claim_id": "c1",
        "claim": "The Lake Orvin dam failed on Tuesday, flooding 300 homes.",
        "kind": "ignored",
    },
    {"story": "dam", "claim_id": "c2", "claim": "Engineers had not inspected the dam since 2015."},
    {"story": "dam", "claim_id": "c3", "claim": "The dam failed on Thursday."},
    {"story": "dam", "claim_id": 4, "claim": "Mara Quill said she lost everything in an hour."},
]


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    stories = tmp_path / "stories.jsonl"
    stories.write_text(json.dumps({"id": "dam", "documents": DOCS}) + "\n")
    claims = tmp_path / "claims.jsonl"
    claims.write_text("".join(json.dumps(c) + "\n" for c in CLAIMS))
    return stories, claims


def run_batch(stories: Path, claims: Path, out: Path, *extra: str) -> int:
    return main(
        ["attribute", "--batch", str(stories), "--claims", str(claims), "-o", str(out), *extra]
    )


def test_batch_contract(files, tmp_path: Path) -> None:
    stories, claims = files
    out = tmp_path / "out.jsonl"
    assert run_batch(stories, claims, out) == 0
    rows = [json.loads(x) for x in out.read_text().splitlines()]
    assert [r["claim_id"] for r in rows] == ["c1", "c2", "c3", "4"]
    for r in rows:
        assert set(r) == {"claim_id", "supported_by", "contradicted_by"}
        for s in r["supported_by"] + r["contradicted_by"]:
            assert set(s) == {"document", "start", "end", "score"}
            assert 0.0 <= s["score"] <= 1.0
    texts = {d["id"]: d["text"] for d in DOCS}
    c1, c2, c3, c4 = rows
    assert {s["document"] for s in c1["supported_by"]} == {"w1", "w2"}
    assert {s["document"] for s in c1["contradicted_by"]} == {"w3"}
    # offsets index the text as given, even where cleaning dropped a line before it
    for s in c1["supported_by"] + c4["supported_by"]:
        span = texts[s["document"]][s["start"] : s["end"]]
        assert "Orvin" in span or "lost everything" in span
    assert {s["document"] for s in c2["supported_by"]} == {"w1"}
    assert {s["document"] for s in c2["contradicted_by"]} == {"w2"}
    assert not c3["supported_by"]
    assert {s["document"] for s in c4["supported_by"]} == {"w1"}


def test_unknown_story_stops_with_file_line_and_id(files, tmp_path: Path, capsys) -> None:
    stories, claims = files
    claims.write_text(
        claims.read_text() + json.dumps({"story": "nope", "claim_id": "c9", "claim": "x"}) + "\n"
    )
    assert run_batch(stories, claims, tmp_path / "out.jsonl") == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert f"{claims}:5" in err and "c9" in err and "nope" in err
    # the item's own hint (where the story ids are) and how to finish the other claims
    assert "no story with that id" in err and "--on-error skip" in err


def test_skip_finishes_and_reports_each_bad_line(files, tmp_path: Path, capsys) -> None:
    stories, claims = files
    claims.write_text(
        "{not json\n"
        + claims.read_text()
        + json.dumps({"story": "nope", "claim_id": "c9", "claim": "x"})
        + "\n"
    )
    out = tmp_path / "out.jsonl"
    assert run_batch(stories, claims, out, "--on-error", "skip") == 1
    rows = [json.loads(x) for x in out.read_text().splitlines()]
    assert len(rows) == 6 and "error" in rows[0] and "error" in rows[-1]
    assert rows[1]["claim_id"] == "c1" and rows[1]["supported_by"]
    err = capsys.readouterr().err
    assert f"{claims}:1" in err and f"{claims}:6 (id c9)" in err


def test_malformed_story_line_names_its_line(files, tmp_path: Path, capsys) -> None:
    stories, claims = files
    stories.write_text(stories.read_text() + '{"id": "bad", "documents": 3}\n')
    assert run_batch(stories, claims, tmp_path / "out.jsonl") == 2
    assert f"{stories}:2 (id bad)" in capsys.readouterr().err


def test_attribute_a_summary_file(tmp_path: Path, capsys) -> None:
    summary = tmp_path / "summary.txt"
    summary.write_text(
        "Abu Bakr al-Baghdadi released an audio message on Wednesday.\n"
        "He called for attacks in Saudi Arabia and Iran.\n"
    )
    assert main(["attribute", str(EXAMPLE), "--summary", str(summary), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    first, second = data["sentences"]
    assert first["supported"] and {s["document"] for s in first["supported_by"]} == {
        "fox-news",
        "nbc-news",
    }
    assert not second["supported"]
    assert {s["document"] for s in second["contradicted_by"]} == {"fox-news", "nbc-news"}
    raw = {p.stem: p.read_text() for p in EXAMPLE.iterdir()}
    for s in first["supported_by"]:
        assert raw[s["document"]][s["start"] : s["end"]] == s["text"]
    assert main(["attribute", str(EXAMPLE), "--summary", str(summary)]) == 0
    text = capsys.readouterr().out
    assert "UNSUPPORTED" in text and "CONTRADICTED by nbc-news" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["attribute", str(EXAMPLE)], "--summary FILE is required"),
        (["attribute", "--batch", "x.jsonl"], "--batch needs --claims"),
        (
            ["attribute", str(EXAMPLE), "--summary", "missing.txt"],
            "missing.txt: no such file or folder",
        ),
    ],
)
def test_attribute_user_errors(args, message, capsys) -> None:
    assert main(args) == 2
    assert message in capsys.readouterr().err


def test_summarize_json_carries_supports_and_analysis(capsys) -> None:
    assert main(["summarize", str(EXAMPLE), "--format", "json", "--quotes"]) == 0
    data = json.loads(capsys.readouterr().out)
    raw = {p.stem: p.read_text() for p in EXAMPLE.iterdir()}
    for s in data["sentences"]:
        assert s["supported_by"], "every summary sentence is supported by its own article"
        for sup in s["supported_by"]:
            assert raw[sup["document"]][sup["start"] : sup["end"]]
    assert {"coverage", "single_source", "disagreements", "facts", "quotes"} <= set(data)
    assert len(data["coverage"]) == 2


def test_example_story_analysis(capsys) -> None:
    """The example story: facts both outlets report said once, with both outlets,
    single-source material, quotes."""
    assert main(["summarize", str(EXAMPLE), "--format", "json", "--quotes"]) == 0
    data = json.loads(capsys.readouterr().out)
    shared = {f["text"]: {x["document"] for x in f["sources"]} for f in data["facts"]["shared"]}
    # Fox's "audio recording released on Wednesday" is what the aligner finds Fox report
    # summary sentence 1 with (the message released Wednesday): that sentence names both
    # outlets, and the lists do not tell it again
    first = data["sentences"][0]
    assert "emerged Wednesday" in first["text"]
    assert {x["document"] for x in first["supported_by"]} == {"fox-news", "nbc-news"}
    assert not any("audio recording" in t for t in shared)
    # the calls for attacks are a summary sentence both outlets report: said there with
    # both outlets, not again among the facts beyond the summary
    said = [s for s in data["sentences"] if "Saudi Arabia and Turkey" in s["text"]]
    assert said and {x["document"] for x in said[0]["supported_by"]} == {"fox-news", "nbc-news"}
    assert not any("Saudi Arabia and Turkey" in t for t in shared)
    single = {f["text"]: f["sources"][0]["document"] for f in data["facts"]["single_source"]}
    # Fox's own wording of the calls for attacks ("He urges others ...", its "He" the
    # al-Baghdadi of the sentence before) is no Fox-only fact: NBC reports the calls
    assert not any("urges others" in t for t in single)
    # Fox's opening (the head of the Islamic State released a message) is NBC's lede too:
    # its participle and relative clause describe the message, and its "according to
    # ... said Thursday" is whose report it is, so it is no Fox-only fact; its NBC span
    # is summary sentence 1, which names both outlets, so no list tells it again
    assert not any("monitors militant activity" in t for t in single)
    assert not any("monitors militant activity" in t for t in shared)
    assert any("Dorrian" in t and d == "nbc-news" for t, d in single.items())
    speakers = {q["speaker"] for q in data["quotes"]}
    assert any("Baghdadi" in s for s in speakers) and any("Dorrian" in s for s in speakers)
    dorrian = next(q for q in data["quotes"] if q["text"].startswith("If we knew where he was"))
    assert "Dorrian" in dorrian["speaker"]


def test_markdown_shows_analysis(capsys) -> None:
    assert main(["summarize", str(EXAMPLE), "--format", "markdown", "--quotes"]) == 0
    out = capsys.readouterr().out
    assert "## Who reported what" in out and "## Reported by one outlet only" in out
    assert "## Quotes" in out and "## Sources" in out
