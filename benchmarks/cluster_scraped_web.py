"""Scraped web pages at the scale newsbrief is scored on: DUC 2003 articles published on
made-up sites, damaged as crawlers find them, clustered through the real ingest path
(docs/stories.md, scraped-pages round).

    python benchmarks/cluster_scraped_web.py [--half all|dev|test] [--seed 0] [--no-store]
        [--threshold 1.25] [--json OUT.json]

Why: the mixes newsbrief is scored on hold about a thousand articles, wire copy and
scraped pages of news events each covered by many sites. The other web benchmarks wrap
whole articles in a little furniture; this one builds, at run time, what a crawl gives:

* every DUC article (research-licensed, read from ../shared, never copied here) kept as
  wire copy with probability 3/4, and published on 1-4 of eight made-up sites (the same
  wire text on several sites: syndication), each copy in its site's furniture
  (navigation, cookie and newsletter banners, footer) and damaged in one way drawn at
  random: ``teaser`` (the first 1-3 paragraphs, then a paywall), ``related`` (boxes of
  other articles' headlines: related stories inside and after the text, the site's
  "most read" list of the day), ``comments`` (reader comments, written here, generic),
  ``captions`` (photo captions with credits), ``byline`` (byline and the author's bio),
  ``share`` (share bars), ``heavy`` (all of these), or ``furniture`` (nothing more);
* each copy independently without a title (3/10), without a date (3/10), without a
  source (3/10), and a third of the copies written as HTML files (two page styles:
  semantic ``<article>``/``<aside>`` markup and ``<div>`` soup) read by trafilatura;
* section fronts (a site's "World" page: 20 headlines with their first lines, of many
  stories), each its own story in the gold (it must not join any story).

Scored: batch (``newsbrief cluster JSONL HTMLDIR -o OUT``, in process, as a user runs
it) and the story store (the same articles as read, in time order, chunks of 50);
B-cubed P/R/F1 and ARI over all articles and per kind (an article's B-cubed is computed
in the whole mix, then averaged over the articles of that kind), and the TF-IDF +
average-link baseline on the same texts (its best threshold in-sample, and the threshold
chosen on the other half). Halves: ``dev`` and ``test`` are the mixes built from two
fixed halves of the 30 DUC topics (15 each); constants were chosen on ``dev`` only.
"""

from __future__ import annotations

import argparse
import hashlib
import html as htmlmod
import json
import random
import re
import sys
import tempfile
import time
import zlib
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from newsbrief.stories.metrics import ari  # noqa: E402

SHARED = ROOT.parent / "shared"
DUC = SHARED / "data" / "duc2003" / "task2.jsonl"
KINDS = ("furniture", "teaser", "related", "comments", "captions", "byline", "share", "heavy")
BASE_GRID = [0.04, 0.06, 0.08, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3]

