"""An article with no text is reported, not turned into a story no summary can be made of."""

import json
from pathlib import Path

from newsbrief.cli import main
from newsbrief.stories.store import StoryStore

from ..conftest import STORY_A


def _articles(tmp_path: Path) -> Path:
    path = tmp_path / "articles.jsonl"
    rows = [*STORY_A, {"id": "blank", "text": " \n\n "}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def _stored_ids(out: Path) -> list[str]:
    return [d["id"] for line in out.read_text().splitlines() for d in json.loads(line)["documents"]]


def test_cluster_reports_an_empty_article_and_leaves_it_out(tmp_path: Path, capsys) -> None:
    out = tmp_path / "stories.jsonl"
    assert main(["cluster", str(_articles(tmp_path)), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "articles.jsonl:4" in err and "blank" in err and "no article text" in err
    assert sorted(_stored_ids(out)) == sorted(d["id"] for d in STORY_A)


def test_an_empty_article_never_enters_the_story_store(tmp_path: Path, capsys) -> None:
    db = tmp_path / "news.sqlite"
    out = tmp_path / "stories.jsonl"
    assert main(["cluster", str(_articles(tmp_path)), "--db", str(db), "-o", str(out)]) == 1
    with StoryStore(db) as store:
        stored = [a.id for s in store.stories(limit=100) for a in s.articles]
    assert sorted(stored) == sorted(d["id"] for d in STORY_A)


def test_digest_reports_an_empty_article(tmp_path: Path, capsys) -> None:
    out = tmp_path / "digest.txt"
    code = main(["digest", str(_articles(tmp_path)), "--min-sources", "1", "-o", str(out)])
    assert code == 1
    assert "blank" in capsys.readouterr().err
    assert out.read_text().strip()


def test_one_story_is_counted_in_the_singular(tmp_path: Path, capsys) -> None:
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(STORY_A[0]) + "\n")
    assert main(["cluster", str(path), "-o", str(tmp_path / "out.jsonl")]) == 0
    assert "1 article in 1 story" in capsys.readouterr().err
