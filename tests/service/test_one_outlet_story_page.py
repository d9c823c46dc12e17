"""A story one outlet reported: its page says so once, under the summary, instead of
listing every sentence of every article as "reported by one outlet only"."""

from __future__ import annotations

from pathlib import Path

from .conftest import make_client


def _page(tmp_path: Path, docs: list[dict[str, str]]) -> str:
    with make_client(tmp_path) as c:
        (story,) = {
            a["story"] for a in c.post("/v1/articles", json={"articles": docs}).json()["articles"]
        }
        r = c.get(f"/stories/{story}")
        assert r.status_code == 200
        return r.text


def test_a_one_outlet_story_page_says_so_once(tmp_path: Path, bridge_docs) -> None:
    html = _page(tmp_path, [{**d, "source": "Elm Gazette"} for d in bridge_docs])
    assert "Reported by one outlet only</h2>" not in html
    assert html.count("Reported by one outlet only") == 1
    assert "every sentence here comes from <bdi>Elm Gazette</bdi> (3 articles)" in html
    assert html.index('class="summary"') < html.index("one-outlet") < html.index("<h2>Articles")


def test_a_story_of_several_outlets_lists_what_one_of_them_reports(
    tmp_path: Path, bridge_docs
) -> None:
    # Outlet 1, 2 and 3; Outlet 1 tells one more thing, so the summary leaves out a
    # fact only Outlet 2 gives ("Construction ... starts next spring"), which the list
    # shows (the other one-outlet sentences restate the summary: not listed again)
    first = dict(bridge_docs[0])
    first["text"] += (
        " A ferry service across the Elm River will run until the bridge opens, the port said."
    )
    html = _page(tmp_path, [first, *bridge_docs[1:]])
    assert "Reported by one outlet only</h2>" in html
    assert "one-outlet" not in html
