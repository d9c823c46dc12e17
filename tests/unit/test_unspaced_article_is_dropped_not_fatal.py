"""One article in a script without spaces between words (Chinese, Japanese, Thai) costs
only itself: it is dropped from its story with its own reason, as an empty article is,
and the others are summarized, clustered and digested. Only a story with no readable
article left is an error."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import newsbrief
from newsbrief.errors import InputError

EN = (
    "The president met officials on Monday in the capital. "
    "Trade was discussed at length by the delegations.\n"
)
EN2 = "The president met officials on Monday. Trade and security were discussed.\n"
JA = "首相は月曜日に当局者と会談した。貿易について話し合った。\n"
TH = "เจ้าหน้าที่กล่าวว่าเกิดระเบิดรุนแรงที่ท่าเรือเบรุต มีผู้บาดเจ็บ\n"
REASON = "written in Chinese or Japanese, a script without spaces between words: not supported yet"
RUN = [sys.executable, "-m", "newsbrief"]


def test_the_other_articles_of_the_story_are_summarized() -> None:
    summary = newsbrief.summarize(
        [{"id": "en", "text": EN}, {"id": "ja", "text": JA}, {"id": "en2", "text": EN2}]
    )
    assert summary.sentences
    assert {a.id for a in summary.articles} == {"en", "en2"}
    assert [(d.article_id, d.reason) for d in summary.dropped] == [("ja", REASON)]


def test_a_thai_article_is_dropped_naming_thai() -> None:
    summary = newsbrief.summarize([EN, TH], analysis=False)
    assert [d.reason for d in summary.dropped] == [
        "written in Thai, a script without spaces between words: not supported yet"
    ]


def test_a_story_with_no_readable_article_left_is_one_error() -> None:
    with pytest.raises(InputError) as caught:
        newsbrief.summarize(["", JA])
    assert caught.value.where == "article 2"
    assert "Chinese or Japanese" in caught.value.message


def _files(tmp_path: Path) -> list[str]:
    paths = []
    for name, text in (("en.txt", EN), ("ja.txt", JA), ("en2.txt", EN2)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    return paths


def test_summarize_names_the_dropped_file_and_exits_1(tmp_path: Path) -> None:
    done = subprocess.run(
        [*RUN, "summarize", *_files(tmp_path), "--format", "json"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1, done.stderr
    out = json.loads(done.stdout)
    assert out["sentences"]
    # named as the user gave it, and skipped as every unusable input is (docs/ingest.md)
    ja = str(tmp_path / "ja.txt")
    assert out["dropped"] == [{"id": ja, "reason": f"skipped: {REASON}", "duplicate_of": None}]
    assert f"ja.txt: {REASON}" in done.stderr
    assert "error" not in done.stderr


def test_batch_summarizes_the_story_holding_the_article(tmp_path: Path) -> None:
    story = {
        "id": "s1",
        "documents": [{"id": "a", "text": EN}, {"id": "j", "text": JA}, {"id": "b", "text": EN2}],
    }
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(story, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    done = subprocess.run([*RUN, "batch", str(src), "-o", str(out)], capture_output=True, text=True)
    assert done.returncode == 1, done.stderr  # an article left out, as summarize says
    line = json.loads(out.read_text(encoding="utf-8"))
    assert "error" not in line
    assert line["summary"]


@pytest.mark.parametrize("command", ["cluster", "digest"])
def test_cluster_and_digest_skip_it_by_name(tmp_path: Path, command: str) -> None:
    out = tmp_path / "out"
    extra = ["-o", str(out)] if command == "cluster" else ["--min-sources", "1"]
    done = subprocess.run(
        [*RUN, command, *_files(tmp_path), *extra], capture_output=True, text=True
    )
    assert done.returncode == 1, done.stderr
    assert f"skipped {tmp_path / 'ja.txt'}: {REASON}" in done.stderr
    text = out.read_text(encoding="utf-8") if command == "cluster" else done.stdout
    assert "president met officials" in text
    assert "首相" not in text and "Not summarized" not in text


def test_a_program_tells_an_unreadable_article_by_its_kind_not_its_wording() -> None:
    from newsbrief.model import UNSUPPORTED_SCRIPT
    from newsbrief.render import render

    summary = newsbrief.summarize(
        [{"id": "en", "text": EN}, {"id": "ja", "text": JA}, {"id": "copy", "text": EN}],
        analysis=False,
    )
    kinds = {d.article_id: d.kind for d in summary.dropped}
    assert kinds == {"ja": UNSUPPORTED_SCRIPT, "copy": ""}  # a duplicate is no such kind
    # the kind is for programs; the JSON a user reads keeps its three fields
    (ja,) = [d for d in json.loads(render(summary, "json"))["dropped"] if d["id"] == "ja"]
    assert ja == {"id": "ja", "reason": f"skipped: {REASON}", "duplicate_of": None}
