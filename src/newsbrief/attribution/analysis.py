"""Story analysis attached to a summary: who reported what, and where outlets disagree.

``analyse`` fills each summary sentence's ``supported_by``/``contradicted_by`` (cleaned
offsets, as everywhere in the data model) and adds JSON-ready sections to
``Summary.extras``, their offsets already mapped to the text as given:

* ``coverage``: per article, the summary sentences it supports or contradicts;
* ``single_source``: summary sentences only one article reports;
* ``disagreements``: facts on which articles conflict, each with every side's span, for
  the summary sentences and for the figures in each article's lead;
* ``quotes`` (on request): direct quotes with speakers, merged across outlets.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..model import Article, Summary, Support
from . import attribute_prepared
from .align import Attribution, StoryIndex
from .quotes import story_quotes

# Sentences of each article looked at for the story's shared and single-source facts, and
# the fewest words a sentence needs to count as a fact (not a headline or a credit line).
FACT_SENTENCES = 12
MIN_FACT_WORDS = 6
# Single-source sentences listed in markdown (JSON and HTML list them all).
MARKDOWN_SINGLE = 12
# Sentences of each article's lead checked against the other articles for conflicting
# figures: the lead carries the numbers outlets most often disagree on (death tolls).
LEAD_SENTENCES = 4


def _span(s: Support, by_id: dict[str, Article], **extra: Any) -> dict[str, Any]:
    art = by_id[s.article_id]
    start, end = art.to_raw(s.start, s.end)
    out: dict[str, Any] = {
        "document": s.article_id,
        "source": art.label,
        "start": start,
        "end": end,
    }
    out.update(extra)
    out["text"] = art.text[s.start : s.end]
    return out


def _disagreement(
    claim: str, att: Attribution, origin: Support | None, by_id: dict[str, Article]
) -> dict[str, Any]:
    why = {a: list(r) for a, r in att.reasons}
    sides = [_span(s, by_id, stance="reports", score=s.score) for s in att.supported_by]
    if origin is not None and all(s.article_id != origin.article_id for s in att.supported_by):
        sides.insert(0, _span(origin, by_id, stance="reports", score=1.0))
    sides += [
        _span(s, by_id, stance="conflicts", score=s.score, details=why.get(s.article_id, []))
        for s in att.contradicted_by
    ]
    return {"claim": claim, "sides": sides}


def analyse(summary: Summary, *, quotes: bool = False, index: StoryIndex | None = None) -> Summary:
    """The summary with supports filled in and the analysis sections in ``extras``."""
    articles = summary.articles
    by_id = {a.id: a for a in articles}
    index = index or StoryIndex(articles)
    atts = attribute_prepared(index, summary.sentences)
    sentences = tuple(
        replace(s, supported_by=a.supported_by, contradicted_by=a.contradicted_by)
        for s, a in zip(summary.sentences, atts, strict=True)
    )
    coverage = []
    for art in articles:
        sup = [i for i, a in enumerate(atts) if art.id in a.sources]
        con = [
            i for i, a in enumerate(atts) if any(c.article_id == art.id for c in a.contradicted_by)
        ]
        coverage.append(
            {"document": art.id, "source": art.label, "supports": sup, "contradicts": con}
        )
    single = [
        {
            "sentence": i,
            "document": a.supported_by[0].article_id,
            "source": by_id[a.supported_by[0].article_id].label,
        }
        for i, a in enumerate(atts)
        if len({s.article_id for s in a.supported_by}) == 1
    ]
    disagreements = []
    seen: set[tuple[str, int, int]] = set()
    for i, (s, a) in enumerate(zip(summary.sentences, atts, strict=True)):
        if a.contradicted_by:
            d = _disagreement(s.text, a, None, by_id)
            d["sentence"] = i
            disagreements.append(d)
            seen.update((x.article_id, x.start, x.end) for x in a.supported_by)
    disagreements += _lead_disagreements(index, seen, by_id)
    voting = [a for a in articles if a.id not in {d.article_id for d in summary.dropped}]
    facts = story_facts(index, voting, by_id)
    extras: list[tuple[str, object]] = list(summary.extras)
    extras += [
        ("coverage", coverage),
        ("single_source", single),
        ("disagreements", disagreements),
        ("facts", facts),
    ]
    if quotes:
        extras.append(("quotes", quotes_json(articles)))
    return replace(summary, sentences=sentences, extras=tuple(extras))


def _lead_disagreements(
    index: StoryIndex, seen: set[tuple[str, int, int]], by_id: dict[str, Article]
) -> list[dict[str, Any]]:
    """Conflicting figures, dates and names between the leads of different articles."""
    out = []
    pairs: set[frozenset[str]] = set()
    for art in index.articles:
        for k, s in enumerate(index.sentences[art.id][:LEAD_SENTENCES]):
            f = index.facts[art.id][k]
            if (art.id, s.start, s.end) in seen or not (f.quantities or f.dates):
                continue
            origin = Support(art.id, s.start, s.end, 1.0, s.text)
            att = index.attribute(s.text, source=origin)
            if not att.contradicted_by:
                continue
            key = frozenset({art.id} | {c.article_id for c in att.contradicted_by})
            if key in pairs:
                continue  # the same two outlets already shown disagreeing on their leads
            pairs.add(key)
            seen.add((art.id, s.start, s.end))
            out.append(_disagreement(s.text, att, origin, by_id))
    return out


def story_facts(
    index: StoryIndex, voting: list[Article], by_id: dict[str, Article]
) -> dict[str, list[dict[str, Any]]]:
    """The story's facts beyond the summary: what several outlets report, what only one does.

    Each voting article's first ``FACT_SENTENCES`` sentences (the news is in the lead) are
    attributed against the other articles. A sentence another outlet reports is a shared
    fact, listed once with every outlet's span; the rest is single-source material.
    """
    shared: list[dict[str, Any]] = []
    single: list[dict[str, Any]] = []
    covered: set[tuple[str, int]] = set()
    for art in voting:
        for s in index.sentences[art.id][:FACT_SENTENCES]:
            if (art.id, s.start) in covered or s.n_words < MIN_FACT_WORDS:
                continue
            origin = Support(art.id, s.start, s.end, 1.0, s.text)
            att = index.attribute(s.text, source=origin)
            others = [x for x in att.supported_by if x.article_id != art.id]
            if others:
                for x in others:
                    covered.update(
                        (x.article_id, t.start)
                        for t in index.sentences[x.article_id]
                        if x.start <= t.start < x.end
                    )
                shared.append(
                    {"text": s.text, "sources": [_span(x, by_id) for x in att.supported_by]}
                )
            else:
                single.append({"text": s.text, **_span(origin, by_id)})
    return {"shared": shared, "single_source": single}


def quotes_json(articles: tuple[Article, ...]) -> list[dict[str, Any]]:
    by_id = {a.id: a for a in articles}
    return [
        {"speaker": q.speaker, "text": q.text, "sources": [_span(s, by_id) for s in q.sources]}
        for q in story_quotes(articles)
    ]


def text_quotes(summary: Summary) -> list[str]:
    """``--quotes`` in plain text output: speaker, quote and every outlet carrying it."""
    quotes = dict(summary.extras).get("quotes")
    if not quotes:
        return []
    lines = ["", "Quotes:"]
    for q in quotes:  # type: ignore[union-attr]
        srcs = ", ".join(dict.fromkeys(s["source"] for s in q["sources"]))
        lines.append(f"- {q['speaker']}: \u201c{' '.join(q['text'].split())}\u201d ({srcs})")
    return lines


def markdown_sections(summary: Summary) -> list[str]:
    """The analysis extras as markdown (empty when the summary was not analysed)."""
    extras = dict(summary.extras)
    lines: list[str] = []
    n = len(summary.sentences)
    if "coverage" in extras:
        lines += [
            "",
            "## Who reported what",
            "",
            "| source | " + " | ".join(str(i + 1) for i in range(n)) + " |",
            "|---|" + "---|" * n,
        ]
        for row in extras["coverage"]:  # type: ignore[union-attr]
            cells = [
                "✓" if i in row["supports"] else ("✗" if i in row["contradicts"] else "")
                for i in range(n)
            ]
            lines.append(f"| {_md(row['source'])} | " + " | ".join(cells) + " |")
        lines += ["", "✓ reports the sentence, ✗ contradicts it; columns are summary sentences."]
    facts = extras.get("facts") or {}
    if facts.get("shared"):  # type: ignore[union-attr]
        lines += ["", "## Reported by several outlets", ""]
        for f in facts["shared"]:  # type: ignore[index]
            srcs = ", ".join(dict.fromkeys(x["source"] for x in f["sources"]))
            lines.append(f"- {_md(f['text'])} *({_md(srcs)})*")
    if facts.get("single_source"):  # type: ignore[union-attr]
        lines += ["", "## Reported by one outlet only", ""]
        items = facts["single_source"]  # type: ignore[index]
        for f in items[:MARKDOWN_SINGLE]:
            lines.append(f"- {_md(f['text'])} *(only {_md(f['source'])})*")
        if len(items) > MARKDOWN_SINGLE:
            lines.append(f"- … and {len(items) - MARKDOWN_SINGLE} more (all in --format json)")
    if extras.get("single_source"):
        lines += ["", "## Summary sentences from a single source", ""]
        for item in extras["single_source"]:  # type: ignore[union-attr]
            text = summary.sentences[item["sentence"]].text
            lines.append(f"- {item['sentence'] + 1}. {_md(text)} — only {_md(item['source'])}")
    if extras.get("disagreements"):
        lines += ["", "## Disagreements", ""]
        for d in extras["disagreements"]:  # type: ignore[union-attr]
            lines.append(f"- **{_md(d['claim'])}**")
            for side in d["sides"]:
                what = "reports" if side["stance"] == "reports" else "says instead"
                why = f" ({', '.join(side['details'])})" if side.get("details") else ""
                lines.append(f"  - {_md(side['source'])} {what}: “{_md(side['text'])}”{why}")
    if extras.get("quotes"):
        lines += ["", "## Quotes", ""]
        for q in extras["quotes"]:  # type: ignore[union-attr]
            srcs = ", ".join(dict.fromkeys(s["source"] for s in q["sources"]))
            lines.append(f"- **{_md(q['speaker'])}**: “{_md(q['text'])}” *({_md(srcs)})*")
    return lines


# Characters that can start markup mid-line: links and images ([]!), raw HTML and
# autolinks (<>), entities (&), emphasis, code, table cells, headings, strikethrough.
# (Article text never opens a line here, so list markers need no escape.)
_MD_SPECIAL = frozenset("\\`*_[]<>#|&~!")


def escape_markdown(text: str) -> str:
    """Article text is untrusted: as markdown it must read as plain text, never as a
    link, an image, raw HTML (``<img onerror=...>``) or a table cell break."""
    return "".join("\\" + ch if ch in _MD_SPECIAL else ch for ch in " ".join(text.split()))


def markdown_link(url: str | None) -> str:
    """An autolink for http(s) URLs only; anything else (``javascript:``) as plain text."""
    if not url:
        return ""
    if url.lower().startswith(("http://", "https://")) and not any(c in url for c in "<> \n"):
        return f" <{url}>"
    return f" {escape_markdown(url)}"


_md = escape_markdown
