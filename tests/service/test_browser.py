"""End to end in headless Chromium: the service as a user runs it, pages as a browser shows them.

Needs Debian's ``chromium`` and ``chromium-driver`` (``.ci/run`` installs them) and selenium
(in the ``test`` extra); the driver is the local ``/usr/bin/chromedriver``, nothing is
downloaded.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
TOKEN = "browser-test-token"
SCREENSHOT = Path("/tmp/newsbrief-story.png")

HOSTILE_TEXT = (
    "Harbour closed after storm <script>window.pwned = 1; document.title = 'PWNED'</script>\n\n"
    "The harbour was closed on Monday after a storm damaged two piers, officials said. "
    "<img src=x onerror=\"window.pwned = 2; document.title = 'PWNED'\">Repairs will take "
    "three weeks, the port authority said on Monday.\n\n"
    "Ferries to the islands were cancelled until Wednesday, the ferry company said."
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _call(base: str, method: str, path: str, body: Any = None, token: str | None = None) -> Any:
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method)
    req.add_header("content-type", "application/json")
    if token:
        req.add_header("authorization", f"Bearer {token}")
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.loads(r.read())


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``newsbrief serve`` in a subprocess on a free loopback port, with a token."""
    db = tmp_path_factory.mktemp("serve") / "stories.sqlite"
    port = _free_port()
    env = {**os.environ, "NEWSBRIEF_API_TOKEN": TOKEN}
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsbrief", "serve", "--port", str(port), "--db", str(db)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                _call(base, "GET", "/healthz")
                break
            except (urllib.error.URLError, ConnectionError):
                if proc.poll() is not None or time.monotonic() > deadline:
                    out = proc.stdout.read().decode() if proc.stdout else ""
                    pytest.fail(f"newsbrief serve did not start: {out}")
                time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not (shutil.which(CHROMIUM) and shutil.which(CHROMEDRIVER)):
        pytest.fail("the browser test needs: apt-get install -y chromium chromium-driver")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for arg in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
        "--window-size=1100,2600",
    ):
        opts.add_argument(arg)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    try:
        yield driver
    finally:
        driver.quit()


