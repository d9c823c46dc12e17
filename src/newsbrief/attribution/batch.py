"""``newsbrief attribute --batch``: claims checked against their stories, JSONL in and out.

STORIES is the batch input schema (one story per line); CLAIMS holds one
``{"story", "claim_id", "claim"}`` object per line. The output has one line per claim, in
input order: ``{"claim_id", "supported_by": [...], "contradicted_by": [...]}`` with
offsets into each document's text as given. Errors follow ``newsbrief batch``: by default
the first bad line stops the run with its file, line and id; ``on_error="skip"`` reports
it, writes the claim with an ``"error"`` key and goes on.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any, TextIO

from ..errors import InputError, NewsbriefError, OptionsError
from ..ingest import StoryInput, iter_jsonl_lines, json_object_line, parse_story_line
from ..model import Article, Support
from . import to_raw
from .align import Attribution, Semantic, StoryIndex

# Built story indexes kept at once; claims usually come grouped by story.
INDEX_CACHE = 32


@dataclass
class AttributeReport:
    done: int = 0
    skipped: list[str] = field(default_factory=list)


def support_record(s: Support) -> dict[str, Any]:
    return {"document": s.article_id, "start": s.start, "end": s.end, "score": s.score}


def attribution_record(claim_id: str, att: Attribution) -> dict[str, Any]:
    return {
        "claim_id": claim_id,
        "supported_by": [support_record(s) for s in att.supported_by],
        "contradicted_by": [support_record(s) for s in att.contradicted_by],
    }


def _read_stories(path: str, report: AttributeReport, on_error: str) -> dict[str, StoryInput]:
    stories: dict[str, StoryInput] = {}
    first_line: dict[str, int] = {}
    for n, line in iter_jsonl_lines(path):
        try:
            story = parse_story_line(line, n, path)
            if story.id in stories:
                # claims name stories by id: which of the two would they mean?
                raise InputError(
                    f"duplicate story id {story.id!r} (first on line {first_line[story.id]})",
                    where=f"{path}:{n}",
                    hint="give every story its own id",
                )
        except NewsbriefError as exc:
            if on_error == "raise":
                raise
            report.skipped.append(str(exc))
            continue
        stories[story.id] = story
        first_line[story.id] = n
    if not stories and not report.skipped:
        raise InputError("no stories in the input", where=path)
    return stories


def _parse_claim(line: str, n: int, path: str) -> tuple[str, str, str]:
    where = f"{path}:{n}"
    obj = json_object_line(line, where, "claim")
    cid = obj.get("claim_id")
    if not isinstance(cid, (str, int)) or isinstance(cid, bool):
        raise InputError("claim has no 'claim_id' string", where=where)
    where = f"{path}:{n} (id {cid})"
    sid = obj.get("story")
    if not isinstance(sid, (str, int)) or isinstance(sid, bool):
        raise InputError("claim has no 'story' id", where=where)
    text = obj.get("claim")
    if not isinstance(text, str):
        raise InputError("claim has no 'claim' string", where=where)
    return str(cid), str(sid), text


def _build(story: StoryInput, semantic: Semantic | None) -> tuple[StoryIndex, dict[str, Article]]:
    from ..api import prepare

    try:
        prepared = prepare(list(story.documents))
    except NewsbriefError as exc:
        raise InputError(exc.message, where=story.where, hint=exc.hint) from exc
    # every article is searched, near-duplicates included
    index = StoryIndex(prepared.articles, prepared.sentences, semantic=semantic)
    return index, {a.id: a for a in prepared.articles}


def run_attribute_batch(
    stories_path: str,
    claims_path: str,
    out: TextIO,
    *,
    on_error: str = "raise",
    semantic: Semantic | None = None,
) -> AttributeReport:
    """Attribute every claim of ``claims_path`` against its story; see the module docstring."""
    if on_error not in ("raise", "skip"):
        raise OptionsError(f"on_error must be 'raise' or 'skip', got {on_error!r}")
    report = AttributeReport()
    stories = _read_stories(stories_path, report, on_error)
    cache: OrderedDict[str, tuple[StoryIndex, dict[str, Article]]] = OrderedDict()
    any_claim = False
    for n, line in iter_jsonl_lines(claims_path):
        any_claim = True
        cid: str | None = None
        try:
            cid, sid, text = _parse_claim(line, n, claims_path)
            if sid not in stories:
                raise InputError(
                    f"unknown story id {sid!r}",
                    where=f"{claims_path}:{n} (id {cid})",
                    hint=f"no story with that id in {stories_path}",
                )
            if sid not in cache:
                cache[sid] = _build(stories[sid], semantic)
                if len(cache) > INDEX_CACHE:
                    cache.popitem(last=False)
            cache.move_to_end(sid)
            index, by_id = cache[sid]
            att = to_raw(index.attribute(text), by_id)
        except NewsbriefError as exc:
            if on_error == "raise":
                raise InputError(
                    exc.message,
                    where=exc.where,
                    hint=exc.hint or "use --on-error skip to finish the other claims",
                ) from exc
            report.skipped.append(str(exc))
            record = attribution_record(cid or "", Attribution(""))
            record["claim_id"] = cid
            record["error"] = str(exc)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            continue
        report.done += 1
        out.write(json.dumps(attribution_record(cid, att), ensure_ascii=False) + "\n")
    if not any_claim:
        raise InputError("no claims in the input", where=claims_path)
    return report
