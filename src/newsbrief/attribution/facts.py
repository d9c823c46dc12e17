"""What in one sentence can agree or disagree with a claim, read by typed extractors.

A sentence is reduced to its content words in canonical form (:mod:`.lexicon`: stems plus
data-file synonym groups, so "militants killed" meets "fighters died"), its figures
(:mod:`.numbers`), dates (:mod:`.dates`), names (:mod:`.names`) and the words a negation
governs (:mod:`.negation`). Everything is regex and table based: no model download, and
fast enough to run over a ten-article story in a few milliseconds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cache
from types import MappingProxyType

from ..memo import text_memo
from ..text import STOPWORDS
from .dates import (
    MONTHS_ALL,
    WEEKDAYS,
    DateRef,
    date_refs,
    reported_days,
    weekday_abbreviations,
)
from .lexicon import (
    TOKEN,
    antonyms,
    canon,
    event_words,
    irregular_forms,
    is_event,
    is_event_at,
    lines,
    title_forms,
    tokenize,
    word_set,
)
from .names import TITLES, Name, name_keys, proper_words
from .names import names as _names
from .negation import is_negator, negation_scope
from .numbers import (
    CLOCK_CLOSE,
    CLOCK_SIDES,
    HEDGES,
    NOT_CONTENT,
    SCALES,
    UNITS,
    Quantity,
    compatible_bounds,
    currency_positions,
    events_near,
    quantities,
    quantities_agree,
)

__all__ = [
    "PLAN_WORDS",
    "TITLES",
    "Facts",
    "Name",
    "Quantity",
    "Read",
    "aligned_substitutions",
    "antonyms",
    "as_written",
    "canon",
    "compatible_bounds",
    "content_of",
    "copy_share",
    "event_words",
    "facts_of",
    "name_keys",
    "negator_deeds",
    "other_deed",
    "parties_swapped",
    "proper_words",
    "quantities",
    "quantities_agree",
    "read",
    "roles_swapped",
    "same_slot",
    "substitutions",
]


@dataclass(frozen=True, slots=True)
class Facts:
    """What in one sentence can agree or disagree with a claim."""

    content: frozenset[str]  # canonical content words (no numbers)
    words: frozenset[str]  # every lower-cased word and its name keys, for name matching
    quantities: tuple[Quantity, ...]
    dates: tuple[DateRef, ...]
    names: tuple[Name, ...]
    negated: frozenset[str]  # canonical words inside a negation's scope
    has_negation: bool
    modal: frozenset[str] = frozenset()  # negated after a modal: "could not (detain)"
    # (word, the lower-case content word right after it): "ruled out (an) electrical"
    pairs: frozenset[tuple[str, str]] = frozenset()
    # content words in order, "#n" for a figure, "#d" for a weekday or month, "^"/"$" for
    # the sentence's ends: which word stands where ("an outside law firm")
    seq: tuple[str, ...] = ()
    verbs: frozenset[str] = frozenset()  # canonical past-tense verbs and reporting verbs
    name_canons: frozenset[str] = frozenset()  # canonical words of its names
    # each canonical word as first written ("killed" for "kill"): explanations quote these
    forms: dict[str, str] = field(default_factory=dict)
    # words said as a plan, wish or possibility ("will travel", "planned to meet"), and
    # past-tense verbs said as done ("traveled"): a plan is not a done deed
    irrealis: frozenset[str] = frozenset()
    realis: frozenset[str] = frozenset()
    passive: frozenset[str] = frozenset()  # verbs after "was"/"were"/"been": roles flip
    # per coordinated clause ("..., but ..."), when there are several: the canonical
    # words of its names and the values of its figures: who a figure is said of
    clauses: tuple[tuple[frozenset[str], frozenset[float]], ...] = ()
    # the day a statement was made ("said Thursday"): not a date of the event
    said_on: tuple[DateRef, ...] = ()
    # name keys its definite descriptions stand for ("the commission": the Truth and
    # Reconciliation Commission the article named before; names.described_names): they
    # state a name, never a claim's common word ("truth"), so kept apart from ``words``
    described: frozenset[str] = frozenset()

    @staticmethod
    def union(parts: Sequence[Facts]) -> Facts:
        """Several sentences' facts as one window's."""
        if len(parts) == 1:
            return parts[0]
        return Facts(
            content=frozenset().union(*(p.content for p in parts)),
            words=frozenset().union(*(p.words for p in parts)),
            quantities=tuple(q for p in parts for q in p.quantities),
            dates=tuple(d for p in parts for d in p.dates),
            names=tuple(n for p in parts for n in p.names),
            negated=frozenset().union(*(p.negated for p in parts)),
            has_negation=any(p.has_negation for p in parts),
            modal=frozenset().union(*(p.modal for p in parts)),
            pairs=frozenset().union(*(p.pairs for p in parts)),
            seq=tuple(w for p in parts for w in p.seq),
            verbs=frozenset().union(*(p.verbs for p in parts)),
            name_canons=frozenset().union(*(p.name_canons for p in parts)),
            forms={k: v for p in reversed(parts) for k, v in p.forms.items()},
            irrealis=frozenset().union(*(p.irrealis for p in parts)),
            realis=frozenset().union(*(p.realis for p in parts)),
            passive=frozenset().union(*(p.passive for p in parts)),
            said_on=tuple(d for p in parts for d in p.said_on),
            described=frozenset().union(*(p.described for p in parts)),
        )


# Words that are details, compared as numbers or dates rather than as content words.
_DETAIL_WORDS = NOT_CONTENT | frozenset(UNITS) | frozenset(SCALES)
_UNIT_WORDS = frozenset(["day", "days", "week", "weeks", "month", "months", "year", "years"])
_DURATION_WORDS = _UNIT_WORDS | NOT_CONTENT
_VOTE = "vote"
_STANCE = {"voteagainst": "voteno", "voteyes": "votefor"}


Read = tuple[list[str], list[str], list[str | None], frozenset[str]]


def read(text: str) -> Read:
    """What indexing reads of a sentence, kept so :func:`facts_of` need not read it again."""
    return _read(text)


def _read(text: str) -> Read:
    """Tokens, their lower case, their canonical forms, and the sentence's content words."""
    toks = tokenize(text.replace("``", '"').replace("''", '"'))
    # "said Tues.", "Fri., Nov. 20": a weekday abbreviation in a date's place is the day
    lows = weekday_abbreviations(toks, [t.lower() for t in toks])
    canons: list[str | None] = [_token_canon(low) for low in lows]
    _title_canons(toks, lows, canons)
    # "voted for" / "voted against": the preposition carries the fact
    stance = {
        f"vote{lows[k + 1]}"
        for k in range(len(lows) - 1)
        if canons[k] == _VOTE and lows[k + 1] in ("for", "against", "no", "yes")
    }
    content = frozenset(
        c
        for k, (c, low) in enumerate(zip(canons, lows, strict=True))
        if c is not None
        and low not in _DETAIL_WORDS
        and not (k > 0 and low == "long" and lows[k - 1] in _DURATION_WORDS)
        # "nearly 37,000", "an estimated 37,000": the hedge belongs to the figure
        # "minus 26": the sign belongs to the figure too
        and not (
            (low in HEDGES or low == "minus")
            and k + 1 < len(lows)
            and (lows[k + 1][:1].isdigit() or lows[k + 1] in UNITS)
        )
        # "shortly after 9 p.m.": how close to the time, part of the clock figure
        and not (
            low in CLOCK_CLOSE
            and k + 2 < len(lows)
            and lows[k + 1] in CLOCK_SIDES
            and lows[k + 2][:1].isdigit()
        )
        and not (
            k > 0
            and low in _UNIT_WORDS
            and (lows[k - 1][0].isdigit() or lows[k - 1] in UNITS or lows[k - 1] == "-")
        )
    )
    content |= {_STANCE.get(x, x) for x in stance}
    margins, phrase = _margins(lows)
    # "by a single vote" is a margin, not a count of one; "For its part" is a
    # connective, no statement of a part; "dlrs 2.1 billion": the figure's unit
    phrase |= discourse_positions(lows) | currency_positions(toks, lows)
    if phrase:
        kept = {canons[k] for k in range(len(lows)) if k not in phrase}
        content -= {canons[k] for k in phrase} - kept
    content |= {canon(m) for m in margins}
    return toks, lows, canons, content


