"""Direct quotes with their speakers, merged when several outlets carry the same words.

A quote is a double-quoted span of four words or more whose speaker the article names
next to it: after it (``"...," Dorrian said``, ``"...," said Col. John Dorrian``) or
before it in the same sentence (``al-Baghdadi says, adding, "..."``). A pronoun speaker
("he added") is the person most recently named as speaking or with a role ("ISIS leader
Abu Bakr al-Baghdadi", "Col. John Dorrian, spokesman for ..."); a quote that only
continues the previous one in its paragraph keeps its speaker. Quoted titles and scare
quotes have no speaker and are left out. Outlets often translate or trim a quote
differently, so quotes by the same speaker merge when most of the shorter one's words
recur in the other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..model import Article, Support
from ..text import content_stems

_NAME_TOKEN = r"(?:[a-z]{1,3}-)?[A-Z][\w'’.-]*"
_NAME = rf"{_NAME_TOKEN}(?:\s+(?:(?:de|bin|van|von|al)\s+)?{_NAME_TOKEN}){{0,3}}"
_PRONOUN = r"(?:[Hh]e|[Ss]he)"
_SPEECH = (
    r"(?:said|says|added|adds|told|tells|urged|urges|called\s+on|calls\s+on|warned|warns|"
    r"declared|declares|wrote|writes|asked|asks|insisted|insists|argued|argues|explained|"
    r"noted|continued|stated|replied|recalled|tweeted|posted)"
)
_ADVERB = r"(?:\s+(?:\w+ly|also|later|then|again|once))?"
_AFTER = re.compile(
    rf"^\s*,?\s*(?:(?P<who>{_NAME}|{_PRONOUN}){_ADVERB}\s+{_SPEECH}\b"
    rf"|{_SPEECH}\s+(?P<who2>{_NAME}))"
)
_BEFORE = re.compile(rf"(?P<who>{_NAME}|{_PRONOUN}){_ADVERB}\s+{_SPEECH}\b")
_ROLES = (
    r"(?:leader|spokesman|spokeswoman|spokesperson|chief|executive|chair|chairman|chairwoman|"
    r"member|lawyer|attorney|judge|minister|president|mayor|governor|senator|official|"
    r"commander|director|secretary|head|officer|prosecutor|founder|analyst|Col\.|Gen\.|"
    r"Lt\.|Sgt\.|Capt\.|Maj\.|Adm\.|Mr\.|Mrs\.|Ms\.|Dr\.|Prof\.|Rev\.|Sen\.|Gov\.|Rep\.)"
)
_ROLE_BEFORE = re.compile(rf"\b{_ROLES}\s+(?P<who>{_NAME})")
_ROLE_AFTER = re.compile(
    rf"(?P<who>{_NAME}),\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){{0,2}}{_ROLES}\b"
)
_QUOTE = re.compile(r'"([^"\n]+)"|“([^”\n]+)”')
_SENTENCE_END = re.compile(r"[.!?][\"”']?\s+")
_TITLE_WORDS = frozenset(
    """
        col gen lt sgt capt maj adm mr mrs ms dr prof rev sen gov rep the
        """.split()
)
MIN_WORDS = 4
# Share of the shorter quote's content words the longer one must hold to be the same quote.
MERGE_CONTAINMENT = 0.5


@dataclass(frozen=True, slots=True)
class FoundQuote:
    """One quote as merged across outlets (cleaned offsets; the API turns it into
    :class:`newsbrief.model.Quote`)."""

    speaker: str
    text: str
    sources: tuple[Support, ...]


def speaker_key(name: str) -> str:
    """``Abu Bakr al-Baghdadi``, ``al-Baghdadi`` and ``Baghdadi`` are one speaker."""
    last = name.split()[-1].strip(".,'’").lower()
    return re.sub(r"^[a-z]{1,3}-", "", last)


def _clean_name(name: str) -> str:
    words = name.split()
    while words and words[0].rstrip(".").lower() in _TITLE_WORDS:
        words = words[1:]
    return " ".join(words) if words else name


def _people(text: str) -> list[tuple[int, str]]:
    """(position, name) for each mention of someone with a role or a speech verb."""
    found: list[tuple[int, str]] = []
    for rx in (_ROLE_BEFORE, _ROLE_AFTER, _BEFORE):
        for m in rx.finditer(text):
            who = m.group("who")
            if re.fullmatch(_PRONOUN, who):
                continue
            found.append((m.start("who"), _clean_name(who)))
    found.sort()
    return found


def _resolve(pos: int, people: list[tuple[int, str]]) -> str | None:
    before = [name for p, name in people if p < pos]
    return before[-1] if before else None


def article_quotes(article: Article) -> list[tuple[str, Support]]:
    """(speaker, span) for each attributed quote of one article (cleaned offsets)."""
    text = article.text
    people = _people(text)
    out: list[tuple[str, Support]] = []
    last: tuple[int, str] | None = None  # (end of previous quote, its speaker)
    for m in _QUOTE.finditer(text):
        inner = m.group(1) if m.group(1) is not None else m.group(2)
        start = m.start(1) if m.group(1) is not None else m.start(2)
        end = start + len(inner)
        body = inner.strip(" ,.")
        if len(body.split()) < MIN_WORDS:
            continue
        para_start = text.rfind("\n", 0, m.start()) + 1
        para_end = text.find("\n", m.end())
        para_end = len(text) if para_end < 0 else para_end
        after = text[m.end() : min(m.end() + 80, para_end)]
        head = text[para_start : m.start()]
        cut = [x.end() for x in _SENTENCE_END.finditer(head)]
        sentence_before = head[cut[-1] :] if cut else head
        who: str | None = None
        a = _AFTER.match(after)
        if a:
            who = a.group("who") or a.group("who2")
        else:
            b = list(_BEFORE.finditer(sentence_before))
            if b:
                who = b[-1].group("who")
        if who is not None and re.fullmatch(_PRONOUN, who):
            who = _resolve(m.start(), people)
        if (
            who is None
            and last is not None
            and m.start() - last[0] < 120
            and (text.count("\n", last[0], m.start()) == 0)
        ):
            who = last[1]  # the same speaker going on in the next sentence
        if who is None:
            continue
        who = _clean_name(who)
        last = (m.end(), who)
        # trim the punctuation a quote ends with inside the marks
        while end > start and text[end - 1] in " ,.":
            end -= 1
        out.append((who, Support(article.id, start, end, 1.0, text[start:end])))
    return out


def _same(a: frozenset[str], b: frozenset[str]) -> bool:
    small = min(len(a), len(b))
    return small > 0 and len(a & b) / small >= MERGE_CONTAINMENT


def story_quotes(articles: Sequence[Article]) -> tuple[FoundQuote, ...]:
    """Every attributed quote of the story, merged across outlets, in first-seen order."""
    groups: list[dict[str, Any]] = []
    full_names: dict[str, str] = {}
    for art in articles:
        for _, name in _people(art.text):
            key = speaker_key(name)
            if len(name) > len(full_names.get(key, "")):
                full_names[key] = name
        for who, span in article_quotes(art):
            key = speaker_key(who)
            words = frozenset(content_stems(span.text))
            for g in groups:
                if g["key"] == key and _same(g["words"], words):
                    if all(
                        s.article_id != span.article_id or s.start != span.start
                        for s in g["sources"]
                    ):
                        g["sources"].append(span)
                    if len(span.text) > len(g["text"]):
                        g["text"] = span.text
                    g["words"] = g["words"] | words
                    break
            else:
                groups.append(
                    {"key": key, "who": who, "text": span.text, "words": words, "sources": [span]}
                )
    return tuple(
        FoundQuote(full_names.get(g["key"], g["who"]), g["text"], tuple(g["sources"]))
        for g in groups
    )
