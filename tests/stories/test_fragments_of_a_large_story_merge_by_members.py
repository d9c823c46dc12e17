"""The member test (cluster.member_merge; off in batch: cluster.MEMBER_SPREAD): two
stories merge when each one's articles would pass as the other's members. Why: the
fragments of a story of 80-100 articles each score the other below the threshold (their
backgrounds hold their own story), though their articles stand as close to the other
fragment as its own members do (docs/stories.md, s29 stT round)."""

from __future__ import annotations

import json
import random

import numpy as np
import pytest

from newsbrief.stories import cluster as cluster_mod
from newsbrief.stories.cluster import _background, member_merge, vectorize
from newsbrief.stories.docs import stable_order, to_docs
from newsbrief.stories.engine import CLIP_SD, TIME_SCALE_DAYS, rows

from .conftest import DUC, paragraph_mix_bcubed


def _topics() -> list[list[dict[str, str]]]:
    with open(DUC, encoding="utf-8") as f:
        return [json.loads(line)["documents"] for line in f]


def _labels_after(docs: list[dict[str, str]], labels: list[int]) -> np.ndarray:
    ds = to_docs(docs)
    vecs, _ = vectorize(ds)
    x = rows(vecs)
    mean, sd = _background(x, stable_order(ds))
    day = np.full(len(ds), np.nan)  # undated: no time discount
    return member_merge(x, day, mean, sd, np.array(labels), TIME_SCALE_DAYS)


def test_a_topic_cut_in_two_is_merged_and_the_other_topics_stay_apart() -> None:
    # The 289 DUC articles as their 30 topics, one topic's ten articles cut into two
    # stories of five (the German embassy threat): one story again, no other story moves.
    docs, labels, seen = [], [], set()
    for t, topic in enumerate(_topics()):
        for n, d in enumerate(topic):
            if d["id"] not in seen:
                seen.add(d["id"])
                docs.append({"id": d["id"], "text": d["text"]})
                labels.append(100 if t == 1 and n >= 5 else t)
    got = _labels_after(docs, labels)
    # Handed DUC's own partition, the test also joins its two storms (Typhoon Babs and
    # Hurricane Georges, topics 20 and 24): topic twins are its cost (docs/stories.md).
    want = [1 if lab == 100 else 20 if lab == 24 else lab for lab in labels]
    assert len(set(zip(got.tolist(), want, strict=True))) == len(set(want)) == 29
    assert len(set(got.tolist())) == 29


def test_a_story_that_is_a_sixth_of_the_mix_stays_whole_with_the_member_test(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 6 stories of 80 articles (4-10 paragraphs of one DUC topic each): batch splits them
    # into 24 stories (B-cubed recall 0.60, F1 0.75); the member test joins fragments
    # whose articles pass as each other's members (14 stories, recall 0.91, F1 0.95).
    monkeypatch.setattr(cluster_mod, "MEMBER_SPREAD", CLIP_SD)
    rng = random.Random(5)
    p, _, f = paragraph_mix_bcubed(6, 80, rng, lambda t, k: f"a{rng.getrandbits(40):010x}")
    assert p >= 0.95 and f >= 0.85
