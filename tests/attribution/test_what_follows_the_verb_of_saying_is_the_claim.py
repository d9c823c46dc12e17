"""A closing ", police said Monday" only says whose report it is and may be missing from
the evidence; ", officials reported 300 homes destroyed" goes on with what was reported,
which is the claim's own and must agree."""

import newsbrief

ARTICLE = (
    "A storm swept across Harlow County on Sunday. The storm left 12 people dead and "
    "destroyed 30 homes in the county."
)


def _verdict(claim: str) -> tuple[list[str], list[str]]:
    (result,) = newsbrief.attribute([{"id": "wire", "text": ARTICLE}], claim)
    return (
        [e.article_id for e in result.supported_by],
        [e.article_id for e in result.contradicted_by],
    )


def test_a_figure_after_the_verb_of_saying_must_agree() -> None:
    wrong, _ = _verdict(
        "The storm left 12 people dead in Harlow County, officials reported 300 homes destroyed."
    )
    right, _ = _verdict(
        "The storm left 12 people dead in Harlow County, officials reported 30 homes destroyed."
    )
    assert (wrong, right) == ([], ["wire"])


def test_whose_report_it_is_may_be_missing() -> None:
    supported, contradicted = _verdict(
        "The storm left 12 people dead and destroyed 30 homes, police said Monday."
    )
    assert supported == ["wire"]
    assert contradicted == []
