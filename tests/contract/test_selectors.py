"""One contract every ``--method`` must keep, whatever its algorithm."""

import re

import pytest

from newsbrief import InputError, SummaryOptions, summarize
from newsbrief.api import prepare
from newsbrief.concepts import ConceptTable
from newsbrief.ingest import load_documents
from newsbrief.options import METHODS
from newsbrief.select import REGISTRY, Problem

from ..conftest import EXAMPLE, STORY_A

# Every registered selector, and "default" through the API's mapping.
ALL = sorted(set(REGISTRY) | set(METHODS))

STORY_ONE = [
    {
        "id": "solo",
        "text": (
            "Harbor ferry service resumes after storm\n\n"
            "Ferry service across the harbor resumed on Friday after a three-day halt caused "
            "by the storm. The port authority said all six boats were inspected overnight. "
            "Commuters packed the first morning crossing, which left the north pier at 6 a.m. "
            "Officials warned that schedules could slip while crews clear debris from the "
            "south docks."
        ),
    }
]


def test_every_method_is_registered() -> None:
    assert set(METHODS) - {"default"} <= set(REGISTRY)


@pytest.mark.parametrize("method", ALL)
@pytest.mark.parametrize("words", [15, 40, 100])
def test_stays_in_word_budget(method, words) -> None:
    assert summarize(STORY_A, words=words, method=method).n_words <= words


@pytest.mark.parametrize("method", ALL)
def test_fill_runs_over_only_by_its_last_sentence(method) -> None:
    filled = summarize(STORY_A, words=30, fill=True, method=method)
    assert sum(len(s.text.split()) for s in filled.sentences[:-1]) <= 30
    assert filled.n_words >= summarize(STORY_A, words=30, method=method).n_words


@pytest.mark.parametrize("method", ALL)
@pytest.mark.parametrize("k", [1, 2])
def test_stays_in_sentence_budget(method, k) -> None:
    summary = summarize(STORY_A, words=None, sentences=k, method=method)
    assert 1 <= len(summary.sentences) <= k
    # both caps at once, as ``evaluate`` sets them (the keywords refuse both given)
    both = SummaryOptions(words=200, sentences=k, fill=True, method=method)
    filled = summarize(STORY_A, options=both)
    assert len(filled.sentences) <= k


@pytest.mark.parametrize("method", ALL)
def test_same_output_twice(method) -> None:
    docs = load_documents([str(EXAMPLE)])
    a = summarize(docs, words=100, fill=True, method=method)
    b = summarize(docs, words=100, fill=True, method=method)
    assert [(s.article_id, s.start, s.end) for s in a.sentences] == [
        (s.article_id, s.start, s.end) for s in b.sentences
    ]


@pytest.mark.parametrize("method", ALL)
def test_only_input_sentences_with_offsets_into_the_given_text(method) -> None:
    docs = load_documents([str(EXAMPLE)])
    given = {d.id: d.text for d in docs}
    summary = summarize(docs, words=250, fill=True, method=method)
    spans = {(s.article_id, s.start, s.end) for s in prepare(docs).sentences}
    assert summary.sentences
    seen = set()
    for s in summary.sentences:
        shown = re.sub("``|''", '"', given[s.article_id][s.start : s.end])  # wire quotes
        assert " ".join(shown.split()) == " ".join(s.text.split())
        assert s.clean is not None and (s.article_id, s.clean.start, s.clean.end) in spans
        assert (s.article_id, s.start) not in seen  # no sentence twice
        seen.add((s.article_id, s.start))


@pytest.mark.parametrize("method", ALL)
def test_clear_error_on_empty_input(method) -> None:
    with pytest.raises(InputError):
        summarize([], method=method)
    with pytest.raises(InputError, match="empty"):
        summarize(["   ", "\n\n"], method=method)


@pytest.mark.parametrize("method", sorted(REGISTRY))
def test_selector_with_no_candidates_chooses_nothing(method) -> None:
    problem = Problem(
        candidates=(),
        concepts=ConceptTable((), (), ()),
        lengths=(),
        articles=(),
        all_sentences=(),
        words=100,
        sentences=None,
        fill=True,
    )
    assert REGISTRY[method](problem) == []


@pytest.mark.parametrize("method", ALL)
def test_one_article_story(method) -> None:
    summary = summarize(STORY_ONE, words=40, method=method)
    assert summary.sentences
    assert {s.article_id for s in summary.sentences} == {"solo"}


@pytest.mark.parametrize("method", ALL)
def test_two_article_story(method) -> None:
    summary = summarize(load_documents([str(EXAMPLE)]), words=100, fill=True, method=method)
    assert summary.n_words >= 60
    assert summary.method == method


@pytest.mark.parametrize("method", ALL)
def test_selection_prints_nothing(method, capfd) -> None:
    # batch may write its JSONL to stdout: a solver's native printf would corrupt it.
    summarize(STORY_A, words=40, fill=True, method=method)
    out, err = capfd.readouterr()
    assert out == "" and err == ""


@pytest.mark.parametrize("method", ALL)
def test_story_with_no_eligible_sentence_still_gets_a_summary(method) -> None:
    # One run-on sentence of 70 words (over eligible.MAX_WORDS) and a 3-word line.
    run_on = " ".join(["The council debated the new bridge plan"] * 10) + "."
    summary = summarize([run_on, "Short one here."], words=100, method=method)
    assert summary.sentences
    assert summary.n_words <= 100
