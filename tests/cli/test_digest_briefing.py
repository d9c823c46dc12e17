"""A digest reads as a morning briefing: a headline that says what happened, who reported
each sentence, when, and where the sources disagree; short enough to read."""

from __future__ import annotations

import json
import re
from pathlib import Path

from newsbrief.cli import main

# Written for these tests: a flood three outlets covered over two days (one of them
# giving a different toll), a fire two outlets covered.
FLOOD = [
    (
        "Riverton Gazette",
        "2025-03-10",
        "The Elm River crested at 31 feet on Monday in Riverton, flooding 40 homes on the "
        "east side of town. Twelve people died in the flood, county officials said. The "
        "mayor ordered the east side evacuated before dawn.",
    ),
    (
        "Valley News",
        "2025-03-11",
        "Twelve people died when the Elm River flooded Riverton, officials said on Tuesday. "
        "The river crested at 31 feet on Monday. Shelters at two schools took in 300 people.",
    ),
    (
        "Coast Herald",
        "2025-03-11",
        "Fourteen people died when the Elm River flooded Riverton, the state police said. "
        "Floodwaters in Riverton began to recede on Tuesday after the river crested.",
    ),
]
FIRE = [
    (
        "Valley News",
        "2025-03-09",
        "A fire destroyed the old Harlan textile mill in Dunmore on Sunday night. No one "
        "was hurt, the fire chief said. The mill had been empty since 2009.",
    ),
    (
        "Coast Herald",
        "2025-03-10",
        "The empty Harlan textile mill in Dunmore burned down on Sunday night, and no one "
        "was hurt, according to the fire chief. Investigators are looking for the cause.",
    ),
]


def _write(tmp_path: Path) -> Path:
    rows = []
    for name, story in (("flood", FLOOD), ("fire", FIRE)):
        for k, (source, day, text) in enumerate(story):
            rows.append({"id": f"{name}-{k}", "text": text, "source": source, "published": day})
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def _digest(tmp_path: Path, fmt: str) -> str:
    out = tmp_path / f"digest.{fmt}"
    assert main(["digest", str(_write(tmp_path)), "--format", fmt, "-o", str(out)]) == 0
    return out.read_text(encoding="utf-8")


def test_text_digest_names_the_main_fact_dates_and_each_sentences_outlets(
    tmp_path: Path,
) -> None:
    text = _digest(tmp_path, "text")
    lines = text.splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("1. "))
    # the flood (three outlets) leads; its headline is the deaths every outlet reports,
    # not the first sentence in reading order (the river's crest)
    assert "died" in lines[first] and "Riverton" in lines[first]
    assert lines[first + 1].strip() == (
        "3 outlets (Coast Herald, Riverton Gazette, Valley News), 3 articles, "
        "2025-03-10 to 2025-03-11"
    )
    body = lines[first + 3 : next(i for i, x in enumerate(lines) if x.startswith("2. "))]
    body = body[: body.index("")]  # the summary; the analysis and sources follow it
    sentences = [x for x in body if x.startswith("   ") and x.rstrip().endswith(")")]
    assert sentences
    for line in sentences:  # every summary sentence says who reported it
        outlets = line.rsplit("(", 1)[1]
        assert any(o in outlets for o in ("Riverton Gazette", "Valley News", "Coast Herald"))


def test_digest_headline_is_the_sources_words_and_states_what_happened(tmp_path: Path) -> None:
    data = json.loads(_digest(tmp_path, "json"))
    texts = [text for _, _, text in FLOOD + FIRE]
    for story in data["stories"]:
        headline = story["headline"].rstrip("…")
        # the same words in the same order, from a summary sentence or an article's lede
        # (a main clause may start it, capitalised)
        assert any(headline[1:] in t and headline[0].lower() in t.lower() for t in texts)
        # at most twice the 16-word title limit: a summary sentence is shown whole rather
        # than cut over itself printed in full below (s33 dgR)
        assert len(story["headline"].split()) <= 2 * 16
        assert story["headline"] not in [s["text"] for s in story["summary"]["sentences"]]