# --- eight made-up sites: their furniture ------------------------------------------------
SITES: dict[str, dict[str, object]] = {
    "dailyledger": {
        "name": "The Daily Ledger",
        "nav": "Home | World | Politics | Business | Sport | Opinion | Weather",
        "top": [
            "We use cookies to personalise content and ads and to analyse our traffic. "
            "Accept all cookies",
            "Sign up to the Daily Ledger morning newsletter for the top stories in your inbox",
        ],
        "bottom": [
            "The Daily Ledger, 12 Quay Street. All rights reserved. Contact us | Advertise",
        ],
        "related": "Related stories",
        "mostread": "Most read",
        "authors": ["Hannah Okafor", "Peter Lindqvist", "Marta Ruiz"],
        "beat": "foreign affairs",
        "soup": False,
    },
    "coastherald": {
        "name": "Coast Herald",
        "nav": "Coast Herald - Local news you can trust",
        "top": [
            "This site uses cookies. By continuing to browse you agree to our use of cookies",
            "Get breaking news alerts from the Coast Herald delivered to your phone",
        ],
        "bottom": ["Copyright Coast Herald Media Group. Privacy policy | Terms of use"],
        "related": "You may also like",
        "mostread": "Trending now",
        "authors": ["Tom Becker", "Alia Haddad"],
        "beat": "national politics",
        "soup": True,
    },
    "metrowire": {
        "name": "Metro Wire",
        "nav": "METRO WIRE | Politics | Economy | Tech | Culture | Sport",
        "top": [
            "Support independent journalism: subscribe from 1 pound a week",
            "Your privacy choices: manage cookie preferences at any time",
        ],
        "bottom": ["Metro Wire is published by Metro Media Ltd. All rights reserved"],
        "related": "More on this story",
        "mostread": "Most popular",
        "authors": ["Jonas Weber", "Priya Sharma", "Luke Adeyemi"],
        "beat": "world news",
        "soup": False,
    },
    "globalpost": {
        "name": "Global Post Online",
        "nav": "Global Post | Latest | World | US | Markets | Video | Podcasts",
        "top": [
            "Breaking: follow our live coverage of the day's events",
            "Already a subscriber? Log in. Not yet? Get unlimited access for 99 cents",
        ],
        "bottom": [
            "About us | Careers | Help centre | Cookie settings",
            "(c) Global Post Online Inc. All rights reserved",
        ],
        "related": "Read next",
        "mostread": "Most read this week",
        "authors": ["Daniel Moreau", "Keiko Tanaka"],
        "beat": "diplomacy and security",
        "soup": True,
    },
    "riverside": {
        "name": "Riverside Times",
        "nav": "Riverside Times | News | Sport | Entertainment | Lifestyle | Jobs",
        "top": [
            "Download the Riverside Times app for the latest news on the go",
        ],
        "bottom": [
            "Riverside Times is part of Riverside Media. Registered office: 4 Mill Lane",
        ],
        "related": "Related",
        "mostread": "What everyone is reading",
        "authors": ["Grace Mensah", "Owen Price"],
        "beat": "current affairs",
        "soup": False,
    },
    "newsnow24": {
        "name": "NewsNow 24",
        "nav": "NEWSNOW24 Home Live TV World Business Tech Health",
        "top": [
            "We and our partners store and access information on your device. "
            "Manage preferences or Accept",
        ],
        "bottom": ["NewsNow 24 Digital. Terms of service | Privacy notice | Accessibility"],
        "related": "Don't miss",
        "mostread": "Top stories",
        "authors": ["Samir Khoury", "Eva Novak", "Ben Carter"],
        "beat": "international news",
        "soup": True,
    },
    "theobserverdaily": {
        "name": "Observer Daily",
        "nav": "Observer Daily | Front page | World | Nation | Money | Ideas",
        "top": [
            "You have read 3 of your 5 free articles this month",
        ],
        "bottom": [
            "Observer Daily Company. All rights reserved. Reproduction without permission "
            "is prohibited",
        ],
        "related": "Further reading",
        "mostread": "Most shared",
        "authors": ["Clara Jensen", "Ravi Patel"],
        "beat": "global affairs",
        "soup": False,
    },
    "citybeacon": {
        "name": "City Beacon",
        "nav": "City Beacon News Sport Business Opinion Life",
        "top": [
            "Advertisement",
            "Get the Beacon briefing, free every weekday morning. Enter your email",
        ],
        "bottom": ["City Beacon Ltd 2024. Privacy | Cookies | Contact the newsroom"],
        "related": "Also in the news",
        "mostread": "Popular on City Beacon",
        "authors": ["Nina Castillo", "Mark Oduya"],
        "beat": "breaking news",
        "soup": True,
    },
}

