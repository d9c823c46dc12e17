"""What `newsbrief.attribute` says of one claim, in the form behaviour tests assert on."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import newsbrief


def verdicts(story: Sequence[Any], claim: str) -> tuple[list[str], dict[str, str]]:
    """The articles that support the claim, and each contradicting one's explanation."""
    (att,) = newsbrief.attribute(story, [claim])
    return (
        [e.article_id for e in att.supported_by],
        {e.article_id: e.explanation for e in att.contradicted_by},
    )