# Written for this test: every outlet ends its strike story with the same line that says
# nothing happened, so it shares more of the story's words than any sentence of news.
STRIKE = [
    (
        "Varna Daily",
        "Dockworkers at the Varna harbor port walked off the job on Monday, halting cargo "
        "ships in the strike. Harbor port officials were not available for comment on the "
        "strike.",
    ),
    (
        "Port Wire",
        "The strike at the Varna harbor port stopped cargo ships on Monday as dockworkers "
        "demanded higher pay. Harbor port officials were not available for comment on the "
        "strike.",
    ),
    (
        "Coast Herald",
        "Cargo ships waited outside the Varna harbor port on Monday. Harbor port officials "
        "were not available for comment on the strike.",
    ),
]


def test_digest_headline_states_the_event_not_a_no_comment_line(tmp_path: Path) -> None:
    rows = [
        {"id": f"strike-{k}", "text": text, "source": source, "published": "2025-03-10"}
        for k, (source, text) in enumerate(STRIKE)
    ]
    path = tmp_path / "strike.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    out = tmp_path / "digest.json"
    assert main(["digest", str(path), "--format", "json", "-o", str(out)]) == 0
    (story,) = json.loads(out.read_text(encoding="utf-8"))["stories"]
    assert "not available" not in story["headline"]
    assert "Monday" in story["headline"]  # what happened, and when


def test_markdown_digest_is_brief_but_keeps_disagreements(tmp_path: Path) -> None:
    md = _digest(tmp_path, "markdown")
    assert "Who reported what" not in md  # each sentence names its outlets instead
    assert "Reported by one outlet only" not in md
    assert "*2 outlets (Coast Herald, Valley News), 2 articles, 2025-03-09 to 2025-03-10*" in md
    assert "Summary sentences from a single source" not in md  # each names its outlets
    # the tolls differ, 12 against 14: said once, in one line, in reader words
    disputes = [x for x in md.splitlines() if "says otherwise" in x]
    assert len(disputes) == 1
    assert "Coast Herald says otherwise: Twelve people vs Fourteen people" in disputes[0]
    assert disputes[0].startswith("- “Twelve people died")


def test_markdown_digest_shared_facts_stand_alone_and_do_not_repeat_the_summary(
    tmp_path: Path,
) -> None:
    # written for this test: both outlets report the closure and "But the repairs ..."
    lede = (
        "The Harbor Bridge in Port Alma closed on Tuesday after inspectors found cracks in "
        "two of its steel supports. "
    )
    rows = [
        {
            "id": "bridge-0",
            "source": "Port Alma Post",
            "published": "2025-04-02",
            "text": lede + "City engineers said the cracks in the bridge supports were found "
            "during a routine inspection. But the repairs could take months. Ferries will run "
            "every half hour while the Harbor Bridge is shut, the city said. Commuters from "
            "the east side of Port Alma face long delays.",
        },
        {
            "id": "bridge-1",
            "source": "Coast Herald",
            "published": "2025-04-02",
            "text": "Inspectors closed the Harbor Bridge in Port Alma on Tuesday after finding "
            "cracks in two steel supports. But the repairs could take months. About 40,000 "
            "cars cross the Harbor Bridge on a weekday, and city engineers said the supports "
            "date from 1961.",
        },
    ]
    src = tmp_path / "bridge.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    out = tmp_path / "d.md"
    assert main(["digest", str(src), "--format", "markdown", "-o", str(out)]) == 0
    md = out.read_text(encoding="utf-8")
    summary = md.split("### ")[0]
    head = "### Reported by several outlets"
    facts = md.split(head, 1)[1].split("### ")[0] if head in md else ""
    # "But the repairs could take months." leans on a sentence the reader never got there
    assert "But the repairs" not in facts
    assert lede.strip() in summary  # the closure, which both report, is in the summary ...
    assert lede.strip() not in facts  # ... and not listed again below it
    # ... nor is a fact the summary states in other words ("City engineers said the
    # cracks in the bridge supports were found during a routine inspection": the summary
    # says inspectors found cracks in its supports); the section is then left out
    assert "City engineers said the cracks" not in facts
    assert head not in md
    # sources one line per outlet, each article under its outlet
    assert "- **Port Alma Post** (1 article): bridge-0 (2025-04-02)" in md


def test_html_digest_shows_outlets_and_disagreements_escaped(tmp_path: Path) -> None:
    page = _digest(tmp_path, "html")
    assert "2025-03-10 to 2025-03-11" in page
    assert '<span class="src">(' in page
    assert "<script" not in page


