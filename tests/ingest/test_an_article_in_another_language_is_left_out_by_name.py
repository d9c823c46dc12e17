"""An article in French or Spanish mixed into an English story is left out with its
reason (``Summary.dropped``, and named on stderr by summarize): its sentences would read
as nonsense in an English summary and no English article can support them. A story all
in one other language is summarized as it is. Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import newsbrief
from newsbrief.cli import main
from newsbrief.language import OTHER_LANGUAGE, english_share

EN1 = (
    "Bridge closed after barge strike\nThe Eastport harbour bridge was closed on Tuesday "
    "after a loaded barge struck one of its piers, the city said. Engineers found cracks in "
    "two of the support columns, and the mayor said it would stay closed until it is safe.\n"
)
EN2 = (
    "Barge hits Eastport bridge\nA barge struck a pier of the Eastport harbour bridge on "
    "Tuesday, and the city closed it to traffic. Engineers said they had found cracks in the "
    "columns that hold up the bridge.\n"
)
FR = (
    "Un pont fermé à Eastport\nLe pont du port d'Eastport a été fermé mardi après qu'une "
    "barge a heurté l'une de ses piles, a indiqué la mairie. Les ingénieurs ont trouvé des "
    "fissures dans deux colonnes de soutien, selon les autorités de la ville.\n"
)
ES = (
    "Cierran un puente en Eastport\nEl puente del puerto de Eastport fue cerrado el martes "
    "después de que una barcaza chocara contra uno de sus pilares, informó la alcaldía. Los "
    "ingenieros encontraron grietas en dos columnas de soporte del puente.\n"
)


def test_a_french_article_in_an_english_story_is_dropped_with_its_reason() -> None:
    summary = newsbrief.summarize([EN1, FR, EN2])
    dropped = [d for d in summary.dropped if d.kind == OTHER_LANGUAGE]
    assert [d.article_id for d in dropped] == ["doc2"]
    assert "another language" in dropped[0].reason
    assert all(s.article_id != "doc2" for s in summary.sentences)
    assert summary.sentences


def test_summarize_names_the_other_language_file(tmp_path: Path, capsys) -> None:
    for name, text in (("en1.txt", EN1), ("es.txt", ES), ("en2.txt", EN2)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    paths = [str(tmp_path / n) for n in ("en1.txt", "es.txt", "en2.txt")]
    assert main(["summarize", *paths, "-o", str(tmp_path / "out.txt")]) == 1
    err = capsys.readouterr().err
    assert f"skipped {tmp_path / 'es.txt'}: in another language" in err
    assert "barcaza" not in (tmp_path / "out.txt").read_text(encoding="utf-8")


def test_a_story_all_in_french_is_summarized() -> None:
    summary = newsbrief.summarize([FR, FR.replace("mardi", "lundi")])
    assert not [d for d in summary.dropped if d.kind == OTHER_LANGUAGE]
    assert summary.sentences


def test_a_short_or_mostly_english_text_is_never_called_another_language() -> None:
    assert english_share(EN1)[0] >= 0.2
    # a headline-length text has too few words to judge: kept whatever it shares
    summary = newsbrief.summarize([EN1, "Pont fermé à Eastport après un accident.", EN2])
    assert not [d for d in summary.dropped if d.kind == OTHER_LANGUAGE]
