"""Cleaning removes page furniture, never the news: a paragraph that speaks of cookies,
accounts or websites, a story quoting two letters ("President Macron wrote:"), and an
English list (victims, results, standings) with few function words all keep their text.
Losing real news silently is the worst thing cleaning can do. Texts invented for these
tests."""

from __future__ import annotations

import pytest

import newsbrief
from newsbrief.clean import clean_text, is_site_wall
from newsbrief.language import OTHER_LANGUAGE, other_language
from newsbrief.model import Article

LEAD = [
    "Harbour bridge closed after barge strike",
    "The Eastport harbour bridge was closed on Tuesday after a loaded barge struck one of "
    "its piers, the city transport office said.",
    "Engineers inspected the damaged pier overnight and found cracks in two support "
    "columns, officials said.",
]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Girl Scout cookies go on sale this week, and you can order them online for the "
        "first time.",
        "The breach affected 40 million customers. If you are a customer, check your "
        "account statements for unfamiliar charges.",
        "Chrome will stop supporting third-party cookies next year, which will allow "
        "advertisers fewer ways to track users.",
        "Voters can check their registration on this website before the deadline; please "
        "bring photo identification to the polls.",
    ],
)
def test_a_news_paragraph_about_cookies_accounts_or_websites_is_kept(paragraph: str) -> None:
    cleaned = clean_text("\n".join([*LEAD, paragraph]))
    assert paragraph in cleaned.text
    assert paragraph not in cleaned.removed


COOKIE_RULES = (
    "EU tightens rules on website cookies\n"
    "Websites across the European Union must now ask you before they set advertising "
    "cookies.\n"
    "A site that tracks you without your consent can be fined up to 4 percent of its "
    "turnover.\n"
    "Browsers such as Chrome and Firefox already let you block third-party cookies.\n"
)


def test_an_article_about_cookie_rules_is_summarized_not_called_a_wall() -> None:
    other = (
        "New EU cookie rules in force\nNew European rules on cookies took effect on Monday, "
        "forcing websites to ask visitors for consent, regulators said.\n"
    )
    summary = newsbrief.summarize([COOKIE_RULES, other])
    assert not summary.dropped
    assert any(s.article_id == "doc1" for s in summary.sentences)
    assert not is_site_wall(COOKIE_RULES)


def test_a_page_with_a_notice_and_a_news_paragraph_is_no_wall() -> None:
    page = "We use cookies to improve your experience.\n" + LEAD[1] + "\n"
    assert not is_site_wall(page)
    assert is_site_wall("We use cookies to improve your experience.\nReject all\n")


def test_a_story_quoting_two_letters_keeps_the_quotes() -> None:
    letters = [
        "President Macron wrote:",
        '"France will stand with the people of Eastport as they rebuild their bridge."',
        "Chancellor Merz wrote:",
        '"Germany offers its engineers and its help for as long as it is needed."',
    ]
    cleaned = clean_text("\n".join([*LEAD, *letters]))
    for line in letters:
        assert line in cleaned.text


def test_a_quotation_under_forum_stamps_is_never_taken_for_a_comment() -> None:
    lines = [
        "marco_p wrote:",
        '"The bridge will reopen in spring," the mayor told residents.',
        "jk_1977 wrote:",
        "They never fixed the fenders after the last strike.",
    ]
    cleaned = clean_text("\n".join([*LEAD, *lines]))
    assert lines[1].replace('"', '"') in cleaned.text
    assert "They never fixed the fenders" not in cleaned.text
    assert "marco_p wrote:" not in cleaned.text


EN = (
    "Tornado kills 12 in Virginia\nA tornado tore through the Shenandoah Valley on Sunday, "
    "killing 12 people and destroying dozens of homes, state police said. Rescue crews "
    "searched the wreckage through the night.\n"
)
EN2 = (
    "Twelve dead as tornado strikes valley\nTwelve people were killed when a tornado hit "
    "the Shenandoah Valley on Sunday, the police said, and the governor declared a state "
    "of emergency for the region.\n"
)


@pytest.mark.parametrize(
    "article",
    [
        "The victims\nMary Ellen Fisher, 54, Strasburg; John T. Miller, 61, Woodstock; "
        "Anna Lee Brooks, 33, Front Royal; Carl Henry Weaver, 70, Edinburg; Ruth Ann "
        "Koontz, 48, Mount Jackson; Dale Ray Shifflett, 25, New Market.\n",
        "Results by county\nAugusta: Smith 12,340, Jones 9,871. Rockingham: Smith 15,002, "
        "Jones 11,245. Shenandoah: Smith 8,113, Jones 6,020. Frederick: Smith 14,556, "
        "Jones 13,901. Page: Smith 4,210, Jones 3,377. Warren: Smith 6,450, Jones 5,120. "
        "Clarke: Smith 3,310, Jones 2,904. Highland: Smith 912, Jones 655.\n",
        "Standings\nRichmond Kickers 12 8 2 2 26; Virginia United 12 7 3 2 24; Valley "
        "Rangers 12 6 4 2 22; Roanoke City 12 5 5 2 20; Winchester Athletic 12 3 7 2 11; "
        "Harrisonburg Town 12 2 9 1 7; Lynchburg Hillcats 12 2 9 1 7; Norfolk Tides Reserves "
        "12 1 10 1 4; Fredericksburg Football Club 12 1 10 1 4.\n",
    ],
)
def test_an_english_list_article_is_never_dropped_as_another_language(article: str) -> None:
    summary = newsbrief.summarize([EN, article, EN2])
    assert not [d for d in summary.dropped if d.kind == OTHER_LANGUAGE]


def test_a_liveblog_headline_strip_is_not_another_language() -> None:
    strip = (
        "Death toll rises to 12 • Governor Northam declares emergency • Shelters open in "
        "Strasburg, Woodstock • Power out, 40,000 homes • Schools closed Monday • Red Cross "
        "seeks blood donors • Interstate 81 reopens • Crews clear debris"
    )
    articles = [Article("en", EN), Article("strip", strip), Article("en2", EN2)]
    assert other_language(articles) == []
