"""Ingest stage: whatever the user has (files, folders, stdin, JSONL) into ``Article``s.

Reading is kept apart from cleaning so every source kind (text, HTML, URL, feed) ends in
the same record, an :class:`~newsbrief.model.Article` holding the text as given, and the
rest of the pipeline never knows where an article came from. JSONL lines become
:class:`~newsbrief.model.Story` objects. Dates are normalised once, for every kind, in
:func:`newsbrief.prepare` (see :mod:`.dates`).
"""

from __future__ import annotations

import codecs
import itertools
import json
import logging
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import FetchError, InputError, MissingExtraError, OptionsError
from ..model import Article, Story
from .dates import date_from_ldc_id, normalize_date

__all__ = [
    "MAX_ARTICLE_BYTES",
    "Skipped",
    "check_article_size",
    "check_size_setting",
    "date_from_ldc_id",
    "decode_text",
    "iter_jsonl_lines",
    "load_documents",
    "load_documents_report",
    "normalize_date",
    "parse_story_line",
    "refuse_binary",
    "story_from_json",
]

_log = logging.getLogger("newsbrief")

# What every command says of an input path that is not there (a file or a folder).
NO_SUCH_PATH = "no such file or folder"

if TYPE_CHECKING:
    from .fetch import Fetcher, FetchOptions

# The most text one article may hold, in UTF-8 bytes (2 MB: a long-form article is ~100 KB).
# Past it an input is a dump, a log or a book, not an article: cleaning and splitting it
# would take minutes and gigabytes before saying anything useful. The environment variable
# NEWSBRIEF_MAX_ARTICLE_BYTES raises or lowers it (batch workers inherit it).
MAX_ARTICLE_BYTES = 2_000_000
# A local HTML file may be larger than its text (markup, inline scripts): the limit on
# pages fetched from the web (``FetchOptions.max_bytes``).
MAX_PAGE_BYTES = 5_000_000


def max_article_bytes() -> int:
    """:data:`MAX_ARTICLE_BYTES`, or ``NEWSBRIEF_MAX_ARTICLE_BYTES`` when set."""
    import os

    raw = os.environ.get("NEWSBRIEF_MAX_ARTICLE_BYTES", "").strip()
    if not raw:
        return MAX_ARTICLE_BYTES
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if value <= 0:
        # a setting, not an input: one error for the run (OptionsError), never a reason
        # to skip each file of a folder or each story of a batch in turn
        raise OptionsError(
            f"NEWSBRIEF_MAX_ARTICLE_BYTES must be a positive number of bytes, got {raw!r}",
            hint="e.g. NEWSBRIEF_MAX_ARTICLE_BYTES=5000000, or unset it for 2 MB",
        )
    return value


def check_size_setting() -> None:
    """Read the article size limit once, before any input: a bad
    ``NEWSBRIEF_MAX_ARTICLE_BYTES`` is one error for the run (:func:`max_article_bytes`'
    OptionsError), said before any page is fetched, never a bad line, file, story or
    page each in turn. Every entry point that reads inputs calls this."""
    max_article_bytes()


def check_article_size(
    n_bytes: int, where: str, limit: int | None = None, *, what: str = "article"
) -> None:
    """Refuse an article over the size limit, naming it and the limit, before any work.

    ``n_bytes`` may be a lower bound (stdin is read only just past the limit).
    """
    limit = max_article_bytes() if limit is None else limit
    if n_bytes > limit:
        size = f"is {n_bytes:,} bytes, over" if n_bytes > limit + 1 else "is over"
        raise InputError(
            f"{what} {size} the limit of {limit:,} bytes per {what}",
            where=where,
            hint="give one article per file, or set NEWSBRIEF_MAX_ARTICLE_BYTES to allow more",
        )


def _text_size(text: str) -> int:
    """UTF-8 size of ``text`` (lone surrogates from JSON counted, not refused)."""
    return len(text.encode("utf-8", "surrogatepass"))


