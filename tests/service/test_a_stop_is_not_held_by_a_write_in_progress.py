"""A stop closes the story store without waiting out a write still in progress.

A request dropped at a stop (or answered 503 past its time limit) may have left a store
write running (adding a large batch of articles clusters them inside one transaction).
The stop gives it the same ``shutdown_grace`` as the rest, then leaves the store open
for the process's exit: it used to wait on the store's lock for as long as the write
took, and the write then never fails on a connection closed under it.
"""

from __future__ import annotations

import threading
from pathlib import Path

from newsbrief.service import Settings
from newsbrief.service.stories import Stories
from newsbrief.stories.store import StoryStore

# How long the test waits for a stop before calling it hung (the write holds for 120 s)
HUNG = 60


def _hold_a_write(
    store: StoryStore, release: threading.Event, errors: list[BaseException]
) -> threading.Thread:
    """A write in progress, as an add's clustering holds it, until ``release``."""
    holding = threading.Event()

    def write() -> None:
        try:
            with store._write():
                holding.set()
                release.wait(timeout=120)
        except BaseException as exc:  # what the abandoned write would meet
            errors.append(exc)

    thread = threading.Thread(target=write, daemon=True)
    thread.start()
    assert holding.wait(timeout=30)
    return thread


def test_a_stop_ends_while_a_write_is_still_in_progress(tmp_path: Path) -> None:
    settings = Settings(db=str(tmp_path / "s.sqlite"), shutdown_grace=1)
    stories = Stories.open(settings)
    assert stories.store is not None
    release = threading.Event()
    errors: list[BaseException] = []
    writer = _hold_a_write(stories.store, release, errors)

    stop = threading.Thread(target=stories.close, kwargs={"wait": settings.shutdown_grace})
    stop.start()
    stop.join(timeout=HUNG)
    stopped = not stop.is_alive()
    release.set()
    writer.join(timeout=30)
    stop.join(timeout=30)
    assert stopped
    assert errors == []  # the write ended on a connection still open


def test_a_store_with_no_write_in_progress_is_closed_at_the_stop(tmp_path: Path) -> None:
    store = StoryStore(str(tmp_path / "s.sqlite"))
    assert store.close(wait=0) is True


def test_a_store_held_by_a_write_is_left_open_past_the_wait(tmp_path: Path) -> None:
    store = StoryStore(str(tmp_path / "s.sqlite"))
    release = threading.Event()
    errors: list[BaseException] = []
    writer = _hold_a_write(store, release, errors)
    assert store.close(wait=0.1) is False
    release.set()
    writer.join(timeout=30)
    assert errors == []
    assert store.close(wait=0) is True  # once the write is done, it closes
