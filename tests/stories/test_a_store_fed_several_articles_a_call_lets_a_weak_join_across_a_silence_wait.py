"""With batch's cut at the longest silence on (cluster.SILENCE_SPLIT), a store fed several
dated articles a call lets a weak join wait, as one fed one article a call does, when it
crosses a silence of 10 days or more (store.JOIN_WAIT_SILENCE_DAYS): the first article of
a new story on a familiar subject is no longer filed at once with the old story, its own
later articles following it in (s34 stJ round, docs/history/stories-rounds.md). Skipped
without ../shared (DUC 2003)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbrief.stories import cluster as cluster_mod
from newsbrief.stories import store as store_mod

from .conftest import store_topics


def _topics(tmp_path: Path, per_call: int) -> list[set[str]]:
    """DUC 2003 fed ``per_call`` articles a call in publication order: each stored
    story's DUC topics."""
    return store_topics(tmp_path / "s.sqlite", per_call)


def test_a_new_story_begun_after_a_silence_is_not_filed_with_a_familiar_one_ten_a_call(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # d31009t (the Turkish government's fall, 25 November 1998 on) and d30044t
    # (Ocalan's flight and arrest in Rome, 21 October to 14 November) are two stories in
    # batch; fed ten a call, d31009t's first article joined d30044t's story 11 days
    # after its last article (the story's side at 0.69, below the threshold) and the
    # rest of d31009t followed it.
    monkeypatch.setattr(cluster_mod, "SILENCE_SPLIT", True)
    assert not any({"d31009t", "d30044t"} <= t for t in _topics(tmp_path, 10))


def test_a_second_story_weeks_later_stays_apart_a_hundred_a_call(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # d30040t's articles (the Gaza airport's opening) joined d30010t's story (the
    # Jerusalem car bomb) 11 and 17 days after its last article when fed a hundred a
    # call; batch keeps them apart.
    monkeypatch.setattr(cluster_mod, "SILENCE_SPLIT", True)
    assert not any({"d30010t", "d30040t"} <= t for t in _topics(tmp_path, 100))


def test_off_the_store_files_such_joins_at_once_as_before(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # The rule acts only with the cut on; set off, the store joins as the cut-on store
    # did before it (the two merged).
    monkeypatch.setattr(cluster_mod, "SILENCE_SPLIT", True)
    monkeypatch.setattr(store_mod, "JOIN_WAIT_SILENCE_DAYS", None)
    assert any({"d31009t", "d30044t"} <= t for t in _topics(tmp_path, 10))
