"""Reading articles for clustering and writing stories in the batch input schema."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from ..errors import InputError
from ..model import Article, Story

if TYPE_CHECKING:
    from ..ingest.fetch import FetchOptions

JSONL = (".jsonl", ".ndjson")
_log = logging.getLogger("newsbrief")


def load_articles(
    inputs: Sequence[str], fetch: FetchOptions | None = None
) -> tuple[list[Any], list[Any]]:
    """Every article the inputs name, and the inputs skipped (with why).

    A ``.jsonl`` input holds one article object per line, or stories in the batch
    schema (their documents are taken one by one); anything else is read as
    ``newsbrief summarize`` reads it (files, folders, stdin, pages, URLs, feeds).
    """
    from ..ingest import load_documents_report

    docs: list[Any] = []
    skipped: list[Any] = []
    for item in inputs:
        if Path(item).suffix.lower() in JSONL:
            docs.extend(_jsonl_articles(item, fetch))
        elif item == "-":
            docs.extend(_stdin_articles(fetch))
        else:
            got, skip = load_documents_report([item], fetch)
            docs.extend(got)
            skipped.extend(skip)
    seen: dict[str, tuple[str, str]] = {}
    unique: list[Any] = []
    for d in docs:
        where = getattr(d, "where", "") or d.id
        if d.id in seen:
            if seen[d.id][1] == d.text:
                # The same article listed twice (two stories of a batch file share it):
                # one article, clustered once.
                _log.warning("%s: article %s repeats %s, kept once", where, d.id, seen[d.id][0])
                continue
            raise InputError(
                f"article id {d.id!r} is used twice with different text (also at {seen[d.id][0]})",
                where=where,
                hint="give each article its own id",
            )
        seen[d.id] = (where, d.text)
        unique.append(d)
    return unique, skipped


def _stdin_articles(fetch: FetchOptions | None) -> list[Any]:
    """stdin: JSONL articles (or stories) when it starts with ``{``, else one article."""
    import io
    import sys

    from ..ingest import load_documents

    text = sys.stdin.read()
    if text.lstrip().startswith("{"):
        lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
        return _jsonl_articles("<stdin>", fetch, lines)
    saved = sys.stdin
    sys.stdin = io.StringIO(text)  # read as summarize reads stdin
    try:
        return load_documents(["-"], fetch)
    finally:
        sys.stdin = saved


def _jsonl_articles(
    path: str, fetch: FetchOptions | None, lines: Iterable[tuple[int, str]] | None = None
) -> list[Any]:
    from ..ingest import _doc_from_json, iter_jsonl_lines, json_object_line

    out: list[Any] = []
    for n, line in iter_jsonl_lines(path) if lines is None else lines:
        where = f"{path}:{n}"
        obj = json_object_line(line, where, "article")
        if isinstance(obj.get("documents"), list):
            for i, d in enumerate(obj["documents"]):
                out.append(_doc_from_json(d, f"{where} (id {obj.get('id')})", i, fetch))
        else:
            out.append(_doc_from_json(obj, where, n - 1, fetch))
    return out


def document_dict(a: Article) -> dict[str, Any]:
    """An article as a batch-schema document (text as given; absent metadata left out)."""
    out: dict[str, Any] = {"id": a.id, "text": a.text}
    for key in ("title", "source", "url", "published"):
        value = getattr(a, key)
        if value:
            out[key] = value
    return out


def write_stories(stories: Sequence[Story], out: TextIO) -> None:
    for s in stories:
        record = {"id": s.id, "documents": [document_dict(a) for a in s.articles]}
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