PAYWALL = [
    "Subscribe to continue reading. Already a subscriber? Sign in",
    "This article is for subscribers only. Start your free trial today",
    "To keep reading, create a free account or log in",
    "Continue reading with a digital subscription from just 1 pound",
]
SHARE = [
    "Share this article: Facebook | Twitter | WhatsApp | Email | Copy link",
    "Share | Tweet | Pin | Email",
    "Share on Facebook Share on Twitter Share via Email",
]
COMMENT_HEAD = ["Comments", "Join the conversation", "Reader comments", "Most recent comments"]
# Reader comments: two of these sentences each, so that (as on real pages) most comments
# are on one page only and line weighting does not spread them thin.
COMMENTS = [
    "This is exactly what I have been saying for years.",
    "Nobody listens.",
    "Great reporting, thank you for covering this.",
    "I don't believe a word of it.",
    "Follow the money.",
    "Why is nobody talking about the real issue here?",
    "Sad to read.",
    "My thoughts are with everyone affected.",
    "Typical.",
    "Same story every time and nothing changes.",
    "Can someone explain what this actually means for ordinary people?",
    "The headline is misleading, read the whole article before commenting.",
    "Well said.",
    "Couldn't agree more.",
    "And who is going to pay for all of this? We are, as usual.",
    "I was there last year and it was nothing like this.",
    "Finally some good news for a change.",
    "This comment section is getting out of hand.",
    "Source? I'd like to see the actual figures.",
    "History will not judge them kindly.",
    "Let's wait for the facts before jumping to conclusions.",
    "My grandfather used to say the same thing fifty years ago.",
    "Another day, another crisis.",
    "I have lost all faith in the people in charge.",
    "Thanks for the clear explanation, very helpful.",
    "Does anyone know if there will be an update on this?",
    "They should have seen this coming a long time ago.",
    "Not surprised in the least.",
    "Interesting read, but it leaves out half the story.",
    "People like us never get a say in any of this.",
    "Remember this at the next election.",
    "Who writes these headlines?",
    "I've read three articles on this today and still don't understand it.",
    "Spot on.",
    "Nothing will come of it, mark my words.",
    "The real question is what happens next year.",
    "We had the same thing happen in our town.",
    "Shameful.",
    "Good to see someone finally asking the right questions.",
    "Please stop blaming ordinary workers for this mess.",
]
USERS = [
    "jk_1977",
    "RiverRat",
    "mary.p",
    "Old Timer",
    "truthseeker42",
    "Anna B",
    "dave_w",
    "NorthernLass",
    "citizen_k",
    "P. Morgan",
    "bluebird",
    "Realist99",
]
WHEN = ["2 hours ago", "5 hours ago", "1 day ago", "3 days ago", "just now", "12 min ago"]
CREDITS = [
    "Photo: Getty Images",
    "(AP Photo)",
    "Reuters",
    "AFP via Getty Images",
    "Photograph: EPA",
    "File photo",
]
CAPTION_SHAPES = [
    "{a} is seen in this file photo. {c}",
    "A view of {a} on the day of the announcement. {c}",
    "{a} speaks to reporters. {c}",
    "People gather near {a}. {c}",
    "{a} and {b} in an undated picture. {c}",
]
SECTIONS = ["World", "Latest news", "International", "Politics", "Top stories"]

_DATELINE = re.compile(r"^[A-Z][A-Za-z .,'-]{1,40}?(?:\s*\([A-Z]{2,6}\))?\s+_\s+")
_CAPS = re.compile(r"\b[A-Z][a-z]{3,}(?:\s+[A-Z][a-z]+)*")


def duc() -> list[tuple[dict[str, str], str]]:
    out, seen = [], set()
    for line in DUC.read_text(encoding="utf-8").splitlines():
        story = json.loads(line)
        for d in story["documents"]:
            if d["id"] not in seen:  # 9 articles are listed under two topics: kept once
                seen.add(d["id"])
                out.append(({"id": d["id"], "text": d["text"]}, story["id"]))
    return out


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def headline(text: str) -> str:
    """A headline for a wire article: its first sentence without the dateline, cut to
    about ten words (DUC articles carry none; sites write one from the lead)."""
    first = _DATELINE.sub("", paragraphs(text)[0].replace("``", '"').replace("''", '"'))
    words = re.split(r"(?<=[a-z.])\.\s", first)[0].split()
    return " ".join(words[:10]).rstrip(",;:") if words else "News"


def day_of(aid: str) -> str | None:
    m = re.match(r"^[A-Z]{3}(\d{4})(\d{2})(\d{2})", aid)
    return f"{m[1]}-{m[2]}-{m[3]}" if m else None


def shift(day: str, rng: random.Random) -> str:
    import datetime as dt

    d = dt.date.fromisoformat(day) + dt.timedelta(days=rng.choice((0, 0, 0, 1, 1, 2)))
    return f"{d.isoformat()}T{rng.randrange(5, 23):02d}:{rng.randrange(60):02d}:00Z"


