"""A title made from a sentence keeps the source's words in order, cut where a clause ends,
and names what most of the articles report."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsbrief import Article
from newsbrief.model import Summary, SummarySentence
from newsbrief.render import HEADLINE_WORDS, clause_trim, headline_candidates, sentence_title

WORD = st.text(alphabet="abcdefgh,;:—", min_size=1, max_size=8).filter(lambda w: w.strip())


# (a title of nothing but punctuation marks has no words to keep: not generated)
@given(
    st.lists(WORD, min_size=1, max_size=40).filter(
        lambda ws: any(w.strip(",;:") for w in ws[:HEADLINE_WORDS])
    )
)
def test_a_title_is_the_sentences_own_words_in_order(words: list[str]) -> None:
    text = " ".join(words)
    title = clause_trim(text)
    kept = title.removesuffix("…").split()
    assert len(kept) <= HEADLINE_WORDS
    assert title.endswith("…") == (len(words) > HEADLINE_WORDS)
    if not title.endswith("…"):
        assert kept == words
    else:  # the same words, only the last one's closing comma, semicolon or colon dropped
        assert kept[:-1] == words[: len(kept) - 1]
        assert words[len(kept) - 1].rstrip(",;:") == kept[-1]


def test_a_long_sentence_is_cut_where_its_main_clause_ends() -> None:
    sentence = (
        "Rescuers pulled 14 survivors from the collapsed apartment block in Dunmore on "
        "Sunday, while crews searched the rubble for at least six people still missing."
    )
    assert clause_trim(sentence) == (
        "Rescuers pulled 14 survivors from the collapsed apartment block in Dunmore on Sunday…"
    )
    # a comma after an introductory phrase is no place to cut: the verb comes later
    opening = (
        "After the storm passed over the coast late on Sunday, rescuers pulled 14 survivors "
        "from the collapsed apartment block."
    )
    assert clause_trim(opening).split()[-1] != "Sunday"


def _summary(sentences: list[str], texts: list[str]) -> Summary:
    arts = tuple(Article(f"a{k}", t) for k, t in enumerate(texts))
    sents = tuple(SummarySentence(s, "a0", 0, len(s), 1.0) for s in sentences)
    return Summary("s", sents, arts)


def test_the_title_is_the_sentence_most_articles_share_and_stands_alone() -> None:
    texts = [
        "The Dunmore mill fire destroyed the old textile mill on Sunday night. "
        "Nobody was hurt. He said the cause is unknown.",
        "Fire destroyed the Dunmore textile mill on Sunday night, the fire chief said.",
        "The textile mill in Dunmore was destroyed by fire on Sunday night. A bakery "
        "nearby stayed open.",
    ]
    detail = "A bakery nearby stayed open late for the firefighters on duty."
    main = "The Dunmore mill fire destroyed the old textile mill on Sunday night."
    leaning = "He said the fire destroyed the Dunmore textile mill on Sunday night."
    ranked = [t for t, _ in headline_candidates(_summary([detail, leaning, main], texts))]
    assert ranked[0] == main
    assert ranked[-1] == leaning  # refers back to someone the title never named


def test_a_cut_inside_an_opening_clause_is_not_a_title() -> None:
    texts = ["A day after the dam failed in Dunmore, crews evacuated the valley towns."] * 3
    long_opening = (
        "A day after the dam failed in Dunmore and the river rose to record heights across "
        "the valley towns, crews evacuated residents."
    )
    other = "Crews evacuated the valley towns near Dunmore."
    ranked = [t for t, _ in headline_candidates(_summary([long_opening, other], texts))]
    assert ranked[0] == other


def test_a_long_opening_clause_gives_way_to_the_main_clause() -> None:
    sentence = (
        "A day after the dam failed in Dunmore and the river rose to record heights across "
        "the valley, rescue crews evacuated more than 2,000 residents of the valley towns "
        "by boat and helicopter."
    )
    assert sentence_title(sentence) == (
        "Rescue crews evacuated more than 2,000 residents of the valley towns by boat and "
        "helicopter."
    )
    assert clause_trim(sentence).startswith("A day after")  # what the title would have been


def test_a_headline_tells_the_news_not_background_dated_before_the_story() -> None:
    # written for this test: every article repeats the background (an earlier war),
    # so by shared words alone it would be the title
    background = "The army forced out the country's first elected government in 1997."
    news = "Parliament voted out the government of Prime Minister Lena Ortiz on Wednesday."
    texts = [
        f"{news} {background} The army forced the government out of power.",
        f"Parliament voted on Wednesday. {background} The army and the government clashed.",
        f"Lena Ortiz lost the vote. {background} The government of the army fell.",
    ]
    arts = tuple(Article(f"a{k}", t, published="1998-11-25") for k, t in enumerate(texts))
    sents = tuple(SummarySentence(s, "a0", 0, len(s), 1.0) for s in (background, news))
    titles = [t for t, _ in headline_candidates(Summary("s", sents, arts))]
    assert titles[0] == news
    # undated articles: nothing can be called earlier than the story, shared words decide
    undated = tuple(Article(a.id, a.text) for a in arts)
    assert headline_candidates(Summary("s", sents, undated))[0][0] == background
    # a year of the story itself is news, not background
    current = background.replace("1997", "1998")
    sents = tuple(SummarySentence(s, "a0", 0, len(s), 1.0) for s in (current, news))
    assert headline_candidates(Summary("s", sents, arts))[0][0] == current


def test_a_title_cut_at_the_word_limit_keeps_names_whole_and_ends_on_a_content_word() -> None:
    # written for this test: no clause boundary within the limit; word 16 is "Lake" of
    # "Lake Erie", then "in" before "the steel supports"
    name = (
        "Divers searching for the missing fishing boat found wreckage on Sunday near the "
        "shore of Lake Erie after a storm swept the bay."
    )
    assert clause_trim(name) == (
        "Divers searching for the missing fishing boat found wreckage on Sunday near the shore…"
    )
    function_word = (
        "The council voted on Tuesday to close the old bridge after city inspectors found "
        "cracks in the steel supports of the deck."
    )
    assert clause_trim(function_word) == (
        "The council voted on Tuesday to close the old bridge after city inspectors found cracks…"
    )
