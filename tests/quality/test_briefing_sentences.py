"""A summary read as a morning briefing: no sentence leans on something the summary
never gave (a name written family name first, a description never introduced, an
announcement of what follows, a pro-form at the end, a refusal to comment), and the
summary opens on what happened. Each rule is a switch; each test shows the sentence
the rule keeps out coming back with the switch off."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from newsbrief import summarize
from newsbrief.api import prepare
from newsbrief.eligible import (
    Surnames,
    announces,
    demonstrative_heads,
    no_comment,
    points_back,
    unintroduced,
)
from newsbrief.order import order_sentences
from newsbrief.select.coverage import CoverageConfig, select_with

from ..unit.problems import selection_problem
from .briefing_stories import BRIDGE, HARBOR, ISLANDS, STORM


def _texts(docs, words: int, **off: bool) -> list[str]:
    """The sentences the default selector picks at ``words`` words, with ``off``'s
    switches of :class:`CoverageConfig` set."""
    problem = selection_problem(docs, fill=False, words=words)
    config = replace(CoverageConfig(), **off)
    return [problem.candidates[c.index].text for c in select_with(problem, config)]


def _shown(docs, words: int) -> list[str]:
    return [s.text for s in summarize(docs, words=words).sentences]


def test_a_name_written_family_name_first_is_given_in_full_before_it_is_used_alone() -> None:
    texts = [d["text"] for d in HARBOR]
    names = Surnames(texts)
    assert "Pak" in names.keys
    assert names.of("Among those held was Pak Sunhwa, an organizer.")[0] == {"Pak"}
    assert names.of("Pak spent 12 years in prison.")[1] == {"Pak"}
    assert "Pak" not in Surnames(texts, family_first=False).keys
    for words in (50, 60):
        shown = _shown(HARBOR, words)
        bare = [k for k, t in enumerate(shown) if t.startswith("Pak spent")]
        full = [k for k, t in enumerate(shown) if "Pak Sunhwa" in t]
        assert not bare or (full and full[0] < bare[0]), shown
    # without the rule, "Pak spent 12 years in prison" comes with no "Pak Sunhwa"
    off = _texts(HARBOR, 50, surnames_family_first=False)
    assert any(t.startswith("Pak spent") for t in off)
    assert not any("Pak Sunhwa" in t for t in off)


def test_a_given_name_that_also_stands_alone_makes_no_family_name() -> None:
    # "Kurdish" stands apart from "Turkish Kurdish", so "Turkish" is no family name
    texts = [
        "Turkish Kurdish rebels attacked a post. Kurdish leaders denied it. "
        "Turkish officials said the post was hit."
    ]
    assert "Turkish" not in Surnames(texts).keys


def test_a_description_nothing_introduced_comes_only_after_its_context() -> None:
    earlier = "The river bridge collapsed on Friday, killing nine people."
    assert unintroduced("Police held back the crowds as divers searched.", earlier) == {"crowds"}
    assert unintroduced("The broadcast was monitored in the capital.", earlier) == {"broadcast"}
    # introduced by its article before, or established by its own words
    assert not unintroduced("Police held back the crowds.", "Crowds gathered at dawn.")
    assert not unintroduced("Police held back the crowds at the bridge.", earlier)
    assert not unintroduced("Police said the first bodies were found.", earlier)
    assert not unintroduced("Police told the government on Friday.", earlier)
    assert not unintroduced("Police held back the crowds.", earlier, {"crowds"})  # the topic
    for words in (50, 60, 80, 100):
        shown = _shown(BRIDGE, words)
        at = [k for k, t in enumerate(shown) if "the crowds" in t]
        # only right after the sentence before it in its article, whose context it is
        assert not at or (at[0] > 0 and shown[at[0] - 1].startswith("A radio station")), shown
    assert not any("the crowds" in t for t in _shown(BRIDGE, 50))
    assert any("the crowds" in t for t in _texts(BRIDGE, 50, definite_introduced=False))


def test_a_place_named_only_by_this_and_the_dateline_is_left_out() -> None:
    assert demonstrative_heads("He grew up in this poor island archipelago, a land.") == [
        "archipelago"
    ]
    assert demonstrative_heads("Talks resumed this week in the capital.") == []  # a time
    for words in (50, 60, 100):
        assert not any("this poor island" in t for t in _shown(ISLANDS, words))
    assert any("this poor island" in t for t in _texts(ISLANDS, 50, demonstratives=False))


def test_a_sentence_that_only_announces_what_follows_is_left_out() -> None:
    assert announces("Two questions now hang over the Velmora bridge.")
    assert announces("The first is whether warnings were ignored.")
    assert not announces("Two questions remain: whether it was safe and who knew.")
    assert not announces("The first flight landed on Saturday.")
    for words in (80, 100):
        shown = _shown(BRIDGE, words)
        assert not any(t.startswith(("Two questions", "The first is")) for t in shown)
    off = _texts(BRIDGE, 100, announcements=False)
    assert any(t.startswith("Two questions") for t in off)


def test_a_sentence_ending_on_there_comes_only_after_what_it_points_at() -> None:
    assert points_back("The city council is not stopping there.")
    assert points_back("Officials denied it.")
    assert not points_back("The council met there on Monday to vote.")
    for words in (50, 80, 100):
        shown = _shown(BRIDGE, words)
        if "The city council is not stopping there." in shown:
            at = shown.index("The city council is not stopping there.")
            assert at > 0 and shown[at - 1].startswith("The mayor ordered"), shown
    off = _texts(BRIDGE, 50, points_back=False)
    assert "The city council is not stopping there." in off
    assert not any(t.startswith("The mayor") for t in off)


def test_a_refusal_to_comment_is_no_news() -> None:
    assert no_comment("Bridge company officials refused to comment.")
    assert no_comment("The company could not be reached on Friday.")
    assert no_comment("Bridge company officials were not immediately available for comment.")
    assert not no_comment(
        "The company, which declined to comment, had been fined twice for skipping "
        "inspections of its bridges and roads in the last ten years."
    )
    for words in (50, 80, 100):
        assert "Bridge company officials refused to comment." not in _shown(BRIDGE, words)
    assert "Bridge company officials refused to comment." in _texts(BRIDGE, 50, no_comment=False)


def _sentences(docs, *starts: str):
    prepared = prepare(docs)
    found = [next(s for s in prepared.sentences if s.text.startswith(t)) for t in starts]
    return [(s, False) for s in found], prepared.articles


def test_a_summary_of_dated_reports_opens_on_what_happened_not_on_a_detail() -> None:
    items, articles = _sentences(STORM, "Shelters on Sarn", "Hurricane Ilse tore")
    first = items[order_sentences(items, articles, overview_first=True)[0]][0].text
    assert first.startswith("Hurricane Ilse tore")
    # without the rule the earliest report's detail leads
    plain = items[order_sentences(items, articles, overview_first=False)[0]][0].text
    assert plain.startswith("Shelters on Sarn")


def test_a_name_is_given_in_full_before_the_sentence_that_uses_it_alone() -> None:
    items, articles = _sentences(STORM, "Halvarsen had sailed", "Among the missing")
    order = order_sentences(items, articles, names_first=True)
    assert [items[k][0].text[:9] for k in order] == ["Among the", "Halvarsen"]
    plain = order_sentences(
        items, articles, overview_first=False, names_first=False, place_opening=False
    )
    assert [items[k][0].text[:9] for k in plain] == ["Halvarsen", "Among the"]
    # a summary never opens on the surname alone (``place_opening``, on by default)
    opened = order_sentences(items, articles, overview_first=False, names_first=False)
    assert [items[k][0].text[:9] for k in opened] == ["Among the", "Halvarsen"]


@given(st.text(alphabet=st.sampled_from("TheAaBbcrowdsX ,;:.'’-—_()\""), max_size=80))
def test_the_description_finder_takes_any_text(text) -> None:
    for noun in unintroduced(text, ""):
        assert noun.islower() and noun in text
    announces(text)
    points_back(text)
    no_comment(text)


def test_a_briefing_opens_on_the_overview_with_the_same_sentences() -> None:
    plain = summarize(STORM, words=80, analysis=False).sentences
    briefing = summarize(STORM, words=80, analysis=False, briefing=True).sentences
    assert briefing[0].text.startswith("Hurricane Ilse killed")
    assert not plain[0].text.startswith("Hurricane Ilse killed")
    assert sorted(s.text for s in briefing) == sorted(s.text for s in plain)
    # and a name is given in full before it is used alone
    texts = [s.text for s in briefing]
    assert texts.index(next(t for t in texts if t.startswith("Among the missing"))) < (
        texts.index(next(t for t in texts if t.startswith("Halvarsen had sailed")))
    )