class Builder:
    """One mix: articles (text or HTML), gold stories, kinds; deterministic per seed."""

    def __init__(self, base: list[tuple[dict[str, str], str]], seed: int) -> None:
        self.rng = random.Random(seed)
        self.base = base
        self.heads = [headline(a["text"]) for a, _ in base]
        self.items: list[dict] = []  # {"id", "gold", "kinds", "doc" | "html"}
        # The site's "most read" list of a day: headlines of that day's articles.
        self.by_day: dict[str, list[int]] = {}
        for i, (a, _) in enumerate(base):
            self.by_day.setdefault(day_of(a["id"]) or "", []).append(i)
        self.mostread: dict[tuple[str, str], list[str]] = {}

    def most_read(self, site: str, day: str) -> list[str]:
        key = (site, day)
        if key not in self.mostread:
            pool = [j for d, js in self.by_day.items() if d <= day for j in js][-60:]
            pool = pool or list(range(len(self.base)))
            pick = self.rng.sample(pool, min(5, len(pool)))
            self.mostread[key] = [self.heads[j] for j in pick]
        return self.mostread[key]

    def others(self, i: int, k: int) -> list[str]:
        pick = self.rng.sample([j for j in range(len(self.base)) if j != i], k)
        return [self.heads[j] for j in pick]

    def captions(self, text: str, k: int) -> list[str]:
        names = [n for n in _CAPS.findall(text) if n not in ("The", "This", "That")] or [
            "the scene"
        ]
        out = []
        for _ in range(k):
            shape = self.rng.choice(CAPTION_SHAPES)
            out.append(
                shape.format(
                    a=self.rng.choice(names), b=self.rng.choice(names), c=self.rng.choice(CREDITS)
                )
            )
        return out

    def build(self) -> list[dict]:
        rng = self.rng
        sites = sorted(SITES)
        n = 0
        for i, (a, gold) in enumerate(self.base):
            day = day_of(a["id"])
            if rng.random() < 0.75:
                self.items.append(
                    {
                        "id": a["id"],
                        "gold": gold,
                        "kinds": ("wire",),
                        "doc": dict(a),
                        "arrive": day,
                        "base": a["id"],
                    }
                )
            for site in rng.sample(sites, rng.choice((1, 2, 2, 3, 3, 4))):
                n += 1
                self.items.append(self.copy(i, a, gold, site, day, n))
        for k in range(max(4, len(self.base) // 15)):
            self.items.append(self.section_front(k))
        rng.shuffle(self.items)
        return self.items

    def copy(self, i: int, a: dict, gold: str, site: str, day: str | None, n: int) -> dict:
        rng = self.rng
        s = SITES[site]
        kind = rng.choice(KINDS)
        damage = set(KINDS[1:]) if kind == "heavy" else {kind}
        paras = paragraphs(a["text"])
        if "teaser" in damage:
            paras = paras[: rng.randint(1, 3)]
        body: list[tuple[str, str]] = [("p", p) for p in paras]  # (role, text)
        if "captions" in damage:
            for c in self.captions(a["text"], rng.randint(1, 3)):
                body.insert(rng.randint(1, len(body)), ("caption", c))
        if "related" in damage and len(body) > 2:
            body.insert(
                rng.randint(1, len(body) - 1), ("inline", "Read more: " + self.others(i, 1)[0])
            )
        if "teaser" in damage:
            body.append(("paywall", rng.choice(PAYWALL)))
        author = rng.choice(s["authors"])  # type: ignore[arg-type]
        title = self.heads[i]
        has_title = rng.random() >= 0.3
        has_date = day is not None and rng.random() >= 0.3
        has_source = rng.random() >= 0.3
        key = f"{site}{a['id']}{n}".encode()
        aid = f"{site}-{hashlib.sha1(key).hexdigest()[:10]}"
        kinds = [kind]
        meta = {
            "title": title if has_title else None,
            "published": shift(day, rng) if has_date and day else None,
            "source": s["name"] if has_source else None,
        }
        after: list[tuple[str, str]] = []
        if "share" in damage:
            body.insert(0, ("share", rng.choice(SHARE)))
            after.append(("share", rng.choice(SHARE)))
        if "byline" in damage:
            body.insert(0, ("byline", f"By {author}, {s['name']}"))
            after.append(
                (
                    "bio",
                    f"{author} has covered {s['beat']} for {s['name']} since "
                    f"{2000 + (sum(map(ord, author)) % 15)}. Follow {author.split()[0]} "
                    f"on Twitter @{author.lower().replace(' ', '')}",
                )
            )
        if "related" in damage:
            after.append(("boxhead", str(s["related"])))
            after += [("box", h) for h in self.others(i, rng.randint(3, 6))]
            after.append(("boxhead", str(s["mostread"])))
            after += [("box", h) for h in self.most_read(site, day or "")]
        if "comments" in damage:
            after.append(("boxhead", rng.choice(COMMENT_HEAD)))
            for _ in range(rng.randint(3, 10)):
                after.append(("comment", f"{rng.choice(USERS)} {rng.choice(WHEN)}"))
                after.append(("commenttext", " ".join(rng.sample(COMMENTS, 2))))
        if not meta["title"]:
            kinds.append("no title")
        if not meta["published"]:
            kinds.append("no date")
        if not meta["source"]:
            kinds.append("no source")
        as_html = rng.random() < 1 / 3
        kinds.append("html" if as_html else "text page")
        item = {
            "id": aid,
            "gold": gold,
            "kinds": tuple(kinds),
            "arrive": meta["published"] or day,
            "base": a["id"],
        }
        if as_html:
            item["html"] = self.page_html(s, meta, body, after, title)
        else:
            item["doc"] = self.page_text(aid, s, meta, body, after, title)
        return item

    def page_text(self, aid, s, meta, body, after, title) -> dict:
        lines = [str(s["nav"]), *s["top"]]  # type: ignore[misc]
        # A page without a title field still shows its headline, most often.
        if meta["title"] is None and self.rng.random() < 0.5:
            lines.append(title)
        lines += [t for _, t in body] + [t for _, t in after] + list(s["bottom"])  # type: ignore[arg-type]
        doc = {"id": aid, "text": "\n\n".join(lines)}
        doc.update({k: v for k, v in meta.items() if v})
        return doc

    def page_html(self, s, meta, body, after, title) -> str:
        e = htmlmod.escape
        head = [f"<title>{e(title)} | {e(str(s['name']))}</title>" if meta["title"] else ""]
        if meta["source"]:
            head.append(f'<meta property="og:site_name" content="{e(str(s["name"]))}">')
        if meta["published"]:
            head.append(f'<meta property="article:published_time" content="{meta["published"]}">')
        soup = bool(s["soup"])
        nav = (
            f'<div class="topbar">{e(str(s["nav"]))}</div>'
            if soup
            else (f"<header><nav>{e(str(s['nav']))}</nav></header>")
        )
        top = "".join(f'<div class="banner"><p>{e(t)}</p></div>' for t in s["top"])  # type: ignore[attr-defined]
        parts = [f"<h1>{e(title)}</h1>" if meta["title"] else ""]
        for role, t in body:
            if role == "p":
                parts.append(f"<p>{e(t)}</p>")
            elif role == "caption":
                parts.append(
                    f'<figure><img src="x.jpg" alt=""><figcaption>{e(t)}</figcaption></figure>'
                    if not soup
                    else f'<div class="img-caption"><p>{e(t)}</p></div>'
                )
            elif role == "byline":
                parts.append(f'<p class="byline">{e(t)}</p>')
            else:
                parts.append(f'<div class="{role}"><p>{e(t)}</p></div>')
        tail = []
        box: list[str] = []
        for role, t in [*after, ("end", "")]:
            if role in ("box",):
                box.append(f'<li><a href="/n/{zlib.crc32(t.encode()) % 9999}">{e(t)}</a></li>')
                continue
            if box:
                tail.append(f"<ul>{''.join(box)}</ul>")
                box = []
            if role == "boxhead":
                tail.append(f"<h3>{e(t)}</h3>")
            elif role in ("comment", "commenttext", "bio", "share"):
                tail.append(f'<div class="{role}"><p>{e(t)}</p></div>')
        if soup:
            main = (
                f'<div class="content">{"".join(parts)}</div>'
                f'<div class="more">{"".join(tail)}</div>'
            )
        else:
            main = (
                f"<main><article>{''.join(parts)}</article>"
                f'<aside class="related">{"".join(tail)}</aside></main>'
            )
        foot = "".join(f"<p>{e(t)}</p>" for t in s["bottom"])  # type: ignore[attr-defined]
        foot = f'<div class="footer">{foot}</div>' if soup else f"<footer>{foot}</footer>"
        return (
            f"<!DOCTYPE html><html><head><meta charset='utf-8'>{''.join(head)}</head>"
            f"<body>{nav}{top}{main}{foot}</body></html>"
        )

    def section_front(self, k: int) -> dict:
        rng = self.rng
        site = rng.choice(sorted(SITES))
        s = SITES[site]
        pick = rng.sample(range(len(self.base)), 20)
        lines = [str(s["nav"]), rng.choice(SECTIONS)]
        for j in pick:
            lines.append(self.heads[j])
            lead = _DATELINE.sub("", paragraphs(self.base[j][0]["text"])[0])
            lines.append(" ".join(lead.split()[:25]) + " ...")
        lines += list(s["bottom"])  # type: ignore[arg-type]
        aid = f"{site}-section-{k}"
        return {
            "id": aid,
            "gold": aid,
            "kinds": ("section front",),
            "arrive": max(day_of(self.base[j][0]["id"]) or "" for j in pick),
            "doc": {"id": aid, "text": "\n\n".join(lines)},
        }


# --- running and scoring ----------------------------------------------------------------


def halves(base: list[tuple[dict[str, str], str]]) -> dict[str, list]:
    topics = sorted({g for _, g in base})
    random.Random(12).shuffle(topics)
    dev = set(topics[:15])
    return {
        "all": base,
        "dev": [x for x in base if x[1] in dev],
        "test": [x for x in base if x[1] not in dev],
    }


def write_inputs(items: list[dict], folder: Path) -> list[str]:
    pages = folder / "pages"
    pages.mkdir()
    with open(folder / "articles.jsonl", "w", encoding="utf-8") as f:
        for it in items:
            if "doc" in it:
                f.write(json.dumps(it["doc"]) + "\n")
            else:
                (pages / f"{it['id']}.html").write_text(it["html"], encoding="utf-8")
    return [str(folder / "articles.jsonl"), str(pages)]


def run_cli(inputs: list[str], out: Path, threshold: float | None) -> dict[str, str]:
    from newsbrief.cli import main

    argv = ["cluster", *inputs, "-o", str(out)]
    if threshold is not None:
        argv += ["--threshold", str(threshold)]
    rc = main(argv)
    if rc not in (0, 1):
        raise SystemExit(f"newsbrief cluster failed ({rc})")
    where = {}
    for line in out.read_text(encoding="utf-8").splitlines():
        story = json.loads(line)
        for d in story["documents"]:
            where[d["id"]] = story["id"]
    return where


def run_store(
    inputs: list[str], arrive: dict[str, str], threshold: float | None, chunk: int = 50
) -> dict[str, str]:
    """The same inputs read as ``cluster --db`` reads them, stored in time order in
    chunks of ``chunk`` (a crawler's arrival order: publication time, undated pages at
    the time of the wire article they copy)."""
    from newsbrief.stories.io import load_articles
    from newsbrief.stories.store import StoryStore

    docs, _ = load_articles(inputs)
    docs.sort(key=lambda d: (arrive.get(d.id) or "9999", d.id))
    with tempfile.TemporaryDirectory() as tmp:
        kw = {} if threshold is None else {"threshold": threshold}
        with StoryStore(Path(tmp) / "s.db", **kw) as st:
            for s in range(0, len(docs), chunk):
                st.add(docs[s : s + chunk])
            k, _ = st.count()
            return {a.id: s.id for s in st.stories(limit=k) for a in s.articles}


def texts_as_read(inputs: list[str]) -> dict[str, str]:
    from newsbrief.stories.io import load_articles

    docs, _ = load_articles(inputs)
    return {d.id: ((d.title or "") + "\n" + d.text) for d in docs}


def bcubed_items(pred: dict[str, str], gold: dict[str, str], subset: list[str]) -> tuple:
    """B-cubed P/R/F1 of ``subset``'s articles, each scored in the whole mix."""
    both = Counter((pred[i], gold[i]) for i in gold)
    ps, gs = Counter(pred[i] for i in gold), Counter(gold.values())
    p = float(np.mean([both[(pred[i], gold[i])] / ps[pred[i]] for i in subset]))
    r = float(np.mean([both[(pred[i], gold[i])] / gs[gold[i]] for i in subset]))
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def baseline(texts: dict[str, str], gold: dict[str, str], th: float) -> dict[str, str]:
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform
    from sklearn.feature_extraction.text import TfidfVectorizer

    ids = sorted(gold)
    key = tuple(ids)
    if key not in _SIMS:
        x = TfidfVectorizer(stop_words="english").fit_transform([texts.get(i, "") for i in ids])
        s = (x @ x.T).toarray()
        d = np.clip(1.0 - s, 0.0, None)
        np.fill_diagonal(d, 0.0)
        _SIMS[key] = linkage(squareform(d, checks=False), method="average")
    lab = fcluster(_SIMS[key], 1.0 - th, criterion="distance")
    return {i: str(v) for i, v in zip(ids, lab, strict=True)}


_SIMS: dict[tuple, object] = {}


ORDER = [
    "all",
    "wire",
    "web copy (any damage)",
    *KINDS,
    "html",
    "text page",
    "no title",
    "no date",
    "no source",
    "section front",
]


def scores(
    pred: dict[str, str], items: list[dict]
) -> dict[str, tuple[int, float, float, float, float]]:
    """Per kind: (articles, B3 P, B3 R, B3 F1, ARI); an article the run left out counts
    as a story of its own."""
    gold = {it["id"]: it["gold"] for it in items}
    pred = {i: pred.get(i, "missing:" + i) for i in gold}
    groups: dict[str, list[str]] = {"all": list(gold)}
    for it in items:
        for k in it["kinds"]:
            groups.setdefault(k, []).append(it["id"])
        if it["kinds"][0] not in ("wire", "section front"):
            groups.setdefault("web copy (any damage)", []).append(it["id"])
    out = {}
    for k in ORDER:
        ids = groups.get(k)
        if ids:
            p, r, f = bcubed_items(pred, gold, ids)
            out[k] = (len(ids), p, r, f, ari([pred[i] for i in ids], [gold[i] for i in ids]))
    return out


def table(name: str, pred: dict[str, str], items: list[dict]) -> list[str]:
    gold = {it["id"]: it["gold"] for it in items}
    missing = sum(i not in pred for i in gold)
    found = len({pred[i] for i in gold if i in pred}) + missing
    rows = [
        f"\n{name}: {len(gold)} articles, {len(set(gold.values()))} gold stories, "
        f"{found} found" + (f", {missing} left out (no text)" if missing else ""),
        "",
        "| kind | articles | B3 P | B3 R | B3 F1 | ARI |",
        "|---|---|---|---|---|---|",
    ]
    for k, (n, p, r, f, a) in scores(pred, items).items():
        rows.append(f"| {k} | {n} | {p:.3f} | {r:.3f} | {f:.3f} | {a:.3f} |")
    return rows


def build_mix(half: str, seed: int) -> list[dict]:
    return Builder(halves(duc())[half], seed).build()


def run_one(half: str, seed: int, args: argparse.Namespace, show: bool) -> dict[str, object]:
    """One mix: its tables printed (``show``), its figures returned."""
    items = build_mix(half, seed)
    gold = {it["id"]: it["gold"] for it in items}
    n_html = sum("html" in it for it in items)
    print(
        f"\n## mix {half}, seed {seed}: {len(items)} articles ({n_html} as HTML files), "
        f"{len(set(gold.values()))} gold stories"
    )
    out: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        inputs = write_inputs(items, Path(tmp))
        t1 = time.perf_counter()
        pred = run_cli(inputs, Path(tmp) / "stories.jsonl", args.threshold)
        out["t_batch"] = time.perf_counter() - t1
        out["batch"] = scores(pred, items)
        if show:
            print("\n".join(table("batch (newsbrief cluster JSONL PAGES -o OUT)", pred, items)))
        if not args.no_store:
            t1 = time.perf_counter()
            arrive = {it["id"]: it.get("arrive") or "" for it in items}
            spred = run_store(inputs, arrive, args.threshold)
            out["t_store"] = time.perf_counter() - t1
            out["store"] = scores(spred, items)
            if show:
                print("\n".join(table("store, time order, chunks of 50", spred, items)))
        if not args.no_baseline:
            texts = texts_as_read(inputs)
            sweep = {th: baseline(texts, gold, th) for th in BASE_GRID}
            out["baseline"] = {th: scores(bp, items) for th, bp in sweep.items()}
            f1 = {th: v["all"][3] for th, v in out["baseline"].items()}  # type: ignore[attr-defined]
            best = max(f1, key=lambda t: f1[t])
            print(
                "\nbaseline TF-IDF + average link, B3 F1 by threshold: "
                + ", ".join(f"{t}: {v:.3f}" for t, v in f1.items())
            )
            if show:
                print(
                    "\n".join(
                        table(
                            f"baseline at its best threshold {best} (in-sample)", sweep[best], items
                        )
                    )
                )
    return out


def _mean(runs: list[dict], mode: str, kind: str, col: int) -> float:
    return float(np.mean([r[mode][kind][col] for r in runs if kind in r[mode]]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--half",
        choices=("all", "dev", "test", "halves"),
        default="all",
        help="halves: dev and test, the baseline's threshold chosen on the other",
    )
    ap.add_argument("--seeds", default="0", help="comma-separated seeds (figures: their mean)")
    ap.add_argument("--threshold", type=float, default=None)
    ap.add_argument("--no-store", action="store_true", help="batch only")
    ap.add_argument("--no-baseline", action="store_true")
    args = ap.parse_args()
    t0 = time.perf_counter()
    print(f"(newsbrief from {Path(sys.modules['newsbrief'].__file__ or '').parent})")
    seeds = [int(s) for s in args.seeds.split(",")]
    halves_run = ("dev", "test") if args.half == "halves" else (args.half,)
    runs: dict[str, list[dict]] = {h: [] for h in halves_run}
    for h in halves_run:
        for n, seed in enumerate(seeds):
            runs[h].append(run_one(h, seed, args, show=n == 0 and len(halves_run) == 1))
    modes = ["batch"] + ([] if args.no_store else ["store"])
    for h in halves_run:
        rs = runs[h]
        print(f"\n### {h}: mean over seeds {args.seeds} (B3 F1 / ARI)\n")
        print(
            "| kind | "
            + " | ".join(modes)
            + (" | baseline, best threshold in-sample |" if not args.no_baseline else " |")
        )
        print("|---" * (len(modes) + 1 + (not args.no_baseline)) + "|")
        best = None
        if not args.no_baseline:
            grid = {th: np.mean([r["baseline"][th]["all"][3] for r in rs]) for th in BASE_GRID}
            best = max(grid, key=lambda t: grid[t])
        for k in ORDER:
            if not all(k in r["batch"] for r in rs):
                continue
            cells = [f"{_mean(rs, m, k, 3):.3f} / {_mean(rs, m, k, 4):.3f}" for m in modes]
            if best is not None:
                bf = np.mean([r["baseline"][best][k][3] for r in rs])
                ba = np.mean([r["baseline"][best][k][4] for r in rs])
                cells.append(f"{bf:.3f} / {ba:.3f} ({best})")
            print(f"| {k} | " + " | ".join(cells) + " |")
        per_seed = ", ".join(f"{r['batch']['all'][3]:.3f}" for r in rs)
        print(f"\nbatch B3 F1 per seed: {per_seed}")
        tb = np.mean([r["t_batch"] for r in rs])
        ts = np.mean([r["t_store"] for r in rs]) if "store" in modes else None
        print(
            f"(batch through the CLI, reading included: {tb:.1f} s a mix"
            + (f"; store: {ts:.1f} s" if ts is not None else "")
            + ")"
        )
    if args.half == "halves" and not args.no_baseline:
        print("\nBaseline threshold chosen on one half, scored on the other (B3 F1, mean):")
        for fit, score in (("dev", "test"), ("test", "dev")):
            grid = {
                th: np.mean([r["baseline"][th]["all"][3] for r in runs[fit]]) for th in BASE_GRID
            }
            th = max(grid, key=lambda t: grid[t])
            held = np.mean([r["baseline"][th]["all"][3] for r in runs[score]])
            print(f"  chosen on {fit} ({th}), scored on {score}: {held:.3f}")
    print(f"\n({time.perf_counter() - t0:.0f} s in all)")


if __name__ == "__main__":
    main()
