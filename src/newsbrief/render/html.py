"""HTML report. Not supported yet in this build."""

from __future__ import annotations

from ..errors import OptionsError
from ..model import Summary


def render_html(summary: Summary) -> str:
    raise OptionsError("--format html is not supported yet", hint="use markdown or json")
