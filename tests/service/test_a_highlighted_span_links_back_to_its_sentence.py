"""Each highlighted span of an article's text links back to what leads to it: a summary
sentence's span to that sentence, a disagreement's side to the disagreement, a one-outlet
fact's span to the fact (s34 fxU, review rvW #22: after following "reported by" the
reader had no way back but the browser's Back). Plain links: the pages run no script.

The articles are written for these tests (not third-party text); Chromium checks that
the link is reached with Tab and lands on the sentence (``test_browser.py``).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from newsbrief.service.view import build_page

from .conftest import make_client


def _targets(page: str) -> tuple[set[str], set[str]]:
    ids = set(re.findall(r'\bid="([^"]+)"', page))
    text = "".join(re.findall(r'<div class="text"[^>]*>(.*?)</div>', page, re.S))
    backs = set(re.findall(r'<a class="back" href="#([^"]+)"', text))
    return ids, backs


def test_every_sentence_span_links_back_to_its_sentence(
    tmp_path: Path, bridge_docs: list[dict[str, Any]]
) -> None:
    with make_client(tmp_path) as client:
        page = client.post(
            "/summarize", data={"articles": "\n---\n".join(d["text"] for d in bridge_docs)}
        ).text
    ids, backs = _targets(page)
    # each "reported by" link leads to a span whose text links back to that sentence
    for number, item in re.findall(r'<li id="s(\d+)"[^>]*>(.*?)</li>', page, re.S):
        for anchor in re.findall(r'class="source" href="#([^"]+)"', item):
            after = page.split(f'id="{anchor}"', 1)[1]
            span_end = after.index("</mark>")
            nxt = re.match(r'(?:<a class="back" href="#[^"]+">[^<]*</a>)*', after[span_end + 7 :])
            assert nxt is not None and f'href="#s{number}"' in nxt[0], anchor
    assert backs and backs <= ids  # every back link lands on an element of the page


def test_a_disagreements_and_a_facts_spans_link_back_to_them() -> None:
    text_a = "The bridge cost $40 million. The mayor opened it."
    text_b = "The bridge cost $45 million. Crowds cheered."
    data = {
        "sentences": [{"text": "The mayor opened it.", "article_id": "a", "start": 29, "end": 49}],
        "articles": [{"id": "a", "source": "Elm Gazette"}, {"id": "b", "source": "Valley News"}],
        "disagreements": [
            {
                "claim": "cost",
                "reports": [{"document": "a", "start": 0, "end": 28, "text": text_a[:28]}],
                "conflicts": [{"document": "b", "start": 0, "end": 28, "text": text_b[:28]}],
            }
        ],
        "facts": {
            "single_source": [
                {"text": "Crowds cheered.", "sources": [{"document": "b", "start": 29, "end": 44}]}
            ]
        },
    }
    page = build_page(data, {"a": text_a, "b": text_b})
    backs = {art.id: [b.href for seg in art.segments for b in seg.backs] for art in page.articles}
    assert backs == {"a": ["#d1", "#s1"], "b": ["#d1", "#fact1"]}
