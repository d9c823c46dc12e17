"""A checked summary (``newsbrief attribute``) as JSON or text: per claim, who reports it."""

from __future__ import annotations

import json
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


def claims_text(atts: Sequence[ClaimAttribution]) -> str:
    lines = []
    for i, a in enumerate(atts, 1):
        lines.append(f"{i}. {a.text}")
        if not a.supported_by:
            lines.append("   UNSUPPORTED: no article reports this")
        for e in a.supported_by:
            lines.append(f"   supported by {e.source} [{e.score:.2f}]: {_one_line(e.text)}")
        for e in a.contradicted_by:
            lines.append(f"   CONTRADICTED by {e.source} ({e.explanation}): {_one_line(e.text)}")
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
