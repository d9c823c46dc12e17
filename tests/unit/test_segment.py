from newsbrief.model import Article
from newsbrief.segment import split_sentences


def _split(text: str) -> list[str]:
    art = Article(id="x", text=text)
    sents = split_sentences(art)
    for s in sents:
        assert text[s.start : s.end] == s.text
    return [s.text for s in sents]


def test_abbreviations_do_not_split() -> None:
    text = (
        "Col. John Dorrian said on Jan. 5 that U.S. forces would stay. "
        "The Rev. Al Green agreed with Gov. Smith."
    )
    assert _split(text) == [
        "Col. John Dorrian said on Jan. 5 that U.S. forces would stay.",
        "The Rev. Al Green agreed with Gov. Smith.",
    ]


def test_quotes_stay_with_their_sentence() -> None:
    text = '"We will win," he said. "They will not," she replied.'
    assert _split(text) == ['"We will win," he said.', '"They will not," she replied.']


def test_headline_and_paragraphs_split_on_line_breaks() -> None:
    text = "Storm hits coast\n\nThe storm hit the coast on Monday. Power was cut."
    assert _split(text) == [
        "Storm hits coast",
        "The storm hit the coast on Monday.",
        "Power was cut.",
    ]


def test_dateline_is_trimmed_from_first_sentence() -> None:
    text = "LONDON (AP) — The bank raised rates on Thursday. Markets fell."
    assert _split(text)[0] == "The bank raised rates on Thursday."


def test_paragraph_numbers_and_indices() -> None:
    art = Article(id="x", text="One two three.\n\nFour five six. Seven eight.")
    sents = split_sentences(art)
    assert [s.paragraph for s in sents] == [0, 1, 1]
    assert [s.index for s in sents] == [0, 1, 2]


def test_exclamations_inside_a_quote_do_not_split() -> None:
    text = '"Run! Hide! Do it now," the officer shouted, adding, "go!" The crowd left.'
    assert _split(text) == [
        '"Run! Hide! Do it now," the officer shouted, adding, "go!"',
        "The crowd left.",
    ]


def test_unclosed_wire_quote_does_not_swallow_the_paragraph() -> None:
    text = '"We will rebuild the town. It will take years. Nobody is leaving.'
    assert len(_split(text)) == 3


def test_attribution_after_a_closing_quote_stays_with_the_quote() -> None:
    text = '"Invade it and turn its safety into fear." al-Baghdadi said. Then he left.'
    assert _split(text) == [
        '"Invade it and turn its safety into fear." al-Baghdadi said.',
        "Then he left.",
    ]


def test_agency_dateline_after_wire_header_lines_is_trimmed() -> None:
    text = (
        "Storm warnings in effect\n\nBUCHAREST, Romania (AP) — A cold wave killed 12 people. "
        "Roads closed.\n\nHAITI — The island was spared."
    )
    assert _split(text) == [
        "Storm warnings in effect",
        "A cold wave killed 12 people.",
        "Roads closed.",
        "HAITI — The island was spared.",
    ]
