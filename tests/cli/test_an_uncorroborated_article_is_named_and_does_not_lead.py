"""A short article that nothing else in the input corroborates (a note in another language,
a brief on another subject) is named in a warning, whatever its length, and the summary
does not open on it when the other articles agree with each other."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsbrief
from newsbrief.api import build_article, prepare
from newsbrief.cli import main
from newsbrief.coherence import mixed_story_outliers
from newsbrief.model import Article
from newsbrief.segment import split_sentences

from ..conftest import DUC, EXAMPLE

# the seed articles, as bundled with the example story (the same files as ../shared/seeds)
SEEDS = sorted(EXAMPLE.glob("*.txt"))
RUSSIAN = (
    "Москва заявила в понедельник, что переговоры продолжатся на следующей неделе. "
    "Министр сказал, что стороны близки к соглашению."
)
ENGLISH = (
    "A new species of orchid has been found in the rainforest of Borneo. "
    "Botanists named the flower after the village nearby."
)


def _clusters() -> list[dict]:
    return [json.loads(x) for x in DUC.read_text(encoding="utf-8").splitlines() if x.strip()]


def _summarize(tmp_path: Path, capsys: pytest.CaptureFixture[str], note: str) -> tuple[dict, str]:
    path = tmp_path / "note.txt"
    path.write_text(note, encoding="utf-8")
    assert main(["summarize", str(path), *map(str, SEEDS), "--format", "json"]) == 0
    out, err = capsys.readouterr()
    return json.loads(out), err


@pytest.mark.parametrize("note", [RUSSIAN, ENGLISH], ids=["russian", "english"])
def test_a_short_note_on_something_else_is_named_and_does_not_open_the_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], note: str
) -> None:
    data, err = _summarize(tmp_path, capsys, note)
    warnings = [x for x in err.splitlines() if "another story" in x]
    assert len(warnings) == 1
    assert warnings[0].startswith(f"newsbrief: warning: {tmp_path / 'note.txt'} shares")
    assert data["sentences"][0]["article_id"] != "note"


def test_the_summary_of_the_api_does_not_open_on_the_uncorroborated_note() -> None:
    texts = [RUSSIAN, *(p.read_text(encoding="utf-8") for p in SEEDS)]
    summary = newsbrief.summarize(texts, words=100, analysis=False)
    assert summary.sentences[0].article_id != "doc1"
    # the other articles still lead when the note comes last: the rule moves only it
    again = newsbrief.summarize([*texts[1:], RUSSIAN], words=100, analysis=False)
    assert again.sentences[0].text == summary.sentences[0].text


def test_a_lead_of_another_duc_story_among_its_articles_is_named() -> None:
    clusters = _clusters()
    intruder = build_article(Article("x", clusters[22]["documents"][0]["text"]), 0)
    lead = split_sentences(intruder)[0].text
    story = [Article(d["id"], d["text"]) for d in clusters[0]["documents"][:3]]
    found = mixed_story_outliers([*story, Article("lead", lead)])
    assert [(o.article_id, o.nothing_shared) for o in found] == [("lead", True)]


def test_no_duc_story_is_warned_about_its_own_articles_or_their_leads() -> None:
    for cluster in _clusters():
        docs = cluster["documents"]
        assert mixed_story_outliers(prepare(docs).voting) == [], cluster["id"]
        first = build_article(Article(docs[0]["id"], docs[0]["text"]), 0)
        lead = Article("lead", split_sentences(first)[0].text)
        others = [Article(d["id"], d["text"]) for d in docs[1:]]
        assert mixed_story_outliers([lead, *others]) == [], cluster["id"]


def test_two_articles_in_two_languages_are_both_named_and_keep_their_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # with no two articles that agree, nothing is moved: input order, both named
    ru = tmp_path / "ru.txt"
    ru.write_text(RUSSIAN, encoding="utf-8")
    assert main(["summarize", str(ru), str(SEEDS[0]), "--format", "json"]) == 0
    out, err = capsys.readouterr()
    assert "the inputs may be about different stories" in err
    assert str(ru) in err and str(SEEDS[0]) in err
    assert json.loads(out)["sentences"][0]["article_id"] == "ru"
