"""A checked summary (``newsbrief attribute``) as JSON or text: per claim, who reports it."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from ..errors import OptionsError
from ..model import Article, ClaimAttribution, Dropped, Evidence
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


# a sentence's end (its closing quote kept with it) or a paragraph break
_PIECE = re.compile(r"(?<=[.!?])\s+|(?<=[.!?][\"”’'])\s+|\n+")
_WORD = re.compile(r"[^\W\d_]{4,}")
_TOKEN = re.compile(r"\w+")


def _deciding_words(e: Evidence) -> set[str]:
    """The words of the evidence's side of each detail that decided the verdict: those
    that conflict on a contradiction ("not arrested", "24 people"), those that agree on
    a support ("Friday" for a claimed "Nov. 20")."""
    conflicts = [d for d in e.details if d.status == "conflicts"]
    chosen = conflicts or [d for d in e.details if d.status == "agrees"]
    return {w.lower() for d in chosen for w in _TOKEN.findall(d.evidence)}


def _snippet(claim: str, e: Evidence, limit: int = 160) -> str:
    """The evidence on one line, showing the words that decided: it opens at the
    sentence holding most of the deciding details' words (:func:`_deciding_words`),
    then most of the claim's words, and a sentence longer than the line is cut around
    those words. Why: a window of two or three sentences may open on one that only
    leads up to the fact, and a line cut from the front would then hide the denial
    ("We have not arrested anyone") that made the verdict ("… " marks a skip)."""
    flat = " ".join(e.text.split())
    if len(flat) <= limit:
        return flat
    deciding = _deciding_words(e)
    wanted = {w.lower() for w in _WORD.findall(claim)}
    pieces = [" ".join(p.split()) for p in _PIECE.split(e.text) if p and p.strip()]

    def score(piece: str) -> tuple[int, int]:
        tokens = {w.lower() for w in _TOKEN.findall(piece)}
        return len(deciding & tokens), len(wanted & tokens)

    scores = [score(p) for p in pieces]
    best = max(range(len(pieces)), key=lambda k: (scores[k], -k), default=0)
    if best and scores[best] == scores[0]:
        best = 0  # the window's own opening says it as well
    rest = " ".join(pieces[best:])
    lead = "… " if best else ""
    piece = pieces[best] if pieces else rest
    if len(lead) + len(piece) > limit and deciding:
        # a sentence longer than the line: centred on its deciding words
        at = [m.start() for m in _TOKEN.finditer(piece) if m.group().lower() in deciding]
        if at:
            middle = (at[0] + at[-1]) // 2
            cut = max(0, min(middle - limit // 2, len(piece) - limit + 2))
            if cut > 0:
                cut = piece.find(" ", cut) + 1 or cut
                rest, lead = " ".join([piece[cut:], *pieces[best + 1 :]]), "… "
    return _one_line(lead + rest, limit)


def _who(e: Evidence) -> str:
    """The outlet and the article: ``APW19981101.0536`` (an LDC id names its wire),
    ``Valley News (valley-2)``; lines of two articles of one outlet must not read alike."""
    if e.article_id == e.source or not e.article_id:
        return e.source
    if e.article_id.lower().startswith(e.source.lower()):
        return e.article_id
    return f"{e.source} ({e.article_id})"


def claims_text(atts: Sequence[ClaimAttribution]) -> str:
    lines = []
    for i, a in enumerate(atts, 1):
        lines.append(f"{i}. {a.text}")
        if not a.supported_by:
            lines.append("   UNSUPPORTED: no article reports this")
        for e in a.supported_by:
            shown = _snippet(a.text, e)
            lines.append(f"   supported by {_who(e)} [{e.score:.2f}]: {shown}")
            # a detail the article states in another sentence: where, so the reader
            # can check it (characters of the article as given)
            away = [f"{d.explanation} [{d.span[0]}:{d.span[1]}]" for d in e.details if d.span]
            if away:
                lines.append(f"     with {'; '.join(away)}")
        for e in a.contradicted_by:
            shown = _snippet(a.text, e)
            lines.append(f"   CONTRADICTED by {_who(e)} ({e.explanation}): {shown}")
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
