"""Markdown report: the summary with its sources, then the story analysis sections.

Article text, titles and ids are untrusted: everything is escaped so it never forms a
link, an image, raw HTML or a table cell break.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Fact, StoryAnalysis, Summary

# Single-source facts listed in markdown (JSON and HTML list them all).
MARKDOWN_SINGLE = 12
# Shared facts listed in a digest's entry (``brief``): a briefing names the main ones.
BRIEF_FACTS = 5

# Characters that can start markup mid-line: links and images ([]; "!" only opens an
# image before "[", which is escaped, so quotes keep their "!" readable), raw HTML and
# autolinks (<>), entities (&), emphasis, code, table cells, headings, strikethrough.
_MD_SPECIAL = frozenset("\\`*_[]<>#|&~")
# What opens a block when it starts a list item's text ("1999. The...", "- ", "+ ", "=").
_BLOCK_START = re.compile(r"^(\d{1,9})([.)])(?=\s|$)|^([-+=])")


def escape_markdown(text: str) -> str:
    """Article text is untrusted: as markdown it must read as plain text, never as a
    link, an image, raw HTML (``<img onerror=...>``) or a table cell break."""
    out = "".join("\\" + ch if ch in _MD_SPECIAL else ch for ch in " ".join(text.split()))
    # Text may open a list item's content: a leading "1999." or "-" would nest a list there.
    return _BLOCK_START.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", out)


def markdown_link(url: str | None) -> str:
    """An autolink for http(s) URLs only; anything else (``javascript:``) as plain text."""
    if not url:
        return ""
    if url.lower().startswith(("http://", "https://")) and not any(c in url for c in "<> \n"):
        return f" <{url}>"
    return f" {escape_markdown(url)}"


_md = escape_markdown


def render_markdown(summary: Summary, header: bool = True, brief: bool = False) -> str:
    """Title and date/outlet line, the summary as a numbered list (the numbers the "who
    reported what" columns use), the analysis sections, the sources; ``brief`` is a
    digest's entry (see :func:`analysis_sections`; sources one line per outlet)."""
    from . import article_names, sentence_days

    labels = {a.id: _md(a.label) for a in summary.articles}
    each = article_names(summary.articles)
    if header:
        from . import story_heading

        head = story_heading(summary)
        lines = [f"# {_md(head.title)}", "", f"*{_md(head.line)}*", "", "## Summary", ""]
    else:
        lines = ["# Summary", ""]
    # a briefing's sentences from articles of several days say their article's day
    days = sentence_days(summary) if brief else None
    for k, s in enumerate(summary.sentences, 1):
        sources = [s.article_id] + [
            x.article_id for x in s.supported_by if x.article_id != s.article_id
        ]
        names = ", ".join(dict.fromkeys(labels.get(a, _md(a)) for a in sources))
        if days and days[k - 1]:
            names += f"; {days[k - 1]}"
        # an article of the sentence's own outlet may contradict it: named by its id then
        against = ", ".join(
            dict.fromkeys(_md(each.get(x.article_id, x.article_id)) for x in s.contradicted_by)
        )
        flag = f" **⚠ contradicted by {against}**" if against else ""
        lines.append(f"{k}. {_md(s.text)} *({names})*{flag}")
    if summary.analysis is not None:
        lines += analysis_sections(summary, summary.analysis, brief)
    lines += ["", "## Sources", ""]
    per_article = article_names(summary.articles)
    if brief:
        lines += brief_sources(summary)
        return "\n".join(lines) + "\n"
    for a in summary.articles:
        title = f" — {_md(a.title)}" if a.title else ""
        when = f", {_md(a.published)}" if a.published else ""
        lines.append(f"- **{_md(per_article[a.id])}**{title}{when}{markdown_link(a.url)}")
    for d in summary.dropped:
        why = f"duplicate of {d.duplicate_of}" if d.duplicate_of else d.reason
        lines.append(f"- {_md(d.article_id)}: not used ({_md(why or '')})")
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class SourceItem:
    """One article as a briefing's source line names it; ``day`` only when its id does
    not already spell it."""

    id: str
    title: str | None
    day: str | None
    url: str | None
    copy_of: str | None = None  # a near-copy set aside: the article it repeats


# What a briefing page says of the shared facts it does not list: in words a reader of
# the page understands, not the option that shows them (``--format json``).
MORE_IN_JSON = "(listed in the digest's JSON form)"


def source_groups(summary: Summary) -> list[tuple[str, list[SourceItem]]]:
    """A briefing's sources by outlet, articles in date order (undated ones after, in
    input order), so an id named in a disagreement is found under its outlet: what the
    markdown, text and HTML briefings all list. A date the id already spells
    (``APW19981005.1097`` for 1998-10-05) is not said again: a briefing line of ten
    articles should not read every day twice. Date order, not input order: a story
    store keeps its articles in arrival order, and its digest listed them so (11-23,
    11-24, 12-02, 11-22, ...) where a digest of the same files listed them by date."""
    from . import set_aside

    aside = set_aside(summary)
    groups: dict[str, list[SourceItem]] = {}
    for a in sorted(summary.articles, key=lambda a: (not a.published, a.published or "")):
        day = (a.published or "")[:10]
        said = bool(day) and day.replace("-", "") in a.id
        item = SourceItem(a.id, a.title, day if day and not said else None, a.url, aside.get(a.id))
        groups.setdefault(a.label, []).append(item)
    return list(groups.items())


def count_articles(n: int) -> str:
    return f"{n} article{'s' if n != 1 else ''}"


def group_count(items: Sequence[SourceItem]) -> str:
    """An outlet's articles as its source line counts them: the articles read, and the
    near-copies set aside apart ("6 articles, +2 near-copies set aside"), as the
    digest's and the heading's counts say (``render.set_aside``)."""
    from . import near_copies_apart

    near = sum(1 for i in items if i.copy_of)
    count = count_articles(len(items) - near)
    return count + (f", +{near_copies_apart(near)}" if near else "")


def item_note(item: SourceItem) -> str:
    """What a source line says after a near-copy's id: `` (near-copy of X)``."""
    return f" (near-copy of {item.copy_of})" if item.copy_of else ""


def brief_sources(summary: Summary) -> list[str]:
    """A briefing's sources (:func:`source_groups`) in markdown: one line per outlet."""
    out = []
    for outlet, items in source_groups(summary):
        ids = [
            f"{_md(i.id)}{f' ({_md(i.day)})' if i.day else ''}{markdown_link(i.url)}"
            + (" " + _md(item_note(i)) if i.copy_of else "")  # _md drops the leading space
            for i in items
        ]
        out.append(f"- **{_md(outlet)}** ({group_count(items)}): " + ", ".join(ids))
    return out


def brief_facts(summary: Summary, facts: Sequence[Fact]) -> list[Fact]:
    """The shared facts a briefing shows: not a summary sentence again (the reader just
    read it) and none that leans on a sentence the reader never got ("But the talks are
    not over yet.", "Both had left the firm by then."): the summary's own
    stand-alone test (:func:`newsbrief.eligible.dependency`)."""
    from ..eligible import dependency
    from ..model import Sentence

    shown = {" ".join(s.text.split()) for s in summary.sentences}
    out = []
    for f in facts:
        text = " ".join(f.text.split())
        if text in shown or dependency(Sentence("", 0, len(text), text, 1, 0)) is not None:
            continue
        out.append(f)
    return out


def dispute_lines(summary: Summary, a: StoryAnalysis) -> list[str]:
    """Each disagreement in one line: the claim (cut at a clause boundary), who reports
    it, who says otherwise and what differs, in reader words; articles are named by
    outlet, or by id when several articles of one outlet are involved. The same
    difference from the same outlets, told by overlapping articles, is said once: two
    claims stating one toll ("Twelve people died ...", "Twelve people died in the flood")
    are one disagreement."""
    from . import article_names, clause_trim

    each = article_names(summary.articles)
    lines = []
    seen: list[tuple[set[str], str, str]] = []
    for d in a.disagreements:
        reports = ", ".join(dict.fromkeys(each.get(e.article_id, e.source) for e in d.reports))
        conflicts = ", ".join(dict.fromkeys(each.get(e.article_id, e.source) for e in d.conflicts))
        why = "; ".join(dict.fromkeys(e.explanation for e in d.conflicts if e.explanation))
        reporters = {e.article_id for e in d.reports}
        # one difference said of one fact: the same conflict from the same outlets, told by
        # overlapping articles (another claim's articles make it another disagreement)
        if why and any(r & reporters and (c, w) == (conflicts, why) for r, c, w in seen):
            continue
        seen.append((reporters, conflicts, why))
        claim = clause_trim(" ".join(d.claim.split()), 24)
        verb = "says" if len({e.article_id for e in d.conflicts}) == 1 else "say"
        lines.append(
            f"“{claim}” ({reports}); {conflicts} {verb} otherwise" + (f": {why}" if why else "")
        )
    return lines


def analysis_sections(summary: Summary, a: StoryAnalysis, brief: bool = False) -> list[str]:
    """The analysis as markdown sections; ``brief`` (a digest's entry) leaves out the
    who-reported-what table (each sentence already names its outlets) and the
    one-outlet facts, and lists at most :data:`BRIEF_FACTS` shared facts."""
    from . import article_names

    lines: list[str] = []
    n = len(summary.sentences)
    # two articles of one outlet may disagree: then each is named by its id
    each = article_names(summary.articles)
    if a.coverage and not brief:
        lines += [
            "",
            "## Who reported what",
            "",
            "| source | " + " | ".join(str(i + 1) for i in range(n)) + " |",
            "|---|" + "---|" * n,
        ]
        from . import article_names

        rows = article_names(summary.articles)
        for row in a.coverage:
            cells = [
                "✓" if i in row.supports else ("✗" if i in row.contradicts else "")
                for i in range(n)
            ]
            name = rows.get(row.article_id, row.source)
            lines.append(f"| {_md(name)} | " + " | ".join(cells) + " |")
        lines += ["", "✓ reports the sentence, ✗ contradicts it; columns are summary sentences."]
    from . import beyond_summary, outlets_line

    shared = beyond_summary(summary, a.shared_facts)
    if brief:
        shared = brief_facts(summary, shared)
    if shared:
        lines += ["", "## Reported by several outlets", ""]
        for f in shared[: BRIEF_FACTS if brief else None]:
            lines.append(f"- {_md(f.text)} *({_md(outlets_line(f.sources))})*")
        more = len(shared) - BRIEF_FACTS
        if brief and more > 0:
            lines.append(f"- … and {more} more {MORE_IN_JSON}")
    # a summary sentence is said once: under "Summary sentences from a single source"
    single = [] if brief else beyond_summary(summary, a.single_source_facts)
    if single:
        lines += ["", "## Reported by one outlet only", ""]
        for f in single[:MARKDOWN_SINGLE]:
            lines.append(f"- {_md(f.text)} *(only {_md(outlets_line(f.sources))})*")
        more = len(single) - MARKDOWN_SINGLE
        if more > 0:
            lines.append(f"- … and {more} more (all in --format json)")
    if a.single_source and not brief:  # a digest names each sentence's outlets already
        lines += ["", "## Summary sentences from a single source", ""]
        for item in a.single_source:
            text = summary.sentences[item.sentence].text
            # "- 1. text" would open an ordered list inside the bullet: say "sentence 1".
            lines.append(f"- sentence {item.sentence + 1}: {_md(text)} — only {_md(item.source)}")
    if a.disagreements and brief:
        lines += ["", "## Disagreements", ""]
        lines += [f"- {_md(line)}" for line in dispute_lines(summary, a)]
    elif a.disagreements:
        lines += ["", "## Disagreements", ""]
        for d in a.disagreements:
            lines.append(f"- **{_md(d.claim)}**")
            for e in d.reports:
                lines.append(
                    f"  - {_md(each.get(e.article_id, e.source))} reports: “{_md(e.text)}”"
                )
            for e in d.conflicts:
                why = f" ({_md(e.explanation)})" if e.explanation else ""
                who = _md(each.get(e.article_id, e.source))
                lines.append(f"  - {who} says instead: “{_md(e.text)}”{why}")
    if a.developments:
        lines += ["", "## How the figures developed", ""]
        from . import development_line

        labels = {x.id: x.label for x in summary.articles}
        lines += [f"- {_md(development_line(dev, labels))}" for dev in a.developments]
    if a.quotes:
        from . import quote_shown

        lines += ["", "## Quotes", ""]
        for q in a.quotes:
            srcs = ", ".join(dict.fromkeys(e.source for e in q.sources))
            shown = "".join(_md(part) for part in quote_shown(q.text))
            lines.append(f"- **{_md(q.speaker)}**: {shown} *({_md(srcs)})*")
    return lines