def _wait_for(driver: Any, css: str) -> list[Any]:
    """The elements once the page that has them has loaded (clicks navigate asynchronously)."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, css) or False)


def _assert_nothing_ran(driver: Any) -> None:
    from selenium.common.exceptions import NoAlertPresentException

    assert driver.execute_script("return typeof window.pwned") == "undefined"
    assert driver.title != "PWNED"
    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert.text  # noqa: B018


def test_posted_story_page_shows_sources_and_runs_no_article_code(
    server: str, browser: Any, example_docs: list[dict[str, Any]]
) -> None:
    from selenium.webdriver.common.by import By

    hostile = {
        "id": "harbour-1",
        "text": HOSTILE_TEXT,
        "source": "Coast <b>Herald</b>",
        "url": "javascript:window.pwned=3",
        "published": "2017-11-03T08:00:00Z",
    }
    times = {"fox-news": "2017-11-02T10:00:00Z", "nbc-news": "2017-11-02T14:30:00Z"}
    docs = [{**d, "published": times[d["id"]]} for d in example_docs]
    answer = _call(server, "POST", "/v1/articles", {"articles": [*docs, hostile]}, token=TOKEN)
    story_of = {a["id"]: a["story"] for a in answer["articles"]}
    story = _call(server, "GET", f"/v1/stories/{story_of['fox-news']}")
    outlets = {d["source"] for d in story["documents"]}  # how the store grouped them

    browser.get(server + "/")
    link = browser.find_element(By.CSS_SELECTOR, f'a.story-title[href$="{story["id"]}"]')
    assert link.text
    link.click()

    sentences = _wait_for(browser, "ol.summary li .sentence-text")
    assert sentences
    texts = {d["id"]: d["text"] for d in example_docs}
    for s in sentences:  # every summary sentence is copied from an article
        assert any(s.text in t for t in texts.values())
    sources = browser.find_elements(By.CSS_SELECTOR, "ol.summary a.source")
    assert {a.text for a in sources} == outlets  # each outlet in the story is credited
    assert len(browser.find_elements(By.CSS_SELECTOR, "svg.timeline circle")) == len(outlets)
    browser.save_screenshot(str(SCREENSHOT))
    # each source link leads to a highlighted span of its article
    for a in sources:
        anchor = a.get_attribute("href").split("#", 1)[1]
        mark = browser.find_element(By.ID, anchor).find_element(
            By.XPATH, "following-sibling::mark[1]"
        )
        assert mark.text.strip()
    first = sources[0].get_attribute("href").split("#", 1)[1]
    sources[0].click()
    assert browser.current_url.endswith("#" + first)
    _assert_nothing_ran(browser)

    browser.get(f"{server}/stories/{story_of['harbour-1']}")
    _assert_nothing_ran(browser)
    body = browser.find_element(By.TAG_NAME, "body").text
    assert "<script>" in body and "onerror=" in body  # shown as text, not run
    assert "Coast <b>Herald</b>" in body
    assert not browser.find_elements(By.CSS_SELECTOR, 'a[href^="javascript"]')


def test_paste_form_in_the_browser(server: str, browser: Any) -> None:
    from selenium.webdriver.common.by import By

    browser.get(server + "/")
    browser.find_element(By.ID, "articles").send_keys(
        HOSTILE_TEXT + "\n---\n" + HOSTILE_TEXT.replace("Monday", "Tuesday")
    )
    browser.find_element(By.CSS_SELECTOR, "form.paste button").click()
    assert _wait_for(browser, "ol.summary li")
    _assert_nothing_ran(browser)
    assert "<script>" in browser.find_element(By.TAG_NAME, "body").text


OTHER_STORIES = (
    "A rare white stork nested on the cathedral roof in Ostrava this spring, ornithologists said.",
    "The chess federation banned electronic watches from its Budapest tournament on Friday.",
    "Farmers near Mendoza began picking grapes two weeks early after a dry, hot summer.",
    "A volcano on the island of Hekla sent ash two kilometres high, geologists reported.",
    "The orchestra of Lyon cancelled its winter concerts after the hall's roof leaked.",
    "Engineers finished testing the new tram line in Tampere ahead of its opening in May.",
    "A cyclist from Girona won the mountain stage after a solo attack on the final climb.",
    "Bakers in Naples protested a proposed tax on wood-fired ovens outside the city hall.",
)


def test_a_phone_reader_sees_legible_timeline_labels_and_the_paste_error(
    server: str, browser: Any
) -> None:
    from selenium.webdriver.common.by import By

    bridge = [
        {
            "id": f"phone-bridge-{k}",
            "source": source,
            "published": f"2026-11-2{k}T09:00:00Z",
            "text": "The city council voted 7-2 on Monday to approve a new bridge over the Elm "
            f"River. The bridge will cost $40 million, {who} said.",
        }
        for k, (source, who) in enumerate(
            [
                ("Valley News and Weekly Advertiser", "the mayor"),
                ("Elm Gazette", "officials"),
                # 17-21 characters: within the default leeway of Jinja's truncate
                ("Associated Press Wire", "the council"),
                ("The Washington Times", "a spokesman"),
            ],
            1,
        )
    ]
    others = [{"id": f"phone-other-{k}", "text": t} for k, t in enumerate(OTHER_STORIES)]
    answer = _call(server, "POST", "/v1/articles", {"articles": bridge + others}, token=TOKEN)
    story = answer["articles"][0]["story"]
    # a phone's layout width (a headless window is never narrower than 500 px)
    phone = {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True}
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", phone)
    try:
        browser.get(f"{server}/stories/{story}")
        labels = _wait_for(browser, "svg.timeline text.outlet")
        assert browser.execute_script("return window.innerWidth") == 390
        assert len(labels) == len(bridge)  # every outlet has its row
        svg_left = browser.execute_script(
            "return document.querySelector('svg.timeline').getBoundingClientRect().left"
        )
        for label in labels:
            left, height = browser.execute_script(
                "const r = arguments[0].getBoundingClientRect(); return [r.left, r.height];", label
            )
            assert height >= 10, f"{label.text!r} is drawn {height:.1f} px high"
            assert left >= svg_left - 0.5, f"{label.text!r} is cut off on the left"
        # a bad paste below a list of stories: the reader lands on the error, not the list
        browser.get(server + "/")
        browser.find_element(By.CSS_SELECTOR, "form.paste button").click()
        error = _wait_for(browser, "p.error")[0]
        top = browser.execute_script("return arguments[0].getBoundingClientRect().top", error)
        assert 0 <= top < browser.execute_script("return window.innerHeight")
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


LONG_LINK = "https://example.org/storm-updates/" + "riverton-" * 30 + "live"
LONG_WORD = "Supercalifragilistic" * 8


def test_a_long_link_or_word_does_not_widen_a_phone_page(server: str, browser: Any) -> None:
    """A URL or an unbroken word in an article (in a summary sentence, a fact, a heading)
    wraps inside a 375 px window; before s34 the summary of such a paste was 3,143 px
    wide and a phone reader scrolled sideways along every line."""
    from selenium.webdriver.common.by import By

    pasted = (
        f"Flood closes {LONG_WORD}\n\n"
        "Floods closed the A1 motorway near Riverton on Tuesday after heavy rain, police said. "
        f"Drivers were told to check {LONG_LINK} for updates before they set out.\n---\n"
        "Riverton flood\n\nHeavy rain flooded homes in Riverton on Tuesday, the council said. "
        f"The mayor called the storm {LONG_WORD} in a statement on Tuesday."
    )
    phone = {"width": 375, "height": 812, "deviceScaleFactor": 1, "mobile": True}
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", phone)
    try:
        browser.get(server + "/")
        browser.execute_script("document.getElementById('articles').value = arguments[0]", pasted)
        browser.find_element(By.CSS_SELECTOR, "form.paste button").click()
        sentences = _wait_for(browser, "ol.summary li .sentence-text")
        assert any(LONG_LINK in s.text.replace("\n", "") for s in sentences)
        assert browser.execute_script("return window.innerWidth") == 375
        width = browser.execute_script("return document.documentElement.scrollWidth")
        assert width <= 375, f"the page is {width} px wide in a 375 px window"
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def test_highlight_kinds_differ_by_more_than_colour(server: str, browser: Any) -> None:
    """Red (contradicts) and yellow (one outlet only) spans are also underlined, each in
    its own style, so a reader who cannot tell red from green still tells them apart."""
    browser.get(server + "/")
    lines = browser.execute_script(
        "const out = {};"
        "for (const kind of ['sup', 'con', 'one']) {"
        "  const m = document.createElement('mark'); m.className = kind; m.textContent = 'x';"
        "  document.body.appendChild(m); const s = getComputedStyle(m);"
        "  out[kind] = s.textDecorationLine + ' ' + s.textDecorationStyle; }"
        "return out;"
    )
    assert len(set(lines.values())) == 3, lines


def test_a_link_into_a_folded_article_opens_it(server: str, browser: Any) -> None:
    """A story of several articles shows their texts folded (``<details>``: the page runs
    no script); following a "reported by" link into a folded text opens it at the span."""
    from selenium.webdriver.common.by import By

    from ..conftest import STORY_A

    browser.get(server + "/")
    pasted = "\n---\n".join(d["text"] for d in STORY_A)
    browser.execute_script("document.getElementById('articles').value = arguments[0]", pasted)
    browser.find_element(By.CSS_SELECTOR, "form.paste button").click()
    _wait_for(browser, "ol.summary li")
    folded = browser.find_elements(By.CSS_SELECTOR, "section.articles article details")
    assert len(folded) == len(STORY_A)
    assert not any(d.get_attribute("open") for d in folded)  # closed at first
    link = browser.find_elements(By.CSS_SELECTOR, "ol.summary a.source")[-1]
    anchor = link.get_attribute("href").split("#", 1)[1]
    link.click()
    mark = browser.find_element(By.ID, anchor).find_element(By.XPATH, "following-sibling::mark[1]")
    details = mark.find_element(By.XPATH, "ancestor::details[1]")
    assert details.get_attribute("open") is not None
    assert mark.is_displayed()
    top = browser.execute_script("return arguments[0].getBoundingClientRect().top", mark)
    assert 0 <= top < browser.execute_script("return window.innerHeight")


def test_a_timeline_dot_opens_its_folded_article(server: str, browser: Any) -> None:
    """A dot of "Who covered it when" leads into its article's text, folded or not."""
    from selenium.webdriver.common.by import By

    from ..conftest import STORY_A

    docs = [
        {**d, "id": f"fold-{d['id']}", "source": f"Fold Outlet {k}", "published": f"2026-10-0{k}"}
        for k, d in enumerate(STORY_A, 1)
    ]
    answer = _call(server, "POST", "/v1/articles", {"articles": docs}, token=TOKEN)
    browser.get(f"{server}/stories/{answer['articles'][0]['story']}")
    dot = _wait_for(browser, "svg.timeline a")[-1]
    target = dot.get_dom_attribute("href").split("#", 1)[1]
    details = browser.find_element(By.ID, target).find_element(By.XPATH, "ancestor::details[1]")
    assert details.get_attribute("open") is None  # folded at first
    browser.find_element(By.CSS_SELECTOR, f'svg.timeline a[href="#{target}"] circle').click()
    assert details.get_attribute("open") is not None
    assert browser.find_element(By.ID, target).is_displayed()


