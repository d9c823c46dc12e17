"""After a paste, the summary page leads back to the form, filled as it was sent (a reader
changing the words pressed Back), and the form says a long paste or many URLs take a
while (the page runs no script to show progress)."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from .conftest import make_client


def _field(page: str, name: str) -> str:
    found = re.search(rf'<textarea id="{name}" name="{name}"[^>]*>(.*?)</textarea>', page, re.S)
    assert found, name
    return html.unescape(found.group(1))


def test_the_summary_of_a_paste_leads_back_to_the_filled_form(
    tmp_path: Path, bridge_docs: list[dict[str, Any]]
) -> None:
    pasted = "\n---\n".join(d["text"] for d in bridge_docs[:2])
    form = {"articles": pasted, "urls": "", "words": "37", "quotes": "on"}
    with make_client(tmp_path) as c:
        page = c.post("/summarize", data=form).text
    assert 'href="#edit"' in page and 'id="edit"' in page
    assert page.index('href="#edit"') < page.index("<h2>Summary</h2>")  # found first
    assert _field(page, "articles").strip() == pasted.strip()
    assert re.search(r'<input id="words" name="words" type="number" min="1" value="37">', page)
    assert re.search(r'<input id="quotes" name="quotes" type="checkbox" checked>', page)
    assert 'action="/summarize' in page[page.index('id="edit"') :]


def test_the_form_says_a_long_paste_takes_a_while(tmp_path: Path) -> None:
    with make_client(tmp_path, time_limit=45.0) as c:
        page = c.get("/").text
    note = page[page.index('<button type="submit"') :]
    assert "take a while" in note and "45 s" in note
    assert "take a while" not in page[: page.index('id="paste"')]  # under the form, not above
