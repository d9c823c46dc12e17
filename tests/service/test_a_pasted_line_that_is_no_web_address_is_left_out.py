"""A line of the paste form's URL box that is no web address (``ftp://``, a word) is left
out and named under the summary, as a dead URL is; it used to refuse the whole paste
as "url[0] document y-1: document y-1 'url' is not an http(s) URL"."""

from __future__ import annotations

import html

from fastapi.testclient import TestClient

TEXT = (
    "The city council voted 7-2 on Monday to approve a new bridge over the Elm River. "
    "The bridge will cost $40 million."
)


def test_a_line_that_is_no_web_address_is_named_and_the_article_summarized(
    client: TestClient,
) -> None:
    r = client.post("/summarize", data={"articles": TEXT, "urls": "ftp://example.org/a\n"})
    assert r.status_code == 200
    page = html.unescape(r.text)
    assert "Not used: ftp://example.org/a (not an http(s) URL)" in page
    assert "The city council voted 7-2" in page
    assert "document" not in page.split("Not used:", 1)[1].split("\n", 1)[0]


def test_only_lines_that_are_no_web_addresses_are_an_error_naming_the_first(
    client: TestClient,
) -> None:
    r = client.post("/summarize", data={"articles": "", "urls": "notaurl\nftp://example.org/a"})
    assert r.status_code == 422
    page = html.unescape(r.text)
    assert "nothing to summarize: notaurl: not an http(s) URL (and 1 more URL)" in page
    assert "url[0]" not in page
