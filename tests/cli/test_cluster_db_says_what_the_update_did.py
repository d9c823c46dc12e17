"""`cluster --db` says what each update did to the store: how many articles were new,
how many joined stored stories and how many new stories the rest make, and how many were stored
already (the store's totals alone read the same after a re-sent file)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.cli import main

from .test_digest_news_first import _rows

# Written for this test: a story no ferry article is about.
BUDGET = [
    {
        "id": f"budget-{k}",
        "source": source,
        "published": "2025-05-07",
        "text": text,
    }
    for k, (source, text) in enumerate(
        [
            (
                "Harbor Times",
                "The Port Hanna council voted on Wednesday to cut the library budget by 12 "
                "percent after sales tax revenue fell for a third quarter. Mayor Tom Reilly "
                "said the city had no choice.",
            ),
            (
                "Island Courier",
                "Port Hanna's council cut library spending by 12 percent on Wednesday, "
                "blaming three quarters of falling sales tax revenue. Mayor Tom Reilly "
                "called the cut painful but necessary.",
            ),
        ]
    )
]


def _file(tmp_path: Path, name: str, rows: list[dict[str, str]]) -> str:
    path = tmp_path / name
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return str(path)


def _update(tmp_path: Path, path: str, capsys: pytest.CaptureFixture[str]) -> list[str]:
    db, out = str(tmp_path / "news.sqlite"), str(tmp_path / "stories.jsonl")
    assert main(["cluster", path, "--db", db, "-o", out]) == 0
    return capsys.readouterr().err.splitlines()


def test_each_update_says_how_many_articles_were_new_joined_started_or_known(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ferry = _rows()
    first = _update(tmp_path, _file(tmp_path, "a.jsonl", ferry[:2]), capsys)
    assert first == [
        "newsbrief: 2 new articles: 1 new story; 0 already stored",
        "newsbrief: 2 articles in 1 story",
    ]
    # the ferry's later days join its story; the council story starts one
    later = _update(tmp_path, _file(tmp_path, "b.jsonl", ferry[2:] + BUDGET), capsys)
    assert (
        later[0]
        == "newsbrief: 5 new articles: 3 joined 1 story, 2 in 1 new story; 0 already stored"
    )
    assert later[1] == "newsbrief: 7 articles in 2 stories"
    again = _update(tmp_path, _file(tmp_path, "c.jsonl", ferry[:1] + BUDGET), capsys)
    assert again == [
        "newsbrief: 0 new articles; 3 already stored",
        "newsbrief: 7 articles in 2 stories",
    ]
