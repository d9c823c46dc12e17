"""Shared fixtures for the attribution tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

import pytest

from newsbrief.attribution import config


@pytest.fixture
def config_with() -> Iterator[Callable[..., config.Config]]:
    """Change attribution constants for one test (``config_with(rounded_figures=0)``);
    whatever the test does, the constants it started with come back after it, so no
    switch leaks into the next test."""
    base = config.get()

    def change(**changes: Any) -> config.Config:
        config.set_config(replace(config.get(), **changes))
        return config.get()

    yield change
    config.set_config(base)
