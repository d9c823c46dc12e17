"""Batch clustering quality on DUC 2003 with all, none or part of the articles dated
(history: round clU).

    python benchmarks/cluster_partly_dated.py [--seeds 0 1 2] [--shares 1 0.5 0]

Why: the mixes newsbrief is scored on may lack dates on many articles, and a mix with
some dated and some undated articles is the common case (a wire feed with dates beside
scraped pages without). An article keeps its date with probability ``share`` (drawn per
seed); the others get ids that reveal no date (LDC ids encode one) and no ``published``.
``--text-dates any|lead``: an undated article is dated by the latest full date its text
states ("Oct. 30, 1998"), anywhere (``any``) or in its first 120 characters, where a
dateline would carry it (``lead``), as a reader of dates in the text would; the script
prints how many articles that dates and how far those dates lie from the real ones.
DUC 2003 is research-licensed: read from ../shared at run time, never copied.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from cluster_quality import batch, duc  # noqa: E402

from newsbrief.ingest import date_from_ldc_id  # noqa: E402
from newsbrief.stories.engine import DEFAULT_THRESHOLD  # noqa: E402

_MONTH = (
    r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_FULL_DATE = re.compile(r"\b" + _MONTH + r"\s+(\d{1,2}),?\s+((?:19|20)\d\d)\b")


def text_date(text: str, where: str) -> str | None:
    """The latest full date ``text`` states (``where``: ``any`` or ``lead``), ISO."""
    found = []
    for m in _FULL_DATE.finditer(text if where == "any" else text[:120]):
        try:
            day = dt.datetime.strptime(f"{m[1][:3]} {m[2]} {m[3]}", "%b %d %Y").date()
        except ValueError:
            continue
        found.append(day.isoformat())
    return max(found) if found else None


def with_text_dates(mix: list, where: str) -> tuple[list, list[float]]:
    """Undated articles dated by :func:`text_date`; and how many days each such date
    lies from the article's real publication date."""
    real = {a["text"]: date_from_ldc_id(a["id"]) for a, _ in duc()}
    out, off = [], []
    for a, g in mix:
        if not a.get("published"):
            d = text_date(a["text"], where)
            if d:
                a = {**a, "published": d}
                true = real.get(a["text"])
                if true:
                    off.append(abs((dt.date.fromisoformat(d) - dt.date.fromisoformat(true)).days))
        out.append((a, g))
    return out, off


def partly_dated(mix: list, share: float, seed: int) -> list:
    """Each article dated (its LDC date as ``published``) with probability ``share``."""
    rng = random.Random(seed)
    out = []
    for a, g in mix:
        h = hashlib.sha1(f"{seed}:{a['id']}".encode()).hexdigest()[:12]
        art = {"id": "x" + h, "text": a["text"]}
        if rng.random() < share:
            art["published"] = date_from_ldc_id(a["id"]) or ""
        out.append((art, g))
    rng.shuffle(out)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    ap.add_argument("--shares", type=float, nargs="+", default=[1.0, 0.5, 0.0])
    ap.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    ap.add_argument(
        "--text-dates", choices=("any", "lead"), help="date undated articles from their text"
    )
    args = ap.parse_args()
    mix = duc()
    print(f"DUC 2003, {len(mix)} articles, batch, threshold {args.threshold}")
    print("| dated share | " + " | ".join(f"seed {s}" for s in args.seeds) + " | mean |")
    print("|---" * (len(args.seeds) + 2) + "|")
    for share in args.shares:
        f1 = []
        for s in args.seeds:
            mixed = partly_dated(mix, share, s)
            if args.text_dates:
                mixed, off = with_text_dates(mixed, args.text_dates)
                far = sum(o > 7 for o in off)
                print(f"  seed {s}: {len(off)} dated from their text, {far} over a week off")
            f1.append(batch(mixed, args.threshold)["F1"])
        cells = " | ".join(f"{f:.3f}" for f in f1)
        print(f"| {share:g} | {cells} | {sum(f1) / len(f1):.3f} |", flush=True)


if __name__ == "__main__":
    main()
