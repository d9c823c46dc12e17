"""A title made from a sentence keeps the source's words in order, cut where a clause ends,
and names what most of the articles report."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsbrief import Article
from newsbrief.model import Summary, SummarySentence
from newsbrief.render import (
    HEADLINE_WORDS,
    clause_trim,
    headline_candidates,
    rank_titles,
    reaches_main_verb,
    sentence_title,
    states_no_event,
)

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
    # the third article's lede, every word of it in all three articles, is a candidate too
    assert ranked[:2] == [
        "The textile mill in Dunmore was destroyed by fire on Sunday night.",
        main,
    ]
    assert ranked.index(main) < ranked.index(detail)
    assert ranked[-1] == leaning  # refers back to someone the title never named


def test_a_cut_inside_an_opening_clause_is_not_a_title() -> None:
    texts = ["A day after the dam failed in Dunmore, crews evacuated the valley towns."] * 3
    long_opening = (
        "A day after the dam failed in Dunmore and the river rose to record heights across "
        "the valley towns, crews evacuated residents."
    )
    other = "Crews evacuated the valley towns near Dunmore."
    ranked = [t for t, _ in headline_candidates(_summary([long_opening, other], texts))]
    # the articles' own lede, whole, and the short sentence come before the cut one
    assert ranked[:2] == [texts[0], other]
    assert ranked[-1].endswith("…") and ranked[-1].startswith("A day after the dam failed")


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
    # written for this test: every article repeats the background (an earlier strike),
    # so by shared words alone it would be the title
    background = "The dockers' union shut the harbor cranes for a month in 1997."
    news = "Harbor owners sold the Varna container terminal to Marta Ilves on Wednesday."
    texts = [
        f"{news} {background} The union and the cranes stayed idle.",
        f"The terminal changed hands on Wednesday. {background} The union shut the harbor.",
        f"Marta Ilves bought it. {background} The dockers' union cranes stopped.",
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


# Written for these tests: a port strike told by three articles. Every article ends with
# the same "no comment" line, so by shared words alone it would name the story.
NO_COMMENT = "Harbor port officials were not available for comment on the strike."
STRIKE = [
    "Dockworkers at the Varna harbor port walked off the job on Monday, halting cargo "
    f"ships in the strike. {NO_COMMENT}",
    "The strike at the Varna harbor port stopped cargo ships on Monday as dockworkers "
    f"demanded higher pay. {NO_COMMENT}",
    f"Cargo ships waited outside the Varna harbor port on Monday. {NO_COMMENT}",
]


def _strike(sentences: list[str]) -> Summary:
    arts = tuple(Article(f"a{k}", t) for k, t in enumerate(STRIKE))
    sents = tuple(SummarySentence(s, "a1", 0, len(s), 1.0) for s in sentences)
    return Summary("s", sents, arts)


def test_a_story_is_titled_by_its_event_not_by_a_no_comment_line() -> None:
    summary = _strike([NO_COMMENT, STRIKE[1].split(". ")[0] + "."])
    candidates = [(s.text, sentence_title(s.text)) for s in summary.sentences]
    # by shared words alone the absence would win: the rule has something to overturn
    assert rank_titles(summary.articles, candidates, news_first=False)[0][0] == NO_COMMENT
    title = headline_candidates(summary)[0][0]
    assert title != NO_COMMENT and "Monday" in title


def test_a_lede_the_summary_left_out_can_title_the_story() -> None:
    summary = _strike([NO_COMMENT])  # a budget that kept only the absence
    assert headline_candidates(summary)[0][0] in {s.split(". ")[0] + "." for s in STRIKE}


# written for these tests, as are the stories and sentences below
@pytest.mark.parametrize(
    "sentence",
    [
        "Spokespeople for the ferry company were not available for comment.",
        "The orchestra declined to comment on the conductor's departure.",
        "The mayor could not be reached on Sunday.",
        "The rail operator gave no explanation for the week of delays.",
        "The growers' union hasn't said whether it will sell at the new price.",
        "A row over funding had delayed the new library for three winters.",
        "The trawler captain has long been suspected of fishing in closed waters.",
        # the main clause follows an introductory phrase or an aside after its subject
        "On Sunday, the lifeboat crews could not leave the harbor.",
        "The glacier, which feeds two rivers, had thinned by a third before the survey.",
    ],
)
def test_sentences_that_report_no_event_are_recognised(sentence: str) -> None:
    assert states_no_event(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The council ousted its chairwoman on Thursday in a no-confidence ballot.",
        "Rangers said the two missing hikers had been found alive on Saturday.",
        "A gas main burst under a busy bakery on Friday, injuring three workers.",
        "The knot was tied by notable sailors.",
    ],
)
def test_news_is_not_taken_for_an_absence(sentence: str) -> None:
    assert not states_no_event(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a past perfect or negation in an aside or a trailing clause is background
        "The smugglers, who had hidden the crates in a barn, surrendered on Monday.",
        "A landslide buried 40 homes on Sunday, though the count could not be checked.",
        "Divers found the lost kayaker alive on Friday, ending a hunt that had lasted days.",
        # "had" with a number or a noun is having, not a tense
        "The bus had eleven pupils aboard when it overturned on Tuesday.",
        "The barge had seventeen containers when it ran aground near the locks.",
        "The stranded coach had children aboard when the bridge closed on Monday.",
        # "No." before a number and "Nor'" are words of their own
        "The No. 3 seed of the tournament was knocked out on Monday.",
        "Nor'easter strands hundreds of drivers in Halifax.",
    ],
)
def test_news_with_an_aside_a_number_or_an_abbreviation_is_still_news(sentence: str) -> None:
    assert not states_no_event(sentence)


def test_a_lede_cut_before_its_verb_does_not_title_the_story() -> None:
    # written for this test: the lede's subject and its aside fill the 16 words
    lede = (
        "Marta Ilves, the veteran harbor pilot who guided cargo ships into the Varna port "
        "for thirty years, retired on Monday after the strike."
    )
    texts = [f"{lede} Ships waited.", "Marta Ilves retired on Monday.", "Ilves retired."]
    news = "Marta Ilves retired from the Varna port on Monday after thirty years."
    ranked = [t for t, _ in headline_candidates(_summary([news], texts))]
    assert ranked == [news]  # "Marta Ilves, the veteran harbor pilot who guided…" is no title
    assert not reaches_main_verb(sentence_title(lede))
    assert reaches_main_verb(sentence_title(news))
    assert reaches_main_verb("The harbor board has voted to shut the ferry pier over rust, a…")
    assert not reaches_main_verb(
        "During a long hearing on the flooding of three mountain villages…"
    )


def test_a_lede_opening_with_a_time_phrase_reaches_its_verb_after_the_comma() -> None:
    assert reaches_main_verb(
        "On Monday, rescuers pulled 14 survivors from the rubble of the collapsed school…"
    )
    assert reaches_main_verb(
        "Late on Friday, the old river dam collapsed after a week of heavy rain…"
    )
    # the phrase's comma is passed, but a name and its aside still hold no verb
    assert not reaches_main_verb(
        "On Monday, Marta Ilves, the veteran harbor pilot who guided cargo ships into port…"
    )


def test_a_title_cut_at_the_word_limit_drops_a_stub_after_its_last_comma() -> None:
    # written for this test: the limit falls two words after a comma
    sentence = (
        "Dockworkers closed the Varna harbor port to all cargo ships on Monday over pay, "
        "the harbor authority said in a statement."
    )
    assert clause_trim(sentence) == (
        "Dockworkers closed the Varna harbor port to all cargo ships on Monday over pay…"
    )
    # the comma that closes an opening clause is kept: the main clause starts after it
    opening = (
        "With five days left before the strike fund runs dry in the port, union leader "
        "Marta Ilves called for talks."
    )
    assert "union leader" in clause_trim(opening)