def test_ctrl_c_during_a_digest_says_how_far_it_got_and_what_the_store_kept(
    tmp_path: Path, monkeypatch, capsys
) -> None:
    import newsbrief.api

    real = newsbrief.api.summarize
    calls = []

    def stop_on_second(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(newsbrief.api, "summarize", stop_on_second)
    src, out, db = _write(tmp_path), tmp_path / "d.txt", tmp_path / "news.sqlite"
    assert main(["digest", str(src), "--db", str(db), "-o", str(out)]) == 130
    err = capsys.readouterr().err
    assert f"interrupted: 1 of 2 stories summarized, nothing written to {out}" in err
    assert f"it is kept in {db}, so a rerun summarizes only the rest" in err
    assert not out.exists()
    monkeypatch.setattr(newsbrief.api, "summarize", real)
    assert main(["digest", str(src), "--db", str(db), "-o", str(out), "-v"]) == 0
    assert "(1 summarized, 1 from the store's cache)" in capsys.readouterr().err


def _story(sid: str, coverage: list[tuple[str, str]]) -> object:
    from newsbrief.model import Article, Story
    from newsbrief.stories.digest import as_stored

    return as_stored(
        Story(
            sid,
            tuple(
                Article(f"{sid}-{k}", f"Text {k} of {sid}.", source=source, published=day)
                for k, (source, day) in enumerate(coverage)
            ),
        )
    )


def test_digest_ranks_by_recent_coverage_so_a_late_straggler_does_not_lead() -> None:
    from newsbrief.stories.digest import select

    # three outlets covered a quake ten days ago; one of them ran a follow-up today
    quake = _story(
        "quake",
        [
            ("AP", "2025-03-01"),
            ("Reuters", "2025-03-01"),
            ("BBC", "2025-03-01"),
            ("AP", "2025-03-11"),
        ],
    )
    # two outlets cover a strike today
    strike = _story("strike", [("AP", "2025-03-11"), ("BBC", "2025-03-11")])
    # five outlets covered a summit yesterday
    summit = _story("summit", [(o, "2025-03-10") for o in ("AP", "BBC", "CNN", "NPR", "Reuters")])
    # ten outlets covered an election three weeks ago: no longer the news
    election = _story("election", [(f"Outlet {k}", "2025-02-18") for k in range(10)])
    ranked = [s.id for s in select([quake, strike, summit, election])]
    assert ranked == ["summit", "strike", "quake", "election"]


def test_undated_digest_ranks_by_how_many_outlets_covered_each_story() -> None:
    from newsbrief.stories.digest import select

    wide = _story("wide", [("AP", ""), ("BBC", ""), ("CNN", "")])
    narrow = _story("narrow", [("AP", ""), ("BBC", ""), ("AP", ""), ("AP", "")])
    assert [s.id for s in select([narrow, wide])] == ["wide", "narrow"]


def test_every_digest_format_says_under_its_title_how_many_stories_and_which_days(
    tmp_path: Path,
) -> None:
    assert _digest(tmp_path, "text").splitlines()[:3] == [
        "News digest",
        "===========",
        "2 stories, 2025-03-09 to 2025-03-11",
    ]
    assert "# News digest\n\n*2 stories, 2025-03-09 to 2025-03-11*\n" in _digest(
        tmp_path, "markdown"
    )
    assert '<p class="meta">2 stories, 2025-03-09 to 2025-03-11</p>' in _digest(tmp_path, "html")


def test_html_digest_lists_sources_per_outlet_with_every_articles_id(tmp_path: Path) -> None:
    # wire-style ids (outlet and date spelled in the id), no source field: the flood story
    ids = ["APW20250310.0101", "APW20250311.0102", "NYT20250311.0103"]
    rows = [
        {"id": i, "text": text, "published": day}
        for i, (_, day, text) in zip(ids, FLOOD, strict=True)
    ]
    src = tmp_path / "wire.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    out = tmp_path / "d.html"
    assert main(["digest", str(src), "--format", "html", "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    sources = page.split("<summary>Sources</summary>", 1)[1].split("</details>")[0]
    sources = re.sub(r' id="[^"]*"', "", sources)  # each line is the outlets' link target
    # one line per outlet, as the markdown digest has it; an outlet's only article keeps
    # its id (the one a disagreement line names), and no date is said twice
    assert "<li><strong>APW</strong> (2 articles): APW20250310.0101, APW20250311.0102</li>" in (
        sources
    )
    assert "<li><strong>NYT</strong> (1 article): NYT20250311.0103</li>" in sources
    assert "2025-03-1" not in sources
