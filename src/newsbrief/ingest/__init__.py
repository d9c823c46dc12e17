"""Ingest stage: whatever the user has (files, folders, stdin, JSONL) into ``Article``s.

Reading is kept apart from cleaning so every source kind (text, HTML, URL, feed) ends in
the same record, an :class:`~newsbrief.model.Article` holding the text as given, and the
rest of the pipeline never knows where an article came from. JSONL lines become
:class:`~newsbrief.model.Story` objects. Dates are normalised once, for every kind, in
:func:`newsbrief.prepare` (see :mod:`.dates`).
"""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..model import Article, Story
from .dates import date_from_ldc_id, normalize_date

__all__ = [
    "Skipped",
    "date_from_ldc_id",
    "iter_jsonl_lines",
    "load_documents",
    "load_documents_report",
    "normalize_date",
    "parse_story_line",
    "story_from_json",
]

_log = logging.getLogger("newsbrief")

if TYPE_CHECKING:
    from .fetch import Fetcher, FetchOptions

TEXT_SUFFIXES = (".txt", ".md", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
FEED_SUFFIXES = (".xml", ".rss", ".atom")
JSONL_SUFFIXES = (".jsonl", ".ndjson")


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input (file, URL, feed item) that gave no article, and why, for the user to see."""

    input: str
    reason: str

    def __str__(self) -> str:
        return f"{self.input}: {self.reason}"


def folder_articles(folder: Path) -> list[Path]:
    """The article files of a folder, sorted; what is passed over is named in a warning."""
    usable = TEXT_SUFFIXES + HTML_SUFFIXES + FEED_SUFFIXES
    found: list[Path] = []
    passed: list[str] = []
    try:
        entries = sorted(folder.iterdir())
    except OSError as exc:
        raise InputError(f"cannot read folder: {exc.strerror}", where=str(folder)) from exc
    for p in entries:
        if p.is_file() and p.suffix.lower() in usable:
            found.append(p)
        elif not p.name.startswith("."):
            passed.append(p.name + ("/" if p.is_dir() else ""))
    if passed:
        _log.warning(
            "%s: not read (not a .txt, .md, .html or feed file; subfolders are not searched): %s",
            folder,
            ", ".join(passed),
        )
    if not found:
        raise InputError("folder holds no .txt, .md, .html or feed files", where=str(folder))
    return found


def read_text_file(path: Path) -> Article:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror}", where=str(path)) from exc
    text = _decode(data, str(path))
    markup = "markdown" if path.suffix.lower() == ".md" else "text"
    return Article(id=path.stem, text=text, where=str(path), markup=markup, title_line=True)


def _decode(data: bytes, where: str) -> str:
    if b"\x00" in data[:4096]:
        raise InputError("looks like a binary file, not text", where=where)
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _doc_from_json(obj: Any, where: str, index: int, fetch: FetchOptions | None = None) -> Article:
    if not isinstance(obj, dict):
        raise InputError("each document must be a JSON object", where=where)
    doc_id = obj.get("id")
    if doc_id is None:
        doc_id = f"doc{index}"
    if not isinstance(doc_id, (str, int)):
        raise InputError("document 'id' must be a string", where=where)
    text = obj.get("text")
    if text is None and (obj.get("html") or obj.get("url")):
        from .web import document_from_json_web

        return document_from_json_web(obj, str(doc_id), f"{where} document {doc_id}", fetch)
    if not isinstance(text, str):
        raise InputError(
            f"document {doc_id!s} has no 'text' string",
            where=where,
            hint="each document needs {'id': ..., 'text': ...}",
        )

    def opt(key: str) -> str | None:
        value = obj.get(key)
        return None if value is None else str(value)

    return Article(
        id=str(doc_id),
        text=text,
        title=opt("title"),
        source=opt("source"),
        url=opt("url"),
        published=opt("published"),
        author=opt("author"),
        where=f"{where} document {doc_id}",
    )


def json_object_line(line: str, where: str, what: str) -> dict[str, Any]:
    """One JSONL line as a JSON object; every way it can be unusable names ``where``."""
    bad = _UNDECODED.search(line)
    if bad:
        raise InputError(
            f"not UTF-8 text (bad byte at column {bad.start() + 1})",
            where=where,
            hint="JSONL input must be UTF-8",
        )
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"malformed JSON ({exc.msg} at column {exc.colno})", where=where) from exc
    if not isinstance(obj, dict):
        raise InputError(f"a {what} line must be a JSON object", where=where)
    return obj


def parse_story_line(
    line: str, line_no: int, path: str, fetch: FetchOptions | None = None
) -> Story:
    """Parse one JSONL story; errors name the file, line and (when readable) the id."""
    where = f"{path}:{line_no}"
    obj = json_object_line(line, where, "story")
    return story_from_json(obj, where, fetch)


def story_from_json(obj: Any, where: str, fetch: FetchOptions | None = None) -> Story:
    """A story in the batch schema (``{"id", "documents": [...], "references"?}``)."""
    if not isinstance(obj, dict):
        raise InputError("a story must be a JSON object", where=where)
    story_id = obj.get("id")
    if not isinstance(story_id, (str, int)) or isinstance(story_id, bool):
        raise InputError("story has no 'id' string", where=where)
    story_id = str(story_id)
    where = f"{where} (id {story_id})"
    docs = obj.get("documents")
    if not isinstance(docs, list):
        raise InputError("story has no 'documents' list", where=where)
    if not docs:
        raise InputError("story has no documents", where=where)
    documents = tuple(_doc_from_json(d, where, i, fetch) for i, d in enumerate(docs))
    seen: set[str] = set()
    for d in documents:
        if d.id in seen:
            raise InputError(
                f"document id {d.id!r} appears twice in the story",
                where=where,
                hint="give each document of a story its own id",
            )
        seen.add(d.id)
    refs = obj.get("references")
    if refs is None:
        refs = []
    if not isinstance(refs, list) or not all(isinstance(r, str) for r in refs):
        raise InputError("'references' must be a list of strings", where=where)
    return Story(story_id, documents, tuple(refs), where)


def iter_jsonl_lines(path: str, *, strict: bool = True) -> Iterator[tuple[int, str]]:
    """``(line_number, text)`` for each non-blank line; ``-`` reads stdin.

    Blank lines carry no story: they are passed over with a warning naming the line, so a
    stray empty line is neither an error nor silently lost. Lines are decoded one by one so
    a bad byte is reported with its line number.
    """
    if path == "-":
        stream: Iterable[bytes] = sys.stdin.buffer
        yield from _decoded_lines(stream, "<stdin>", strict)
        return
    try:
        handle = open(path, "rb")  # noqa: SIM115
    except OSError as exc:
        raise InputError(f"cannot open: {exc.strerror}", where=path) from exc
    with handle:
        yield from _decoded_lines(handle, path, strict)


# Bytes that were not UTF-8, kept by ``errors="surrogateescape"`` for a later per-line error.
_UNDECODED = re.compile("[\udc80-\udcff]")


def _decoded_lines(stream: Iterable[bytes], path: str, strict: bool) -> Iterator[tuple[int, str]]:
    """Decoded lines; with ``strict=False`` a bad line is passed on for its story's error."""
    for n, raw in enumerate(stream, 1):
        try:
            line = raw.decode("utf-8-sig" if n == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            if not strict:
                line = raw.decode("utf-8", errors="surrogateescape")
                if line.strip():
                    yield n, line
                continue
            raise InputError(
                f"not UTF-8 text (bad byte at column {exc.start + 1})",
                where=f"{path}:{n}",
                hint="JSONL input must be UTF-8",
            ) from exc
        if line.strip():
            yield n, line
        else:
            _log.warning("%s:%d: blank line, no story to read", path, n)


def load_documents_report(
    inputs: Sequence[str], options: FetchOptions | None = None, *, fetcher: Fetcher | None = None
) -> tuple[list[Article], list[Skipped]]:
    """Like :func:`load_documents`, but unusable URLs/pages/feeds come back as ``Skipped``."""
    from .web import load_documents_report as _impl

    docs, skipped = _impl(inputs, options, fetcher=fetcher)
    return unique_ids(docs), skipped


def unique_ids(docs: Sequence[Article]) -> list[Article]:
    """Give articles from different files the same name distinct ids (their paths).

    Why: ``a/report.txt`` and ``b/report.txt`` are two articles; naming both ``report``
    would make attribution ambiguous. The same file given twice is a mistake and says so.
    """
    from dataclasses import replace

    counts: dict[str, int] = {}
    for d in docs:
        counts[d.id] = counts.get(d.id, 0) + 1
    out: list[Article] = []
    seen: set[str] = set()
    for d in docs:
        new = d if counts[d.id] == 1 else replace(d, id=d.where or d.id)
        if new.id in seen:
            raise InputError("the same article is given twice", where=new.where or new.id)
        seen.add(new.id)
        out.append(new)
    return out


def load_documents(inputs: Sequence[str], options: FetchOptions | None = None) -> list[Article]:
    """Every article named by ``inputs``: files, folders (sorted), ``-`` or one JSONL story."""
    if not inputs:
        raise InputError("no input given", hint="pass article files, a folder, a .jsonl or -")
    docs: list[Article] = []
    for item in inputs:
        docs.extend(_load_one(item, options))
    if not docs:
        raise InputError("no articles found in the input", where=", ".join(inputs))
    return unique_ids(docs)


def _load_one(item: str, options: FetchOptions | None = None) -> list[Article]:
    if item == "-":
        text = sys.stdin.read()
        if text.lstrip().startswith("{"):
            # A JSONL story piped in: read it as one, not as article text.
            lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
            stories = [parse_story_line(line, n, "<stdin>") for n, line in lines]
            if len(stories) != 1:
                raise InputError(
                    f"holds {len(stories)} stories; summarize takes one",
                    where="<stdin>",
                    hint="use 'newsbrief batch' for many stories",
                )
            return list(stories[0].articles)
        return [Article(id="stdin", text=text, where="<stdin>", title_line=True)]
    if item.startswith(("http://", "https://")):
        from .web import load_url

        return load_url(item, options)
    if "://" in item and not Path(item).exists():
        scheme = item.split("://", 1)[0]
        raise InputError(
            f"unsupported URL scheme {scheme!r}",
            where=item,
            hint="only http:// and https:// URLs are fetched",
        )
    path = Path(item)
    if path.is_dir():
        out: list[Article] = []
        for p in folder_articles(path):
            out.extend(_load_one(str(p), options))
        return out
    if not path.exists():
        raise InputError("no such file or folder", where=item)
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        stories = [parse_story_line(line, n, item, options) for n, line in iter_jsonl_lines(item)]
        if len(stories) != 1:
            raise InputError(
                f"holds {len(stories)} stories; summarize takes one",
                where=item,
                hint="use 'newsbrief batch' for many stories",
            )
        return list(stories[0].articles)
    if suffix in HTML_SUFFIXES:
        from .web import load_html_file

        return load_html_file(path, options)
    if suffix in FEED_SUFFIXES:
        from .web import load_feed_file

        return load_feed_file(path, options)
    return [read_text_file(path)]
