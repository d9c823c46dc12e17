"""The shortcuts that make the two order rules cheap give exactly the answers they
replace: the articles counted for a title's words from the sentences selection already
stemmed, and the story's surnames worked out only when a name could move."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief import order, render
from newsbrief.api import prepare
from newsbrief.model import Article, Sentence
from newsbrief.render import _article_parts, _story_words
from newsbrief.text import STOPWORDS, spans_words, stem, words

from ..conftest import DUC

_PIECES = ["Xu", "Wenli", "does", "severe", "storm", "storms", "LONDON", "(AP)", "—", "the"]
_PIECES += [" ", "  ", "\n", ",", ".", "-", "'s", "é", "1", "O'Neill", "café"]
_TEXT = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=30).map("".join)


@st.composite
def _article(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]]]:
    """A text and sentence spans on it: in order of their starts, any length, with words,
    spaces or nothing between them, overlapping or cutting a word in two."""
    text = draw(_TEXT)
    n = len(text)
    spans = draw(
        st.lists(st.tuples(st.integers(0, n - 1), st.integers(1, n)), max_size=6).map(
            lambda xs: sorted((s, min(n, s + length)) for s, length in xs)
        )
    )
    return text, spans


@settings(max_examples=400, deadline=None)
@given(st.lists(_article(), min_size=1, max_size=4))
def test_articles_using_a_word_are_counted_as_their_words_say(
    drawn: list[tuple[str, list[tuple[int, int]]]],
) -> None:
    articles = [Article(f"a{k}", text) for k, (text, _) in enumerate(drawn)]
    sentences = [
        Sentence(a.id, s, e, a.text[s:e], i, 0)
        for a, (_, spans) in zip(articles, drawn, strict=True)
        for i, (s, e) in enumerate(spans)
    ]
    expected: Counter[str] = Counter()  # the first way: each article's words, stemmed
    for a in articles:
        mine = [(s.start, s.end, s.text) for s in sentences if s.article_id == a.id]
        expected.update({stem(w) for w in spans_words(a.text, mine) if w not in STOPWORDS})
    # with the stems of stop words ("doe" of "does"): counted for content words only
    wanted = set(expected) | {stem(w) for w in STOPWORDS} | {"zzzz"}
    render._WORDS.clear()  # kept by the articles' texts, not by these made-up sentences
    got = _story_words(articles, sentences).df(wanted)
    assert {w: got[w] for w in wanted} == {w: expected[w] for w in wanted}


def test_an_article_in_a_refused_script_is_read_from_its_words() -> None:
    text = "Severe storms hit LONDON, and the storm does not stop."
    content = frozenset(stem(w) for w in words(text) if w not in STOPWORDS)
    assert _article_parts(text, None) == ((), content)


def _stories(limit: int) -> list[tuple[list[Article], list[Sentence]]]:
    from newsbrief.ingest import iter_jsonl_lines, parse_story_line

    out = []
    for n, line in iter_jsonl_lines(str(DUC)):
        prepared = prepare(list(parse_story_line(line, n, str(DUC)).articles))
        out.append((list(prepared.articles), list(prepared.sentences)))
        if len(out) == limit:
            break
    return out


def _orders(n: int) -> list[list[int]]:
    ks = list(range(n))
    return [ks, ks[::-1], ks[n // 2 :] + ks[: n // 2], ks[1::2] + ks[::2]]


@pytest.mark.skipif(not DUC.exists(), reason="shared DUC data not present")
def test_names_move_as_when_the_surnames_were_always_worked_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    moved = checked = 0
    for articles, sentences in _stories(12):
        # each article's first sentences: full names, then surnames alone
        items = []
        for a in articles[:5]:
            mine = [s for s in sentences if s.article_id == a.id][:3]
            items += [(s, False) for s in mine]
        names = order._Names(articles)
        for out in _orders(len(items)):
            quick = order._names_in_full_first(out, items, articles, names)
            for k in range(1, len(out)):
                before, chain = out[:k], out[k : k + 2]
                checked += 1
                with monkeypatch.context() as m:
                    m.setattr(order, "_may_name_before", lambda *_: True)
                    full = order._introduced_before(before, chain, items, articles, names)
                assert order._introduced_before(before, chain, items, articles, names) is full
            with monkeypatch.context() as m:
                m.setattr(order, "_may_move_name", lambda *_: True)
                assert order._names_in_full_first(out, items, articles, names) == quick
            moved += quick != out
    assert moved and checked > 300
