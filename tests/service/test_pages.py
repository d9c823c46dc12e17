"""The web pages: the paste form gives a summary page; article text can never run."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

HOSTILE = (
    "Storm closes the harbour <script>document.title='PWNED'</script>\n\n"
    'The harbour was closed on Monday after a storm <img src=x onerror="alert(1)"> damaged '
    "two piers, officials said. Repairs will take three weeks, the port authority said."
)


def test_paste_form_gives_a_summary_page(client: TestClient, bridge_docs) -> None:
    pasted = "\n---\n".join(d["text"] for d in bridge_docs)
    r = client.post("/summarize", data={"articles": pasted, "words": "40"})
    assert r.status_code == 200
    assert "text/html" in r.headers["content-type"]
    assert "bridge" in r.text.lower()
    # every summary sentence links to a highlighted span in its article
    links = re.findall(r'<a class="source" href="#([\w-]+)"', r.text)
    assert links
    for anchor in links:
        assert f'id="{anchor}"' in r.text


def test_paste_form_error_is_shown_on_the_form(client: TestClient) -> None:
    r = client.post("/summarize", data={"articles": "   ", "urls": ""})
    assert r.status_code == 422
    assert "nothing to summarize" in r.text
    assert "<form" in r.text


def test_article_markup_is_shown_as_text(client: TestClient) -> None:
    r = client.post("/summarize", data={"articles": HOSTILE})
    assert r.status_code == 200
    assert "<script" not in r.text
    assert "onerror=" not in r.text.replace("onerror=&#34;", "").replace("onerror=&quot;", "")
    assert "&lt;script&gt;" in r.text
    assert "&lt;img src=x onerror=" in r.text


def test_index_offers_the_form(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200
    assert 'action="/summarize#paste"' in r.text  # back at the form, where its error is
    assert 'name="viewport"' in r.text  # readable on a phone


def test_stylesheet_is_served_from_the_package(client: TestClient) -> None:
    r = client.get("/static/style.css")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/css")
