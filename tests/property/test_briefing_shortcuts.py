"""The shortcuts that keep the briefing rules cheap give exactly the answers they replace:
a story's facts shared between the selector and the order, the overview found without
ranking every lede, descriptions looked up without cutting an article per sentence."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.api import prepare, summarize_prepared
from newsbrief.eligible import (
    Surnames,
    _always_after,
    _whole_word_starts,
    story_surnames,
    story_topics,
    unintroduced,
)
from newsbrief.model import Article
from newsbrief.options import SummaryOptions
from newsbrief.render import _story_words, _title_keys, ledes, overview_index, sentence_title
from newsbrief.render import reaches_main_verb as _reaches
from newsbrief.segment import split_sentences
from newsbrief.text import STOPWORDS, stem, words

from ..conftest import DUC

_PIECES = ["Xu", "Wenli", "Ab", "Cd", "said", "the", "crowds", "crowd", " ", "  ", "\n", ",", "."]
_PIECES += ["-", "_", "é", "1", "Xu Wenli", "O'Neill", "this", "Crowds"]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)
_WORD = st.sampled_from(["Xu", "Wenli", "Ab", "Cd", "O'Neill", "é"])


@settings(max_examples=500, deadline=None)
@given(_WORD, _WORD, _TEXT)
def test_a_family_name_test_stops_at_the_first_use_apart(front: str, given: str, text: str) -> None:
    # the count of both whole-word forms, as the rule was first written
    expected = len(_whole_word_starts(given, text)) == len(
        _whole_word_starts(f"{front} {given}", text)
    )
    assert _always_after(front, given, text) is expected


@settings(max_examples=500, deadline=None)
@given(_TEXT, _TEXT, st.integers(min_value=0, max_value=40))
def test_descriptions_looked_up_in_part_of_an_article_as_in_its_cut(
    sentence: str, article: str, until: int
) -> None:
    text = "Police held back " + sentence
    expected = unintroduced(text, article[:until], demonstratives=True)
    assert unintroduced(text, article, demonstratives=True, until=until) == expected
    assert unintroduced(text, lambda: article, demonstratives=True, until=until) == expected


def test_a_story_surnames_and_topic_words_are_worked_out_once() -> None:
    texts = ["Col. John Dorrian spoke. Dorrian said the city fell.", "Dorrian left the city."]
    names = story_surnames(texts)
    assert story_surnames(list(texts)) is names
    assert names.keys == Surnames(texts).keys
    assert story_surnames(texts, family_first=False) is not names
    topics = story_topics(texts, ["", ""])
    assert story_topics(texts, ["", ""]) is topics
    assert "city" in topics


def _stories() -> list[list[Article]]:
    from newsbrief.ingest import iter_jsonl_lines, parse_story_line

    stories = [parse_story_line(line, n, str(DUC)) for n, line in iter_jsonl_lines(str(DUC))]
    return [list(s.articles) for s in stories]


def _overview_by_full_ranking(articles: Sequence[Article], sentences: Sequence[str]) -> int | None:
    """``overview_index`` as first written: every lede ranked with the summary."""
    norm = [" ".join(t.split()) for t in sentences]
    leads = ledes(articles)
    candidates = [(t, sentence_title(t)) for t in norm]
    for lede in leads:
        title = sentence_title(lede)
        if _reaches(title):
            candidates.append((lede, title))
    keys = _title_keys(articles, candidates, True, True)
    if not keys:
        return None
    if keys[0][4] < len(norm):
        return None if any(keys[0][:3]) else int(keys[0][4])
    lede_set = set(leads)
    for key in keys:
        if any(key[:3]):
            return None
        if key[4] < len(norm) and norm[key[4]] in lede_set:
            return int(key[4])
    return None


@pytest.mark.skipif(not DUC.exists(), reason="shared DUC data not present")
def test_story_overview_and_word_counts_match_the_full_ranking_on_duc() -> None:
    checked = 0
    for story in _stories():
        prepared = prepare(story)
        arts = prepared.articles
        # the article words counted from the split sentences, as from each whole text
        df: Counter[str] = Counter()
        for a in arts:
            df.update({stem(w) for w in set(words(a.text)) if w not in STOPWORDS})
        wanted = set(df) | {"zzzz"}
        assert _story_words(arts, prepared.sentences).df(wanted) == {w: df[w] for w in wanted}
        assert ledes(arts, prepared.sentences) == ledes(arts)
        assert [tuple(split_sentences(a)) for a in arts] == [
            tuple(s for s in prepared.sentences if s.article_id == a.id) for a in arts
        ]
        summary = summarize_prepared(prepared, SummaryOptions(words=100))
        shown = [s.text for s in summary.sentences]
        # the summary, its reverse, and each article's opening sentences
        picks = [shown, shown[::-1], shown[1:]]
        picks += [[s.text for s in prepared.sentences if s.article_id == a.id][:4] for a in arts]
        for sentences in picks:
            expected = _overview_by_full_ranking(arts, sentences)
            assert overview_index(arts, sentences) == expected
            assert overview_index(arts, sentences, all_sentences=prepared.sentences) == expected
            checked += 1
    assert checked > 300


def test_the_speed_benchmark_warm_run_forgets_the_story_memos() -> None:
    from benchmarks import speed

    from newsbrief import eligible, render

    story_surnames(["Col. John Dorrian spoke. Dorrian said so."])
    speed._clear_text_memos()
    assert not eligible._STORY_SURNAMES
    assert not render._WORDS and not render._LEDES and not render._SENTENCES
