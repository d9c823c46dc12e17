"""What the story page shows, built from the summary's JSON contract and the article texts.

The page is drawn from the same object ``/v1/summarize`` answers (offsets into the text
as given), so the page and the API cannot disagree. Everything here is plain data: the
Jinja2 templates escape every string, and only http(s) URLs are ever turned into links.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from itertools import pairwise
from typing import Any

from ..model import Article, outlet_name
from ..render import article_names, quote_shown


def safe_url(url: object) -> str | None:
    """An article's URL if it may become a link: http(s) only, no spaces or control chars."""
    if not isinstance(url, str):
        return None
    clean = url.strip()
    if not clean.lower().startswith(("http://", "https://")):
        return None
    if any(c.isspace() or ord(c) < 32 or c in "<>\"'`" for c in clean):
        return None
    return clean


def _named(doc: Mapping[str, Any]) -> Article:
    """An article record's naming fields as an :class:`Article` (no text needed)."""
    source = doc.get("source")
    url = doc.get("url")
    return Article(
        id=str(doc.get("id") or ""),
        text="",
        source=source if isinstance(source, str) else None,
        url=url if isinstance(url, str) else None,
    )


def outlet_named(doc: Mapping[str, Any]) -> bool:
    """Whether an article's outlet is named: by its ``source``, its URL's host or the wire
    an LDC id names. A pasted article with none (no ``source:`` line) is "named" by its
    id, ``pasted-1``, and the analysis counts it as an outlet of its own, so a page must
    not say that several outlets report what two such articles share."""
    article = _named(doc)
    return bool((article.source or "").strip()) or outlet_name(article) != article.id


def outlet_of(doc: Mapping[str, Any]) -> str:
    """An article's outlet from its JSON record, by the one rule every output uses
    (:func:`newsbrief.model.outlet_name`: source, else URL host, else wire code, else id)."""
    return outlet_name(_named(doc))


@dataclass
class Segment:
    """A run of article text with one highlight state; ``anchors`` open where it starts."""

    text: str
    kind: str | None  # "sup" (reports a summary sentence), "con" (contradicts one), None
    anchors: list[str] = field(default_factory=list)
    # links back to where the spans ending here are linked from (a summary sentence, a
    # disagreement, a figure, a fact), shown after the segment
    backs: list[Link] = field(default_factory=list)


@dataclass
class Link:
    label: str
    href: str


@dataclass
class PageArticle:
    anchor: str
    id: str
    label: str
    title: str | None
    url: str | None  # None unless http(s)
    url_text: str | None  # a refused URL is still shown, as text
    published: str | None
    author: str | None
    segments: list[Segment]


@dataclass
class PageSentence:
    number: int
    text: str
    sources: list[Link]
    against: list[Link]
    single: str | None  # the one outlet when only one reports it


@dataclass
class Side:
    source: str
    stance: str  # "reports" | "conflicts"
    text: str
    details: list[str]
    href: str | None


@dataclass
class Disagreement:
    claim: str
    sides: list[Side]


@dataclass
class Step:
    value: str
    source: str
    published: str | None
    href: str | None


@dataclass
class Development:
    """A figure that changed as the story unfolded (not a disagreement between outlets)."""

    quantity: str
    steps: list[Step]


@dataclass
class Page:
    title: str
    story_id: str
    sentences: list[PageSentence]
    disagreements: list[Disagreement]
    developments: list[Development]
    shared: list[tuple[str, list[str]]]
    single_facts: list[tuple[str, str, str | None]]
    quotes: list[tuple[str, str, list[str]]]
    articles: list[PageArticle]
    dropped: list[tuple[str, str]]
    timeline: Timeline | None
    outlets: list[str]
    updated: str | None = None
    # the outlet, when every article is from one: a note says so once, instead of a list
    # of "reported by one outlet only" facts that would be every sentence of the story
    one_outlet: str | None = None
    # the kinds of highlight the article texts hold ("sup", "con", "one"), in that order:
    # the legend names only these (a reader met green and yellow spans with no key)
    marks: list[str] = field(default_factory=list)
    # why the summary is empty, when it is (``core.why_empty``)
    why_empty: str | None = None
    empty_kind: str | None = None
    # articles with no outlet named (a paste without ``source:``): each counts as an
    # outlet of its own, so the page speaks of articles and sources, not outlets
    unnamed: int = 0
    named_outlets: list[str] = field(default_factory=list)