def test_a_highlighted_span_leads_back_to_its_summary_sentence(server: str, browser: Any) -> None:
    """After following a "reported by" link into an article's text, Tab reaches the link
    back after the span, and Enter on it lands on the summary sentence (no script)."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    from ..conftest import STORY_A

    browser.get(server + "/")
    pasted = "\n---\n".join(d["text"] for d in STORY_A)
    browser.execute_script("document.getElementById('articles').value = arguments[0]", pasted)
    browser.find_element(By.CSS_SELECTOR, "form.paste button").click()
    _wait_for(browser, "ol.summary li")
    link = browser.find_elements(By.CSS_SELECTOR, "ol.summary a.source")[-1]
    sentence = link.find_element(By.XPATH, "ancestor::li[1]")
    number = sentence.get_attribute("id")
    link.send_keys(Keys.ENTER)  # keyboard only: follow the link into the text
    anchor = link.get_attribute("href").split("#", 1)[1]
    mark = browser.find_element(By.ID, anchor).find_element(By.XPATH, "following-sibling::mark[1]")
    assert mark.is_displayed()
    browser.switch_to.active_element.send_keys(Keys.TAB)
    back = browser.switch_to.active_element
    assert back.get_attribute("class") == "back"
    assert back.get_dom_attribute("href") == f"#{number}"
    back.send_keys(Keys.ENTER)
    assert browser.current_url.endswith(f"#{number}")
    top = browser.execute_script("return arguments[0].getBoundingClientRect().top", sentence)
    assert 0 <= top < browser.execute_script("return window.innerHeight")
