"""Stories from a stream of articles: clustering, an incremental store and digests.

``newsbrief.cluster`` (in :mod:`.cluster`) groups a pile of articles; :class:`StoryStore`
(in :mod:`.store`) keeps stories current as articles arrive; :mod:`.digest` summarizes
them as a ranked briefing.
"""

from __future__ import annotations

from .docs import AddResult, ClusterResult, SkippedArticle
from .store import StoredStory, StoryStore

__all__ = ["AddResult", "ClusterResult", "SkippedArticle", "StoredStory", "StoryStore"]