# How much of a story's page is open at first (the pages run no script: ``<details>``
# folds the rest, a click unfolds it, and a link into a folded article unfolds it). A
# DUC story's page was 23,000 px: 53 one-outlet facts and ten full texts before its end.
# A list of more facts or quotes than LONG_LIST is folded under a line that counts them
# (eight fit a laptop screen beside the heading); the article texts are open only in a
# story of at most OPEN_ARTICLES articles (a paste of two is read whole, as before).
LONG_LIST = 8
OPEN_ARTICLES = 2

# What each highlight kind means, as the legend above the article texts says it.
MARK_MEANINGS = {
    "sup": "reports a summary sentence",
    "con": "contradicts a summary sentence",
    "one": "reported by this outlet only",
}
# ... on a page some of whose articles name no outlet (each counts as a source of its own)
MARK_MEANINGS_UNNAMED = {**MARK_MEANINGS, "one": "reported by this source only"}


def build_page(
    data: Mapping[str, Any],
    texts: Mapping[str, str],
    *,
    title: str | None = None,
    updated: str | None = None,
    why_empty: str | None = None,
    empty_kind: str | None = None,
) -> Page:
    """The story page's content from ``summary_dict`` output and each article's text."""
    arts: list[dict[str, Any]] = list(data.get("articles") or [])
    index = {a["id"]: i for i, a in enumerate(arts)}
    labels = {a["id"]: outlet_of(a) for a in arts}
    # An article's own heading: its outlet, or the article when several share the outlet.
    names = article_names([_named(a) for a in arts])
    spans: dict[str, list[tuple[int, int, str, str]]] = {a["id"]: [] for a in arts}

    def mark(doc: str, start: int, end: int, kind: str, anchor: str) -> str | None:
        if doc not in index:
            return None
        spans[doc].append((start, end, kind, anchor))
        return f"#{anchor}"

    only = {
        int(x["sentence"]): labels.get(str(x.get("document")), str(x.get("source") or ""))
        for x in data.get("single_source") or []
    }
    sentences: list[PageSentence] = []
    for k, s in enumerate(data.get("sentences") or [], 1):
        support = s.get("supported_by") or [
            {"document": s["article_id"], "start": s["start"], "end": s["end"]}
        ]
        sources = []
        for x in support:
            href = mark(
                x["document"], x["start"], x["end"], "sup", f"s{k}-a{index.get(x['document'])}"
            )
            if href:
                sources.append(Link(labels[x["document"]], href))
        against = []
        for x in s.get("contradicted_by") or []:
            href = mark(
                x["document"], x["start"], x["end"], "con", f"c{k}-a{index.get(x['document'])}"
            )
            if href:
                against.append(Link(labels[x["document"]], href))
        # the analysis decides (one outlet, however many of its articles), as the JSON says
        single = only.get(k - 1)
        sentences.append(PageSentence(k, s["text"], _unique(sources), _unique(against), single))

    disagreements = []
    for j, d in enumerate(data.get("disagreements") or [], 1):
        sides = []
        for m, (stance, side) in enumerate(_sides(d), 1):
            kind = "con" if stance == "conflicts" else "sup"
            href = mark(side["document"], side["start"], side["end"], kind, f"d{j}-{m}")
            details = side.get("details") or []
            why = side.get("explanation")
            sides.append(
                Side(
                    names.get(str(side["document"])) or str(side.get("source") or ""),
                    stance,
                    str(side.get("text") or ""),
                    [str(why)] if why else [x for x in details if isinstance(x, str)],
                    href,
                )
            )
        disagreements.append(Disagreement(str(d.get("claim") or ""), sides))

    developments = []
    for j, dev in enumerate(data.get("developments") or [], 1):
        steps = []
        for m, p in enumerate(dev.get("points") or [], 1):
            href = None
            if {"document", "start", "end"} <= p.keys():
                href = mark(p["document"], p["start"], p["end"], "sup", f"v{j}-{m}")
            steps.append(
                Step(
                    str(p.get("value") or ""),
                    labels.get(str(p.get("document")), str(p.get("document") or "")),
                    str(p["published"]) if p.get("published") else None,
                    href,
                )
            )
        developments.append(Development(str(dev.get("quantity") or ""), steps))

    facts = data.get("facts") or {}
    shared = [
        (str(f["text"]), _outlet_counts(f.get("sources") or [])) for f in facts.get("shared") or []
    ]
    outlets = list(dict.fromkeys(labels.values()))
    one_outlet = outlets[0] if len(outlets) == 1 else None
    # a summary sentence is said once, with its "only" badge, not again as a fact
    # (``render.beyond_summary``, for the summary's dict)
    said = data.get("sentences") or []
    own_spans = {(x.get("article_id"), x.get("start"), x.get("end")) for x in said}
    own_words = {" ".join(str(x.get("text") or "").split()) for x in said}
    single_facts = []
    beyond = [
        f
        for f in ([] if one_outlet else facts.get("single_source") or [])
        if " ".join(str(f.get("text") or "").split()) not in own_words
        and not any(
            (x.get("document"), x.get("start"), x.get("end")) in own_spans
            for x in f.get("sources") or []
        )
    ]
    for j, f in enumerate(beyond, 1):
        span = (f.get("sources") or [f])[0]
        href = None
        if {"document", "start", "end"} <= span.keys():
            href = mark(span["document"], span["start"], span["end"], "one", f"f{j}")
        single_facts.append((str(f["text"]), str(span.get("source") or ""), href))
    quotes = [
        (
            "".join(quote_shown(str(q["text"]))),
            str(q["speaker"]),
            list(dict.fromkeys(str(s["source"]) for s in q.get("sources") or [])),
        )
        for q in data.get("quotes") or []
    ]

    page_articles = []
    for i, a in enumerate(arts):
        text = texts.get(a["id"], "")
        url = a.get("url")
        page_articles.append(
            PageArticle(
                anchor=f"a{i}",
                id=str(a["id"]),
                label=names.get(str(a["id"]), labels[a["id"]]),
                title=a.get("title"),
                url=safe_url(url),
                url_text=None if safe_url(url) or not url else str(url),
                published=a.get("published"),
                author=a.get("author"),
                segments=highlight(text, spans[a["id"]]),
            )
        )
    present = {seg.kind for a in page_articles for seg in a.segments if seg.kind}
    marks = [kind for kind in MARK_MEANINGS if kind in present]
    dropped = []
    for d in data.get("dropped") or []:
        why = f"duplicate of {d['duplicate_of']}" if d.get("duplicate_of") else str(d.get("reason"))
        dropped.append((str(d["id"]), why))
    # the story heading every other output shows (``summary_dict``'s title), so a paste
    # without a headline line is named by its summary's title, not "Summary"
    heading = title or data.get("title") or next((a["title"] for a in arts if a.get("title")), None)
    return Page(
        title=heading or "Summary",
        story_id=str(data.get("id") or ""),
        sentences=sentences,
        disagreements=disagreements,
        developments=developments,
        shared=shared,
        single_facts=single_facts,
        quotes=quotes,
        articles=page_articles,
        dropped=dropped,
        # a dot leads into the article's text (``a{i}-text``), which opens it when folded
        timeline=timeline(
            (labels[a["id"]], a.get("published"), f"#a{i}-text") for i, a in enumerate(arts)
        ),
        outlets=outlets,
        updated=updated,
        one_outlet=one_outlet,
        marks=marks,
        why_empty=why_empty,
        empty_kind=empty_kind,
        unnamed=sum(not outlet_named(a) for a in arts),
        named_outlets=list(dict.fromkeys(labels[a["id"]] for a in arts if outlet_named(a))),
    )


