"""HTML report: one self-contained page where every summary sentence links to its sources.

Each summary sentence lists the articles that report it; each name links to the span in
that article, highlighted in the full text below (green when it reports the sentence, red
when it contradicts it). Disagreements are shown in their own box at the top.

Article text, titles, ids and URLs are untrusted input. Everything is HTML-escaped,
element ids are generated (never taken from input), only ``http(s)`` URLs become links,
and a Content-Security-Policy forbids every script, so nothing from an article can run.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from itertools import pairwise

from ..model import (
    Article,
    Development,
    Disagreement,
    Evidence,
    Fact,
    Quote,
    SourceCoverage,
    Summary,
    SummarySentence,
)

_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

_STYLE = """
body { font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem;
       color: #222; }
h1, h2, h3 { line-height: 1.2; }
h1 { unicode-bidi: plaintext; }  /* an article's headline, in its own direction */
ol.summary li { margin: .6rem 0; }
.sources, .meta { font-size: .85rem; color: #555; }
.sources a { margin-right: .4rem; }
.single { font-size: .75rem; background: #fff3cd; border-radius: 3px; padding: 0 .3rem; }
li.disputed { border-left: 4px solid #c0392b; padding-left: .5rem; }
.against { color: #c0392b; font-weight: 600; }
.disagreements { border: 2px solid #c0392b; background: #fdf2f1; padding: .5rem 1rem;
                 border-radius: 6px; }
.disagreements .conflicts { color: #c0392b; }
table.coverage { border-collapse: collapse; }
table.coverage td, table.coverage th { border: 1px solid #ccc; padding: .2rem .5rem;
                                       text-align: center; }
article { border-top: 1px solid #ddd; margin-top: 1.5rem; }
.text { white-space: pre-wrap; }
mark.sup { background: #d4f5d4; }
mark.con { background: #f8c9c4; }
mark:target, .anchor:target + mark { outline: 2px solid #333; }
blockquote { margin: .5rem 0 .5rem 1rem; border-left: 3px solid #ccc; padding-left: .5rem; }
"""


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _auto(text: str) -> str:
    """Text taken from an article, its direction read from its own letters: an Arabic or
    Hebrew sentence is laid out right to left, full stop on its left, on an English page."""
    return f'<span dir="auto">{_e(text)}</span>'


def _link(url: str | None) -> str:
    if not url:
        return ""
    clean = url.strip()
    if clean.lower().startswith(("http://", "https://")) and not any(c in clean for c in "\n\r\t"):
        return f'<a href="{_e(clean)}" rel="noopener noreferrer nofollow">{_e(clean)}</a>'
    return f"<span>{_e(clean)}</span>"


def _highlighted(art: Article, spans: list[tuple[int, int, str, str]]) -> str:
    """The article text with ``(start, end, kind, anchor)`` spans marked; kind sup/con."""
    text = art.text
    cuts = {0, len(text)}
    for start, end, _, _ in spans:
        cuts.update((max(0, min(start, len(text))), max(0, min(end, len(text)))))
    bounds = sorted(cuts)
    out: list[str] = []
    for b0, b1 in pairwise(bounds):
        for start, _end, _kind, anchor in spans:
            if start == b0:
                out.append(f'<span class="anchor" id="{anchor}"></span>')
        covering = [s for s in spans if s[0] <= b0 and s[1] >= b1 and s[0] < s[1]]
        piece = _e(text[b0:b1])
        if covering:
            kind = "con" if any(s[2] == "con" for s in covering) else "sup"
            out.append(f'<mark class="{kind}">{piece}</mark>')
        else:
            out.append(piece)
    return "".join(out)


def _clean(e: Evidence | SummarySentence) -> tuple[int, int] | None:
    """Where to highlight: the span in the cleaned text shown (None if not known)."""
    return (e.clean.start, e.clean.end) if e.clean is not None else None


def render_html(summary: Summary) -> str:
    arts = list(summary.articles)
    index = {a.id: i for i, a in enumerate(arts)}
    spans: dict[str, list[tuple[int, int, str, str]]] = {a.id: [] for a in arts}
    from . import article_names, beyond_summary, story_heading

    head = story_heading(summary)
    # a link per article: its outlet, or the article when several share the outlet
    names = article_names(arts)
    body: list[str] = [
        f"<h1>{_e(head.title)}</h1>",
        f'<p class="meta">{_e(head.line)}</p>',
    ]
    body += ["<h2>Summary</h2>", '<ol class="summary">']
    # the analysis decides what is single-source (one outlet, however many of its
    # articles), so the badge and the JSON's ``single_source`` never disagree
    only = (
        {x.sentence: x.source for x in summary.analysis.single_source} if summary.analysis else {}
    )
    for k, s in enumerate(summary.sentences, 1):
        # not analysed: the sentence's own article is still its source
        support: list[Evidence | SummarySentence] = list(s.supported_by) or [s]
        links = []
        for x in support:
            span = _clean(x)
            if x.article_id not in index or span is None:
                continue
            anchor = f"s{k}-a{index[x.article_id]}"
            spans[x.article_id].append((*span, "sup", anchor))
            links.append(f'<a href="#{anchor}">{_e(names[x.article_id])}</a>')
        against = []
        for e in s.contradicted_by:
            span = _clean(e)
            if e.article_id not in index or span is None:
                continue
            anchor = f"c{k}-a{index[e.article_id]}"
            spans[e.article_id].append((*span, "con", anchor))
            against.append(f'<a href="#{anchor}">{_e(names[e.article_id])}</a>')
        cls = ' class="disputed"' if against else ""
        single = (
            f' <span class="single">single source: <bdi>{_e(only[k - 1])}</bdi></span>'
            if k - 1 in only
            else ""
        )
        line = f'<li id="s{k}"{cls}>{_auto(s.text)}{single}<div class="sources">reported by: '
        line += " ".join(links)
        if against:
            line += ' <span class="against">⚠ contradicted by: ' + " ".join(against) + "</span>"
        body.append(line + "</div></li>")
    body.append("</ol>")
    a = summary.analysis
    if a is not None:
        body += _disagreements(a.disagreements, names)
        body += _coverage(a.coverage, len(summary.sentences), article_names(arts))
        body += _developments(a.developments, {x.id: x.label for x in arts})
        # a summary sentence is said once: its "only" badge above, not again as a fact
        body += _facts(
            beyond_summary(summary, a.shared_facts),
            beyond_summary(summary, a.single_source_facts),
        )
        body += _quotes(a.quotes or ())
    body.append("<h2>Articles</h2>")
    for i, art in enumerate(arts):
        title = f" — {_auto(art.title)}" if art.title else ""
        meta = " · ".join(
            x for x in (_e(art.published) if art.published else "", _link(art.url)) if x
        )
        body.append(f'<article id="a{i}"><h3>{_e(names[art.id])}{title}</h3>')
        if meta:
            body.append(f"<p>{meta}</p>")
        body.append(
            f'<div class="text" dir="auto">{_highlighted(art, spans[art.id])}</div></article>'
        )
    for d in summary.dropped:
        why = f"duplicate of {d.duplicate_of}" if d.duplicate_of else d.reason
        body.append(f"<p>{_e(d.article_id)}: not used ({_e(why)})</p>")
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
        '<meta name="referrer" content="no-referrer">'
        f"<title>{_e(head.title)}</title><style>{_STYLE}</style>"
        "</head><body>\n" + "\n".join(body) + "\n</body></html>\n"
    )


def _disagreements(items: Sequence[Disagreement], each: dict[str, str]) -> list[str]:
    """``each``: every article's name (its outlet, or its id when it shares the outlet)."""
    if not items:
        return []
    out = ['<section class="disagreements"><h2>⚠ Where the sources disagree</h2><ul>']
    for d in items:
        out.append(f'<li><strong dir="auto">{_e(d.claim)}</strong><ul>')
        for e in d.reports:
            who = _e(each.get(e.article_id, e.source))
            out.append(f'<li class="reports">{who} reports: “{_auto(e.text)}”</li>')
        for e in d.conflicts:
            why = f" ({_auto(e.explanation)})" if e.explanation else ""
            out.append(
                f'<li class="conflicts">{_e(each.get(e.article_id, e.source))} says instead: '
                f"“{_auto(e.text)}”{why}</li>"
            )
        out.append("</ul></li>")
    out.append("</ul></section>")
    return out


def _coverage(rows: Sequence[SourceCoverage], n: int, names: dict[str, str]) -> list[str]:
    if not rows:
        return []
    head = "".join(f'<th><a href="#s{k}">{k}</a></th>' for k in range(1, n + 1))
    out = [
        "<h2>Who reported what</h2>",
        '<table class="coverage">',
        f"<tr><th>source</th>{head}</tr>",
    ]
    for r in rows:
        cells = "".join(
            "<td>✓</td>"
            if i in r.supports
            else ('<td class="against">✗</td>' if i in r.contradicts else "<td></td>")
            for i in range(n)
        )
        out.append(f"<tr><th>{_e(names.get(r.article_id, r.source))}</th>{cells}</tr>")
    out.append("</table><p>✓ reports the summary sentence, ✗ contradicts it.</p>")
    return out


def _developments(items: Sequence[Development], labels: dict[str, str]) -> list[str]:
    if not items:
        return []
    from . import development_line

    out = ["<h2>How the figures developed</h2><ul>"]
    out += [f"<li>{_e(development_line(d, labels))}</li>" for d in items]
    out.append("</ul>")
    return out


def _facts(shared: Sequence[Fact], single: Sequence[Fact]) -> list[str]:
    from . import outlets_line

    out: list[str] = []
    if shared:
        out.append("<h2>Reported by several outlets</h2><ul>")
        for f in shared:
            srcs = _e(outlets_line(f.sources))
            out.append(f'<li>{_auto(f.text)} <span class="sources">({srcs})</span></li>')
        out.append("</ul>")
    if single:
        out.append("<h2>Reported by one outlet only</h2><ul>")
        for f in single:
            srcs = _e(outlets_line(f.sources))
            out.append(f'<li>{_auto(f.text)} <span class="single">only {srcs}</span></li>')
        out.append("</ul>")
    return out


def _quotes(quotes: Sequence[Quote]) -> list[str]:
    if not quotes:
        return []
    from . import quote_shown

    out = ["<h2>Quotes</h2>"]
    for q in quotes:
        srcs = ", ".join(dict.fromkeys(_e(e.source) for e in q.sources))
        before, words, _ = quote_shown(q.text)
        # a partial quote with its subject is the writer's words, its marks its own
        shown = f"“{_auto(words)}”" if before == "“" else _auto(q.text)
        out.append(
            f"<blockquote>{shown}<br><strong>{_e(q.speaker)}</strong>"
            f' <span class="sources">({srcs})</span></blockquote>'
        )
    return out
