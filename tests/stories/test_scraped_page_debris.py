"""Debris of scraped pages that glued unrelated stories together once the story's own
text was short (a teaser): reader comments, paywall prompts, links to other articles
set in the text, photo credits, social promos. The article's own paragraphs stay."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import newsbrief
from newsbrief.clean import clean_text

from .conftest import CHESS, FLOOD, VACCINE

BODY = [
    "Heavy rain flooded the river town of Marlow on Tuesday, forcing 300 families from "
    "their homes.",
    "Firefighters used boats to reach residents of Mill Lane, the county flood office said.",
    "The river Tamsin rose two metres overnight and more rain is due on Wednesday.",
]
THREAD = [
    "Join the conversation",
    "jk_1977 5 hours ago",
    "This is what happens when nobody cleans the drains. Typical.",
    "mary.p 12 min ago",
    "Thoughts are with the families, hope everyone is safe.",
    "Old Timer 2 days ago",
    "Same every winter and nothing changes.",
]


def test_a_reader_comment_thread_is_left_out_and_the_article_kept() -> None:
    got = clean_text("\n\n".join(BODY + THREAD), detect_title=False)
    assert got.text.split("\n\n") == BODY
    assert set(THREAD) <= set(got.removed)


def test_one_stamp_line_is_no_thread() -> None:
    text = "\n\n".join([BODY[0], "Posted by the newsdesk 2 hours ago", *BODY[1:]])
    got = clean_text(text, detect_title=False)
    assert all(p in got.text for p in BODY)


def test_short_lines_with_a_duration_are_no_comment_stamps() -> None:
    facts = ["Sentence: 4 years", "The appeal: filed 2 days", "Talks resumed yesterday"]
    text = "\n\n".join([BODY[0], *facts, *BODY[1:]])
    got = clean_text(text, detect_title=False)
    assert got.text.split("\n\n") == [BODY[0], *facts, *BODY[1:]]


def test_paywall_prompts_social_promos_links_and_credits_are_left_out() -> None:
    debris = [
        "To keep reading, create a free account or log in",
        "This article is for subscribers only. Start your free trial today",
        "You have read 3 of your 5 free articles this month",
        "Read more: President opens the new bridge over the Tamsin",
        "Related: Marlow council votes to raise flood defences",
        "A boat on Mill Lane on Tuesday. Reuters",
        "Residents wait for rescue in Marlow. AFP via Getty Images",
        "Dana Kells covers the north for the Ledger. Follow Dana on Twitter @danakells",
    ]
    text = "\n\n".join([BODY[0], *debris[:4], BODY[1], *debris[4:], BODY[2]])
    got = clean_text(text, detect_title=False)
    assert got.text.split("\n\n") == BODY
    assert set(debris) <= set(got.removed)


def test_reporting_about_readers_subscribers_and_credits_is_kept() -> None:
    kept = [
        "Related: the minister said the two floods were caused by the same storm.",
        "The paper said it had lost 40,000 subscribers since it raised prices in March.",
        "Officials said they would log in every report of flooding by Friday.",
        "He joined Reuters in 1998 and covered three wars, his editor said.",
    ]
    got = clean_text("\n\n".join(kept), detect_title=False)
    assert got.text.split("\n\n") == kept


@settings(max_examples=60, deadline=None)
@given(
    names=st.lists(
        st.from_regex(r"[A-Za-z][A-Za-z0-9_.]{2,12}", fullmatch=True), min_size=2, max_size=6
    ),
    ago=st.lists(
        st.sampled_from(["2 hours ago", "just now", "3d", "12 min ago", "1 day ago", "5h"]),
        min_size=6,
        max_size=6,
    ),
    where=st.integers(min_value=0, max_value=3),
)
def test_a_comment_thread_anywhere_takes_nothing_of_the_article(
    names: list[str], ago: list[str], where: int
) -> None:
    thread: list[str] = []
    for n, name in enumerate(names):
        thread += [f"{name} {ago[n]}", f"Comment number {n + 1} says the council was too slow."]
    paras = BODY[:where] + thread + BODY[where:]
    got = clean_text("\n\n".join(paras), detect_title=False)
    assert got.text.split("\n\n") == BODY


REMARKS = [
    "This is what happens when nobody listens.",
    "Typical.",
    "Thoughts are with everyone affected.",
    "Same every year and nothing changes.",
    "Who is going to pay for all of this?",
    "Great reporting, thank you.",
    "I don't believe a word of it.",
    "Let's wait for the facts.",
    "My grandfather said the same fifty years ago.",
    "Finally some good news for a change.",
    "Can someone explain what this means for ordinary people?",
    "Remember this at the next election.",
]


def test_teasers_drowned_in_comments_cluster_by_their_story() -> None:
    # Three stories, each as pages that carry only its first sentence (a teaser) above
    # a thread of reader comments, each page's comments its own. Before comment threads
    # were recognised, the comments' shared everyday words glued pages of different
    # stories together.
    pages = []
    k = 0
    for name, story in (("flood", FLOOD), ("chess", CHESS), ("vaccine", VACCINE)):
        for i, text in enumerate(story):
            thread = []
            for c in range(6):
                k += 1
                pair = f"{REMARKS[k % 12]} {REMARKS[(k * 5 + 3) % 12]}"
                thread += [f"reader{(k * 7) % 23} {c + 1} hours ago", pair]
            teaser = text.split(". ")[0] + "."
            pages.append({"id": f"{name}{i}", "text": teaser + "\n\n" + "\n\n".join(thread)})
    stories = newsbrief.cluster(pages)
    groups = {frozenset(a.id for a in s.articles) for s in stories}
    assert not any(len({i.rstrip("0123456789") for i in g}) > 1 for g in groups)
