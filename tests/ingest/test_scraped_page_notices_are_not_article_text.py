"""Scraped pages carry notices about the site, the reader's browser or account (cookie
banners, "enable JavaScript", browser warnings) and forum headers ("NAME wrote:"): none is
article text, so none can become a summary sentence. A story *about* cookies or browsers,
or a reporter's "The minister wrote:", keeps its text. All pages here are written for
these tests."""

from __future__ import annotations

import pytest

import newsbrief
from newsbrief.clean import clean_text

STORY = [
    "Harbour bridge closed after barge strike",
    "The Eastport harbour bridge was closed on Tuesday after a loaded barge struck one of "
    "its piers, the city transport office said.",
    "Engineers inspected the damaged pier overnight and found cracks in two support "
    "columns, officials said.",
    "The bridge carries about 40,000 vehicles a day, and traffic was diverted to the "
    "northern ring road.",
]

NOTICES = [
    "We use cookies to improve your experience on our site. By continuing to browse you "
    "agree to our use of cookies.",
    "Please enable JavaScript to view the comments powered by our partner.",
    "Your browser is out of date. Update your browser for more security, speed and the best "
    "experience on this site.",
    "We and our partners store and access information on your device, such as cookies, "
    "and process personal data for personalised ads and content, ad and content "
    "measurement, audience insights and product development.",
    "It looks like you are using an ad blocker. Please turn off your ad blocker to support "
    "our journalism.",
    "Accept all cookies",
]


@pytest.mark.parametrize("notice", NOTICES)
def test_a_site_notice_is_removed_from_article_text(notice: str) -> None:
    page = "\n".join([STORY[0], notice, *STORY[1:]])
    cleaned = clean_text(page)
    assert notice not in cleaned.text
    assert notice in cleaned.removed
    for line in STORY[1:]:
        assert line in cleaned.text


def test_a_site_notice_is_never_a_summary_sentence() -> None:
    page = "\n".join([STORY[0], *NOTICES[:3], *STORY[1:]])
    other = (
        "Barge hits Eastport bridge\nA barge struck a pier of the Eastport harbour bridge on "
        "Tuesday, forcing the city to close it, officials said. Engineers found cracks in "
        "two columns."
    )
    summary = newsbrief.summarize([page, other], words=200)
    text = " ".join(s.text for s in summary.sentences)
    assert "cookies" not in text and "JavaScript" not in text and "browser" not in text
    assert "barge" in text


@pytest.mark.parametrize(
    "line",
    [
        # about cookies and browsers, but reporting: it speaks of others, or quotes them
        "Google will stop supporting third-party cookies in its Chrome browser next year, "
        "the company announced.",
        "Regulators fined the retailer for setting advertising cookies before visitors "
        "gave their consent.",
        '"You have to ask before you set cookies on this site," the regulator said.',
        "``Is there really anything going on here other than a difference of opinion "
        "between you and Microsoft on where the line is'' between a browser and an "
        "operating system? Warden asked.",
    ],
)
def test_a_story_about_cookies_or_browsers_keeps_its_text(line: str) -> None:
    page = "\n".join([STORY[0], line, *STORY[1:]])
    assert line.replace("``", '"').replace("''", '"') in clean_text(page).text


def test_forum_headers_and_the_comments_under_them_are_removed() -> None:
    comments = [
        "marco_p wrote:",
        "This bridge has been a disaster waiting to happen for years.",
        "Quote from: river_watcher",
        "They never fixed the fenders after the last strike.",
    ]
    cleaned = clean_text("\n".join([*STORY, *comments]))
    for line in comments:
        assert line not in cleaned.text
    for line in STORY[1:]:
        assert line in cleaned.text


def test_a_lone_user_name_wrote_header_is_removed() -> None:
    cleaned = clean_text("\n".join([*STORY, "jk_1977 wrote:", STORY[3]]))
    assert "wrote:" not in cleaned.text


def test_a_reporters_wrote_before_a_quoted_letter_stays() -> None:
    letter = "In a letter to residents on Wednesday, the mayor wrote:"
    cleaned = clean_text("\n".join([*STORY, letter, "The bridge will reopen in spring."]))
    assert letter in cleaned.text
    assert "The bridge will reopen in spring." in cleaned.text


def test_two_reporters_wrote_lines_are_no_comment_thread() -> None:
    lines = [
        "The minister wrote:",
        "The bridge will reopen in spring.",
        "Prime minister wrote:",
        "Repairs are funded in full.",
    ]
    cleaned = clean_text("\n".join([*STORY, *lines]))
    for line in lines:
        assert line in cleaned.text
