"""Render stage: a Summary as text, markdown or JSON (the JSON is the batch contract)."""

from __future__ import annotations

import json
from typing import Any

from ..errors import OptionsError
from ..model import Article, Summary, SummarySentence, Support

FORMATS = ("text", "markdown", "json")


def article_dict(a: Article) -> dict[str, Any]:
    return {
        "id": a.id,
        "title": a.title,
        "source": a.source,
        "url": a.url,
        "published": a.published,
        "author": a.author,
    }


def support_dict(s: Support, articles: dict[str, Article] | None = None) -> dict[str, Any]:
    """A supporting span; offsets index the article text as the user supplied it."""
    start, end = s.start, s.end
    if articles and s.article_id in articles:
        start, end = articles[s.article_id].to_raw(s.start, s.end)
    return {"document": s.article_id, "start": start, "end": end, "score": s.score}


def sentence_dict(s: SummarySentence, articles: dict[str, Article] | None = None) -> dict[str, Any]:
    """One summary sentence; offsets index the article text as the user supplied it."""
    start, end = s.start, s.end
    if articles and s.article_id in articles:
        start, end = articles[s.article_id].to_raw(s.start, s.end)
    out: dict[str, Any] = {
        "text": s.text,
        "article_id": s.article_id,
        "start": start,
        "end": end,
        "score": s.score,
    }
    if s.supported_by:
        out["supported_by"] = [support_dict(x, articles) for x in s.supported_by]
    if s.contradicted_by:
        out["contradicted_by"] = [support_dict(x, articles) for x in s.contradicted_by]
    return out


def summary_dict(summary: Summary) -> dict[str, Any]:
    by_id = {a.id: a for a in summary.articles}
    out: dict[str, Any] = {
        "id": summary.story_id,
        "summary": summary.text,
        "sentences": [sentence_dict(s, by_id) for s in summary.sentences],
        "articles": [article_dict(a) for a in summary.articles],
        "dropped": [
            {"id": d.article_id, "reason": d.reason, "duplicate_of": d.duplicate_of}
            for d in summary.dropped
        ],
        "method": summary.method,
        "words": summary.words,
    }
    for key, value in summary.extras:
        out[key] = value
    return out


def render_text(summary: Summary) -> str:
    from ..attribution.analysis import text_quotes

    lines = [s.text for s in summary.sentences] + text_quotes(summary)  # --quotes
    return "\n".join(lines) + "\n"


def render_markdown(summary: Summary) -> str:
    from ..attribution.analysis import escape_markdown as md
    from ..attribution.analysis import markdown_link

    # article text, titles and ids are untrusted: escaped so they never form links or HTML
    labels = {a.id: md(a.label) for a in summary.articles}
    titles = {a.id: md(a.title) if a.title else a.title for a in summary.articles}
    lines = ["# Summary", ""]
    for s in summary.sentences:
        sources = [s.article_id] + [
            x.article_id for x in s.supported_by if x.article_id != s.article_id
        ]
        names = ", ".join(dict.fromkeys(labels.get(a, a) for a in sources))
        against = ", ".join(dict.fromkeys(labels.get(x.article_id, x.article_id)
                                          for x in s.contradicted_by))
        flag = f" **⚠ contradicted by {against}**" if against else ""
        lines.append(f"- {md(s.text)} *({names})*{flag}")
    from ..attribution.analysis import markdown_sections

    lines += markdown_sections(summary)
    lines += ["", "## Sources", ""]
    for a in summary.articles:
        title = f" — {titles[a.id]}" if titles.get(a.id) else ""
        when = f", {md(a.published)}" if a.published else ""
        link = markdown_link(a.url)
        lines.append(f"- **{labels[a.id]}**{title}{when}{link}")
    for d in summary.dropped:
        why = f"duplicate of {d.duplicate_of}" if d.duplicate_of else d.reason
        lines.append(f"- {md(d.article_id)}: not used ({md(why or '')})")
    return "\n".join(lines) + "\n"


def render_json(summary: Summary) -> str:
    return json.dumps(summary_dict(summary), ensure_ascii=False, indent=2) + "\n"


def render(summary: Summary, fmt: str = "text") -> str:
    if fmt == "text":
        return render_text(summary)
    if fmt == "markdown":
        return render_markdown(summary)
    if fmt == "json":
        return render_json(summary)
    if fmt == "html":
        from .html import render_html

        return render_html(summary)
    raise OptionsError(f"unknown format {fmt!r}", hint="choose text, markdown, json or html")
