"""Stories written for these tests (not third-party text) and page furniture around them."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DUC = ROOT.parent / "shared" / "data" / "duc2003" / "task2.jsonl"


def require_duc() -> None:
    """Skip the calling test where ``../shared`` (DUC 2003) is absent: the data is
    licensed for research only and never copied into the repository."""
    if not DUC.exists():
        pytest.skip("needs ../shared (DUC 2003)")


FLOOD = [
    "Heavy rain flooded the river town of Marlow on Tuesday, forcing 300 families from "
    "their homes. Firefighters used boats to reach residents of Mill Lane. The river "
    "Tamsin rose two metres overnight, the county flood office said.",
    "Rescuers in boats evacuated about 300 families in Marlow after the Tamsin burst its "
    "banks on Tuesday. The county flood office said the river rose two metres in a night. "
    "Mill Lane was under water by morning.",
    "The flooding in Marlow drove hundreds of families out of their homes as the Tamsin "
    "river spilled into Mill Lane. Firefighters ferried residents to a school gym. The "
    "flood office warned more rain was due on Wednesday.",
]
CHESS = [
    "Grandmaster Ilse Varga won the Northport chess open on Sunday after a tense final "
    "round against Tomas Reyes. Varga, 19, is the youngest winner in the tournament's "
    "history and takes home a prize of 40,000 euros.",
    "Ilse Varga, a 19-year-old grandmaster, beat Tomas Reyes in the last round to win the "
    "Northport open. The organisers said she is the youngest champion the tournament has "
    "had. Her prize is 40,000 euros.",
]
VACCINE = [
    "Regulators approved a new malaria vaccine for children on Thursday after a trial in "
    "four countries showed it cut severe cases by half. The maker, Solen Biotech, said "
    "the first doses would ship in March.",
    "A malaria vaccine from Solen Biotech won approval for use in children. Trial data "
    "from four countries showed severe malaria cases fell by about half. Shipments of "
    "the first doses are planned for March.",
]

# Site furniture one news site repeats on every page, whatever the story.
FURNITURE_TOP = (
    "Home | World | Business | Sport | Culture\n"
    "We use cookies to improve your experience on our site and to show you news you like\n"
    "Sign up for the Morning Ledger newsletter and get the day's top stories every morning\n"
)
FURNITURE_BOTTOM = (
    "Most read on the Ledger this week\n"
    "Council votes to close the old harbour car park after a long debate\n"
    "Local bakery wins national award for its sourdough loaves and rye bread\n"
    "Weather: a cold and windy weekend ahead for the whole of the coast region\n"
    "Load more stories from the Ledger newsroom\n"
)


def page(body: str) -> str:
    return FURNITURE_TOP + "\n" + body + "\n\n" + FURNITURE_BOTTOM


def articles() -> list[dict[str, str]]:
    out = []
    for name, story in (("flood", FLOOD), ("chess", CHESS), ("vaccine", VACCINE)):
        for i, text in enumerate(story):
            out.append({"id": f"{name}{i}", "text": text})
    return out


@pytest.fixture
def stories_input() -> list[dict[str, str]]:
    return articles()


@pytest.fixture
def duc_articles() -> tuple[list[dict[str, str]], list[str]]:
    return read_duc_articles()


def read_duc_articles() -> tuple[list[dict[str, str]], list[str]]:
    """DUC 2003's distinct articles and each one's topic (the first that lists it);
    the calling test skips where ``../shared`` is absent."""
    require_duc()
    items: list[dict[str, str]] = []
    gold: list[str] = []
    seen: set[str] = set()
    with open(DUC, encoding="utf-8") as f:
        for line in f:
            story = json.loads(line)
            for d in story["documents"]:
                if d["id"] not in seen:  # DUC lists a few articles under two topics
                    seen.add(d["id"])
                    items.append({"id": d["id"], "text": d["text"]})
                    gold.append(story["id"])
    return items, gold


def duc_topics(n: int) -> tuple[list[dict[str, str]], list[str]]:
    """The articles of DUC 2003's first ``n`` topics (by id) and each one's topic."""
    items, gold = read_duc_articles()
    keep = set(sorted(set(gold))[:n])
    return (
        [a for a, g in zip(items, gold, strict=True) if g in keep],
        [g for g in gold if g in keep],
    )


def duc_topics_in_time_order(n: int) -> tuple[list[dict[str, str]], list[str]]:
    """The first ``n`` DUC 2003 topics, articles in publication order."""
    from newsbrief.stories.docs import stable_order, to_docs

    items, gold = duc_topics(n)
    order = stable_order(to_docs(items))
    return [items[i] for i in order], [gold[i] for i in order]


def store_topics(path: Path, per_call: int) -> list[set[str]]:
    """DUC 2003 fed to a new store at ``path``, ``per_call`` articles a call in
    publication order: each stored story's DUC topics (skips without ``../shared``)."""
    from newsbrief.stories.store import StoryStore

    items, gold = duc_topics_in_time_order(30)
    topic = {a["id"]: g for a, g in zip(items, gold, strict=True)}
    with StoryStore(path) as st:
        for s in range(0, len(items), per_call):
            st.add(items[s : s + per_call])
        n, _ = st.count()
        return [{topic[a.id] for a in s.articles} for s in st.stories(limit=n)]


def in_time_order(
    duc: tuple[list[dict[str, str]], list[str]], n: int
) -> tuple[list[dict[str, str]], list[str]]:
    """The first ``n`` of ``duc``'s articles (and topics) in publication order."""
    from newsbrief.stories.docs import stable_order, to_docs

    items, gold = duc
    order = stable_order(to_docs(items))[:n]
    return [items[i] for i in order], [gold[i] for i in order]


def paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


def section_front(
    items: list[dict[str, str]], gold: list[str], name: str, source: str | None = None
) -> dict[str, str]:
    """A site's 'World' page: the first 25 words of one article of each story, under a
    headline of its first words."""
    lines = ["Home | World | Politics | Business", "World"]
    seen: set[str] = set()
    for a, g in zip(items, gold, strict=True):
        if g in seen:
            continue
        seen.add(g)
        words = paragraphs(a["text"])[0].split()
        lines += [" ".join(words[:9]), " ".join(words[:25]) + " ..."]
    page = {"id": name, "text": "\n\n".join(lines)}
    return page if source is None else {**page, "source": source}


def paragraph_mix_bcubed(
    topics: int, per_story: int, rng: random.Random, ident: Callable[[int, int], str]
) -> tuple[float, float, float]:
    """B-cubed (precision, recall, F1) of batch clustering a mix of the first ``topics``
    DUC topics, ``per_story`` articles each, every article 4-10 paragraphs of its topic
    drawn by ``rng`` (``ident(topic, k)`` names it, after its text is drawn): stories of
    many articles, each a large share of the mix."""
    import newsbrief
    from newsbrief.stories.metrics import bcubed

    with open(DUC, encoding="utf-8") as f:
        chosen = [json.loads(line)["documents"] for line in f][:topics]
    items, gold = [], []
    for t, docs in enumerate(chosen):
        paras = [p for d in docs for p in paragraphs(d["text"])]
        for k in range(per_story):
            text = "\n\n".join(rng.sample(paras, rng.randint(4, 10)))
            items.append({"id": ident(t, k), "text": text})
            gold.append(t)
    stories = newsbrief.cluster(items)
    where = {a.id: s.id for s in stories for a in s.articles}
    return bcubed([where[d["id"]] for d in items], gold)