def _outlet_counts(spans: Iterable[Mapping[str, Any]]) -> list[str]:
    """Each outlet behind a fact once, with its article count when several of its
    articles report it (``NYT (2 articles)``), as the CLI's reports say it."""
    per_article = {str(x.get("document")): _span_outlet(x) for x in spans}
    counts: dict[str, int] = {}
    for outlet in per_article.values():
        counts[outlet] = counts.get(outlet, 0) + 1
    return [f"{o} ({n} articles)" if n > 1 else o for o, n in counts.items()]


def _span_outlet(span: Mapping[str, Any]) -> str:
    return str(span.get("source") or span.get("document") or "")


def _sides(d: Mapping[str, Any]) -> list[tuple[str, Mapping[str, Any]]]:
    """Each side of a disagreement with its stance: ``reports``/``conflicts`` lists, or the
    older single ``sides`` list with a ``stance`` per side."""
    if "sides" in d:
        return [
            ("conflicts" if x.get("stance") == "conflicts" else "reports", x)
            for x in d.get("sides") or []
        ]
    return [("reports", x) for x in d.get("reports") or []] + [
        ("conflicts", x) for x in d.get("conflicts") or []
    ]


def _unique(links: list[Link]) -> list[Link]:
    seen: set[str] = set()
    out = []
    for link in links:
        if link.label not in seen:
            seen.add(link.label)
            out.append(link)
    return out


