"""Fixtures for the service tests: the app under TestClient, and the example story."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from newsbrief.service import Settings, create_app

from ..conftest import EXAMPLE, STORY_A

OUTLETS = {"fox-news": "Fox News", "nbc-news": "NBC News"}


@pytest.fixture
def example_docs() -> list[dict[str, Any]]:
    """The bundled example story as API documents, exactly as scraped."""
    return [
        {"id": p.stem, "text": p.read_text(encoding="utf-8"), "source": OUTLETS[p.stem]}
        for p in sorted(EXAMPLE.glob("*.txt"))
    ]


@pytest.fixture
def bridge_docs() -> list[dict[str, Any]]:
    return [{**d, "source": f"Outlet {k}"} for k, d in enumerate(STORY_A, 1)]


def make_client(tmp_path: Path, **settings: Any) -> TestClient:
    settings.setdefault("db", str(tmp_path / "stories.sqlite"))
    return TestClient(create_app(Settings(**settings)))


SECRET = "secret internal detail"


@contextmanager
def client_with_a_bug(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    """A client of an app whose summarizing fails with an unexpected exception (a bug)
    carrying ``SECRET``; the client gets the answer a user would, not the exception."""
    import newsbrief.service.routes as routes

    def broken(docs: Any, options: Any) -> Any:
        raise RuntimeError(SECRET)

    monkeypatch.setattr(routes, "summarize_json", broken)
    app = create_app(Settings(db=str(tmp_path / "s.sqlite")))
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    with make_client(tmp_path) as c:
        yield c
