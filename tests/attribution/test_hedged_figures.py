"""A hedged figure agrees only within its own rounding.

"About 60" is written to the ten: it holds 62. "About 65" is written to the unit: a
hedge on a figure that precise says how sure the writer is, not how round the figure is,
so it holds neither 62 nor 67. A claim's "62" is then no longer "reported" by an article
saying "about 65" on the first day, and a different toll reported days apart is an
update, not a contradiction.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import newsbrief
from newsbrief.attribution.lexicon import tokenize
from newsbrief.attribution.numbers import Quantity, last_place, quantities, quantities_agree


def figure(text: str) -> Quantity:
    toks = tokenize(text)
    (q,) = quantities(toks, [t.lower() for t in toks])
    return q


def test_a_figure_written_to_the_ten_holds_the_units_around_it() -> None:
    assert quantities_agree(figure("about 60 people"), figure("62 people"))
    assert quantities_agree(figure("62 people"), figure("nearly 60 people"))


def test_a_figure_written_to_the_unit_holds_no_other_unit() -> None:
    assert not quantities_agree(figure("about 65 people"), figure("62 people"))
    assert not quantities_agree(figure("about 65 people"), figure("67 people"))
    assert quantities_agree(figure("about 65 people"), figure("65 people"))


def test_large_hedged_figures_keep_their_rounding() -> None:
    assert quantities_agree(figure("about 600 people"), figure("610 people"))
    assert quantities_agree(figure("an estimated 1.5 million people"), figure("1,520,000 people"))
    assert not quantities_agree(figure("about 1,250 people"), figure("1,270 people"))


@given(st.integers(min_value=1, max_value=10**6))
def test_the_last_place_divides_the_figure(n: int) -> None:
    place = last_place(n)
    assert n % place == 0
    assert (n // place) % 10 != 0


def test_an_early_hedged_toll_does_not_stand_for_a_later_exact_one() -> None:
    lead = "KAMPALA, Uganda (AP) _ "
    articles = [
        {
            "id": "first",
            "published": "2001-03-02",
            "text": lead + "A ferry sank on Lake Victoria on Friday, killing 60 people.",
        },
        {
            "id": "hedged",
            "published": "2001-03-02",
            "text": lead + "About 65 people died when a ferry sank on Lake Victoria on Friday.",
        },
        {
            "id": "later",
            "published": "2001-03-05",
            "text": lead + "The ferry that sank on Lake Victoria killed 62 people, police said.",
        },
    ]
    (att,) = newsbrief.attribute(
        articles, ["The ferry that sank on Lake Victoria killed 62 people."]
    )
    assert [s.article_id for s in att.supported_by] == ["later"]
    # "60" on the first day is an earlier count of a rising toll, not a disagreement
    assert "first" not in [s.article_id for s in att.contradicted_by]
