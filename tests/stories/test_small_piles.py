"""A handful of articles: an article on another event must not join a story.

The two seed articles (one story, scraped from two sites) are read from ../shared; the
other articles are written for these tests.
"""

from __future__ import annotations

import json

import numpy as np

import newsbrief
from newsbrief.stories.cluster import _parsed_counts, assign_batch, one_feature_out
from newsbrief.stories.docs import to_docs
from newsbrief.stories.engine import rows
from newsbrief.stories.features import _MASK, PRIOR_DOCS, DocFreq, _code

from .conftest import DUC, ROOT, articles

# the seed articles, as bundled with the example story (the same files as ../shared/seeds)
SEEDS = sorted((ROOT / "examples" / "baghdadi-mosul").glob("*.txt"))

# Another event told in the same wire vocabulary as the seeds ("said Wednesday", "a
# statement released", "supporters", "according to", "told reporters").
TRIAL = """Court jails former mayor for taking bribes over city contracts

A court on Wednesday sentenced the former mayor of the port city of Valmora to six years \
in prison for taking bribes in return for city building contracts, ending a trial that \
lasted more than a year.

Judge Elena Marsh said Rafael Duarte, 58, had taken at least 2 million in cash and gifts \
from three construction companies while he led the city between 2015 and 2021. Four \
company officials were also convicted.

Duarte, who denied the charges, said in a statement released by his lawyers that he \
would appeal. About 200 of his supporters gathered outside the court and called the \
verdict political.

Prosecutors said the money was paid through a network of firms abroad and that the \
contracts, for roads, a new city hall and a sports centre, cost the city tens of \
millions more than they should have.

"This verdict sends a clear message that public office is not for sale," the chief \
prosecutor told reporters on Thursday.

According to the court, Duarte must also repay the money and may not hold public office \
for ten years after his release. His successor as mayor said the city would seek damages \
from the companies.
"""


def _seeds() -> list[dict[str, str]]:
    return [{"id": f"seed{k}", "text": p.read_text(encoding="utf-8")} for k, p in enumerate(SEEDS)]


def test_an_article_on_another_event_stays_out_of_the_seeds_story() -> None:
    stories = newsbrief.cluster([*_seeds(), {"id": "trial", "text": TRIAL}])
    groups = sorted(sorted(a.id for a in s.articles) for s in stories)
    assert groups == [["seed0", "seed1"], ["trial"]]


def test_unrelated_duc_articles_rarely_join_the_seeds_story_and_pairs_stay_whole() -> None:
    """Each DUC topic's first three articles with the two seeds (90 trials; 40 joined
    before the small-pile prior, 1 now), and each topic's first two articles alone
    (30 pairs; 1 split now: two reports of different events that DUC files under one
    topic, sharing little but "Kenya" and "embassy")."""
    seeds = _seeds()
    joined = split = 0
    for line in DUC.read_text(encoding="utf-8").splitlines():
        docs = [{"id": d["id"], "text": d["text"]} for d in json.loads(line)["documents"]]
        for d in docs[:3]:
            joined += len(set(assign_batch(to_docs([*seeds, d])))) == 1
        split += len(set(assign_batch(to_docs(docs[:2])))) > 1
    assert joined <= 2
    assert split <= 1


def test_an_everyday_word_weighs_less_than_a_name_in_a_small_pile() -> None:
    counts, df, _ = _parsed_counts(to_docs([*_seeds(), {"id": "trial", "text": TRIAL}]))
    assert df.general_length is not None
    # The prior's articles holding no word, "said" (in 3 of 3 articles) weighs nearly
    # as much as "Duarte" (1 of 3); holding general English, "said" is in many of them.
    plain = dict(zip(*DocFreq(n_docs=df.n_docs, terms=df.terms).weigh(counts[2]), strict=True))
    general = dict(zip(*df.weigh(counts[2]), strict=True))
    said, name = _code("said") & _MASK, _code("duarte") & _MASK
    assert general[said] / general[name] < 0.5 * plain[said] / plain[name]


def test_piles_of_prior_docs_articles_or_more_weigh_as_without_general_english() -> None:
    base = [a["text"] for a in articles()]
    texts = [f"{base[i % len(base)]} Report number {i}." for i in range(PRIOR_DOCS)]
    assert _parsed_counts(to_docs(texts[:-1]))[1].general_length is not None
    counts, df, _ = _parsed_counts(to_docs(texts))
    plain = DocFreq(n_docs=df.n_docs, terms=df.terms)
    for c in counts:
        got, want = df.weigh(c), plain.weigh(c)
        assert np.array_equal(got[0], want[0])
        assert np.array_equal(got[1], want[1])


# A fire and a short council note in the same (invented) town: the note shares the
# town's name and one everyday word ("town") with the fire reports, nothing else.
HARBOR_FIRE = [
    {
        "id": "fire1",
        "published": "2026-03-05",
        "text": "A fire broke out late Thursday at the Kessling timber yard in Ashby. "
        "Crews from three towns fought the blaze for five hours, officials said.",
    },
    {
        "id": "fire2",
        "published": "2026-03-06",
        "text": "The Kessling timber yard in Ashby burned for five hours on Thursday night. "
        "Fire crews from three towns were called to the blaze, the fire chief said.",
    },
]
COUNCIL_NOTE = {
    "id": "note",
    "published": "2026-03-06",
    "text": "The Ashby swimming pool will stay open until nine in the evening from May, "
    "the town board decided. The change costs the town about 15,000 dollars a year.",
}


def _groups(items: list[dict[str, str]]) -> list[list[str]]:
    return sorted(sorted(a.id for a in s.articles) for s in newsbrief.cluster(items))


def test_a_note_sharing_only_the_town_s_name_stays_out_of_a_story_there() -> None:
    """One shared name (and one everyday word) is one coincidence, not a story: the
    note stays apart from the fire's two reports, and from one report alone."""
    assert _groups([*HARBOR_FIRE, COUNCIL_NOTE]) == [["fire1", "fire2"], ["note"]]
    assert _groups([HARBOR_FIRE[0], COUNCIL_NOTE]) == [["fire1"], ["note"]]
    assert _groups([*_seeds(), *HARBOR_FIRE, COUNCIL_NOTE]) == [
        ["fire1", "fire2"],
        ["note"],
        ["seed0", "seed1"],
    ]


def test_a_small_pile_s_similarities_leave_out_the_one_feature_a_pair_shares_most() -> None:
    counts, df, _ = _parsed_counts(to_docs([*HARBOR_FIRE, COUNCIL_NOTE]))
    x = rows([df.weigh(c) for c in counts])
    vecs, robust = one_feature_out(x)
    plain, sims = (x @ x.T).toarray(), (robust @ robust.T).toarray()
    assert np.allclose(np.diag(sims), 1.0)
    for a in range(3):
        for b in range(3):
            if a != b:
                top = x[a].multiply(x[b]).max()
                assert np.isclose(sims[a, b], plain[a, b] - top)
    assert [len(v[0]) for v in vecs] == [3, 3, 3]
