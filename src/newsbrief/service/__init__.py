"""The HTTP service and web page behind ``newsbrief serve`` (the ``[serve]`` extra).

A thin layer like the CLI: routes parse a request, call the Python API (``summarize``,
the story store) and render the same objects as JSON or as server-side HTML pages.
"""

from __future__ import annotations

from .settings import Settings

__all__ = ["Settings", "create_app"]


def create_app(settings: Settings | None = None):  # type: ignore[no-untyped-def]
    """The ASGI app; imported lazily so that a missing extra gives one clear error."""
    from .app import create_app as _create

    return _create(settings)
