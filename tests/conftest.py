from __future__ import annotations

import json
import os
import shutil
import tempfile
from functools import cache
from pathlib import Path

import pytest
from hypothesis import settings

# No timing assertions in tests (speed is measured in benchmarks/): hypothesis's per-example
# deadline failed on a loaded CI machine when a first example paid an import.
# The examples are drawn from a fixed seed (derandomize): the suite CI runs is the same
# every time, so a submission never fails on a draw nobody saw; explore with
# `pytest --hypothesis-profile explore` (random draws, more examples).
settings.register_profile("newsbrief", deadline=None, derandomize=True)
settings.register_profile("explore", deadline=None, max_examples=2000)
settings.load_profile("newsbrief")

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "baghdadi-mosul"
SHARED = ROOT.parent / "shared"
DUC = SHARED / "data" / "duc2003" / "task2.jsonl"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    """A test that reads ``../shared`` where it is absent is skipped, not failed: the data
    is licensed for research only and never copied into the repository, so a clone
    without it runs every other test (CI has it, and there every such test runs)."""
    outcome = yield
    report = outcome.get_result()
    if call.excinfo is None or SHARED.exists() or report.skipped:
        return
    error = call.excinfo.value
    if isinstance(error, FileNotFoundError) and str(error.filename or "").startswith(str(SHARED)):
        report.outcome = "skipped"
        report.longrepr = (str(item.path), item.location[1] or 0, "Skipped: needs ../shared")


def require_duc() -> None:
    """Skip the calling test where ``../shared`` (DUC 2003) is absent: the data is
    licensed for research only and never copied into the repository."""
    if not DUC.exists():
        pytest.skip("needs ../shared (DUC 2003)")


@cache
def duc_cluster(cid: str) -> list[dict[str, str]]:
    """The articles of one DUC 2003 cluster, read from ``../shared`` (tests that call it
    skip where it is absent)."""
    require_duc()
    with open(DUC, encoding="utf-8") as f:
        for line in f:
            cluster = json.loads(line)
            if cluster["id"] == cid:
                return list(cluster["documents"])
    raise KeyError(cid)


# Small stories written for these tests (not third-party text).
STORY_A = [
    {
        "id": "a1",
        "text": (
            "City council approves new bridge over the Elm River\n\n"
            "The city council voted 7-2 on Monday to approve a new bridge over the Elm River. "
            "The bridge will cost $40 million and open in 2027, officials said.\n\n"
            "Mayor Jane Ortiz said the bridge would cut commute times for thousands of residents. "
            "Critics argued the money should go to road repairs instead."
        ),
    },
    {
        "id": "a2",
        "text": (
            "The Elm River bridge was approved by the city council on Monday in a 7-2 vote. "
            "Construction of the $40 million bridge starts next spring.\n\n"
            "Mayor Jane Ortiz called the vote a turning point for the east side of the city. "
            "The bridge will open in 2027, according to the council."
        ),
    },
    {
        "id": "a3",
        "text": (
            "A new bridge over the Elm River won approval from the city council on Monday. "
            "The council vote was 7-2.\n\n"
            "The $40 million bridge will open in 2027. Two council members said the city "
            "could not afford it while road repairs wait."
        ),
    },
]


@pytest.fixture
def story() -> list[dict[str, str]]:
    return [dict(d) for d in STORY_A]


@pytest.fixture
def story_jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "stories.jsonl"
    lines = [
        {"id": "bridge", "documents": STORY_A},
        {"id": "bridge-2", "documents": STORY_A[:2]},
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    return path


_OWN_CACHE: list[str] = []


def pytest_configure(config: pytest.Config) -> None:
    """Keep the suite's caches (the sentence splitter's model tables) out of the user's home
    folder: every test, and every command a test runs, shares one private folder."""
    if "NEWSBRIEF_CACHE_DIR" not in os.environ:
        _OWN_CACHE.append(tempfile.mkdtemp(prefix="newsbrief-test-cache-"))
        os.environ["NEWSBRIEF_CACHE_DIR"] = _OWN_CACHE[0]


def pytest_unconfigure(config: pytest.Config) -> None:
    for folder in _OWN_CACHE:
        shutil.rmtree(folder, ignore_errors=True)
        os.environ.pop("NEWSBRIEF_CACHE_DIR", None)
