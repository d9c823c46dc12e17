"""``newsbrief eval``: score summaries of JSONL stories against their references."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..api import prepare, summarize_prepared
from ..errors import InputError
from ..ingest import RawDocument, iter_jsonl_lines, parse_story_line
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


def lead_summary(documents: Sequence[RawDocument], words: int) -> str:
    """First ``words`` words of the newest article, DUC's lead baseline.

    Newest by publication date when known (ties and unknown dates: the later in input order).
    """
    if not documents:
        return ""
    newest = max(range(len(documents)), key=lambda i: (documents[i].published or "", i))
    return " ".join(documents[newest].text.split()[:words])


def load_summaries(path: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for n, line in iter_jsonl_lines(path):
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"malformed JSON ({exc.msg})", where=f"{path}:{n}") from exc
        if not isinstance(obj, dict) or "id" not in obj or not isinstance(obj.get("summary"), str):
            raise InputError("line needs 'id' and 'summary'", where=f"{path}:{n}")
        out[str(obj["id"])] = obj["summary"]
    return out


def evaluate(
    stories_path: str,
    *,
    summaries_path: str | None = None,
    words: int = 100,
    options: SummaryOptions | None = None,
    baselines: Sequence[str] = (),
    oracle: bool = False,
) -> EvalResult:
    """ROUGE of newsbrief (or of the given summaries) and of baselines, DUC convention."""
    options = options or SummaryOptions(words=words, fill=True)
    given = load_summaries(summaries_path) if summaries_path else None
    result = EvalResult(words=words)
    rows: dict[str, list[dict[str, float]]] = {}
    system_name = "summaries" if given is not None else f"newsbrief:{options.method}"
    for n, line in iter_jsonl_lines(stories_path):
        story = parse_story_line(line, n, stories_path)
        if not story.references:
            raise InputError("story has no 'references' to score against", where=story.where)
        scores: dict[str, dict[str, float]] = {}
        if given is not None:
            if story.id not in given:
                raise InputError(f"no summary for story {story.id}", where=summaries_path)
            text = given[story.id]
        else:
            prepared = prepare(list(story.documents))
            if not prepared.articles:
                raise InputError("every article is empty after cleaning", where=story.where)
            text = summarize_prepared(prepared, options, story_id=story.id).text
        scores[system_name] = score_summary(text, story.references, words)
        for b in baselines:
            if b == "lead":
                lead = lead_summary(story.documents, words)
                scores["lead"] = score_summary(lead, story.references, words)
            else:
                raise InputError(f"unknown baseline {b!r}", hint="the baseline is 'lead'")
        if oracle:
            from .oracle import oracle_summary

            prepared = prepare(list(story.documents))
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
    lines = [f"ROUGE recall (x100), {result.n_stories} stories, cut at {result.words} words", head]
    for name, s in result.systems.items():
        lines.append(f"{name:<24}" + "".join(f"{100 * s[k]:8.2f}" for _, k in cols))
    return "\n".join(lines)


__all__ = ["METRICS", "EvalResult", "evaluate", "format_table"]