def highlight(text: str, spans: list[tuple[int, int, str, str]]) -> list[Segment]:
    """Cut ``text`` at every span edge; each piece knows its mark and the anchors it opens.

    Spans that fall outside the text (a text not at hand) are dropped, never guessed.
    """
    n = len(text)
    usable = [(s, e, k, a) for s, e, k, a in spans if 0 <= s < e <= n]
    cuts = sorted({0, n, *(s for s, *_ in usable), *(e for _, e, *_ in usable)})
    out: list[Segment] = []
    for b0, b1 in pairwise(cuts):
        covering = [sp for sp in usable if sp[0] <= b0 and sp[1] >= b1]
        kinds = {sp[2] for sp in covering}
        kind = "con" if "con" in kinds else "sup" if "sup" in kinds else "one" if kinds else None
        anchors = [sp[3] for sp in usable if sp[0] == b0]
        backs = [b for sp in usable if sp[1] == b1 if (b := back_link(sp[3])) is not None]
        out.append(Segment(text[b0:b1], kind, anchors, _unique_href(backs)))
    return out


def back_link(anchor: str) -> Link | None:
    """The way back from a highlighted span (its ``anchor``) to what links to it: a
    summary sentence's span (``s2-a0``, contradicting: ``c2-a0``) to that sentence
    (``#s2``), a disagreement's side (``d1-2``) to the disagreement, a figure's report
    (``v1-3``) to its development, a one-outlet fact's span (``f4``) to the fact. Why:
    a reader who followed "reported by" into an article's text had no way back but the
    browser's Back (the pages run no script: a plain link, reached with Tab)."""
    import re

    m = re.fullmatch(r"([sc])(\d+)-a\d+", anchor)
    if m:
        return Link(f"↩ sentence {m[2]}", f"#s{m[2]}")
    m = re.fullmatch(r"([dv])(\d+)-\d+", anchor)
    if m:
        what = "disagreement" if m[1] == "d" else "figures"
        return Link(f"↩ {what} {m[2]}", f"#{m[1]}{m[2]}")
    m = re.fullmatch(r"f(\d+)", anchor)
    if m:
        return Link(f"↩ fact {m[1]}", f"#fact{m[1]}")
    return None


def _unique_href(links: list[Link]) -> list[Link]:
    first: dict[str, Link] = {}
    for link in links:
        first.setdefault(link.href, link)
    return list(first.values())


# -- the coverage picture: articles per outlet over time ---------------------------------


@dataclass
class Dot:
    x: float
    y: float
    r: float
    label: str  # tooltip: outlet, time, count
    href: str


