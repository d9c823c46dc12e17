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
        "Xi Jinping (习近平) met Putin (Путин) in Moscow",
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


ENGLISH_BODY = f"{BODY}\nAnalysts expect further talks this week as the delegations return home.\n"


@pytest.mark.parametrize(
    "headline",
    [
        "Δ variant: 5µm particles linger in Zürich air",
        "Putin (Путин) meets Xi (习近平) in Beijing",
        "𝐁𝐑𝐄𝐀𝐊𝐈𝐍𝐆 Δ Ελλάδα news",
    ],
)
def test_a_headline_with_names_or_symbols_in_other_scripts_stays_the_title(
    headline: str,
) -> None:
    cleaned = clean_text(f"{headline}\n{ENGLISH_BODY}")
    assert cleaned.title == headline
    assert cleaned.removed == ()


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        (
            "El Barça, 1º; el Madrid, 2º; la 1ª RFEF",
            "El equipo ganó el partido el domingo por la noche. Los aficionados celebraron.\n"
            "El entrenador dijo que el equipo jugó muy bien.",
        ),
        (
            "文 대통령, G20 정상회의 참석",
            "문재인 대통령은 이번 주 G20 정상회의에 참석한다. 청와대는 이렇게 밝혔다.\n"
            "대통령은 여러 정상과 회담할 예정이다.",
        ),
        (
            "美 FOMC 금리 동결",
            "미국 연방준비제도는 기준금리를 동결했다. 시장은 이를 예상했다.\n"
            "전문가들은 추가 인상 가능성을 언급했다.",
        ),
        (
            "Café Coffee Day के संस्थापक की मौत",
            "कंपनी के संस्थापक की मौत हो गई है। पुलिस जांच कर रही है।\nपरिवार ने बयान जारी किया।",
        ),
        (
            "Pokémon Go: νέα έκδοση",
            "Η εταιρεία ανακοίνωσε σήμερα νέα έκδοση του παιχνιδιού. Οι παίκτες περιμένουν.\n"
            "Η έκδοση θα κυκλοφορήσει τον Δεκέμβριο.",
        ),
    ],
)
def test_a_headline_sharing_a_script_with_its_story_stays_the_title(
    headline: str, body: str
) -> None:
    cleaned = clean_text(f"{headline}\n{body}\n")
    assert cleaned.title == headline
    assert not is_debris(headline, first=True)


@pytest.mark.parametrize(
    "line",
    [
        "Paris | London | Tokyo",
        "Nikkei / Hang Seng / DAX / CAC 40 / İMKB",
        "🔥 📈 Markets today 🇺🇸",
    ],
)
def test_a_one_script_or_emoji_line_stays_the_title(line: str) -> None:
    assert clean_text(f"{line}\n{ENGLISH_BODY}").title == line
