"""Attribution reads words in any script: a Russian, Greek or Arabic summary sentence is
found in the articles that report it, across outlets, and a changed figure or place is
not passed as reported. Texts written for these tests."""

from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.attribution import attribute
from newsbrief.attribution.lexicon import TOKEN, tokenize

RU = [
    {
        "id": "ria",
        "text": "Взрыв в порту Бейрута\n\nЧиновники заявили, что мощный взрыв потряс порт "
        "Бейрута во вторник. По словам спасателей, пострадали 40 человек, а в соседних "
        "кварталах выбиты окна. Причина взрыва пока не установлена.",
    },
    {
        "id": "tass",
        "text": "В порту Бейрута прогремел взрыв\n\nМощный взрыв прогремел во вторник в порту "
        "Бейрута, сообщили чиновники. Спасатели говорят, что пострадали 40 человек, а "
        "взрывная волна выбила окна в соседних кварталах.",
    },
]
GR = [
    {
        "id": "kathimerini",
        "text": "Σεισμός στην Κρήτη\n\nΙσχυρός σεισμός 6,1 Ρίχτερ έπληξε την Κρήτη το πρωί "
        "της Δευτέρας. Δεκάδες σπίτια υπέστησαν ζημιές στο Ηράκλειο, ανέφερε η πυροσβεστική.",
    },
    {
        "id": "ertnews",
        "text": "ΣΕΙΣΜΟΣ ΣΤΗΝ ΚΡΗΤΗ\n\nΙσχυρός σεισμός 6,1 Ρίχτερ έπληξε την Κρήτη τη Δευτέρα "
        "το πρωί. Σύμφωνα με την πυροσβεστική, δεκάδες σπίτια υπέστησαν ζημιές στο Ηράκλειο.",
    },
]
AR = [
    {
        "id": "nahar",
        "text": "انفجار في ميناء بيروت\n\nقال مسؤولون إن انفجارا قويا هز ميناء بيروت يوم "
        "الثلاثاء. وأصيب 40 شخصا بجروح بحسب الدفاع المدني.",
    },
    {
        "id": "akhbar",
        "text": "انفجار يهز بيروت\n\nهز انفجار قوي ميناء بيروت يوم الثلاثاء، وفق مسؤولين. "
        "وقال الدفاع المدني إن 40 شخصا أصيبوا بجروح.",
    },
]


def _sources(articles: list[dict[str, str]], claim: str) -> tuple[set[str], set[str]]:
    (got,) = attribute(articles, [claim])
    return {e.article_id for e in got.supported_by}, {e.article_id for e in got.contradicted_by}


def test_a_russian_sentence_copied_from_an_article_is_supported_by_it() -> None:
    claim = "Чиновники заявили, что мощный взрыв потряс порт Бейрута во вторник."
    assert _sources(RU[:1], claim) == ({"ria"}, set())


def test_a_fact_told_by_two_russian_outlets_in_their_own_words_lists_both() -> None:
    claim = "Чиновники заявили, что мощный взрыв потряс порт Бейрута во вторник."
    assert _sources(RU, claim)[0] == {"ria", "tass"}
    assert _sources(RU, "По словам спасателей, пострадали 40 человек.")[0] == {"ria", "tass"}


def test_a_russian_sentence_with_another_figure_or_place_is_not_supported() -> None:
    supported, against = _sources(RU, "По словам спасателей, пострадали 75 человек.")
    assert not supported and against
    supported, against = _sources(
        RU, "Чиновники заявили, что мощный взрыв потряс порт Хайфы во вторник."
    )
    assert not supported


def test_a_russian_sentence_on_another_subject_is_unsupported() -> None:
    assert _sources(RU, "Футбольный клуб подписал контракт с новым тренером.") == (set(), set())


def test_greek_sentences_are_matched_across_outlets_and_a_changed_magnitude_contradicted() -> None:
    claim = "Ισχυρός σεισμός 6,1 Ρίχτερ έπληξε την Κρήτη το πρωί της Δευτέρας."
    assert _sources(GR, claim)[0] == {"kathimerini", "ertnews"}
    assert _sources(GR, "Δεκάδες σπίτια υπέστησαν ζημιές στο Ηράκλειο.")[0] == {
        "kathimerini",
        "ertnews",
    }
    supported, against = _sources(GR, claim.replace("6,1", "5,2"))
    assert not supported and against


def test_arabic_sentences_are_matched_across_outlets_and_a_changed_count_is_not() -> None:
    claim = "قال مسؤولون إن انفجارا قويا هز ميناء بيروت يوم الثلاثاء."
    assert _sources(AR, claim)[0] == {"nahar", "akhbar"}
    assert not _sources(AR, "وأصيب 90 شخصا بجروح بحسب الدفاع المدني.")[0]


def test_a_denied_event_in_another_script_is_not_passed_as_reported() -> None:
    # the plain negation particles of each script (data/negators.txt) deny what follows
    supported, against = _sources(
        RU, "Чиновники заявили, что мощный взрыв не потряс порт Бейрута во вторник."
    )
    assert not supported and against
    supported, _ = _sources(GR, "Ισχυρός σεισμός 6,1 Ρίχτερ δεν έπληξε την Κρήτη τη Δευτέρα.")
    assert not supported
    supported, _ = _sources(AR, "قال مسؤولون إن انفجارا قويا لم يهز ميناء بيروت يوم الثلاثاء.")
    assert not supported


def test_words_with_combining_marks_are_one_token() -> None:
    # Devanagari vowel signs and Arabic points sit between letters of one word
    assert tokenize("भारत में बारिश हुई।") == ["भारत", "में", "बारिश", "हुई"]
    assert tokenize("كَتَبَ الوَلَدُ، ثم نام") == ["كَتَبَ", "الوَلَدُ", "ثم", "نام"]


def test_english_tokens_are_those_of_the_english_pattern() -> None:
    text = "The U.S. envoy’s 3,197 “votes” at 4:12 — didn't count, officials said."
    assert tokenize(text) == [
        "The", "U.S.", "envoy", "3,197", "“", "votes", "”", "at", "4:12", "—", "didn't",
        "count", ",", "officials", "said",
    ]  # fmt: skip


_LETTERS = "абвгдежзийклмнопрстуфхцчшщыэюяαβγδεζηθικλμνξοπρστυφχψωأبتثجحخدذرزسشصضطظعغفقكلمنهوي"


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.text(alphabet=_LETTERS + _LETTERS.upper(), min_size=1, max_size=12),
        min_size=1,
        max_size=12,
    ),
    st.lists(st.sampled_from([" ", "  ", "\n", " - ", ", ", "; "]), min_size=12, max_size=12),
)
def test_words_of_any_script_are_read_whole_between_spaces_and_punctuation(
    words: list[str], gaps: list[str]
) -> None:
    text = "".join(w + g for w, g in zip(words, gaps, strict=False))
    got = [t for t in TOKEN.findall(text) if t not in string.punctuation]
    assert got == words
