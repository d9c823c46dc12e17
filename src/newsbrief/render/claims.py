"""A checked summary (``newsbrief attribute``) as JSON or text: per claim, who reports it."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from ..errors import OptionsError
from ..model import Article, ClaimAttribution, Dropped
from . import article_dict, dropped_dict, evidence_dict


def claim_dict(a: ClaimAttribution) -> dict[str, Any]:
    return {
        "text": a.text,
        "supported": a.supported,
        "supported_by": [evidence_dict(e) for e in a.supported_by],
        "contradicted_by": [evidence_dict(e) for e in a.contradicted_by],
    }


def claims_dict(
    atts: Sequence[ClaimAttribution],
    articles: Sequence[Article],
    dropped: Sequence[Dropped] = (),
) -> dict[str, Any]:
    """``dropped``: the articles not searched (as summarize's JSON lists them)."""
    return {
        "sentences": [claim_dict(a) for a in atts],
        "articles": [article_dict(a) for a in articles],
        "dropped": [dropped_dict(d) for d in dropped],
    }


def _one_line(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


_PIECE = re.compile(r"(?<=[.!?])[\"”’']?\s+|\n+")
_WORD = re.compile(r"[^\W\d_]{4,}")


def _snippet(claim: str, text: str, limit: int = 160) -> str:
    """The evidence on one line, opening at its sentence that shares most words with
    the claim: a window of two or three sentences may open on one that only leads up
    to the fact, and a cut line would then show the wrong part ("… " marks the skip)."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    wanted = {w.lower() for w in _WORD.findall(claim)}
    pieces = [p for p in _PIECE.split(text) if p and p.strip()]
    shared = [len(wanted & {w.lower() for w in _WORD.findall(p)}) for p in pieces]
    best = max(range(len(pieces)), key=lambda k: (shared[k], -k), default=0)
    if best == 0 or not shared[best] or shared[best] == shared[0]:
        return _one_line(text, limit)
    rest = " ".join(" ".join(pieces[best:]).split())
    return _one_line("… " + rest, limit)


def claims_text(atts: Sequence[ClaimAttribution]) -> str:
    lines = []
    for i, a in enumerate(atts, 1):
        lines.append(f"{i}. {a.text}")
        if not a.supported_by:
            lines.append("   UNSUPPORTED: no article reports this")
        for e in a.supported_by:
            shown = _snippet(a.text, e.text)
            lines.append(f"   supported by {e.source} [{e.score:.2f}]: {shown}")
        for e in a.contradicted_by:
            shown = _snippet(a.text, e.text)
            lines.append(f"   CONTRADICTED by {e.source} ({e.explanation}): {shown}")
    return "\n".join(lines) + "\n"


def render_claims(
    atts: Sequence[ClaimAttribution],
    articles: Sequence[Article],
    fmt: str = "text",
    dropped: Sequence[Dropped] = (),
) -> str:
    if fmt == "json":
        data = claims_dict(atts, articles, dropped)
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if fmt == "text":
        return claims_text(atts)
    raise OptionsError(f"unknown format {fmt!r}", hint="choose text or json")