@text_memo(maxsize=65536)  # every token of every sentence of a story, at indexing
def _token_canon(low: str) -> str | None:
    """A lower-cased token's canonical form, or None for a stopword, a negator, a short
    word or a token that is no word."""
    if low[0].isalpha() and low not in STOPWORDS and not is_negator(low) and len(low) > 2:
        return canon(low.split("'", 1)[0].split("’", 1)[0])
    return None


@cache
def _title_starts() -> frozenset[str]:
    """The first words of the multi-word titles (``title_forms``): a token that is none
    of them starts no title run."""
    return frozenset(run[0] for run in title_forms()[0])


def _title_canons(toks: list[str], lows: list[str], canons: list[str | None]) -> None:
    """One title in its other forms gets one canonical word (data/title_forms.txt):
    "Prime Minister", "Premier" and "PM" state the same post, so a summary's "former PM"
    is covered by an article's "former Premier"."""
    runs, caps, abbrev = title_forms()
    starts = _title_starts()
    n = len(toks)
    for k, tok in enumerate(toks):
        if tok in caps:
            # "PM" the title, not "4 PM" the time of day
            if not (k > 0 and toks[k - 1][:1].isdigit()):
                canons[k] = caps[tok]
        elif tok in abbrev and k + 1 < n and toks[k + 1][:1].isupper():
            canons[k] = abbrev[tok]  # "Sen. Dole": before a name only
        elif k + 1 < n and lows[k] in starts and (lows[k], lows[k + 1]) in runs:
            canons[k] = canons[k + 1] = runs[(lows[k], lows[k + 1])]


# How wide a vote or win was: "narrowly" and "by a single vote" say the same, and deny
# "overwhelmingly" or "unanimously" (one content word each side, see _ANTONYM_PAIRS).
_NARROW = frozenset(["narrowly", "narrow", "slim", "razor-thin"])
_WIDE = frozenset(["overwhelmingly", "overwhelming", "unanimously", "unanimous", "landslide"])
_MARGIN_WORDS = _NARROW | _WIDE | frozenset(["single", "one"])


_POSSESSIVES = frozenset("its his her their our my your".split())


