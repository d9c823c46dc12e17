"""Request and answer shapes of the JSON API, for validation and the OpenAPI spec.

Documents follow the batch schema of ``newsbrief batch`` (unknown keys are ignored, as
there); request objects refuse unknown keys so that a typo such as ``"word": 50`` is an
error, not a silently ignored option.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..options import METHODS


class Document(BaseModel):
    """One article: its text, a page's HTML, or a URL to fetch (needs ``newsbrief[html]``)."""

    model_config = ConfigDict(extra="allow")

    id: str | int | None = Field(default=None, description="unique within the request")
    text: str | None = None
    html: str | None = Field(default=None, description="a page's markup; main text extracted")
    url: str | None = Field(default=None, description="fetched when text and html are absent")
    title: str | None = None
    source: str | None = Field(default=None, description="the outlet, e.g. 'Reuters'")
    published: str | None = Field(default=None, description="ISO 8601 preferred")
    author: str | None = None
    markup: Literal["text", "markdown"] | None = Field(
        default=None, description="'markdown' when text is markdown (markup is not text)"
    )

    def as_batch_dict(self) -> dict[str, Any]:
        """The document as the batch schema's dict (what ``newsbrief.ingest`` parses)."""
        return {k: v for k, v in self.model_dump().items() if v is not None}


class SummarizeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    documents: list[Document] = Field(min_length=1)
    words: int | None = Field(default=100, ge=1, description="word budget; null for none")
    sentences: int | None = Field(default=None, ge=1, description="sentence budget")
    fill: bool = Field(default=False, description="let the last sentence pass the word budget")
    method: str = Field(
        default="default",
        description="selection method (checked by the API: an unknown one is a 422)",
        json_schema_extra={"enum": list(METHODS)},
    )
    quotes: bool = Field(default=False, description="add direct quotes with their speakers")


class ArticlesRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    articles: list[Document] = Field(min_length=1)


class Assigned(BaseModel):
    id: str = Field(description="the article id")
    story: str = Field(description="the id of the story the article belongs to")


class Skipped(BaseModel):
    id: str = Field(description="the article id")
    where: str = Field(description="its place in the request: articles[i] (id ID)")
    reason: str = Field(description="why it was not stored, e.g. no article text")


class ArticlesAnswer(BaseModel):
    articles: list[Assigned] = Field(description="each stored article and its story")
    skipped: list[Skipped] = Field(
        default_factory=list, description="articles not stored (the others were)"
    )
    kept_stored_text: list[Skipped] = Field(
        default_factory=list,
        description="ids already stored with other text: the stored text was kept "
        "(re-adding an id changes nothing)",
    )


class StoryDocument(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str
    title: str | None = None
    source: str | None = Field(default=None, description="the outlet as posted")
    outlet: str | None = Field(
        default=None,
        description="the outlet n_sources counts: the source, else the URL's host, "
        "else the wire code of an LDC id",
    )
    url: str | None = None
    published: str | None = None


class StoryItem(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str
    title: str | None = None
    documents: list[StoryDocument]
    n_sources: int
    updated: str | None = None
    summary: str | None = Field(default=None, description="with ?summaries=true")


class StoriesAnswer(BaseModel):
    stories: list[StoryItem]
    limit: int
    offset: int
    next_offset: int | None = Field(description="offset of the next page; null on the last")


class ErrorAnswer(BaseModel):
    error: str = Field(description="InputError, OptionsError, FetchError, PayloadTooLarge...")
    message: str
    where: str | None = Field(default=None, description="the bad document, e.g. 'documents[2]'")
    hint: str | None = None


class Health(BaseModel):
    status: Literal["ok"]
    version: str
    store: str | None