@dataclass
class Timeline:
    width: int
    height: int
    left: int
    rows: list[tuple[str, float]]  # outlet, y
    dots: list[Dot]
    ticks: list[tuple[float, str]]  # x, label
    undated_x: float | None
    plot_right: float
    # where the outlet labels end: clear of the widest dot drawn at the earliest time
    # (the labels ended 10 px left of it, and an 11 px dot covered an outlet's last letters)
    label_x: float = 0.0


# The largest dot's radius (several articles at one time) and the gap kept beside it.
MAX_DOT_R = 11.0
LABEL_GAP = 5.0


def format_when(value: object) -> str:
    """An ISO time as a reader reads it: ``2017-11-02 14:30 UTC``; anything else unchanged."""
    text = str(value)
    when = _parse_time(text)
    if when is None:
        return text
    if len(text.strip()) <= 10:
        return when.strftime("%Y-%m-%d")
    zone = " UTC" if text.rstrip().endswith(("Z", "+00:00")) or "+" in text[10:] else ""
    return when.strftime("%Y-%m-%d %H:%M") + zone


def _parse_time(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    text = value.strip().replace("Z", "+00:00")
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        try:
            when = datetime.fromisoformat(text[:10])
        except ValueError:
            return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return when.astimezone(timezone.utc)


def timeline(items: Iterable[tuple[str, object, str]]) -> Timeline | None:
    """Who covered the story when: one row per outlet, one dot per article (bigger when
    several share a time), undated articles in their own column.

    Why server-side SVG: the page needs no script (the CSP forbids them) and no network.
    """
    rows: dict[str, list[tuple[datetime | None, str]]] = {}
    # a date as the article gave it: a day alone is no midnight ("2026-11-20", not 00:00)
    shown: dict[datetime, str] = {}
    for outlet, published, href in items:
        t = _parse_time(published)
        rows.setdefault(outlet, []).append((t, href))
        if t is not None:
            day_only = len(str(published).strip()) <= len("2026-11-20")
            shown.setdefault(t, t.strftime("%Y-%m-%d" if day_only else "%Y-%m-%d %H:%M UTC"))
    if not rows:
        return None
    times = [t for arts in rows.values() for t, _ in arts if t is not None]
    if not times:
        return None  # no article is dated: there is no "when" to draw
    days_only = all(len(when) <= len("2026-11-20") for when in shown.values())
    has_undated = any(t is None for arts in rows.values() for t, _ in arts)
    left, width, row_h, top = 170, 640, 26, 12
    right = width - (70 if has_undated else 20)
    height = top + row_h * len(rows) + 28
    lo, hi = min(times), max(times)
    span = (hi - lo).total_seconds()

    def x_of(t: datetime) -> float:
        if not span:
            return (left + right) / 2
        return left + (right - left) * (t - lo).total_seconds() / span

    ordered = sorted(
        rows.items(),
        key=lambda kv: min(
            (t for t, _ in kv[1] if t), default=datetime.max.replace(tzinfo=timezone.utc)
        ),
    )
    undated_x = (width - 35) if has_undated else None
    dots: list[Dot] = []
    row_list = []
    for r, (outlet, arts) in enumerate(ordered):
        y = top + row_h * r + row_h / 2
        row_list.append((outlet, y))
        groups: dict[datetime | None, list[str]] = {}
        for t, href in arts:
            groups.setdefault(t, []).append(href)
        for t, hrefs in groups.items():
            x = x_of(t) if t is not None else float(undated_x or right)
            when = shown[t] if t is not None else "no date"
            count = len(hrefs)
            label = f"{outlet}, {when}: {count} article{'s' if count > 1 else ''}"
            dots.append(Dot(round(x, 1), y, min(4.0 + 2.0 * count, MAX_DOT_R), label, hrefs[0]))
    fmt = "%Y-%m-%d" if span >= 2 * 86400 or span == 0 or days_only else "%m-%d %H:%M"
    ticks: list[tuple[float, str]] = [(left, lo.strftime(fmt))]
    if span:
        ticks.append((right, hi.strftime(fmt)))
    label_x = left - MAX_DOT_R - LABEL_GAP
    return Timeline(width, height, left, row_list, dots, ticks, undated_x, right, label_x)
