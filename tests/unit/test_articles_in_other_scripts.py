"""Articles in scripts other than Latin: Cyrillic, Greek, Arabic, Hebrew, Devanagari,
Armenian and Georgian are summarized end to end with exact offsets; Chinese, Japanese and
Thai (written without spaces between words) are refused by name, never called "empty".

The texts are short news items written for these tests.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import newsbrief
from newsbrief.errors import InputError
from newsbrief.model import Article
from newsbrief.segment import split_sentences
from newsbrief.text import content_stems, stem, words

RU = (
    "Взрыв в порту Бейрута\n\n"
    "Чиновники заявили, что мощный взрыв потряс порт Бейрута во вторник вечером. "
    "Десятки людей получили ранения и были доставлены в больницы города."
)
AR = (
    "انفجار في ميناء بيروت\n\n"
    "قال مسؤولون إن انفجارا قويا هز ميناء بيروت يوم الثلاثاء وأدى إلى أضرار كبيرة. "
    "هل كان الانفجار حادثا؟ "
    "وأصيب عشرات الأشخاص بجروح ونقلوا إلى المستشفيات القريبة، حسب الدفاع المدني."
)
HE = (
    "פיצוץ בנמל ביירות\n\n"
    "גורמים רשמיים אמרו כי פיצוץ חזק הרעיד את נמל ביירות ביום שלישי בערב. "
    "עשרות אנשים נפצעו ופונו לבתי החולים הסמוכים לנמל."
)
HI = (
    "बेरूत के बंदरगाह में विस्फोट\n\n"
    "अधिकारियों ने कहा कि मंगलवार को एक शक्तिशाली विस्फोट ने बेरूत के बंदरगाह को हिला दिया। "
    "दर्जनों लोग घायल हुए और उन्हें पास के अस्पतालों में ले जाया गया।"
)
EL = (
    "Έκρηξη στο λιμάνι της Βηρυτού\n\n"
    "Αξιωματούχοι δήλωσαν ότι μια ισχυρή έκρηξη συγκλόνισε το λιμάνι της Βηρυτού την Τρίτη. "
    "Ποια ήταν η αιτία της έκρηξης; "
    "Δεκάδες άνθρωποι τραυματίστηκαν και μεταφέρθηκαν σε κοντινά νοσοκομεία."
)
HY = (
    "Պայթյուն Բեյրութի նավահանգստում\n\n"
    "Պաշտոնյաները հայտնել են, որ երեքշաբթի օրը հզոր պայթյուն է ցնցել Բեյրութի նավահանգիստը։ "
    "Տասնյակ մարդիկ վիրավորվել են և տեղափոխվել մոտակա հիվանդանոցներ։"
)
KA = (
    "აფეთქება ბეირუთის პორტში\n\n"
    "ოფიციალურმა პირებმა განაცხადეს, რომ სამშაბათს ძლიერმა აფეთქებამ ბეირუთის პორტი "
    "შეაზანზარა. ათობით ადამიანი დაშავდა და ისინი ახლომდებარე საავადმყოფოებში გადაიყვანეს."
)
KO = (
    "베이루트 항구에서 폭발\n\n"
    "관리들은 화요일 저녁 강력한 폭발이 베이루트 항구를 뒤흔들었다고 밝혔다. "
    "수십 명이 다쳐 인근 병원으로 옮겨졌다고 민방위가 전했다."
)
UR = (
    "بیروت کی بندرگاہ میں دھماکہ\n\n"
    "حکام نے کہا کہ منگل کو ایک طاقتور دھماکے نے بیروت کی بندرگاہ کو ہلا دیا۔ "
    "درجنوں افراد زخمی ہوئے اور انہیں قریبی ہسپتالوں میں منتقل کیا گیا۔"
)
ZH = "贝鲁特港口发生爆炸\n\n官员说，星期二一场强烈的爆炸震动了贝鲁特港口。数十人受伤。"
JA = "ベイルート港で爆発\n\n当局によると、火曜日にベイルート港で大きな爆発があった。"
TH = "เกิดระเบิดที่ท่าเรือเบรุต\n\nเจ้าหน้าที่กล่าวว่าเกิดระเบิดรุนแรงที่ท่าเรือเบรุต มีผู้บาดเจ็บ"

SPACED = {
    "ru": RU, "ar": AR, "he": HE, "hi": HI, "el": EL, "hy": HY, "ka": KA, "ko": KO, "ur": UR
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(SPACED))
def test_an_article_in_another_script_is_summarized_with_exact_offsets(lang: str) -> None:
    text = SPACED[lang]
    summary = newsbrief.summarize([text], words=100, analysis=False)
    assert summary.sentences, f"{lang}: no summary"
    for s in summary.sentences:
        assert text[s.start : s.end] == s.text
    assert summary.articles[0].title == text.split("\n")[0]


@pytest.mark.parametrize("lang", sorted(SPACED))
def test_the_summary_keeps_to_the_word_budget_in_another_script(lang: str) -> None:
    summary = newsbrief.summarize([SPACED[lang]], words=20, analysis=False)
    assert 0 < sum(len(s.text.split()) for s in summary.sentences) <= 20


def _sentences(text: str) -> list[str]:
    return [s.text for s in split_sentences(newsbrief.prepare([text]).articles[0])]


def test_devanagari_and_armenian_sentences_end_at_their_full_stops() -> None:
    assert _sentences(HI) == [
        "अधिकारियों ने कहा कि मंगलवार को एक शक्तिशाली विस्फोट ने बेरूत के बंदरगाह को हिला दिया।",
        "दर्जनों लोग घायल हुए और उन्हें पास के अस्पतालों में ले जाया गया।",
    ]
    assert len(_sentences(HY)) == 2
    assert [s[-1] for s in _sentences(UR)] == ["۔", "۔"]  # the Urdu full stop


def test_an_arabic_question_is_a_sentence_of_its_own_and_never_in_the_summary() -> None:
    sentences = _sentences(AR)
    assert "هل كان الانفجار حادثا؟" in sentences
    assert len(sentences) == 3
    summary = newsbrief.summarize([AR], words=100, analysis=False)
    assert all("؟" not in s.text for s in summary.sentences)
    # the Arabic comma "،" ends no sentence
    assert any("،" in s for s in sentences)


def test_a_greek_question_typed_as_a_semicolon_ends_its_sentence() -> None:
    sentences = _sentences(EL)
    assert "Ποια ήταν η αιτία της έκρηξης;" in sentences
    # a semicolon before a lower-case word is a semicolon
    text = "Ο υπουργός μίλησε για την οικονομία; η συζήτηση συνεχίστηκε ως το βράδυ."
    assert _sentences(text) == [text]


def test_georgian_sentences_start_eligible_though_its_letters_are_lower_case() -> None:
    summary = newsbrief.summarize([KA], words=100, analysis=False)
    assert summary.sentences[0].text.startswith("ოფიციალურმა")


def test_right_to_left_offsets_index_the_text_as_given_with_direction_marks() -> None:
    text = "\u200fגורמים רשמיים אמרו כי פיצוץ חזק הרעיד את נמל ביירות ביום שלישי בערב.\u200f\n"
    summary = newsbrief.summarize([text], words=100, analysis=False)
    (s,) = summary.sentences
    assert text[s.start : s.end] == s.text
    assert s.text.startswith("גורמים")


def test_words_of_other_scripts_are_lower_cased_and_never_stemmed() -> None:
    assert words("Чиновники ЗАЯВИЛИ, что взрыв") == ["чиновники", "заявили", "что", "взрыв"]
    assert stem("заявили") == "заявили"
    assert stem("reported") == "report"  # English words still take Porter
    # Greek final sigma, capitals and composed/decomposed accents match
    assert words("ΟΔΟΣ") == words("οδοσ") == words("οδος")
    assert words("cafe\u0301") == words("café")
    # Devanagari vowel signs and Arabic letters stay inside their words
    assert words("विस्फोट हुआ") == ["विस्फोट", "हुआ"]
    assert words("قال مسؤولون،") == ["قال", "مسؤولون"]
    assert content_stems("The blast shook Beirut") == ["blast", "shook", "beirut"]


@pytest.mark.parametrize(
    ("text", "script"),
    [(ZH, "Chinese or Japanese"), (JA, "Chinese or Japanese"), (TH, "Thai")],
)
def test_an_article_in_a_script_without_spaces_is_refused_by_name(text: str, script: str) -> None:
    with pytest.raises(InputError) as caught:
        newsbrief.summarize(["", text])
    error = caught.value
    assert error.where == "article 2"
    assert script in error.message
    assert "not support" in error.message
    assert "empty" not in str(error)
    assert error.hint


def test_an_english_article_quoting_a_chinese_name_is_summarized() -> None:
    text = (
        "Xi Jinping (习近平) met the visiting delegation in Beijing on Tuesday, state media said. "
        "The talks covered trade and the climate, according to the foreign ministry."
    )
    summary = newsbrief.summarize([text], words=100, analysis=False)
    assert summary.sentences
    assert len(split_sentences(Article("x", text))) == 2


def test_a_story_of_one_english_and_one_russian_article_gets_a_summary() -> None:
    english = (
        "Blast rocks Beirut port\n\n"
        "Officials said a powerful explosion shook the port of Beirut on Tuesday evening. "
        "Dozens of people were injured and taken to hospitals in the city."
    )
    summary = newsbrief.summarize([english, RU], words=100)
    assert {a.id for a in summary.articles} == {"doc1", "doc2"}
    given = {"doc1": english, "doc2": RU}
    for s in summary.sentences:
        assert given[s.article_id][s.start : s.end] == s.text
    assert {s.article_id for s in summary.sentences} == {"doc1", "doc2"}


def test_the_cli_summarizes_a_russian_file_and_refuses_a_chinese_one(tmp_path: Path) -> None:
    ru = tmp_path / "ru.txt"
    ru.write_text(RU, encoding="utf-8")
    zh = tmp_path / "zh.txt"
    zh.write_text(ZH, encoding="utf-8")
    run = [sys.executable, "-m", "newsbrief", "summarize"]
    ok = subprocess.run([*run, str(ru), "--format", "json"], capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    out = json.loads(ok.stdout)
    assert out["sentences"][0]["text"].startswith("Чиновники заявили")
    bad = subprocess.run([*run, str(zh)], capture_output=True, text=True)
    assert bad.returncode == 2
    lines = bad.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"newsbrief: error: {zh}: the article is written in Chinese")


def test_the_paste_form_summarizes_arabic_text(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from newsbrief.service import Settings, create_app

    with TestClient(create_app(Settings(db=str(tmp_path / "stories.sqlite")))) as client:
        r = client.post("/summarize", data={"articles": AR, "words": "60"})
    assert r.status_code == 200
    assert "قال مسؤولون إن انفجارا قويا" in r.text
