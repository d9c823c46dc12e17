from newsbrief.clean import clean_text, is_debris

from ..conftest import EXAMPLE


def test_debris_in_seed_articles_is_removed_and_body_kept() -> None:
    fox = clean_text((EXAMPLE / "fox-news.txt").read_text())
    nbc = clean_text((EXAMPLE / "nbc-news.txt").read_text())
    for debris in ("More on this", "Click here", "Load more", "contributed to this report"):
        assert debris not in fox.text
    for debris in (
        "Breaking News Emails",
        "Get breaking news",
        "Updated",
        "By Alex Johnson",
        "Getty Images",
        "Courtney Kube contributed",
    ):
        assert debris not in nbc.text
    assert fox.title == "ISIS leader releases message encouraging fighters in Mosul"
    # Every body paragraph survives.
    assert fox.text.count("\n\n") == 10  # 11 body paragraphs
    assert "If we knew where he was, he would be killed at once" in nbc.text
    assert nbc.text.startswith("A day after Iraq said")


def test_rules_work_on_unseen_wording() -> None:
    for line in [
        "Sign up for our morning newsletter",
        "Get the latest headlines delivered to your inbox every day.",
        "By MARIA GARCIA and Tom Lee",
        "Updated 4:12 PM EST",
        "Published Jan. 3, 2024",
        "Reporting by the Daily Courier staff contributed to this report.",
        "Share this on Facebook",
        "Read more...",
        "Firefighters battle the blaze on Tuesday.Reuters/John Smith Photo",
        "Protesters gather outside the court in March.AP Photo",
        "***",
    ]:
        assert is_debris(line), line


def test_reporting_sentences_are_not_debris() -> None:
    for line in [
        "The company said it would subscribe to the new emissions standard by 2030.",
        "Police said the suspect had followed the victim home and shared the video online.",
        "By the end of the year, the bank expects profits to rise 5 percent, its chief said.",
        "He said the newsletter, which the group published monthly, called for attacks.",
    ]:
        assert not is_debris(line), line


def test_wire_conventions_are_normalised_with_offsets() -> None:
    raw = "LONDON (AP) _ ``We will go,'' he said. Smith &AMP; Sons agreed."
    c = clean_text(raw, detect_title=False)
    assert c.text == 'LONDON (AP) — "We will go," he said. Smith & Sons agreed.'
    start = c.text.index("We will go")
    end = start + len("We will go")
    assert raw[c.raw_map.to_raw(start) : c.raw_map.to_raw(end, is_end=True)] == "We will go"
    s = c.text.index("Smith")
    e = len(c.text)
    assert raw[c.raw_map.to_raw(s) : c.raw_map.to_raw(e, is_end=True)] == "Smith &AMP; Sons agreed."


def test_wire_service_markup_is_removed() -> None:
    raw = (
        "NATIONAL FORECAST\n\nEds: UPDATES with new toll\n\nBy ANN LEE\n\n"
        "Associated Press Writer\n\n"
        "The storm killed 12 people on Monday, officials said.\n\n"
        "Rescuers, 3rd graf pvs\n\n(MORE)\n\n(ms-aet)"
    )
    c = clean_text(raw, detect_title=False)
    assert c.text == "The storm killed 12 people on Monday, officials said."


def test_capitals_headline_is_still_a_title() -> None:
    c = clean_text("STORM HITS COAST\n\nThe storm hit the coast on Monday, officials said.")
    assert c.title == "STORM HITS COAST"
