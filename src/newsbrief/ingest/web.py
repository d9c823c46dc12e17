"""HTML pages, URLs and feeds. Not supported yet in this build: each entry point says so."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import InputError
from . import RawDocument


def _unsupported(kind: str, where: str) -> InputError:
    return InputError(
        f"{kind} input is not supported yet",
        where=where,
        hint="save the article text as a .txt file",
    )


def load_url(url: str) -> list[RawDocument]:
    raise _unsupported("URL", url)


def load_html_file(path: Path) -> list[RawDocument]:
    raise _unsupported("HTML", str(path))


def load_feed_file(path: Path) -> list[RawDocument]:
    raise _unsupported("RSS/Atom feed", str(path))


def document_from_json_web(obj: dict[str, Any], doc_id: str, where: str) -> RawDocument:
    raise _unsupported("'html'/'url' document", where)