@cache
def _discourse_phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """``data/discourse_phrases.txt`` by first word."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for line in lines("discourse_phrases"):
        words = tuple(line.split())
        out.setdefault(words[0], []).append(words)
    return {k: tuple(v) for k, v in out.items()}


def discourse_positions(lows: Sequence[str]) -> set[int]:
    """The positions of the words of fixed discourse phrases ("for its part", "in
    fact", "on the other hand"): connectives that say how a sentence follows the one
    before, not what it states (``data/discourse_phrases.txt``)."""
    table = _discourse_phrases()
    out: set[int] = set()
    for k, low in enumerate(lows):
        for words in table.get(low, ()):
            end = k + len(words)
            if end <= len(lows) and all(
                w == x or (w == "*" and x in _POSSESSIVES)
                for w, x in zip(words, lows[k:end], strict=True)
            ):
                out.update(range(k, end))
    return out


def _margins(lows: list[str]) -> tuple[set[str], set[int]]:
    """Margin words found, and the positions of "single"/"one" read as a margin."""
    out: set[str] = set()
    phrase: set[int] = set()
    if _MARGIN_WORDS.isdisjoint(lows):
        return out, phrase  # most sentences: no margin word at all
    for k, low in enumerate(lows):
        if low in _NARROW:
            out.add("marginnarrow")
        elif low in _WIDE:
            out.add("marginwide")
        elif (
            low in ("single", "one")
            and k + 1 < len(lows)
            and lows[k + 1] == "vote"
            and "by" in lows[max(0, k - 2) : k]
        ):
            out.add("marginnarrow")
            phrase.add(k)
    return out, phrase


# What may stand between two tokens of a detail as written: spaces, a hyphen or a dash
# ("30-minute", "314–214"), a possessive the tokenizer cuts ("Iraq's forces"), an
# abbreviation's point ("Mrs. Ciller").
_TOKEN_GAP = r"(?:['’]s)?\.?[\s\-–—]*"
_SPACED_HYPHEN = re.compile(r"(?<=\w) ([-–]) (?=\w)")


def as_written(shown: str, *sources: str) -> str:
    """A detail read from tokens (``Quantity.text``, ``DateRef.text``: "30 - minute
    audio") in the words of the first source that holds it ("30-minute audio"); where
    none does (a reader's note such as "involved (planned)"), hyphens are closed up.

    Why: a reader checks an explanation against the article and the claim, so it must
    quote them, not the tokenizer."""
    words = shown.split()
    if not words:
        return shown
    parts = ["[-–—]" if w in ("-", "–", "—") else re.escape(w) for w in words]
    pattern = re.compile(r"(?<!\w)" + _TOKEN_GAP.join(parts) + r"(?!\w)")
    for source in sources:
        if shown in source:
            return shown
        found = pattern.search(source)
        if found is not None:
            return found.group(0)
    if any(w.isalpha() and w.islower() for w in words):
        # a detail read in lower case ("turkey accused Syria") as the source writes it
        loose = re.compile(pattern.pattern, re.IGNORECASE)
        for source in sources:
            found = loose.search(source)
            if found is not None:
                return found.group(0)
    return _SPACED_HYPHEN.sub(r"\1", shown)


# Words before a figure that say how sure or how bounded it is ("about 65", "an
# estimated 37,000", "at least 14", "more than 150", "up to 20"): shown with the figure.
_FIGURE_HEDGE = re.compile(
    r"(?<![\w-])((?:an? estimated|about|around|nearly|almost|roughly|some|approximately|"
    r"estimated|at least|at most|more than|less than|fewer than|over|under|up to|"
    r"upwards of|exceeding)\s+)$",
    re.IGNORECASE,
)


def figure_as_written(shown: str, *sources: str) -> str:
    """A figure of a detail as :func:`as_written` quotes it, with the hedge or bound the
    first source holding it writes before it ("about 65 people", "at least 14 dead").

    Why: ``Quantity.text`` leaves the hedge out, since other checks look figures up by
    that text; a reader shown "65 people vs 60 people" for a claim of "about 65 people"
    reads a claim more exact than the one written."""
    written = as_written(shown, *sources)
    if not written:
        return written
    pattern = re.compile(r"(?<!\w)" + re.escape(written) + r"(?!\w)")
    for source in sources:
        found = pattern.search(source)
        if found is not None:
            hedge = _FIGURE_HEDGE.search(source[max(0, found.start() - 40) : found.start()])
            return hedge.group(1) + written if hedge is not None else written
    return written


def content_of(text: str) -> frozenset[str]:
    """Only the content words of ``text`` (what indexing a story needs)."""
    return _read(text)[3]


def facts_of(
    text: str,
    proper: frozenset[str] = frozenset(),
    done: Read | None = None,
    figures: Sequence[Quantity] | None = None,
) -> Facts:
    """Extract the facts of ``text``; ``proper`` = see :func:`proper_words`; ``done`` =
    :func:`read` of ``text`` and ``figures`` its :func:`quantities`, when the caller
    already has them."""
    toks, lows, canons, content = done if done is not None else _read(text)
    names = _names(toks, lows, proper)
    words: set[str] = set()
    for low in lows:
        if low[0].isalpha():
            words |= name_keys(low)
    for nm in names:
        words |= nm.keys
    negated, modal = negation_scope(lows, canons, toks)
    irrealis, realis, passive, unwanted = _moods(toks, lows, canons, content)
    if unwanted:
        negated, modal = negated | unwanted, modal | unwanted
    forms: dict[str, str] = {}
    for k, (tok, low, c) in enumerate(zip(toks, lows, canons, strict=True)):
        if c is not None:
            # names keep their capitals ("Landzo"), other words are shown lower-case
            forms.setdefault(c, tok if k > 0 and tok[:1].isupper() else low)
    pairs = _pairs(toks, lows, canons, content)
    seq = ["^"]
    for low, c in zip(lows, canons, strict=True):
        if c is not None and c in content:
            seq.append(c)
        elif low[0].isdigit() or low in UNITS or low in SCALES:
            if seq[-1] != "#n":
                seq.append("#n")
        elif low in WEEKDAYS or low in MONTHS_ALL:
            seq.append("#d")
        elif seq[-1] not in _MARKS:
            seq.append("_")  # words between: the two are not one phrase
    if seq[-1] == "_":
        seq.pop()
    seq.append("$")
    return Facts(
        content=content,
        words=frozenset(words),
        quantities=tuple(quantities(toks, lows) if figures is None else figures),
        dates=date_refs(
            toks,
            lows,
            canons,
            lambda i: events_near(toks, i, i + 1),
            lambda j: (
                is_event(toks[j])
                or lows[j] in irregular_forms()
                or (lows[j].endswith("ing") and len(lows[j]) > 5)
            ),
        ),
        names=tuple(names),
        negated=negated,
        has_negation=any(is_negator(low) for low in lows),
        modal=modal,
        pairs=pairs,
        seq=tuple(seq),
        verbs=frozenset(canon(t) for i, t in enumerate(toks) if is_event_at(toks, i)) | _REPORTING,
        name_canons=frozenset(canon(w) for n in names for w in n.words),
        forms=forms,
        irrealis=frozenset(irrealis),
        realis=frozenset(realis),
        passive=frozenset(passive),
        clauses=_clauses(toks, lows, proper),
        said_on=reported_days(toks, lows, canons),
    )


# Words that may stand between a verb and its object: particles and articles.
_GAP = frozenset("out off up down in on a an the its their his her of to into".split())


_MARKS = frozenset(["^", "$", "#n", "#d", "_"])
_REPORTING = frozenset(
    canon(w) for w in "say tell report add announce complain advise warn claim".split()
)


def substitutions(claim: Facts, parts: list[Facts]) -> list[str]:
    """Words of the claim that a sentence of the evidence replaces with others in the
    same place.

    A run of claim words missing from the sentence, next to a neighbour the sentence has
    with one to three other words in their place, is a changed detail, not a paraphrase:
    another name beside a shared word ("Ruth Tate" / "Owen Tate", "Jonas Pell won" /
    "Anna Kovac won"), or another modifier between two shared words ("outside law firm" /
    "outside security firm"). A different verb or noun is too often a paraphrase
    ("pupils" / "students") to count.
    """
    out: list[str] = []
    for p in parts:
        out += _substituted(claim, p)
    return out


def _substituted(claim: Facts, part: Facts) -> list[str]:
    have, seq, ev = part.content, claim.seq, part.seq
    out: list[str] = []
    k = 1
    while k < len(seq) - 1:
        if seq[k] in _MARKS or seq[k] in have:
            k += 1
            continue
        end = k
        while end + 1 < len(seq) - 1 and seq[end + 1] not in _MARKS and seq[end + 1] not in have:
            end += 1
        left, right, run = seq[k - 1], seq[end + 1], seq[k : end + 1]
        k = end + 1
        is_name = any(w in claim.name_canons for w in run)
        if is_name and {left, right} <= {"^", "$", "_"}:
            continue
        if not is_name and (left in _MARKS or right in _MARKS):
            continue
        for i, w in enumerate(ev):
            if w != left:
                continue
            for j in range(i + 2, min(i + 5, len(ev))):
                mid = ev[i + 1 : j]
                if any(m in _MARKS or m in claim.content for m in mid):
                    break
                if (
                    ev[j] == right
                    and _same_kind(claim, part, run, mid, is_name)
                    and not _any_variant(run, mid)
                ):
                    out.append(f"{'/'.join(run)} vs {'/'.join(mid)}")
                    break
    return out


# A replaced run longer than this on either side is a rewording, not one changed detail.
_SLOT = 2


def _replaced_slots(
    a: Sequence[str], b: Sequence[str]
) -> Iterator[tuple[int, int, list[str], list[str]]]:
    """Short runs of ``a`` that an alignment of the two word sequences (``difflib``,
    longest common blocks first) pairs with a short run of other words in ``b``:
    ``(start, end, run, other run)``, punctuation left out of both runs."""
    sm = SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op != "replace":
            continue
        run = [w for w in a[i1:i2] if w not in _MARKS]
        mid = [w for w in b[j1:j2] if w not in _MARKS]
        if run and mid and len(run) <= _SLOT and len(mid) <= _SLOT:
            yield i1, i2, run, mid


def aligned_substitutions(
    claim: Facts,
    part: Facts,
    novel: frozenset[str] | None = None,
    window: frozenset[str] | None = None,
) -> list[str]:
    """Claim words that an alignment of the two sentences pairs with other words.

    The claim's and the sentence's word sequences are aligned (``difflib``, longest
    common blocks first). A short run of claim words the sentence lacks entirely, whose
    slot between two aligned blocks holds other words the claim lacks, is one changed
    detail: "two women" / "two men", "voted overwhelmingly" / "voted narrowly", "a passing
    truck" / "a passing train", "bank account numbers" / "insurance numbers". Unlike
    :func:`substitutions` the slot may sit next to a figure or at the sentence's end. A
    verb on either side is left alone (verbs are paraphrased too often: "taken" /
    "treated"), and the slot must touch an aligned content word, not only punctuation.
    ``novel``: only claim words in it may count (the caller passes the words no article
    of the story uses: "pupils" / "students" is a paraphrase when an outlet says
    "students"); ``window``: words the rest of the evidence window has.
    """
    a, b = claim.seq, part.seq
    if novel is not None and not novel.difference(part.content, window or ()):
        return []  # every word the claim brings in is in the evidence: nothing to swap
    have = window or frozenset()
    out: list[str] = []
    for i1, i2, run, mid in _replaced_slots(a, b):
        if novel is not None and not all(w in novel for w in run):
            continue
        if any(w in part.content or w in have or w in claim.name_canons for w in run):
            continue  # said elsewhere in the sentence, or a name (checked as a name)
        if any(m in claim.content or m in part.name_canons for m in mid):
            continue
        if any(w in claim.verbs for w in run) or any(m in part.verbs for m in mid):
            continue
        if _any_variant(run, mid):
            continue
        left = a[i1 - 1] if i1 > 0 else "^"
        right = a[i2] if i2 < len(a) else "$"
        if left in _EDGE and right in _EDGE:
            continue
        out.append(f"{'/'.join(run)} vs {'/'.join(mid)}")
    if novel:
        done = {w for sub in out for w in sub.split(" vs ")[0].split("/")}
        beside = _beside(claim, part, novel, have)
        out += [sub for sub in beside if sub.split(" vs ")[0] not in done]
    return out


def _beside(claim: Facts, part: Facts, novel: frozenset[str], have: frozenset[str]) -> list[str]:
    """One new claim word whose neighbour the sentence has, followed (or preceded) by
    another word in its place: "arrested two women" / "Two men were arrested", where
    reordering keeps the alignment from pairing them."""
    a, b = claim.seq, part.seq
    out: list[str] = []
    for i in range(1, len(a) - 1):
        w = a[i]
        if w not in novel or w in part.content or w in have or w in claim.name_canons:
            continue
        if w in claim.verbs:
            continue
        for step in (1, -1):
            near, far = a[i - step], a[i + step]
            if near in _EDGE or (near in _MARKS and step < 0):
                continue  # a figure counts the word after it, not the one before
            for j in range(len(b)):
                k = j + step
                if b[j] != near or not 0 < k < len(b) - 1:
                    continue
                m = b[k]
                if m in _MARKS or m in claim.content or m in part.name_canons or m in part.verbs:
                    continue
                if _variant(w, m):
                    continue
                # a name may stand before the swapped word: "Brightmoor peanut butter"
                f = k + step
                while 0 < f < len(b) - 1 and b[f] in part.name_canons and b[f] != far:
                    f += step
                after = b[f]
                if after == far or (after in _MARKS and far in _MARKS):
                    out.append(f"{w} vs {m}")
                    break
            else:
                continue
            break
    return out


_EDGE = frozenset(["^", "$", "_"])


def _variant(a: str, b: str) -> bool:
    """Two spellings of one word ("gasses" / "gases", "onboard" / "aboard"): one edit
    apart, or sharing four letters in a row. "men" / "women" share only three."""
    m = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    if m.size >= 4:
        return True
    if abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 4:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _any_variant(run: Iterable[str], mid: Iterable[str]) -> bool:
    return any(_variant(w, m) for w in run for m in mid)


def _same_kind(
    claim: Facts, ev: Facts, run: tuple[str, ...], mid: tuple[str, ...], is_name: bool
) -> bool:
    if is_name:
        return any(m in ev.name_canons for m in mid)
    return not any(w in claim.verbs for w in run) and not any(m in ev.verbs for m in mid)


def _pairs(
    toks: list[str], lows: list[str], canons: list[str | None], content: frozenset[str]
) -> frozenset[tuple[str, str]]:
    """Each past-tense verb with the next lower-case content word, only particles and
    articles between them: what was ruled out, closed, blamed."""
    out = set()
    for i, c in enumerate(canons):
        if c is None or c not in content or not is_event(toks[i]):
            continue
        for j in range(i + 1, min(i + 4, len(toks))):
            d = canons[j]
            if d is not None and d in content and not lows[j].endswith("ly"):
                if toks[j][0].islower():
                    out.add((c, d))
                break
            if lows[j] not in _GAP and not lows[j].endswith("ly"):  # "started shortly after"
                break
        # the passive: "arson had been ruled out" is what was ruled out
        j = i - 1
        while j >= 0 and lows[j] in _AUX:
            j -= 1
        if j < i - 1 and j >= 0 and any(lows[k] in _BE for k in range(j + 1, i)):
            d = canons[j]
            if d is not None and d in content and toks[j][0].islower():
                out.add((c, d))
    return frozenset(out)


_BE = frozenset(["be", "been", "being", "was", "were", "is", "are"])
_AUX = _BE | frozenset(["had", "has", "have", "not"])


def copy_share(claim: Facts, part: Facts) -> float:
    """How near a copy of the claim ``part`` is: the share of the claim's content words
    it states as written (counted, not weighted: a swapped word is often the rarest)."""
    return len(claim.content & part.content) / max(len(claim.content), 1)


def near_copy_swaps(claim: Facts, part: Facts) -> list[tuple[str, str, str]]:
    """Words a near copy of a sentence has in place of the sentence's own.

    Call it only when ``part`` states most of the claim (see ``config.near_copy``): then
    the two word sequences align almost one to one, and a short run the alignment
    pairs with another short run is one changed detail, verbs included ("expanding" /
    "limiting"). Returns ``(kind, claim words, sentence words)``: kind "roles" when the
    sentence's name in that slot is one the claim names elsewhere (who did what to whom
    swapped), "name" for another name, "word" otherwise.
    """
    a, b = claim.seq, part.seq
    out: list[tuple[str, str, str]] = []
    for _, _, run, mid in _replaced_slots(a, b):
        if any(w in part.content for w in run) and any(m in claim.content for m in mid):
            # both words stand elsewhere in the other sentence: reordered, unless
            # they are names trading places
            if all(w in claim.name_canons for w in run) and all(m in part.name_canons for m in mid):
                out.append(("roles", " ".join(run), " ".join(mid)))
            continue
        if any(w in part.content for w in run) or any(m in claim.content for m in mid):
            continue  # moved, not replaced
        if _any_variant(run, mid):
            continue
        run_names = all(w in claim.name_canons for w in run)
        mid_names = all(m in part.name_canons for m in mid)
        if run_names != mid_names:
            continue  # a name for a word: rewording ("Damascus" / "the Syrian capital")
        out.append(("name" if run_names else "word", " ".join(run), " ".join(mid)))
    return out


# Words that make the verb after them a plan, a wish or a possibility, not a done deed.
_IRREALIS = frozenset(
    """will would plan plans planned planning expected expects intend intends intended
    may might could should hope hopes hoped want wants wanted seek seeks sought aim aims
    propose proposes proposed threaten threatens threatened scheduled set ready willing
    likely poised due promise promises promised pledge pledges pledged vow vows vowed""".split()
)
PLAN_WORDS = _IRREALIS
_CLAUSE_END = frozenset(',;:()"“”')
_RELATIVE = frozenset(["who", "which", "whom"])
_AUX_WORDS = frozenset(["had", "has", "have", "was", "were", "been", "also", "already"])
_BE_FORMS = frozenset(["was", "were", "been", "being", "is", "are", "be"])


# Clauses whose deed is a condition ("unless", "if") or, under a plan word, a time still
# to come ("would wait until the cause has been determined", "will resign once the budget
# is passed"): the deed is not stated as done.
_CONDITION_OPENERS = frozenset(["if", "unless"])
_FUTURE_OPENERS = frozenset(["until", "till", "before", "once"])
_SENTENCE_END = frozenset([".", "?", "!"])
# Words that open another clause: the nearest one governs the word after it.
_OTHER_OPENERS = frozenset(
    """after when whenever while because since although though who whom whose which where
    that as""".split()
)


def _conditioned(lows: list[str], i: int) -> str | None:
    """ "condition" where the word at ``i`` stands in a clause opened by "if"/"unless",
    "to come" where it stands in one opened by "until"/"before"/"once" after a plan word
    in the clause it hangs on ("would wait until ..."), None otherwise: either way no
    deed done. The nearest clause opener back to the clause's punctuation decides."""
    for k in range(i - 1, -1, -1):
        low = lows[k]
        if low in _CLAUSE_END or low in _OTHER_OPENERS or low in _SENTENCE_END:
            return None
        if low in _CONDITION_OPENERS:
            return "condition"
        if low in _FUTURE_OPENERS:
            for m in range(k - 1, -1, -1):
                if lows[m] in _CLAUSE_END or lows[m] in _SENTENCE_END:
                    return None
                if lows[m] in _IRREALIS or lows[m].endswith(("'d", "’d")):
                    return "to come"
            return None
    return None


def month_may(toks: Sequence[str], j: int) -> bool:
    """The token at ``j`` is the month May, not the modal "may": written with a capital
    inside a sentence ("In May the Congress rejected"), where the modal is lower case, or
    followed by a day ("May 3"). A month dates a deed; it makes no plan of it."""
    if toks[j] != "May":
        return False
    if j + 1 < len(toks) and toks[j + 1][:1].isdigit():
        return True
    return j > 0 and toks[j - 1] not in _SENTENCE_END and toks[j - 1] not in ('"', "“")


def _moods(
    toks: list[str], lows: list[str], canons: list[str | None], content: frozenset[str]
) -> tuple[set[str], set[str], set[str], set[str]]:
    """(content words under a plan word, past-tense verbs stated as done, passive verbs,
    content words under a negated plan or wish word).

    A negated wish ("does not want to be involved", "did not plan to attack") states
    neither the deed nor a plan of it: its words are kept out of the first two sets and
    read as a modal negation (neither stated nor denied; see :mod:`.negation`)."""
    irrealis: set[str] = set()
    realis: set[str] = set()
    passive: set[str] = set()
    unwanted: set[str] = set()
    for i, c in enumerate(canons):
        if c is None or c not in content:
            continue
        marked = False
        for j in range(i - 1, max(-1, i - 4), -1):
            if lows[j] in _CLAUSE_END:
                break
            if (
                (lows[j] in _IRREALIS or lows[j].endswith(("'d", "’d")))
                and (j + 1 < len(lows) and lows[j] != lows[i])
                and not month_may(toks, j)
            ):
                marked = True
                break
        mood = _conditioned(lows, i) if not marked and is_event_at(toks, i) else None
        if mood is not None:
            # a deed written as done in a condition ("if the grant was rejected") or a
            # time to come ("would wait until the cause has been determined") is read
            # as a plan word's deed is: not done (a present form was never done)
            marked, j = True, 0
        if marked and j > 0 and lows[j] in _IRREALIS and is_negator(lows[j - 1]):
            unwanted.add(c)  # "does not want to be involved": no plan, no deed
            continue
        # "..., who begged the council to approve it": a relative clause's deed is
        # someone else's, not the sentence's own
        j = i - 1
        while j >= 0 and lows[j] in _AUX_WORDS:
            j -= 1
        relative = j >= 0 and lows[j] in _RELATIVE
        if marked:
            irrealis.add(c)
        elif is_event_at(toks, i) and not relative:
            realis.add(c)
        if is_event_at(toks, i) and any(lows[j] in _BE_FORMS for j in range(max(0, i - 2), i)):
            passive.add(c)
    return irrealis, realis, passive, unwanted


def roles_swapped(claim: Facts, part: Facts) -> list[tuple[str, str, bool]]:
    """Names that trade places around a verb both state: "Landzo praised Jelisic" /
    "Jelisic praised Landzo" (a passive on one side flips its order back)."""
    a, b = claim.seq, part.seq
    out: list[tuple[str, str, bool]] = []
    for v in sorted(claim.verbs & part.verbs & claim.realis):
        if v not in a or v not in b:
            continue
        i, j = a.index(v), b.index(v)
        lc = {w for w in a[:i] if w in claim.name_canons}
        rc = {w for w in a[i + 1 :] if w in claim.name_canons}
        le = {w for w in b[:j] if w in part.name_canons}
        re_ = {w for w in b[j + 1 :] if w in part.name_canons}
        if (v in claim.passive) != (v in part.passive):
            le, re_ = re_, le
        moved_left = (lc & re_) - le
        moved_right = (rc & le) - re_
        # only the names nearest the verb (its subject and object) are mutually exclusive
        # roles: a name said elsewhere in the sentence ("..., giving Jelisic some
        # clothes", "Turkish and Italian officials said") may belong to another clause,
        # so names merely on other sides block support without contradicting (strict
        # False)
        ls, ro = _nearest_name(a, i, -1, claim), _nearest_name(a, i, 1, claim)
        le_n, re_n = _nearest_name(b, j, -1, part), _nearest_name(b, j, 1, part)
        if (v in claim.passive) != (v in part.passive):
            le_n, re_n = re_n, le_n
        # one name moved is read only from two plain active clauses ("which was imposed"
        # and "imposed by" put the doer elsewhere), and the name after the verb only up to
        # a reporting verb ("We lost everything, said Mara Quill": the speaker)
        active = v not in _REPORTING and v not in claim.passive and v not in part.passive
        re_plain = _nearest_name(b, j, 1, part, stop=_REPORTING) if active else frozenset()
        le_plain = _nearest_name(b, j, -1, part, stop=_REPORTING) if active else frozenset()
        if ls & re_n and ro & le and not ls & le_n:
            out.append((v, f"{min(ls & re_n)} / {min(ro & le)}", True))
        elif moved_left and moved_right:
            out.append((v, f"{min(moved_left)} / {min(moved_right)}", False))
        elif active and ls & re_plain and not ls & le_n and not ls & re_plain & le:
            # the claim's doer is the sentence's object, and someone else its doer
            # ("el Hage had obtained a handgun from him" / "he obtained a handgun from
            # el Hage"): who did what to whom differs, though only one name moved
            out.append((v, f"{min(ls & re_plain)} / {min(le_n or {'someone'})}", False))
        elif active and le_plain & rc and not le_plain & ls and not ls & le:
            # the sentence's doer is one the claim puts after the verb, and the claim's
            # doer is not in the sentence before it ("Meshkini ... led the polls, with
            # Rafsanjani behind" / "Rafsanjani led the polls")
            out.append((v, f"{min(ls or {'someone'})} / {min(le_plain)}", False))
    return out


def _nearest_name(
    seq: tuple[str, ...], i: int, step: int, f: Facts, stop: frozenset[str] = frozenset()
) -> frozenset[str]:
    """The run of name words nearest position ``i`` on one side, inside the clause
    (none when a word of ``stop`` comes first)."""
    k = i + step
    while 0 <= k < len(seq) and seq[k] not in f.name_canons:
        if seq[k] in ("^", "$") or seq[k] in stop:
            return frozenset()
        k += step
    run = set()
    while 0 <= k < len(seq) and seq[k] in f.name_canons:
        run.add(seq[k])
        k += step
    return frozenset(run)


def same_slot(claim: Facts, n: Name, part: Facts, e: Name) -> bool:
    """Does name ``e`` of ``part`` stand where name ``n`` stands in the claim?

    The slot is read from the words both sentences share: the first name after the same
    shared word, or the last one before it, with no other shared word between ("a police
    checkpoint near Malisevo" / "a checkpoint near Sipitula"). A name elsewhere in the
    sentence fills another part of the event, so it is no rival.
    """
    a, b = claim.seq, part.seq
    mine = {canon(w) for w in n.words}
    theirs = {canon(w) for w in e.words}
    shared = (claim.content & part.content) - mine - theirs
    pos_a = [i for i, w in enumerate(a) if w in mine]
    pos_b = [j for j, w in enumerate(b) if w in theirs]
    if not pos_a or not pos_b:
        return False
    for step, i0, j0 in ((-1, min(pos_a), min(pos_b)), (1, max(pos_a), max(pos_b))):
        anchor = _anchor(a, i0, step, shared, claim)
        if anchor is not None and anchor == _anchor(b, j0, step, shared, part):
            return True
    return False


def _anchor(
    seq: tuple[str, ...], i: int, step: int, shared: frozenset[str], f: Facts
) -> str | None:
    """The nearest shared word from position ``i`` going ``step``, past at most one
    other word, never past the sentence's end, another name or a verb (beyond a verb
    is another predicate's slot: "Fhimah, who the United States ...")."""
    k = i + step
    skipped = 0
    while 0 <= k < len(seq):
        w = seq[k]
        if w in ("^", "$"):
            return None
        if w in shared:
            return w
        if w in f.name_canons or w in f.verbs or skipped >= 1:
            return None
        if w not in _MARKS:
            skipped += 1
        k += step
    return None


def other_deed(claim: Facts, verb: str, part: Facts) -> str | None:
    """A verb ``part`` states as done to the object of the claim's ``verb`` in its place:
    "rejected a proposal" / "supported Nikiforenko's proposal". Another deed done to the
    same thing is another event, whatever the words around it share."""
    objects = {o for v, o in claim.pairs if v == verb}
    if verb in claim.seq:
        # the first word after the verb that is not a name ("vetoed Marsh's proposal")
        for w in claim.seq[claim.seq.index(verb) + 1 : claim.seq.index(verb) + 5]:
            if w in ("^", "$"):
                break
            if w not in _MARKS and w not in claim.name_canons:
                objects.add(w)
                break
    seq = part.seq
    for j, w in enumerate(seq):
        if w not in objects:
            continue
        for k in range(j - 1, max(-1, j - 4), -1):
            u = seq[k]
            if u in ("^", "$"):
                break
            if u in part.realis and u not in claim.content:
                return u
    return None


_COORDINATORS = frozenset(["and", "but", "while", "whereas"])


def _clauses(
    toks: list[str], lows: list[str], proper: frozenset[str]
) -> tuple[tuple[frozenset[str], frozenset[float]], ...]:
    """Names and figure values of each coordinated clause (", but ...", "; "), or ()
    for a sentence of one clause."""
    cuts = [
        k
        for k in range(len(lows) - 1)
        if lows[k] == ";" or (lows[k] == "," and lows[k + 1] in _COORDINATORS)
    ]
    if not cuts:
        return ()
    out = []
    for lo, hi in zip([0, *cuts], [*cuts, len(toks)], strict=True):
        t, w = toks[lo:hi], lows[lo:hi]
        names = frozenset(canon(x) for n in _names(t, w, proper) for x in n.words)
        values = frozenset(q.value for q in quantities(t, w) if not q.ident)
        out.append((names, values))
    return tuple(out)


def parties_swapped(claim: Facts, part: Facts) -> list[tuple[str, str, str, bool]]:
    """Figures said of one party in the claim and of another in the sentence: "Tan wants
    to trim the work force to 5,000, but Cathay does not want to cut it below 8,000" /
    "Cathay wants to trim ... to 5,000, but Tan did not want to cut ... below 8,000".
    Returns (figure, claim's party, sentence's party, as written, and whether both
    parties traded clauses); a figure that only moved to the claim's other party (its
    own not named with it) is not the claim's fact, though not a clean swap either."""
    out: list[tuple[str, str, str, bool]] = []
    if len(claim.clauses) < 2:
        return out
    theirs = part.clauses or (
        (part.name_canons, frozenset(q.value for q in part.quantities if not q.ident)),
    )
    every_c = frozenset().union(*(n for n, _ in claim.clauses))
    every_p = frozenset().union(*(n for n, _ in theirs))
    for names_c, values_c in claim.clauses:
        for names_p, values_p in theirs:
            shared = values_c & values_p
            if not shared or not names_c:
                continue
            # a claim name of another clause stands with the figure in the sentence,
            # and this clause's own name stands elsewhere in the sentence (or nowhere)
            came = (names_p & every_c) - names_c
            if not came or names_c & names_p:
                continue
            went = (names_c & every_p) - names_p
            v = min(shared)
            mine = _name_text(claim, min(went or names_c))
            out.append((f"{v:,.0f}", mine, _name_text(part, min(came)), bool(went)))
    return out


def _name_text(f: Facts, word: str) -> str:
    """The name as written that holds the canonical ``word`` ("lucio" -> "Lucio Tan")."""
    for n in f.names:
        if word in {canon(w) for w in n.words}:
            return n.text
    return word


@text_memo(maxsize=65536)  # asked of every window's sentences, for every claim
def negator_deeds(text: str) -> Mapping[str, str]:
    """The negator verbs of ``text`` that are a deed's opposite ("refused", "denied":
    ``data/negators.txt`` words with an antonym), canonical -> as written, where the
    sentence says them as done: not under a negation ("did not refuse": agreement), a
    plan, wish or modal ("may refuse", "threatened to deny": not yet done) within the
    three words before them, nor as an infinitive ("asked him to refuse"). Read as
    negators they are no content word, so the opposite test
    (:func:`.compare._outcome_details`) reads them from the words as written."""
    low_text = text.lower()
    if not any(w in low_text for w in _DEED_STEMS):
        return _NONE  # most sentences: no such verb, nothing to read
    toks = TOKEN.findall(text)
    lows = [t.lower() for t in toks]
    out: dict[str, str] = {}
    for i, low in enumerate(lows):
        c = _DEED_NEGATORS.get(low)
        if c is None:
            continue
        before = lows[max(0, i - 3) : i]
        cut = max((k for k, w in enumerate(before) if w in _CLAUSE_END), default=-1)
        before = before[cut + 1 :]
        if any(is_negator(w) or w in PLAN_WORDS for w in before) or before[-1:] == ["to"]:
            continue  # "did not refuse", "may refuse", "asked him to refuse"
        out.setdefault(c, toks[i])
    return out


_DEED_NEGATORS = {
    w: canon(w) for w in sorted(word_set("negators")) if w.isascii() and antonyms(canon(w))
}
# their first four letters: a quick test that a text holds none of them
_DEED_STEMS = tuple(sorted({w[:4] for w in _DEED_NEGATORS}))
_NONE: Mapping[str, str] = MappingProxyType({})
