"""``newsbrief eval``: score summaries of JSONL stories against their references."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from ..errors import InputError
from ..model import Story
from ..options import SummaryOptions
from .rouge import METRICS, average, score_summary


@dataclass
class EvalResult:
    systems: dict[str, dict[str, float]] = field(default_factory=dict)
    per_story: dict[str, dict[str, dict[str, float]]] = field(default_factory=dict)
    n_stories: int = 0
    words: int = 100

    def to_dict(self) -> dict[str, object]:
        return {"words": self.words, "stories": self.n_stories, "systems": self.systems}


BASELINES = ("lead",)


def load_summaries(path: str) -> dict[str, str]:
    """``{"id", "summary"}`` lines (what ``newsbrief batch`` writes) by story id."""
    from ..ingest import iter_jsonl_lines, json_object_line

    out: dict[str, str] = {}
    for n, line in iter_jsonl_lines(path):
        # one reader for every JSONL input: a cut line, a bad byte or a lone surrogate
        # is said in words a user can act on, with the file and line
        obj = json_object_line(line, f"{path}:{n}", "summary")
        if "id" not in obj or not isinstance(obj.get("summary"), str):
            raise InputError(
                "line needs 'id' and 'summary'",
                where=f"{path}:{n}",
                hint='write {"id": STORY_ID, "summary": TEXT}, as newsbrief batch does',
            )
        out[str(obj["id"])] = obj["summary"]
    return out


def read_stories(path: str) -> Iterator[Story]:
    """The stories of a JSONL file, one by one (errors name the file and line)."""
    from ..ingest import iter_jsonl_lines, parse_story_line

    for n, line in iter_jsonl_lines(path):
        yield parse_story_line(line, n, path)


def evaluate(
    stories: Iterable[Story | Mapping[str, object]] | str | os.PathLike[str],
    *,
    summaries: Mapping[str, str] | None = None,
    words: int = 100,
    options: SummaryOptions | None = None,
    baselines: Iterable[str] = (),
    oracle: bool = False,
    where: str | None = None,
) -> EvalResult:
    """ROUGE of newsbrief (or of the given ``summaries`` by story id) and of baselines.

    ``stories``: :class:`Story` objects or dicts in the batch schema (``{"id",
    "documents", "references"}``, as every batch call takes), or the path of a JSONL file
    of them. DUC convention: each summary is cut at ``words`` words, recall is averaged over a
    story's references, then over stories. ``lead`` is the opening of the newest article
    (the ``lead`` method, the same code as ``--method lead``).
    """
    from ..api import prepare, summarize_prepared

    if isinstance(stories, (str, os.PathLike)):
        stories = read_stories(os.fspath(stories))

    options = options or SummaryOptions(words=words, fill=True)
    options.validate()
    baselines = tuple(baselines)
    for b in baselines:
        if b not in BASELINES:
            raise InputError(f"unknown baseline {b!r}", hint="the baseline is 'lead'")
    lead = SummaryOptions(words=words, fill=True, method="lead")
    result = EvalResult(words=words)
    rows: dict[str, list[dict[str, float]]] = {}
    system_name = "summaries" if summaries is not None else f"newsbrief:{options.method}"
    for index, item in enumerate(stories):
        story = _as_story(item, index)
        if not story.references:
            raise InputError(
                "story has no 'references' to score against", where=story.where or story.id
            )
        scores: dict[str, dict[str, float]] = {}
        prepared = None
        if baselines or oracle or summaries is None:
            prepared = prepare(story)
            if not prepared.articles:
                raise InputError(
                    "every article is empty after cleaning", where=story.where or story.id
                )
        if summaries is not None:
            if story.id not in summaries:
                raise InputError(f"no summary for story {story.id}", where=where)
            text = summaries[story.id]
        else:
            assert prepared is not None
            text = summarize_prepared(prepared, options, story_id=story.id).text
        scores[system_name] = score_summary(text, story.references, words)
        if "lead" in baselines:
            assert prepared is not None
            lead_text = summarize_prepared(prepared, lead, story_id=story.id).text
            scores["lead"] = score_summary(lead_text, story.references, words)
        if oracle:
            from .oracle import oracle_summary

            assert prepared is not None
            scores["oracle"] = score_summary(
                oracle_summary(prepared.sentences, story.references, words),
                story.references,
                words,
            )
        for k, v in scores.items():
            rows.setdefault(k, []).append(v)
        result.per_story[story.id] = scores
        result.n_stories += 1
    result.systems = {k: average(v) for k, v in rows.items()}
    return result


def _as_story(item: object, index: int) -> Story:
    """A story to score from what a caller has: a Story or a batch-schema dict, read as
    ``summarize_batch`` reads it (the same errors, naming the item)."""
    from ..api import _as_story as as_batch_story

    return as_batch_story(item, index, None)


def format_table(result: EvalResult) -> str:
    cols = [
        ("R-1", "rouge1_r"),
        ("R-2", "rouge2_r"),
        ("R-SU4", "rougeSU4_r"),
        ("R-L", "rougeL_r"),
        ("R-1 F", "rouge1_f"),
        ("R-2 F", "rouge2_f"),
    ]
    head = f"{'system':<24}" + "".join(f"{c:>8}" for c, _ in cols)
    stories = f"{result.n_stories} stor{'y' if result.n_stories == 1 else 'ies'}"
    words = f"{result.words} word{'' if result.words == 1 else 's'}"
    lines = [f"ROUGE recall (x100), {stories}, cut at {words}", head]
    for name, s in result.systems.items():
        lines.append(f"{name:<24}" + "".join(f"{100 * s[k]:8.2f}" for _, k in cols))
    return "\n".join(lines)


__all__ = ["METRICS", "EvalResult", "evaluate", "format_table", "load_summaries", "read_stories"]
