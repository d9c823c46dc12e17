"""On real wire stories (dev clusters of DUC 2003, read from ``../shared``), a rising toll
is shown as one development line, and what the analysis shows is what ``attribute`` says.

d31022t (the Goteborg dance-hall fire) and d31010t (the cold wave in Poland) are dev
clusters: read while building the method (docs/attribution.md).
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from newsbrief.api import prepare, summarize
from newsbrief.attribution import checked, story_index
from newsbrief.attribution.align import StoryIndex
from newsbrief.attribution.analysis import own_span
from newsbrief.attribution.developments import story_developments
from newsbrief.model import Article, Evidence, Support

from ..conftest import DUC, duc_cluster

pytestmark = pytest.mark.skipif(not DUC.exists(), reason="needs ../shared (DUC 2003)")


def _lines(cid: str) -> dict[str, list[tuple[str, str]]]:
    prepared = prepare(duc_cluster(cid))
    devs = story_developments(StoryIndex(prepared.articles, prepared.sentences))
    return {d.quantity: [(p.value, p.published or "") for p in d.points] for d in devs}


def test_the_polish_cold_wave_toll_rises_from_32_to_85_without_europe_or_moscow() -> None:
    lines = _lines("d31010t")
    assert list(lines) == ["dead"]
    values = [v for v, _ in lines["dead"]]
    # Poland's own toll, day by day; never the Europe-wide 62/65 or Moscow's 39
    assert values[0] == "32 people" and values[-1] == "85"
    assert {"36 people", "47 deaths", "74", "83"} <= set(values)
    assert not {"62 people", "65 people", "39 people"} & set(values)
    days = [d for _, d in lines["dead"]]
    assert days == sorted(days)


def test_the_dance_hall_fire_toll_is_60_then_62_not_the_withdrawn_65() -> None:
    lines = _lines("d31022t")
    (points,) = [p for q, p in lines.items() if q == "dead"]
    assert points[0] == ("60 people", "1998-10-30")
    assert points[-1] == ("62", "1998-11-02")
    assert "65 dead" not in [v for v, _ in points]


@pytest.mark.parametrize("cid", ["d31022t", "d31010t"])
def test_the_analysis_shows_what_attribute_says(cid: str) -> None:
    """One judgement: every sentence the analysis shows is ``attribute``'s verdict on that
    sentence read in its own article (its pronouns and definite subject refer to what
    the article said before it), the summary's, a disagreement's and a fact's alike."""
    docs = duc_cluster(cid)
    summary = summarize(docs)
    analysis = summary.analysis
    assert analysis is not None
    dropped = {d.article_id for d in summary.dropped}  # a copy is no second source
    index, by_id = story_index(docs)
    claims: list[tuple[str, set[str], set[str] | None, Support | None]] = []
    for s in summary.sentences:
        claims.append(
            (
                s.text,
                {e.article_id for e in s.supported_by},
                {e.article_id for e in s.contradicted_by},
                own_span(s, by_id),
            )
        )
    for d in analysis.disagreements:
        claims.append(
            (
                d.claim,
                {e.article_id for e in d.reports},
                {e.article_id for e in d.conflicts},
                _origin(d.claim, d.reports, by_id),
            )
        )
    for f in (*analysis.shared_facts, *analysis.single_source_facts[:20]):
        claims.append(
            (f.text, {e.article_id for e in f.sources}, None, _origin(f.text, f.sources, by_id))
        )
    for text, reports, against, origin in claims:
        att = checked(index.attribute(text, source=origin, in_context=True), by_id)
        assert reports - dropped == {e.article_id for e in att.supported_by} - dropped, text
        if against is not None:
            assert against - dropped == {e.article_id for e in att.contradicted_by} - dropped, text


def _origin(text: str, spans: Sequence[Evidence], by_id: dict[str, Article]) -> Support | None:
    """The span of the article a listed sentence was taken from (its own words)."""
    for e in spans:
        if e.clean is None:
            continue
        art = by_id[e.clean.article_id]
        if art.text[e.clean.start : e.clean.end].strip() == text.strip():
            return Support(art.id, e.clean.start, e.clean.end, 1.0, text)
    return None
