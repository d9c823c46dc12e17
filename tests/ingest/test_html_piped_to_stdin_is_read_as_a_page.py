"""An HTML page piped to stdin (``curl -s URL | newsbrief summarize -``) is read as the
page it is, as the same file named ``page.html`` is: never its markup and cookie banner
as article text."""

from __future__ import annotations

import io
import re
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsbrief.cli import main
from newsbrief.ingest import looks_like_html

PARAGRAPHS = (
    "Engineers closed the Elm Street bridge in Riverton on Thursday after inspectors found "
    "a crack in one of its steel girders, the public works department said.",
    "The bridge carries about 18,000 vehicles a day across the Elm River, and drivers were "
    "told to use the Mill Road crossing for the six weeks repairs could take.",
)
PAGE = (
    "<!doctype html><html><head><title>Bridge closed after crack found | Riverton Gazette"
    '</title><meta property="og:site_name" content="Riverton Gazette"></head><body>'
    '<div id="cookie-banner"><p>By continuing to browse you accept our cookie policy.</p>'
    "</div><article><h1>Bridge closed after crack found</h1>"
    + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    + "</article></body></html>"
)


def _pipe(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(text.encode("utf-8")), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)


def test_a_page_on_stdin_is_summarized_as_the_page(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("trafilatura")
    _pipe(monkeypatch, "\ufeff\n  " + PAGE)
    assert main(["summarize", "-"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "Bridge closed after crack found"
    assert "Riverton Gazette" in out  # the outlet from the page's meta tags
    assert "Engineers closed the Elm Street bridge" in out
    assert "cookie" not in out and "<" not in out


def test_without_the_html_extra_a_page_on_stdin_is_one_error_naming_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import fails, as uninstalled
    _pipe(monkeypatch, PAGE)
    assert main(["summarize", "-"]) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert line.startswith("newsbrief: error: <stdin>: looks like an HTML page")
    assert "newsbrief[html]" in line and "pip install" in line


@given(
    lead=st.text(alphabet=" \t\r\n\ufeff", max_size=6),
    opening=st.sampled_from(
        ["<!doctype html>", "<!DOCTYPE HTML PUBLIC>", "<html>", "<HTML lang=en>"]
    ),
)
def test_any_page_opening_after_blanks_and_a_bom_is_html(lead: str, opening: str) -> None:
    assert looks_like_html(lead + opening + "<body><p>text</p></body></html>")


@given(st.text(max_size=200).filter(lambda t: "<" not in t), st.text(max_size=40))
def test_text_that_does_not_open_with_a_page_is_text(text: str, rest: str) -> None:
    assert not looks_like_html(text)
    # markup further on (a story quoting a tag) does not make a text a page
    assert not looks_like_html("The story mentions <html> later on.\n" + rest)
    if re.sub(r"[\s\ufeff]", "", text):  # a visible character before the page
        assert not looks_like_html(text + "<!doctype html><html>")
