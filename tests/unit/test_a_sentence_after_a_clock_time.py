"""A sentence that follows a clock time ("at 11 p.m. Investigators ...") is its own sentence.

Punkt reads "p.m." as an abbreviation and keeps the next word on it unless it is sure that
word starts sentences; after a time, only a day, a date or a time zone goes on the clause.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief import summarize
from newsbrief.model import Article
from newsbrief.segment import split_sentences


def _split(text: str) -> list[str]:
    sents = split_sentences(Article(id="x", text=text))
    for s in sents:
        assert text[s.start : s.end] == s.text
    return [s.text for s in sents]


def test_a_capitalised_word_after_p_m_starts_a_sentence() -> None:
    text = (
        "Fire Chief Ana Ruiz said the blaze started at 11 p.m. Investigators suspect an "
        "electrical fault. The warehouse was empty, the chief said."
    )
    assert _split(text) == [
        "Fire Chief Ana Ruiz said the blaze started at 11 p.m.",
        "Investigators suspect an electrical fault.",
        "The warehouse was empty, the chief said.",
    ]


def test_a_quotation_after_a_time_starts_a_sentence() -> None:
    text = 'The blaze started shortly after 9 p.m. "We will rebuild," said the owner, Jon Park.'
    assert _split(text) == [
        "The blaze started shortly after 9 p.m.",
        '"We will rebuild," said the owner, Jon Park.',
    ]


def test_a_day_a_date_or_a_zone_after_a_time_stays_in_the_sentence() -> None:
    for tail in (
        "Monday",
        "Nov. 24",
        "EST",
        "GMT Tuesday",
        "Eastern time",
        "New York time",
        "Christmas Eve",
        "local time",
    ):
        text = f"The ferry left at 3 p.m. {tail} with 40 people aboard. It docked late."
        assert _split(text)[0] == f"The ferry left at 3 p.m. {tail} with 40 people aboard."


def test_a_pronoun_after_a_company_abbreviation_starts_a_sentence() -> None:
    text = "The plan was announced by New York Times Co. She added that plants could switch."
    assert _split(text) == [
        "The plan was announced by New York Times Co.",
        "She added that plants could switch.",
    ]


def test_a_name_after_a_title_is_not_cut_off() -> None:
    text = "The study was led by Dr. He Jiankui of Shenzhen. It drew wide criticism."
    assert _split(text)[0] == "The study was led by Dr. He Jiankui of Shenzhen."


def test_a_one_article_summary_keeps_the_two_sentences_apart() -> None:
    text = (
        "Harbor fire\n\nFire Chief Ana Ruiz said the blaze started at 11 p.m. Investigators "
        "suspect an electrical fault in the conveyor room. The warehouse was empty, the "
        "chief said."
    )
    summary = summarize([{"id": "pm", "text": text}], words=100)
    assert summary.sentences
    assert all("p.m. Investigators" not in s.text for s in summary.sentences)


_OPENERS = ["Investigators", "Police", "Officials", "Firefighters", "Witnesses", "Crews"]
_DAYS = ["Monday", "Friday", "Sunday", "Jan. 5", "EDT", "UTC"]


@settings(max_examples=60, deadline=None)
@given(
    hour=st.integers(1, 12),
    mark=st.sampled_from(["a.m.", "p.m.", "A.M.", "P.M."]),
    opener=st.sampled_from(_OPENERS),
    day=st.sampled_from(_DAYS),
    rest=st.sampled_from(["said the fire was out", "found the cause", "left the scene"]),
)
def test_after_a_time_only_a_day_or_zone_continues_the_sentence(
    hour: int, mark: str, opener: str, day: str, rest: str
) -> None:
    first = f"The crew arrived at {hour} {mark}"
    assert _split(f"{first} {opener} {rest}.") == [first, f"{opener} {rest}."]
    assert _split(f"{first} {day} and {rest}.") == [f"{first} {day} and {rest}."]
