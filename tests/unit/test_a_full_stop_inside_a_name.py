"""A full stop inside a name does not end a sentence: "dispatched United States. Marshals
here Tuesday to assist ..." (a source's stray full stop) is one sentence, and so is "...
and U.S. Postal Service." (a name cut after its initials). Shown alone, either piece
misleads: a sentence whose object is half a name, or a name with no sentence. Our own
texts."""

from newsbrief.model import Article
from newsbrief.segment import split_sentences


def _split(text: str) -> list[str]:
    sents = split_sentences(Article(id="x", text=text))
    for s in sents:
        assert text[s.start : s.end] == s.text
    return [s.text for s in sents]


def test_a_stray_full_stop_in_a_name_does_not_cut_the_sentence() -> None:
    text = (
        "The state dispatched Coast Guard. Cutters here Monday to help the ferry crews in "
        "their search, though the fog had not lifted."
    )
    assert _split(text) == [text]


def test_a_name_alone_after_initials_stays_with_its_sentence() -> None:
    text = "The bill financing the Treasury and U.S. Postal Service. Its sponsor withdrew it."
    assert _split(text) == [
        "The bill financing the Treasury and U.S. Postal Service.",
        "Its sponsor withdrew it.",
    ]
    text = "The offer came in a statement from company secretary P.A. Moore. Moore left."
    assert _split(text)[0] == "The offer came in a statement from company secretary P.A. Moore."


def test_a_sentence_after_a_name_with_its_own_verb_is_a_sentence() -> None:
    for second in (
        "Officials in Ohio said the ferry left on time.",
        "Cutters from the base were sent on Monday.",
        "Outside the port, crews had gathered.",
        "Earlier this year, the fleet was cut.",
        "Crews there will search again at dawn.",
    ):
        text = f"The ferry sailed for the United States. {second}"
        assert _split(text) == ["The ferry sailed for the United States.", second]


def test_an_opening_phrase_after_a_name_is_a_new_sentence() -> None:
    # a verbless opening phrase: the sentence's verb comes after its comma
    text = "He lived in the United States. Since then, he has taught in Lyon."
    assert _split(text) == ["He lived in the United States.", "Since then, he has taught in Lyon."]
