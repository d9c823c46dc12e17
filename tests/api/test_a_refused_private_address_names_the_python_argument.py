"""A URL on a private or loopback address is refused; the refusal's hint names what the
caller can pass: in Python the ``fetch=FetchOptions(allow_private=True)`` argument of a
call that takes it (a Python caller was told "pass --allow-private", a flag it cannot
pass), from the command line the flag, and to an HTTP client the server's switch."""

from __future__ import annotations

import pytest

import newsbrief
from newsbrief import FetchError
from newsbrief.ingest.fetch import FetchOptions

LOOPBACK = "http://127.0.0.1:9/story"  # port 9 (discard): nothing answers there


def test_the_python_refusal_names_the_argument_that_allows_it() -> None:
    with pytest.raises(FetchError) as info:
        newsbrief.summarize([{"id": "a", "url": LOOPBACK}])
    hint = info.value.hint or ""
    assert "refused" in info.value.message
    assert "FetchOptions(allow_private=True)" in hint and "load_articles" in hint


def test_the_argument_the_hint_names_lifts_the_refusal() -> None:
    _, skipped = newsbrief.load_articles([LOOPBACK], fetch=FetchOptions(allow_private=True))
    assert skipped and all("non-public address" not in s.reason for s in skipped)
    _, skipped = newsbrief.load_articles([LOOPBACK])
    assert skipped and "non-public address" in skipped[0].reason


def test_an_http_client_is_told_the_servers_switch_only() -> None:
    from newsbrief.service.core import parse_documents

    with pytest.raises(FetchError) as info:
        parse_documents([{"id": "a", "url": LOOPBACK}], label="documents")
    hint = info.value.hint or ""
    assert "server" in hint and "--allow-private" in hint
    assert "FetchOptions" not in hint and "Python" not in hint
