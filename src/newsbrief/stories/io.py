"""Reading articles for clustering and writing stories in the batch input schema."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from ..errors import InputError, MissingExtraError, NewsbriefError, OptionsError
from ..model import Article, Story
from ..options import check_on_error

if TYPE_CHECKING:
    from ..ingest import Skipped
    from ..ingest.fetch import FetchOptions

JSONL = (".jsonl", ".ndjson")
_log = logging.getLogger("newsbrief")


# What a command says when it stops at a bad article line (as ``batch`` says for a story).
ON_ERROR_HINT = "use --on-error skip to finish the other articles"


def load_articles(
    inputs: Sequence[str], fetch: FetchOptions | None = None, *, on_error: str = "raise"
) -> tuple[list[Any], list[Any]]:
    """Every article the inputs name, and the inputs skipped (with why).

    A ``.jsonl`` input holds one article object per line, or stories in the batch
    schema (their documents are taken one by one); anything else is read as
    ``newsbrief summarize`` reads it (files, folders, stdin, pages, URLs, feeds).

    ``on_error`` as in ``newsbrief batch``: a bad article of a JSONL input (a malformed
    line, a document without text, an id used again with other text) raises at once
    (``"raise"``, the error naming FILE:LINE), or is left out and listed with the
    skipped inputs (``"skip"``), so one bad line does not cost the user the others.
    """
    from dataclasses import replace

    from ..ingest import check_size_setting, load_documents_report

    check_on_error(on_error)
    check_size_setting()
    skip = on_error == "skip"
    docs: list[Any] = []
    skipped: list[Any] = []
    from_files: list[int] = []  # where in ``docs`` the articles read from files are
    for item in inputs:
        if Path(item).suffix.lower() in JSONL:
            docs.extend(_jsonl_articles(item, fetch, skipped=skipped if skip else None))
        elif item == "-":
            docs.extend(_stdin_articles(fetch, skipped if skip else None))
        else:
            got, passed = load_documents_report([item], fetch)
            from_files.extend(range(len(docs), len(docs) + len(got)))
            docs.extend(got)
            skipped.extend(passed)
    # files of one name in two folders given apart (sites/a/index.html
    # sites/b/index.html) are two articles named by their paths, as summarize names them;
    # before, cluster and digest refused them as one id used twice. One file given twice
    # keeps its id: it is kept once below, as before.
    paths: dict[str, set[str]] = {}
    for k in from_files:
        paths.setdefault(docs[k].id, set()).add(docs[k].where or docs[k].id)
    for k in from_files:
        if len(paths[docs[k].id]) > 1:
            docs[k] = replace(docs[k], id=docs[k].where or docs[k].id)
    seen: dict[str, tuple[str, str]] = {}
    unique: list[Any] = []
    repeats: list[tuple[str, str, str]] = []
    for d in docs:
        where = getattr(d, "where", "") or d.id
        if d.id in seen:
            if seen[d.id][1] == d.text:
                # The same article listed twice (two stories of a batch file share it):
                # one article, clustered once.
                repeats.append((where, d.id, seen[d.id][0]))
                continue
            error = InputError(
                f"article id {d.id!r} is used twice with different text (also at {seen[d.id][0]})",
                where=where,
                hint="give each article its own id",
            )
            if not skip:
                raise with_skip_advice(error)
            skipped.append(_skipped(error, where))
            continue
        seen[d.id] = (where, d.text)
        unique.append(d)
    _report_repeats(repeats)
    return unique, skipped


def with_skip_advice(error: NewsbriefError) -> NewsbriefError:
    """``error`` with ``--on-error skip`` after its own hint, as ``batch`` gives it for a
    bad story: the one bad line must not cost the user the other articles."""
    error.hint = "; ".join(h for h in (error.hint, ON_ERROR_HINT) if h)
    return error


def _report_repeats(repeats: Sequence[tuple[str, str, str]]) -> None:
    """One warning for every article listed again with the same text (DUC 2003 lists 9
    articles under two topics each), each named with ``-v``: nothing is lost, so a line
    per article would only bury the warnings that matter."""
    if len(repeats) == 1:
        _log.warning("%s: article %s repeats %s, kept once", *repeats[0])
        return
    if not repeats:
        return
    _log.warning(
        "%d articles were listed again with the same id and text, each kept once%s",
        len(repeats),
        "" if _log.isEnabledFor(logging.INFO) else " (-v names them)",
    )
    for where, article_id, first in repeats:
        _log.info("%s: article %s repeats %s, kept once", where, article_id, first)


def _skipped(error: NewsbriefError, where: str) -> Skipped:
    """A bad article as ``batch`` reports a bad story: ``where: message``."""
    from ..ingest import Skipped

    return Skipped(error.where or where, error.message)


def _stdin_articles(fetch: FetchOptions | None, skipped: list[Any] | None = None) -> list[Any]:
    """stdin: JSONL articles (or stories) when it starts with ``{``, else one article."""
    import io
    import sys

    from ..ingest import load_documents

    text = sys.stdin.read()
    if text.lstrip().startswith("{"):
        lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
        return _jsonl_articles("<stdin>", fetch, lines, skipped=skipped)
    saved = sys.stdin
    sys.stdin = io.StringIO(text)  # read as summarize reads stdin
    try:
        return load_documents(["-"], fetch)
    finally:
        sys.stdin = saved


def _jsonl_articles(
    path: str,
    fetch: FetchOptions | None,
    lines: Iterable[tuple[int, str]] | None = None,
    *,
    skipped: list[Any] | None = None,
) -> list[Any]:
    """The articles of a JSONL input; with ``skipped`` (``--on-error skip``) a bad line,
    or a bad document of a story line, goes there and the rest is read."""
    from ..ingest import _doc_from_json, iter_jsonl_lines, json_object_line

    out: list[Any] = []

    def bad(error: NewsbriefError, where: str) -> None:
        if isinstance(error, (MissingExtraError, OptionsError)):
            raise error  # an install or a setting fails every such line alike: not one item
        if skipped is None:
            raise with_skip_advice(error)
        skipped.append(_skipped(error, where))

    # undecodable lines come through to be reported one by one, as batch does
    for n, line in iter_jsonl_lines(path, strict=False, what="article") if lines is None else lines:
        where = f"{path}:{n}"
        try:
            obj = json_object_line(line, where, "JSONL")
        except NewsbriefError as exc:
            bad(exc, where)
            continue
        documents = obj.get("documents")
        if isinstance(documents, list):
            for i, d in enumerate(documents):
                try:
                    out.append(_doc_from_json(d, f"{where} (id {obj.get('id')})", i, fetch))
                except NewsbriefError as exc:
                    bad(exc, where)
        else:
            try:
                out.append(_doc_from_json(obj, where, n - 1, fetch))
            except NewsbriefError as exc:
                bad(exc, where)
    return out


def document_dict(a: Article) -> dict[str, Any]:
    """An article as a batch-schema document (text as given; absent metadata left out)."""
    out: dict[str, Any] = {"id": a.id, "text": a.text}
    for key in ("title", "source", "url", "published"):
        value = getattr(a, key)
        if value:
            out[key] = value
    if a.markup != "text":  # read back as it was read (markdown markup is not text)
        out["markup"] = a.markup
    return out


def write_stories(stories: Sequence[Story], out: TextIO) -> None:
    for s in stories:
        record = {"id": s.id, "documents": [document_dict(a) for a in s.articles]}
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