# read as markdown: headings, emphasis, links and images are markup, not article text
MARKDOWN_SUFFIXES = (".md", ".markdown")
TEXT_SUFFIXES = (".txt", ".text", *MARKDOWN_SUFFIXES)
# what a JSON document's "markup" may say its text is ("text" when absent)
MARKUPS = ("text", "markdown")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
FEED_SUFFIXES = (".xml", ".rss", ".atom")
JSONL_SUFFIXES = (".jsonl", ".ndjson")


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input (file, URL, feed item) that gave no article, and why, for the user to see.

    ``input`` is what the user would call it (a path, a URL: the ``id`` of a JSON
    ``dropped`` entry); ``where``, when the input sits inside a file (a story document
    naming a URL), is its place there, shown before it on stderr."""

    input: str
    reason: str
    where: str = ""

    def __str__(self) -> str:
        where = f"{self.where}: " if self.where else ""
        return f"{where}{self.input}: {self.reason}"


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
        # the size first: a 50 MB file is refused before it is read
        check_article_size(path.stat().st_size, str(path))
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror}", where=str(path)) from exc
    text = _decode(data, str(path))
    markup = "markdown" if path.suffix.lower() in MARKDOWN_SUFFIXES else "text"
    return with_front_matter(
        Article(id=path.stem, text=text, where=str(path), markup=markup, title_line=True)
    )


# Front-matter keys read as an article's metadata (first one present wins): the JSONL
# schema's names, and the names static-site generators write.
_FRONT_FIELDS = {
    "title": ("title",),
    "published": ("published", "date", "pubdate"),
    "source": ("source", "outlet", "publisher"),
    "url": ("url", "link"),
    "author": ("author", "authors", "byline"),
}


def front_matter_metadata(text: str) -> dict[str, str]:
    """Title, publication date, source, url and author from a YAML front-matter block
    opening a text, markdown or plain (the block itself is left out of the article
    text by :func:`newsbrief.clean.clean_text`). Why plain text too: a note pasted
    from a static site or a notes app opens on such a block, and its ``title:`` line
    read as a headline showed "title: ..." as the title and its date as lost."""
    if not text.startswith(("---", "\ufeff---")):
        return {}
    from ..clean import front_matter

    fields, _ = front_matter(text)
    out: dict[str, str] = {}
    for name, keys in _FRONT_FIELDS.items():
        value = next((fields[k] for k in keys if fields.get(k)), None)
        if value is not None:
            out[name] = value
    return out


markdown_metadata = front_matter_metadata  # the name before s34


def with_front_matter(article: Article) -> Article:
    """``article`` with the fields its text's front matter gives where it has none of
    its own (a field given with the text wins, as a given title always does)."""
    if article.cleaned:
        return article
    meta = front_matter_metadata(article.text)
    if not meta:
        return article

    def field(name: str, given: str | None) -> str | None:
        return given or meta.get(name)

    return replace(
        article,
        title=field("title", article.title),
        published=field("published", article.published),
        source=field("source", article.source),
        url=field("url", article.url),
        author=field("author", article.author),
    )


# Byte-order marks of the encodings whose text is full of NUL bytes: a file saved as
# "Unicode" by Windows Notepad or Word is UTF-16 with a BOM, and is text, not binary.
_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_text(data: bytes, where: str) -> str:
    """Bytes of a text file as newsbrief reads an article file: UTF-16/32 by their
    byte-order mark when that reading is text (:func:`_reads_as_wide_text`), else UTF-8
    (a BOM dropped), else Windows-1252 (with a warning when that reading is mostly
    accented letters: another code page); a NUL byte near the start of anything else is
    refused as binary. No C1 control character (U+0080-U+009F) comes out."""
    return _decode(data, where)


def _reads_as_wide_text(text: str) -> bool:
    """Whether a UTF-16/32 reading of a file is text, not another encoding's bytes that
    happen to start like a byte-order mark (Windows-1252 "ÿþ..." is UTF-16's LE mark).
    Wide text holds a character below U+0100 (a line break, space, digit or Latin
    letter: NUL bytes in the file) in practice; one byte per character text has no NUL
    byte, so read two at a time it gives none, and comes out as CJK mixed with format and
    unassigned characters, which a text with none below U+0100 (all CJK, say) lacks."""
    if not text or any(ord(c) < 0x100 for c in text):
        return True
    return not any(unicodedata.category(c) in ("Cc", "Cf", "Cn", "Co", "Cs") for c in text)


def _decode(data: bytes, where: str) -> str:
    # UTF-32 first: its LE mark starts with UTF-16's (then UTF-16 text opening with a NUL)
    wide = [encoding for bom, encoding in _WIDE_BOMS if data.startswith(bom)]
    for encoding in wide:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _reads_as_wide_text(text):
            return _without_c1(text)
    if wide and b"\x00" in data:  # wide text (NUL bytes) that does not decode
        name = wide[-1].upper()
        raise InputError(
            f"starts like {name} text but is not valid {name}", where=where, hint="save it as UTF-8"
        )
    _refuse_nul_bytes(data, where)
    try:
        return _without_c1(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        pass
    # one character per byte: the five bytes Windows-1252 leaves undefined give U+FFFD
    # (Latin-1 would give C1 control characters, invisible and meaningless in an article)
    text = data.decode("cp1252", errors="replace")
    if _mostly_foreign_letters(text):
        _log.warning(
            "%s: looks like another 8-bit encoding (e.g. Windows-1251): convert it to UTF-8",
            where,
        )
    return text


def refuse_binary(data: bytes, where: str) -> None:
    """Refuse a file whose first bytes are not text (a PNG, a PDF, a zip), whatever its
    name ends in: an ``.html``, feed or JSONL file is sniffed as a ``.txt`` one is, so a
    picture saved under the wrong name is said to be binary, not "no article text found"
    or "malformed feed". Text with a UTF-16/32 byte-order mark passes (its NULs are text)."""
    if any(data.startswith(bom) for bom, _ in _WIDE_BOMS):
        return
    _refuse_nul_bytes(data, where)


def _refuse_nul_bytes(data: bytes, where: str) -> None:
    """A NUL byte near the start: UTF-16 without its mark, said by name, else binary."""
    if b"\x00" not in data[:4096]:
        return
    bomless = _bomless_utf16(data[:4096])
    if bomless:
        raise InputError(
            f"looks like {bomless} text without a byte-order mark",
            where=where,
            hint="save it as UTF-8, or as UTF-16 with its byte-order mark",
        )
    raise InputError("looks like a binary file, not text", where=where)


# What no text holds: control characters (a line break and a tab aside), surrogates,
# private-use and unassigned code points.
_NOT_TEXT = frozenset({"Cc", "Cs", "Co", "Cn"})


def _bomless_utf16(head: bytes) -> str | None:
    """``"UTF-16"`` when bytes that hold NULs read as UTF-16 text without its mark: every
    other byte NUL (the high byte of Latin text), and that reading holds no control
    character but line breaks and tabs (:data:`_NOT_TEXT`); None for anything else (a
    binary file). Said, not guessed: such a file is refused with a message that names
    it, as one with a mark is read."""
    for encoding, zeros in (("utf-16-le", head[1::2]), ("utf-16-be", head[0::2])):
        if len(zeros) < 4 or zeros.count(0) < 0.9 * len(zeros):
            continue
        text = head[: len(head) // 2 * 2].decode(encoding, errors="replace")
        if all(c in "\r\n\t" or unicodedata.category(c) not in _NOT_TEXT for c in text):
            return "UTF-16"
    return None


# C1 control characters (U+0080-U+009F) in decoded text are Windows-1252 bytes read as
# Latin-1 somewhere upstream (a "smart quote" as U+0093): each becomes the character that
# byte means in Windows-1252 (U+FFFD for the five it leaves undefined), one for one, so
# offsets into the text are those of the characters as decoded.
_C1 = re.compile("[\x80-\x9f]")
_C1_TABLE = {b: bytes([b]).decode("cp1252", errors="replace") for b in range(0x80, 0xA0)}


def _without_c1(text: str) -> str:
    return text.translate(_C1_TABLE) if _C1.search(text) else text


def _mostly_foreign_letters(text: str) -> bool:
    """Whether a Windows-1252 reading is most likely another 8-bit code page: text in a
    Latin-script language has mostly ASCII letters (accents are a few per word at most),
    while Cyrillic, Greek, Hebrew or Arabic read as Windows-1252 is nearly all accented
    Latin letters (Windows-1251 "Парламент" reads "Ïàðëàìåíò")."""
    letters = [c for c in text if c.isalpha()]
    foreign = sum(1 for c in letters if not c.isascii())
    return len(letters) >= 20 and foreign > len(letters) / 2


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

    check_article_size(_text_size(text), f"{where} document {doc_id}")

    def opt(key: str) -> str | None:
        value = obj.get(key)
        return None if value is None else str(value)

    markup = obj.get("markup") or "text"
    if markup not in MARKUPS:
        raise InputError(
            f"document {doc_id!s} has an unknown 'markup' {markup!r}",
            where=where,
            hint='use "markdown" for markdown text, or leave it out for plain text',
        )
    return with_front_matter(
        Article(
            id=str(doc_id),
            text=text,
            title=opt("title"),
            source=opt("source"),
            url=opt("url"),
            published=opt("published"),
            author=opt("author"),
            where=f"{where} document {doc_id}",
            markup=markup,
            # one rule for a title wherever plain text comes from (a .txt file, stdin,
            # a string given to the API, a JSON document's "text", a service request):
            # a given title wins, else front matter's, else a short first line read as
            # a headline is the title
            title_line=True,
        )
    )


# a JSON escape of a UTF-16 surrogate: a pair decodes to one character, a lone half
# to a string no file can hold
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _doc_or_skip(
    obj: Any,
    where: str,
    index: int,
    fetch: FetchOptions | None,
    skipped: list[Skipped] | None,
) -> Article | None:
    if skipped is None:
        return _doc_from_json(obj, where, index, fetch)
    try:
        return _doc_from_json(obj, where, index, fetch)
    except FetchError as exc:
        # the document as the user knows it: its URL (as for a URL on the command line)
        url = obj.get("url") if isinstance(obj, dict) else None
        name = str(url or (obj.get("id") if isinstance(obj, dict) else None) or f"doc{index}")
        reason = exc.message.removeprefix(f"{name}: ") + (f" ({exc.hint})" if exc.hint else "")
        skipped.append(Skipped(name, reason, where=exc.where or where))
        return None


def json_problem(exc: json.JSONDecodeError) -> str:
    """What is wrong with a JSON line, in words a user can act on.

    Python's messages end in a dangling "at" ("Invalid control character at") and
    name a character most users never typed (a tab or a line break inside a string).
    No hint is returned: the batch commands add theirs (``--on-error skip``).
    """
    msg = exc.msg
    if msg.startswith("Invalid control character"):
        return (
            f"a tab or other control character inside a string at column {exc.colno}; "
            "write it escaped, \\t for a tab"
        )
    if msg.startswith("Unterminated string"):
        return (
            f"the string starting at column {exc.colno} does not end on this line; "
            "each JSONL object is one line, with a line break in a text written \\n"
        )
    msg = re.sub(r"\s+(?:starting\s+)?at$", "", msg)
    return f"{msg} at column {exc.colno}"


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
        # without its line break: a line cut inside a string then reads as unterminated,
        # not as holding a "control character" the user never wrote
        obj = json.loads(line.rstrip("\r\n"))
    except json.JSONDecodeError as exc:
        raise InputError(f"malformed JSON ({json_problem(exc)})", where=where) from exc
    if not isinstance(obj, dict):
        raise InputError(f"a {what} line must be a JSON object", where=where)
    if _SURROGATE_ESCAPE.search(line):  # rare: check only a line that writes one
        try:
            json.dumps(obj, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError as exc:
            raise InputError(
                "a \\u escape names half of a UTF-16 pair alone (no character)",
                where=where,
                hint="write the character itself, or both halves of its surrogate pair",
            ) from exc
    return obj


def parse_story_line(
    line: str,
    line_no: int,
    path: str,
    fetch: FetchOptions | None = None,
    skipped: list[Skipped] | None = None,
) -> Story:
    """Parse one JSONL story; errors name the file, line and (when readable) the id."""
    where = f"{path}:{line_no}"
    obj = json_object_line(line, where, "story")
    return story_from_json(obj, where, fetch, skipped)


def story_from_json(
    obj: Any,
    where: str,
    fetch: FetchOptions | None = None,
    skipped: list[Skipped] | None = None,
) -> Story:
    """A story in the batch schema (``{"id", "documents": [...], "references"?}``).

    With ``skipped``, a document whose URL gives no article (dead, refused, no article
    text) is left out and listed there, as ``summarize`` treats a dead URL named on the
    command line; without it (a batch, where the story is the item) it raises."""
    if not isinstance(obj, dict):
        raise InputError("a story must be a JSON object", where=where)
    story_id = obj.get("id")
    if not isinstance(story_id, (str, int)) or isinstance(story_id, bool):
        raise InputError("story has no 'id' string", where=where)
    story_id = str(story_id)
    where = f"{where} (id {story_id})"
    docs = obj.get("documents")
    if not isinstance(docs, list):
        article = "documents" not in obj and isinstance(obj.get("text"), str)
        raise InputError(
            "story has no 'documents' list",
            where=where,
            hint=(
                "this line is one article: 'newsbrief cluster' reads a file of articles, "
                "one a line, and writes stories"
                if article
                else 'a story line is {"id": ..., "documents": [{"id", "text"}, ...]}'
            ),
        )
    if not docs:
        raise InputError("story has no documents", where=where)
    documents = tuple(
        doc
        for doc in (_doc_or_skip(d, where, i, fetch, skipped) for i, d in enumerate(docs))
        if doc is not None
    )
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


def iter_jsonl_lines(
    path: str, *, strict: bool = True, what: str = "story"
) -> Iterator[tuple[int, str]]:
    """``(line_number, text)`` for each non-blank line; ``-`` reads stdin.

    Blank lines carry no story: they are passed over with a warning naming the line, so a
    stray empty line is neither an error nor silently lost. Lines are decoded one by one so
    a bad byte is reported with its line number. An input whose first non-blank character
    is not ``{`` is not JSONL at all (a text file, a JSON array): one error for the file,
    not one per line, whatever ``--on-error`` says. ``what`` names a line in that error.
    """
    if path == "-":
        stream: Iterable[bytes] = sys.stdin.buffer
        yield from _decoded_lines(stream, "<stdin>", strict, what)
        return
    try:
        handle = open(path, "rb")  # noqa: SIM115
    except FileNotFoundError as exc:  # said as summarize says it, in every command
        raise InputError(NO_SUCH_PATH, where=path) from exc
    except OSError as exc:
        raise InputError(f"cannot open: {exc.strerror}", where=path) from exc
    with handle:
        yield from _decoded_lines(handle, path, strict, what)


# Bytes that were not UTF-8, kept by ``errors="surrogateescape"`` for a later per-line error.
_UNDECODED = re.compile("[\udc80-\udcff]")

# What the "not JSONL" error says a line of each kind of input is, and what to do instead.
_NOT_JSONL = {
    "story": (
        "one JSON story per line",
        "for text files use 'newsbrief summarize', or 'newsbrief cluster' to build JSONL",
    ),
    "article": (
        "one JSON article or story per line",
        'write {"id": ..., "text": ...} lines, or give text articles as .txt files',
    ),
    "claim": (
        "one JSON claim per line",
        'write {"story": STORY_ID, "claim_id": ID, "claim": SENTENCE} lines',
    ),
}


def _not_jsonl(path: str, what: str) -> InputError:
    line, advice = _NOT_JSONL.get(what, (f"one JSON {what} per line", None))
    # one line a user reads at once: the advice is part of the message, not a hint in brackets
    message = f"not JSONL ({line})" + (f"; {advice}" if advice else "")
    return InputError(message, where=path)


def _wide_lines(first: bytes, rest: Iterable[bytes], path: str) -> list[str] | None:
    """The lines of a JSONL input in UTF-16 or UTF-32 (a byte-order mark, or NUL bytes in
    its first line), decoded as a text file is (:func:`decode_text`): the same reading, and
    the same errors naming the encoding ("looks like UTF-16 text without a byte-order
    mark"), never "not JSONL" for what is an encoding. None for an input that is neither
    (read line by line as UTF-8). Such an input is read whole: its lines are split after
    decoding, as a ``\\n`` byte is half of a UTF-16 line break."""
    if not (any(first.startswith(bom) for bom, _ in _WIDE_BOMS) or b"\x00" in first):
        return None
    text = decode_text(first + b"".join(rest), path)
    lines = text.split("\n")  # JSON allows U+2028 in a string: no other line break
    return [line + "\n" for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])


def _decoded_lines(
    stream: Iterable[bytes], path: str, strict: bool, what: str = "story"
) -> Iterator[tuple[int, str]]:
    """Decoded lines; with ``strict=False`` a bad line is passed on for its story's error."""
    stream = iter(stream)
    first = next(stream, b"")
    wide = _wide_lines(first, stream, path)
    if wide is not None:
        yield from _checked_lines(enumerate(wide, 1), path, what)
        return
    leading_blanks: list[int] = []  # warned once the input is known to be JSONL
    checked = False
    for n, raw in enumerate(itertools.chain([first] if first else [], stream), 1):
        if not checked:
            head = raw.decode("utf-8", errors="surrogateescape").lstrip("\ufeff").strip()
            if not head:
                leading_blanks.append(n)
                continue
            if not head.startswith("{"):
                # a picture or archive named .jsonl is binary, not "not JSONL"
                refuse_binary(raw + b"".join(itertools.islice(stream, 64))[:4096], path)
                raise _not_jsonl(path, what)
            checked = True
            for blank in leading_blanks:
                _warn_blank(path, blank, what)
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
            _warn_blank(path, n, what)
    for blank in leading_blanks if not checked else ():
        _warn_blank(path, blank, what)  # nothing but blank lines: the caller says "no stories"


def _checked_lines(
    lines: Iterable[tuple[int, str]], path: str, what: str
) -> Iterator[tuple[int, str]]:
    """Decoded lines as :func:`_decoded_lines` passes them on: blank ones warned of, and
    the input refused as not JSONL when its first non-blank line is no JSON object."""
    leading_blanks: list[int] = []
    checked = False
    for n, line in lines:
        if not line.strip():
            if checked:
                _warn_blank(path, n, what)
            else:
                leading_blanks.append(n)
            continue
        if not checked:
            if not line.lstrip("\ufeff").strip().startswith("{"):
                raise _not_jsonl(path, what)
            checked = True
            for blank in leading_blanks:
                _warn_blank(path, blank, what)
        yield n, line
    for blank in leading_blanks if not checked else ():
        _warn_blank(path, blank, what)


def _warn_blank(path: str, n: int, what: str = "story") -> None:
    """A blank line's warning, naming what a line of this input holds (a story, a claim)."""
    _log.warning("%s:%d: blank line, no %s to read", path, n, what)


def load_documents_report(
    inputs: Sequence[str],
    options: FetchOptions | None = None,
    *,
    fetcher: Fetcher | None = None,
    story_ids: list[str] | None = None,
) -> tuple[list[Article], list[Skipped]]:
    """Like :func:`load_documents`, but inputs that give no article come back as ``Skipped``.

    Skipped: URLs, pages and feeds that cannot be used, and any file *inside a folder* that
    cannot be read as an article (binary, over the size limit, unreadable). A folder is a
    collection: one stray file in it must not cost the user the others, just as one dead
    URL does not. A file named on the command line stays an error (exit 2), like a
    mistyped path: the user asked for that very file, so a summary without it would be a
    surprise. Order is kept: named inputs and folder files are read in the order given.
    ``story_ids``, when given, receives the id of each JSONL story read, so a caller can
    keep the id the user gave the story instead of making one up.
    """
    from .web import is_url
    from .web import load_documents_report as _impl

    if not inputs:
        raise InputError("no input given", hint="pass article files, URLs, a folder, a .jsonl or -")
    check_size_setting()
    docs: list[Article] = []
    skipped: list[Skipped] = []
    named: list[str] = []

    def flush() -> None:
        if named:
            got, skip = _impl(named, options, fetcher=fetcher, story_ids=story_ids)
            docs.extend(got)
            skipped.extend(skip)
            named.clear()

    for item in inputs:
        if item == "-" or is_url(item) or not Path(item).is_dir():
            named.append(item)
            continue
        flush()
        for leaf in folder_articles(Path(item)):
            try:
                got, skip = _impl([str(leaf)], options, fetcher=fetcher)
            except MissingExtraError:
                raise  # an install problem: every such file would fail alike
            except InputError as exc:
                reason = exc.message + (f" ({exc.hint})" if exc.hint else "")
                skipped.append(Skipped(exc.where or str(leaf), reason))
                continue
            docs.extend(got)
            skipped.extend(skip)
    flush()
    return unique_ids(docs), skipped


def given_name(doc: Article) -> str:
    """An article as the user named it, for the ``id`` of a JSON ``dropped`` entry: a
    file by its path, a URL by its URL, ``<stdin>``, a JSONL story's document by its id
    (its place in the file, ``story.jsonl:1 document a``, is for messages), as a
    :class:`Skipped` input is named."""
    if not doc.where or doc.where.endswith(f" document {doc.id}"):
        return doc.id
    return doc.where


def unique_ids(docs: Sequence[Article]) -> list[Article]:
    """Give articles from different files the same name distinct ids (their paths).

    Why: ``a/report.txt`` and ``b/report.txt`` are two articles; naming both ``report``
    would make attribution ambiguous. The same file given twice is a mistake and says so.
    """
    from dataclasses import replace

    counts: dict[str, int] = {}
    for d in docs:
        # text taken from a page or feed is checked here, once extracted
        check_article_size(_text_size(d.text), d.where or d.id)
        counts[d.id] = counts.get(d.id, 0) + 1
    out: list[Article] = []
    seen: set[str] = set()
    for d in docs:
        new = d if counts[d.id] == 1 else replace(d, id=d.where or d.id)
        if new.id in seen:
            raise InputError(
                "the same article is given twice",
                where=new.where or new.id,
                hint="name each file once: a folder already includes the files in it",
            )
        seen.add(new.id)
        out.append(new)
    return out


def load_documents(inputs: Sequence[str], options: FetchOptions | None = None) -> list[Article]:
    """Every article named by ``inputs``: files, folders (sorted), ``-`` or one JSONL story."""
    if not inputs:
        raise InputError("no input given", hint="pass article files, a folder, a .jsonl or -")
    check_size_setting()
    docs: list[Article] = []
    for item in inputs:
        docs.extend(_load_one(item, options))
    if not docs:
        raise InputError("no articles found in the input", where=", ".join(inputs))
    return unique_ids(docs)


# What opens an HTML page (after whitespace and a BOM): a doctype or the html element.
_HTML_START = re.compile(r"\A[\s\ufeff]*<(?:!doctype\s+html\b|html\b)", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """Whether text piped in is an HTML page (``curl -s URL | newsbrief summarize -``):
    it opens, after whitespace and a byte-order mark, with ``<!doctype html`` or
    ``<html``. Read as text, its title would be markup and its summary the site's
    furniture (a cookie banner), with exit 0; read as a page, only the article's text is.
    A text that merely mentions a tag later on is text."""
    return bool(_HTML_START.match(text[:1000]))


def _stdin_page(text: str) -> Article:
    """An HTML page piped to stdin, read as an ``.html`` file is (needs ``[html]``)."""
    from .html import _trafilatura, extract_html

    try:
        _trafilatura("<stdin>")
    except MissingExtraError as exc:
        exc.message = (
            "looks like an HTML page; reading one needs the optional dependencies of "
            f"newsbrief[{exc.extra}]"
        )
        raise
    return extract_html(text, doc_id="stdin", where="<stdin>")


def _read_stdin() -> str:
    """Standard input as text; an article over the size limit is refused after reading at
    most one chunk past the limit (a JSONL story may be longer: its documents are checked)."""
    limit = max_article_bytes()
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # a text stream (tests, embedding): characters bound bytes below
        head_text = sys.stdin.read(limit + 1)
        if len(head_text) > limit and not head_text.lstrip().startswith("{"):
            check_article_size(limit + 1, "<stdin>")
        return head_text + sys.stdin.read()
    head = stream.read(limit + 1)
    if len(head) > limit and not head.lstrip().startswith(b"{"):
        check_article_size(limit + 1, "<stdin>")
    return _decode(head + stream.read(), "<stdin>")


def _load_one(
    item: str,
    options: FetchOptions | None = None,
    story_ids: list[str] | None = None,
    skipped: list[Skipped] | None = None,
) -> list[Article]:
    """The articles of one input; a JSONL story's id goes to ``story_ids`` when given,
    its documents whose URL gives no article to ``skipped`` (else they raise)."""
    if item == "-":
        text = _read_stdin()
        if text.lstrip().startswith("{"):
            # A JSONL story piped in: read it as one, not as article text.
            lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
            stories = [parse_story_line(line, n, "<stdin>", options, skipped) for n, line in lines]
            if len(stories) > 1:
                raise InputError(
                    f"holds {len(stories)} stories; summarize takes one",
                    where="<stdin>",
                    hint="use 'newsbrief batch' for many stories",
                )
            if story_ids is not None:
                story_ids.append(stories[0].id)
            return list(stories[0].articles)
        if looks_like_html(text):
            return [_stdin_page(text)]
        return [with_front_matter(Article(id="stdin", text=text, where="<stdin>", title_line=True))]
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
            out.extend(_load_one(str(p), options, story_ids, skipped))
        return out
    if not path.exists():
        raise InputError(NO_SUCH_PATH, where=item)
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        stories = [
            parse_story_line(line, n, item, options, skipped) for n, line in iter_jsonl_lines(item)
        ]
        if not stories:
            raise InputError(
                "holds no story",
                where=item,
                hint='a story is one line: {"id": ..., "documents": [{"id", "text"}, ...]}',
            )
        if len(stories) != 1:
            raise InputError(
                f"holds {len(stories)} stories; summarize takes one",
                where=item,
                hint="use 'newsbrief batch' for many stories",
            )
        if story_ids is not None:
            story_ids.append(stories[0].id)
        return list(stories[0].articles)
    if suffix in HTML_SUFFIXES:
        from .web import load_html_file

        return load_html_file(path, options)
    if suffix in FEED_SUFFIXES:
        from .web import load_feed_file

        return load_feed_file(path, options)
    return [read_text_file(path)]
