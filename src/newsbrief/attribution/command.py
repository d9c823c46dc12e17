"""``newsbrief attribute``: the command behind the CLI parser entry (kept out of cli.py)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from ..errors import InputError, OptionsError
from ..model import Article, Support
from .align import Attribution

EXIT_OK, EXIT_PARTIAL = 0, 1


def _read_summary(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    try:
        with open(path, encoding="utf-8") as f:
            return f.read()
    except OSError as exc:
        raise InputError(f"cannot read summary: {exc.strerror}", where=path) from exc
    except UnicodeDecodeError as exc:
        raise InputError("summary is not UTF-8 text", where=path) from exc


def _span_json(s: Support, by_id: dict[str, Article]) -> dict[str, Any]:
    art = by_id.get(s.article_id)
    text = s.text
    if art is not None:
        start, end = art.to_raw(s.start, s.end)
        text = art.text[s.start : s.end]
    else:
        start, end = s.start, s.end
    return {"document": s.article_id, "start": start, "end": end, "score": s.score, "text": text}


def report_json(atts: tuple[Attribution, ...], by_id: dict[str, Article]) -> dict[str, Any]:
    """Cleaned-offset attributions as JSON with offsets into the text as given."""
    return {
        "sentences": [
            {
                "text": a.text,
                "supported": a.supported,
                "supported_by": [_span_json(s, by_id) for s in a.supported_by],
                "contradicted_by": [
                    {**_span_json(s, by_id), "details": list(dict(a.reasons).get(s.article_id, ()))}
                    for s in a.contradicted_by
                ],
            }
            for a in atts
        ],
        "articles": [{"id": a.id, "source": a.source, "title": a.title} for a in by_id.values()],
    }


def report_text(atts: tuple[Attribution, ...], by_id: dict[str, Article]) -> str:
    lines = []
    for i, a in enumerate(atts, 1):
        lines.append(f"{i}. {a.text}")
        if not a.supported_by:
            lines.append("   UNSUPPORTED: no article reports this")
        for s in a.supported_by:
            label = by_id[s.article_id].label if s.article_id in by_id else s.article_id
            lines.append(f"   supported by {label} [{s.score:.2f}]: {_one_line(s.text)}")
        why = dict(a.reasons)
        for s in a.contradicted_by:
            label = by_id[s.article_id].label if s.article_id in by_id else s.article_id
            detail = ", ".join(why.get(s.article_id, ()))
            lines.append(f"   CONTRADICTED by {label} ({detail}): {_one_line(s.text)}")
    return "\n".join(lines) + "\n"


def _one_line(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _semantic(args: argparse.Namespace) -> Any:
    if getattr(args, "semantic", None) is None:
        return None
    from .semantic import Embeddings

    return Embeddings(args.semantic or None)


def run(args: argparse.Namespace, write: Callable[[str, str], None]) -> int:
    if args.batch:
        if args.paths or args.summary:
            raise OptionsError(
                "--batch takes no STORY and no --summary", hint="claims come from --claims"
            )
        if not args.claims:
            raise OptionsError("--batch needs --claims CLAIMS.jsonl")
        from ..outfile import open_output
        from .batch import run_attribute_batch

        # atomic: a run stopped by a bad line leaves an earlier OUT intact
        with open_output(args.output, [args.batch, args.claims]) as out:
            report = run_attribute_batch(
                args.batch, args.claims, out, on_error=args.on_error, semantic=_semantic(args)
            )
        from ..cli import report_skipped

        return report_skipped(report.skipped, report.done, "claims attributed")
    if not args.paths:
        raise OptionsError(
            "give the story's articles (STORY...) or --batch",
            hint="newsbrief attribute ARTICLES... --summary FILE",
        )
    if not args.summary:
        raise OptionsError(
            "--summary FILE is required with STORY", hint="the summary to check, - for stdin"
        )
    from ..api import prepare
    from ..ingest import load_documents
    from . import attribute_prepared, split_claims
    from .align import StoryIndex

    docs = load_documents(args.paths)
    claims = split_claims(_read_summary(args.summary))
    if not claims:
        raise InputError("the summary has no sentences", where=args.summary)
    prepared = prepare(docs)
    if not prepared.articles:
        raise InputError("every article is empty after cleaning", where=", ".join(args.paths))
    index = StoryIndex(prepared.articles, prepared.sentences, semantic=_semantic(args))
    atts = attribute_prepared(index, claims)
    by_id = {a.id: a for a in prepared.articles}
    if args.format == "json":
        text = json.dumps(report_json(atts, by_id), ensure_ascii=False, indent=2) + "\n"
    else:
        text = report_text(atts, by_id)
    from ..outfile import write_output

    write_output(text, args.output, [*args.paths, args.summary])  # never over an input
    return EXIT_OK
