"""Clustering reads words in any script: Russian or Greek articles about one event are
one story, and articles about another event stay apart. Texts written for these tests."""

from __future__ import annotations

import json

import newsbrief
from newsbrief.stories.features import parse

from .conftest import DUC

BLAST = [
    "Взрыв в порту Бейрута\n\nЧиновники заявили, что мощный взрыв потряс порт Бейрута во "
    "вторник. По словам спасателей, пострадали десятки людей, а в соседних кварталах "
    "выбиты окна. Причина взрыва пока не установлена, порт закрыт.",
    "В порту Бейрута прогремел взрыв\n\nМощный взрыв прогремел во вторник в порту Бейрута, "
    "сообщили чиновники. Спасатели говорят, что пострадали десятки людей, а взрывная волна "
    "выбила окна в соседних кварталах. Порт закрыт до выяснения причины взрыва.",
]
CHESS = [
    "Шахматистка из Казани выиграла турнир\n\nГроссмейстер Анна Лебедева выиграла открытый "
    "шахматный турнир в Казани в воскресенье. В последнем туре она обыграла Петра Соколова. "
    "Лебедевой 19 лет, она самая молодая победительница турнира.",
    "Анна Лебедева стала победительницей турнира в Казани\n\nДевятнадцатилетняя "
    "гроссмейстер Анна Лебедева победила Петра Соколова в последнем туре и выиграла "
    "шахматный турнир в Казани. Организаторы назвали её самой молодой победительницей.",
]
QUAKE = [
    "Σεισμός στην Κρήτη\n\nΙσχυρός σεισμός 6,1 Ρίχτερ έπληξε την Κρήτη το πρωί της "
    "Δευτέρας. Δεκάδες σπίτια υπέστησαν ζημιές στο Ηράκλειο, ανέφερε η πυροσβεστική. "
    "Τα σχολεία του νησιού παραμένουν κλειστά.",
    "ΣΕΙΣΜΟΣ ΣΤΗΝ ΚΡΗΤΗ\n\nΙσχυρός σεισμός 6,1 Ρίχτερ έπληξε την Κρήτη τη Δευτέρα το πρωί. "
    "Σύμφωνα με την πυροσβεστική, δεκάδες σπίτια υπέστησαν ζημιές στο Ηράκλειο. Κλειστά "
    "παραμένουν τα σχολεία στην Κρήτη.",
]


def _items(prefix: str, texts: list[str]) -> list[dict[str, str]]:
    return [{"id": f"{prefix}{i}", "text": t} for i, t in enumerate(texts)]


def _groups(items: list[dict[str, str]]) -> set[frozenset[str]]:
    return {frozenset(a.id for a in s.articles) for s in newsbrief.cluster(items)}


def test_two_russian_stories_of_two_articles_each_are_recovered() -> None:
    got = _groups(_items("blast", BLAST) + _items("chess", CHESS))
    assert got == {frozenset({"blast0", "blast1"}), frozenset({"chess0", "chess1"})}


def test_greek_articles_on_one_event_are_one_story_apart_from_russian_ones() -> None:
    got = _groups(_items("quake", QUAKE) + _items("blast", BLAST))
    assert got == {frozenset({"quake0", "quake1"}), frozenset({"blast0", "blast1"})}


def test_stories_in_other_scripts_are_recovered_among_english_wire_news() -> None:
    # the threshold and the background were tuned on English: here the six articles are
    # a small minority of a pile of DUC 2003 articles (each id once)
    ours = _items("blast", BLAST) + _items("chess", CHESS) + _items("quake", QUAKE)
    items, seen = list(ours), set()
    with open(DUC, encoding="utf-8") as f:
        for line in f:
            for d in json.loads(line)["documents"]:
                if d["id"] not in seen:
                    seen.add(d["id"])
                    items.append({"id": d["id"], "text": d["text"]})
    mine = {a["id"] for a in ours}
    got = {g for g in _groups(items) if g & mine}
    assert got == {
        frozenset({"blast0", "blast1"}),
        frozenset({"chess0", "chess1"}),
        frozenset({"quake0", "quake1"}),
    }


def test_greek_capitals_and_final_sigma_give_the_same_features_as_lower_case() -> None:
    # a headline in capitals ("ΣΕΙΣΜΟΣ") reads as the same words as "σεισμός" less accents
    upper = parse("ΣΕΙΣΜΟΣ ΣΤΗΝ ΚΡΗΤΗ")
    lower = parse("σεισμοσ στην κρητη")
    assert len(upper.codes) == 3 + 1  # three words and the line's break
    assert upper.codes.tolist() == lower.codes.tolist()


def test_words_with_combining_marks_are_one_feature_each() -> None:
    # Devanagari vowel signs sit inside their word: four words, not fragments
    assert len(parse("भारत में भारी बारिश").codes) == 4 + 1  # four words and the line's break
