"""A page that is only a JavaScript or cookie-consent wall holds no story: it is skipped
with a reason that names the file and says what it was, never summarized as news and
never lost silently; the other inputs are summarized, in summarize and in batch."""

from __future__ import annotations

import json
from pathlib import Path

import newsbrief
from newsbrief.cli import main
from newsbrief.model import SITE_WALL

WALL = (
    "Please enable JavaScript to continue.\n"
    "You need to enable JavaScript to run this app.\n"
    "We value your privacy. We and our partners use cookies to store and access "
    "information on your device.\n"
    "Accept all cookies\n"
    "Manage preferences\n"
)
A = (
    "Barge hits Eastport bridge\nA barge struck a pier of the Eastport harbour bridge on "
    "Tuesday, forcing the city to close it, officials said. Engineers found cracks in two "
    "support columns.\n"
)
B = (
    "Eastport bridge closed\nThe Eastport harbour bridge was closed on Tuesday after a barge "
    "struck one of its piers. Traffic was diverted to the northern ring road, police said.\n"
)


def test_a_wall_page_is_skipped_by_name_and_the_rest_summarized(tmp_path: Path, capsys) -> None:
    for name, text in (("a.txt", A), ("wall.txt", WALL), ("b.txt", B)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    out = tmp_path / "summary.txt"
    paths = [str(tmp_path / n) for n in ("a.txt", "wall.txt", "b.txt")]
    assert main(["summarize", *paths, "-o", str(out)]) == 1  # an input was not used
    err = capsys.readouterr().err
    assert f"skipped {tmp_path / 'wall.txt'}" in err
    assert "JavaScript wall" in err
    summary = out.read_text(encoding="utf-8")
    assert "barge" in summary
    assert "cookies" not in summary and "JavaScript" not in summary


def test_the_api_marks_a_wall_page_as_dropped() -> None:
    summary = newsbrief.summarize([A, WALL, B])
    walls = [d for d in summary.dropped if d.kind == SITE_WALL]
    assert [d.article_id for d in walls] == ["doc2"]
    assert all(s.article_id != "doc2" for s in summary.sentences)


def test_an_empty_page_without_notices_is_not_called_a_wall() -> None:
    summary = newsbrief.summarize([A, "Home | News | Sport\n", B])
    assert [d.kind for d in summary.dropped if d.reason == "empty"] == [""]


def test_a_batch_with_a_wall_page_finishes_and_names_it(tmp_path: Path, capsys) -> None:
    story = {
        "id": "bridge",
        "documents": [
            {"id": "herald", "text": A},
            {"id": "walled", "text": WALL},
            {"id": "courier", "text": B},
        ],
    }
    other = {"id": "other", "documents": [{"id": "a", "text": A}, {"id": "b", "text": B}]}
    src = tmp_path / "stories.jsonl"
    src.write_text("".join(json.dumps(x) + "\n" for x in (story, other)), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(src), "-o", str(out)]) == 1
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["id"] for x in lines] == ["bridge", "other"]
    assert all(x["summary"] for x in lines)
    err = capsys.readouterr().err
    assert "left out bridge/walled" in err and "JavaScript wall" in err


def test_cluster_names_a_wall_page_and_clusters_the_rest(tmp_path: Path, capsys) -> None:
    for name, text in (("a.txt", A), ("wall.txt", WALL), ("b.txt", B)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    paths = [str(tmp_path / n) for n in ("a.txt", "wall.txt", "b.txt")]
    out = tmp_path / "stories.jsonl"
    main(["cluster", *paths, "-o", str(out)])
    err = capsys.readouterr().err
    assert f"skipped {tmp_path / 'wall.txt'}" in err and "JavaScript wall" in err
    assert "2 articles in 1 story" in err
