"""A page's language menu or its navigation in another script is furniture: never an
English article's title or text. A one-script headline in Russian or Arabic stays one."""

from __future__ import annotations

import pytest

import newsbrief
from newsbrief.clean import clean_text, is_debris

BODY = (
    "The president met officials on Monday in the capital city. "
    "Trade and security were discussed at length by the delegations."
)


@pytest.mark.parametrize(
    "menu",
    [
        "Русский | العربية | Ελληνικά | 中文",
        "English / Русский / العربية / 中文",
        "English · Deutsch · Русский · Ελληνικά · עברית",
        "Русский العربية Ελληνικά",
    ],
)
def test_a_language_menu_in_three_scripts_is_debris(menu: str) -> None:
    assert is_debris(menu, first=True)
    assert is_debris(menu)


@pytest.mark.parametrize(
    "line",
    [
        "Взрыв в порту Бейрута",
        "انفجار في ميناء بيروت",
        "Xi Jinping (习近平) met Putin (Путин) in Moscow.",
        "English | Deutsch | Français",
    ],
)
def test_a_line_in_one_or_two_scripts_is_not_a_language_menu(line: str) -> None:
    assert not is_debris(line, first=True)


@pytest.mark.parametrize(
    "nav", ["Русский | العربية | Ελληνικά | 中文", "首页 新闻 国际", "Главная Новости Мир"]
)
def test_navigation_over_an_english_story_is_neither_title_nor_text(nav: str) -> None:
    raw = f"{nav}\nPresident meets trade officials\n{BODY}\n"
    cleaned = clean_text(raw)
    assert cleaned.title == "President meets trade officials"
    assert nav.split()[0] not in cleaned.text
    summary = newsbrief.summarize([raw], analysis=False)
    assert summary.articles[0].title == "President meets trade officials"


def test_an_accented_headline_over_an_english_story_stays_its_title() -> None:
    cleaned = clean_text(f"Talks in Zürich end without a deal\n{BODY}\n")
    assert cleaned.title == "Talks in Zürich end without a deal"


def test_a_russian_headline_over_a_russian_story_stays_its_title() -> None:
    raw = (
        "Взрыв в порту Бейрута\n"
        "Чиновники заявили, что мощный взрыв потряс порт Бейрута во вторник вечером. "
        "Десятки людей получили ранения.\n"
    )
    assert clean_text(raw).title == "Взрыв в порту Бейрута"
