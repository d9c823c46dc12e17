"""The claim's main event as a predicate with its participants, checked in the evidence.

Where it sits: after :mod:`.clauses` has found the claim's main clause, this module finds
its main verb (:func:`find_main_verb`, or the parse's :func:`parsed_main_verb`), the
other verbs it states as done (:func:`predicates`) and the run of names on either side
of the main verb (:func:`name_run`, read by ``Claim.participants``); :mod:`.claim` stores
them on the claim and
:mod:`.compare` asks :func:`rival_predicate` and :func:`roles_moved` of each window.

Why: word overlap cannot tell "the government survived a confidence vote" from "the
government lost a confidence vote", "Yeltsin asked parliament" from "parliament asked
Yeltsin", or "the council has sold its share" from "is ready to sell its share":
each shares almost every word with its evidence. What differs is the predicate
that binds the participants, its frame (done or planned) and which participant stands
before it and which after it. This module reads those from the word order the extractors
already give (:attr:`Facts.seq`: canonical content words in order; :attr:`Facts.verbs`,
``realis``, ``irrealis``, ``passive``), with no parser; its one word list is the light
verbs that carry no event ("had", "became", "put"):

* :func:`frame`: the claim's main predicate (:func:`find_main_verb`, a lemma-like canonical
  form: Porter stem of the irregular-verb base, synonym groups folded) and the content
  words nearest it on each side, its subject and its object;
* :func:`rival_predicate`: a window sentence that does not state the predicate but binds
  the same participants with another verb ("lost a vote", "brought down Yilmaz's
  coalition") or under a plan word states another event, or a plan: support is denied
  (where the claim's verb is one no article of the story uses, or, strictly in order,
  where the window states the verb only beside the sentence that binds them);
* :func:`converse`: "X lost the election to Y" told as "Y defeated X"
  (``data/converse_verbs.txt``, exact converses only), so :mod:`.compare` reads who won
  against a sentence that uses the other verb;
* :func:`roles_moved`: a sentence that states the predicate in the claim's voice with the
  claim's subject after it and a word the claim puts after it before it says who did what
  to whom the other way round: "Yeltsin asked parliament" / "parliament passed an appeal
  asking Yeltsin", "the moderates won 54 seats, the hard-liners 13" / the reverse.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..text import STOPWORDS, stem
from . import config
from .facts import PLAN_WORDS, Facts, facts_of
from .lexicon import TOKEN, canon, clause_words, irregular, is_event, is_event_at, lines
from .names import name_keys
from .parse import parse

# Verbs that carry no event of their own ("had", "been", "became", "began to"), and the
# reporting verbs (whose words, not what happened).
_LIGHT = frozenset(
    canon(w)
    for w in """have had be been was were do did done become became get got began begun
    continued seemed appeared made make took take came went kept put let
    say said told tell report reported add added according""".split()
)
_MARKS = frozenset(["^", "$", "#n", "#d", "_"])


@dataclass(frozen=True, slots=True)
class Frame:
    """The claim's main predicate and the content words nearest it on each side."""

    verb: str
    subject: frozenset[str]
    obj: frozenset[str]
    done: bool  # stated as done (a past-tense deed), not as a plan
    passive: bool
    later: frozenset[str] = frozenset()  # every content word after the verb


def _side(seq: tuple[str, ...], i: int, step: int, reach: int) -> list[str]:
    """Up to ``reach`` content words from position ``i`` going ``step``, inside the
    sentence (figures, dates and gaps are skipped, not counted)."""
    out: list[str] = []
    k = i + step
    while 0 <= k < len(seq) and len(out) < reach:
        w = seq[k]
        if w in ("^", "$"):
            break
        if w not in _MARKS:
            out.append(w)
        k += step
    return out


def frame(facts: Facts, verb: str | None, reach: int) -> Frame | None:
    """The claim's main predicate with its nearest participants, None when unsure (no
    main verb, or nothing named on either side of it)."""
    if verb is None or verb not in facts.seq or verb in _LIGHT:
        return None
    i = facts.seq.index(verb)
    subject = frozenset(_side(facts.seq, i, -1, reach)) - _LIGHT
    obj = frozenset(_side(facts.seq, i, 1, reach)) - _LIGHT
    if not subject and not obj:
        return None
    done = verb in facts.realis and verb not in facts.irrealis
    later = frozenset(w for w in facts.seq[i + 1 :] if w not in _MARKS) - subject
    return Frame(verb, subject, obj, done, verb in facts.passive, later)


def rival_predicate(
    f: Frame, claim: Facts, part: Facts, reach: int, strict: bool = False, far: bool = False
) -> tuple[str, str] | None:
    """("verb" | "plan", the sentence's word) when ``part`` binds the claim's participants
    with another predicate: a verb (or a word under a plan word) that no part of the claim
    uses, with one of the claim's subject or object words among the ``reach`` content
    words on either side of it ("lost a vote of confidence", "brought down Yilmaz's
    coalition"). None when the sentence states the claim's predicate or binds nothing of
    it. ``strict``: the other verb must bind both sides in order, the claim's subject
    before it and its object (if any) after it (sides swapped for a passive in one of the
    two), as one statement of another deed; ``far``: the object anywhere after it in
    the sentence ("suspended its debate on the plan drawn up at the summit"), both verbs
    in the same voice."""
    if f.verb in part.content:
        return None
    seq = part.seq
    for j, w in enumerate(seq):
        if w in _MARKS or w in claim.content or w in _LIGHT:
            continue
        plan = w in part.irrealis and w not in part.realis
        if not (w in part.verbs or plan):
            continue
        before, after = set(_side(seq, j, -1, reach)), set(_side(seq, j, 1, reach))
        if far:
            if (w in part.passive) != f.passive:
                continue  # the far object is read in one voice only
            after = set(_side(seq, j, 1, len(seq)))
        if strict:
            if (w in part.passive) != f.passive:
                before, after = after, before
            bound = bool(f.subject & before) and (not f.obj or bool(f.obj & after))
        else:
            bound = bool((f.subject | f.obj) & (before | after))
        if bound:
            return ("plan" if plan and f.done else "verb"), w
    return None


def planned_binding(
    f: Frame | None, claim: Facts, parts: Sequence[Facts], matched: frozenset[str], reach: int
) -> str | None:
    """The plan word's deed a sentence binds the claim's participants with, where the
    claim states its main deed as done and the window never states that verb: the
    first verb beside one of the claim's subject or object words is under a plan word
    (:func:`rival_predicate`, kind "plan": "It was unclear why Ocalan would travel to
    Italy" for "Italy has extradited Ocalan"), so the window tells what someone meant to
    do, not the claim's deed. None otherwise, or with ``plan_governed`` below 2."""
    if config.get().plan_governed < 2 or f is None or not f.done or f.verb in matched:
        return None
    for p in parts:
        found = rival_predicate(f, claim, p, reach)
        if found is not None and found[0] == "plan":
            return found[1]
    return None


def states_frame(f: Frame, part: Facts, reach: int) -> bool:
    """The sentence states the frame's verb, as a verb ("approved", not "the approval
    of the council"), with one of its participants beside it."""
    if f.verb not in part.seq or f.verb not in part.verbs:
        return False
    j = part.seq.index(f.verb)
    near = set(_side(part.seq, j, -1, reach)) | set(_side(part.seq, j, 1, reach))
    return bool((f.subject | f.obj) & near)


def states_roles(f: Frame, part: Facts, reach: int) -> bool:
    """The sentence states the frame's verb with the claim's subject before it and its
    object (if any) after it, sides swapped for a passive in one of the two: who did what
    to whom as the claim has it."""
    if f.verb not in part.seq:
        return False
    j = part.seq.index(f.verb)
    before, after = set(_side(part.seq, j, -1, reach)), set(_side(part.seq, j, 1, reach))
    if (f.verb in part.passive) != f.passive:
        before, after = after, before
    return bool(f.subject & before) and (not f.obj or bool(f.obj & after))


def _lemma(written: str) -> str:
    """A verb's own stem, before synonym groups: "killed" and "died" are one canonical
    word but not one predicate frame (who died is who was killed)."""
    low = written.lower()
    return stem(irregular().get(low, low))


# "a management-proposed plan", "the U.S.-led strikes": the word before the hyphen is who
# did the participle's deed; "a plan proposed by the union" says it with "by".
_AGENT_COMPOUND = re.compile(r"\b([A-Za-z][A-Za-z.]*)-([a-z]+(?:ed|en|led|run|won))\b")
_AGENT_PHRASE = re.compile(
    r"\b([a-z]+(?:ed|en))\s+by\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
    r"((?:[A-Za-z][\w.'-]*\s+){0,3}[A-Za-z][\w.'-]*)"
)


@lru_cache(maxsize=8192)
def agents(text: str) -> dict[str, tuple[str, frozenset[str]]]:
    """Who did each participle's deed, by the sentence's own words: a compound ("a
    management-proposed plan": proposed by management) or a "by" phrase ("a plan proposed
    by the ground crew union"); participle stem -> (the deed and its doer as written, the
    doer's canonical words)."""
    out: dict[str, tuple[str, frozenset[str]]] = {}
    for m in _AGENT_COMPOUND.finditer(text):
        out[_lemma(m.group(2))] = (m.group(0), frozenset([canon(m.group(1).lower())]))
    for m in _AGENT_PHRASE.finditer(text):
        # a sentence's full stop is no part of the doer ("by the union."), an
        # abbreviation's is ("by the U.S.")
        words = [
            w.rstrip(".") if w.count(".") == 1 else w
            for w in re.split(r"[\s-]+", m.group(2).lower())
            if w.strip(".")
        ]
        kept: list[str] = []
        for w in words:
            if w in SUBORDINATORS or w in _STOP_AGENT:
                break  # the doer ends where a clause or another phrase begins
            kept.append(w)
        if kept:
            shown = f"{m.group(1)} by {' '.join(kept)}"
            out[_lemma(m.group(1))] = (shown, frozenset(canon(w) for w in kept))
    return out


_STOP_AGENT = frozenset(["and", "or", "of", "to", "in", "on", "at", "for", "with", "its", "their"])


def agent_swapped(claim_text: str, claim: Facts, text: str) -> tuple[str, str] | None:
    """(the claim's deed and doer, the sentence's) where the sentence gives the claim's
    participle another doer, one the claim names in another place ("proposed by the
    union" / "a management-proposed plan"): who did what turned round."""
    mine, theirs = agents(claim_text), agents(text)
    for verb, (shown, doer) in sorted(mine.items()):
        got = theirs.get(verb)
        if got is not None and not got[1] & doer and got[1] & claim.content:
            return shown, got[0]
    return None


def same_lemma(a: str, b: str) -> bool:
    """Two written words are one word (inflections and irregular forms: "led" / "leads"),
    not merely one synonym group ("authority" / "officials")."""
    return _lemma(a) == _lemma(b)


_REGIONS: list[tuple[Mapping[str, frozenset[str]], dict[str, frozenset[str]]]] = []


def _canon_regions(regions: Mapping[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """The story's dateline regions keyed by each city's canonical word, built once per
    story (the last story's map is kept: a story's windows are checked together)."""
    entry = _REGIONS[0] if _REGIONS else None
    if entry is None or entry[0] is not regions:
        entry = (regions, {canon(k): v for k, v in regions.items()})
        _REGIONS[:] = [entry]  # one atomic swap: a thread reads its own entry
    return entry[1]


def _as_names(words: set[str], part: Facts, regions: Mapping[str, frozenset[str]]) -> set[str]:
    """``words`` with what each name among them stands for: its country for a demonym
    ("Turkish officials": Turkey), the region its city lies in by the story's datelines
    ("ANKARA, Turkey": "the Ankara government" is Turkey's) (:func:`.names.name_keys`)."""
    by_canon = _canon_regions(regions)
    out = set(words)
    for w in words:
        written = part.forms.get(w, w)
        if w not in part.name_canons and not written[:1].isupper():
            continue
        out |= {canon(k) for k in name_keys(written)}
        out |= {canon(r) for r in by_canon.get(w, ())}
    return out


def roles_moved(
    f: Frame,
    claim: Facts,
    part: Facts,
    reach: int,
    regions: Mapping[str, frozenset[str]] | None = None,
) -> tuple[str, str] | None:
    """(the claim's doer, the sentence's) when ``part`` states the claim's predicate, in
    the same voice, with the claim's subject right after it and someone else before it:
    "the mayor asked the council" / "the council passed a motion asking the mayor".
    Sentences in another voice are left alone: a
    passive often leaves its doer unsaid ("the ban, which was imposed in 1992")."""
    if f.verb not in part.seq or (f.verb in part.passive) != f.passive:
        return None
    if _lemma(claim.forms.get(f.verb, f.verb)) != _lemma(part.forms.get(f.verb, f.verb)):
        return None  # a synonym may frame its participants otherwise ("killed" / "died")
    j = part.seq.index(f.verb)
    before = set(_side(part.seq, j, -1, reach))
    after = set(_side(part.seq, j, 1, reach))
    if regions is not None:
        # a demonym or a city on either side counts as the country it stands for
        before = _as_names(before, part, regions)
        after = _as_names(after, part, regions)
    moved = (f.subject & after) - before
    # ... and the one before it is a word the claim puts after its verb: the two traded
    # places (a passive the tokens hide, "was re-elected", moves one side only)
    if moved and before & f.later and not f.subject & before:
        return min(moved), min(before & f.later)
    # the sentence's doer (the word right before the verb) is one the claim puts after
    # the verb, and the claim's doer is stated after the verb in the sentence: "The
    # moderates won 54 places ... and the hard-liners only 13" / "The hard-liners won
    # ...". The claim's doer stated before the verb, out of reach, has not moved: "The
    # river burst its banks Tuesday night, flooding the town" / "The river flooded the
    # town Tuesday night" ("night" is no doer)
    doer = _side(part.seq, j, -1, 1)
    stated = f.subject & frozenset(part.seq[j + 1 :])
    if doer and stated and doer[0] in f.later and not f.subject & before:
        return min(stated), doer[0]
    return None


# -- the claim's main verb and its other predicates ------------------------

# Verbs that report whose words a claim gives, not what happened.
REPORTING_VERBS = frozenset(canon(w) for w in "said say announced told reported commented".split())


def past_form(word: str) -> bool:
    """A past-tense verb as written, short irregular ones included ("knew", "hid")."""
    low = word.lower()
    return low.endswith("ed") or irregular().get(low, low) != low


# Words that open a subordinate or relative clause: a verb after them is not the main one.
SUBORDINATORS = clause_words("subordinators")


def find_main_verb(text: str, events: frozenset[str]) -> str | None:
    """The canonical form of the claim's main past-tense verb, None when unsure.

    A light reading of clause structure: an opening subordinate clause ("When Netscape
    refused, ...") is skipped to its comma; the scan stops at the first subordinator or
    relative pronoun ("after the union turned down", "who was arrested"); a verb followed
    by "to" only frames another ("appeared to re-elect", "attempted to thwart"), and one
    followed by "by" without "was" before it is a participle ("a law passed by
    Congress"). Unsure means no main-verb test, not a guess.
    """
    toks = TOKEN.findall(text)
    lows = [t.lower() for t in toks]
    start = 0
    if lows and lows[0] in SUBORDINATORS:
        start = lows.index(",") + 1 if "," in lows else len(lows)
    for i in range(start, len(toks)):
        low = lows[i]
        if low in SUBORDINATORS:
            return None
        if not is_event_at(toks, i) or canon(low) not in events:
            continue
        nxt = lows[i + 1] if i + 1 < len(lows) else ""
        prev = lows[i - 1] if i > 0 else ""
        if nxt == "to" or (nxt == "by" and prev not in _BE_WORDS):
            continue
        det = lows[i - 2] if prev.endswith("ly") and i > 1 else prev  # "the newly elected"
        if config.get().modifier_participles and (
            det in _DETERMINERS or det.endswith(("'s", "’s"))
        ):
            continue  # "the city's elected body", "an estimated 300": describes a noun
        return canon(low)
    return None


def present_verb(text: str, proper: frozenset[str] = frozenset()) -> str | None:
    """The canonical verb of a main clause told in the simple present between two
    names ("Syria accuses Turkey of ...", "Gadhafi meets Farrakhan"), before any
    subordinate clause; None when there is none. A lower-case word ending in "s" whose
    stem is the stem of its past form ("accuses"/"accused"), right after a capitalised
    word and right before a capitalised word or a determiner: the name on each side is
    its subject and its object, so it is the verb, not a plural noun."""
    toks = TOKEN.findall(text)
    lows = [t.lower() for t in toks]
    for i in range(1, len(toks) - 1):
        if lows[i] in SUBORDINATORS:
            return None
        tok = toks[i]
        if not (tok.islower() and tok.isalpha() and tok.endswith("s") and len(tok) > 4):
            continue
        if tok.endswith(("ss", "us", "is")):
            continue
        past = tok[:-3] + "ied" if tok.endswith("ies") else tok[:-1] + "d"
        alt = tok[:-2] + "ed"
        if canon(lows[i]) not in (canon(past), canon(alt)) or not (is_event(past) or is_event(alt)):
            continue
        before, after = toks[i - 1], toks[i + 1]
        if not before[:1].isupper() or before.lower() in SUBORDINATORS:
            continue
        if after[:1].isupper() or lows[i + 1] in _DETERMINERS:
            return canon(lows[i])
    return None


# Verbs of saying that, with a thing as object, tell a deed: "announced a $20 billion
# package", "declared a state of emergency" (not "announced that ...", "said the ...").
_DEED_REPORTING = frozenset(["announced", "declared"])


def announced_deed(text: str) -> str | None:
    """The canonical verb of a main clause that announces a thing ("Brazilian officials
    on Friday announced an ambitious package"): a verb of saying (``_DEED_REPORTING``)
    right before a determiner or a figure, before any subordinate clause; None when
    there is none. Why: the announcement is the deed the claim states done, which a
    window telling the package still being prepared ("put the finishing touches on")
    or expected ("could be announced soon") does not state."""
    toks = TOKEN.findall(text)
    lows = [t.lower() for t in toks]
    start = 0
    if lows and lows[0] in SUBORDINATORS:
        start = lows.index(",") + 1 if "," in lows else len(lows)
    for i in range(start, len(toks) - 1):
        if lows[i] in SUBORDINATORS:
            return None
        nxt = lows[i + 1]
        if lows[i] in _DEED_REPORTING and (
            (nxt in _DETERMINERS and nxt != "that") or nxt[:1].isdigit() or nxt[:1] == "$"
        ):
            return canon(lows[i])
    return None


# Words that state an announcement made: the verb of saying the claim announces with
# (canonical "say"), and the words outlets write for the act ("unveiled a plan", "the
# announcement of the cuts", "the package, released Friday").
_ANNOUNCING = frozenset(
    canon(w) for w in "announced announcement unveiled released disclosed presented issued".split()
)


def unannounced(events: frozenset[str], window: Facts) -> bool:
    """The claim's deed is an announcement (:func:`announced_deed`: the verb of saying
    among its done verbs, which only that reading puts there) and the window states
    none: it tells the thing prepared, expected or debated ("put the finishing touches
    on an ambitious package"), not announced."""
    if canon("announced") not in events or not config.get().plan_governed:
        return False
    return not (_ANNOUNCING & window.content)


def announcement_put_off(events: frozenset[str], window: Facts, texts: Sequence[str]) -> str | None:
    """How the window names the claim's announcement (:func:`announced_deed`) when it
    names it only as a thing wanted, planned or put off ("repeatedly put off announcing
    the package"): the announcement was not made. None when the claim announces nothing,
    or the window makes the announcement, or names none (:func:`unannounced`)."""
    if canon("announced") not in events or not config.get().plan_governed:
        return None
    said = _ANNOUNCING & window.content
    if not said:
        return None
    shown = [only_governed(texts, w) for w in sorted(said)]
    return None if any(s is None for s in shown) else next(s for s in shown if s)


@dataclass(frozen=True, slots=True)
class Asked:
    """A deed asked of someone: a verb of asking or urging, its object and the deed its
    infinitive names ("urged Iranians to boycott"), canonical, and as written."""

    verb: str
    whom: str
    deed: str
    shown: str


def asked_deeds(text: str) -> tuple[Asked, ...]:
    """Every deed ``text`` asks of someone: a verb of asking, wanting or urging
    (``data/plan_governors.txt``, "verb"), an object of one to three words (a name, "the
    voters", "them"), then "to" and a lower-case verb ("urged Iranians to boycott the
    vote", "asked the council to approve"). Why: the deed asked is what the request is
    about; the same one asked to do another thing made another request."""
    toks = TOKEN.findall(text)
    lows = [t.lower() for t in toks]
    out: list[Asked] = []
    for i, low in enumerate(lows):
        if low not in _governors()["verb"]:
            continue
        for j in range(i + 2, min(len(toks) - 1, i + 5)):
            if lows[j] in _CLAUSE_STOP:
                break
            if lows[j] != "to":
                continue
            deed = toks[j + 1]
            whom = lows[j - 1]
            if deed.isalpha() and deed.islower() and deed not in STOPWORDS and whom.isalpha():
                shown = " ".join(toks[i : j + 2])
                out.append(Asked(canon(low), canon(whom), canon(deed.lower()), shown))
            break
    return tuple(out)


def only_governed(texts: Sequence[str], verb: str) -> str | None:
    """How the deed ``verb`` (canonical) is first named in ``texts`` ("to extradite",
    "request for Ocalan's extradition"), when every use of it there is governed by a
    word of wanting, asking, planning, threatening, refusing, considering or expecting:
    an infinitive another word governs ("paperwork necessary to extradite", "he'd ask
    the leader to form a government"), or a noun that is the object of such a word
    ("asked Italy for his extradition", "an extradition request", "the planned cuts";
    :func:`_wanted`). The sentences name the deed as something needed, asked or meant,
    never as done. None when one use is a verb in another form ("extradited", "forms")
    or a noun nothing of the kind governs ("after his extradition"), or when there is
    none.

    Why: "Germany has extradited Salim" is not stated by "asked for an extension to
    provide the paperwork necessary to extradite" him, nor by "he asked Bonn for Salim's
    extradition", though every word but the tense is there."""
    first = None
    for text in texts:
        toks = TOKEN.findall(text)
        for i, tok in enumerate(toks):
            low = tok.lower()
            if not tok[:1].islower() or canon(low) != verb:
                continue
            if i > 0 and toks[i - 1].lower() == "to" and not is_event(tok):
                if _implicative(toks, i - 1):
                    return None
                first = first or f"to {tok}"
                continue
            nxt = toks[i + 1].lower() if i + 1 < len(toks) else ""
            prev = toks[i - 1].lower() if i > 0 else ""
            if (
                config.get().plan_governed
                and low.endswith("ing")
                and low not in _governors()["verb"]
                and prev.endswith(("ing", "ed"))
                and prev in _governors()["verb"]
            ):
                # a gerund a verb of weighing or refusing governs ("is considering
                # extraditing"): meant, not done
                first = first or f"{toks[i - 1]} {tok}"
                continue
            if (
                config.get().plan_governed
                and low.endswith("ing")
                and prev == "off"
                and i > 1
                and toks[i - 2].lower() in _governors()["off"]
            ):
                # a gerund put off ("repeatedly put off announcing the package"): not done
                first = first or f"{toks[i - 2]} off {tok}"
                continue
            if (
                is_event(tok)
                or low.endswith("ing")
                or nxt in _DETERMINERS
                or nxt in _OBJECT_PRONOUNS
                or any(low in group for group in _governors().values())
            ):
                # a verb in another form ("extradited", "an appeal asking"), a bare
                # verb before its object ("and resume their probe"), or a deed that is
                # itself a request or a plan: not a wanted deed's noun
                return None
            governor = _wanted(toks, i) if config.get().plan_governed else None
            if governor is None:
                return None
            first = first or governor
    return first


_OBJECT_PRONOUNS = frozenset(["him", "her", "them", "it", "us", "me", "you"])
# How far back a deed's noun is read for the word that governs it ("asked through
# Italy's ambassador to Ankara for Ocalan's extradition": ten words).
_GOVERNOR_REACH = 10
_CLAUSE_STOP = frozenset(',;:()"“”.?!')


def _wanted(toks: list[str], i: int) -> str | None:
    """The deed's noun at ``toks[i]`` as a wanted, planned or refused thing, shown with
    its governor ("asked ... for Ocalan's extradition", "extradition request"), None
    when nothing of the kind governs it: a noun of plan right after it ("an extradition
    request"), a modifier of plan right before it ("the planned cuts"), or, reading back
    through its clause, a verb or noun of plan before any past-tense verb that would
    carry it out ("welcomed his extradition"; ``data/plan_governors.txt``, the plan
    words of :data:`.facts.PLAN_WORDS` and the wish verbs of ``data/wish_verbs.txt``)."""
    words = _governors()
    nxt = toks[i + 1].lower() if i + 1 < len(toks) else ""
    if nxt in words["noun"]:
        return f"{toks[i]} {toks[i + 1]}"
    if nxt.isalpha() and nxt.islower() and nxt not in STOPWORDS:
        return None  # it names another thing ("an arrest warrant"), not the deed
    for k in range(i - 1, max(-1, i - 1 - _GOVERNOR_REACH), -1):
        low = toks[k].lower()
        if low in _CLAUSE_STOP or low in SUBORDINATORS:
            return None  # its clause begins: "after his extradition"
        if k == i - 1 and low in words["modifier"]:
            return f"{toks[k]} {toks[i]}"
        if low == "for" and k > 0 and toks[k - 1].lower() in words["for"]:
            return f"{toks[k - 1]} for {' '.join(toks[k + 1 : i + 1])}"
        if low in words["verb"] or low in words["noun"] or low in PLAN_WORDS:
            return " ".join(toks[k : i + 1]) if i - k < 4 else f"{toks[k]} ... {toks[i]}"
        if is_event(toks[k]):
            return None  # a deed done to it: "welcomed his extradition"
    return None


@lru_cache(maxsize=1)
def _governors() -> dict[str, frozenset[str]]:
    """The lists of ``data/plan_governors.txt`` ("verb", "noun", "modifier", "for", "off"),
    the verbs with the "wish:" verbs of ``data/wish_verbs.txt``."""
    groups: dict[str, set[str]] = {
        "verb": set(),
        "noun": set(),
        "modifier": set(),
        "for": set(),
        "off": set(),
    }
    for line in lines("plan_governors"):
        kind, _, words = line.partition(":")
        groups[kind.strip()].update(words.split())
    for line in lines("wish_verbs"):
        kind, _, words = line.partition(":")
        if kind.strip() == "wish":
            groups["verb"].update(words.split())
    return {k: frozenset(v) for k, v in groups.items()}


def _implicative(toks: list[str], to: int) -> bool:
    """The infinitive after ``toks[to]`` ("to") hangs on a past-tense verb that carries
    it out ("prompted the council to create", "has begun to consult", "voted narrowly on
    Tuesday to approve"): reading back through its clause, a past-tense verb comes before
    any plan word ("would", "planned", "he'd") or another "to" (an infinitive inside
    another: "to provide the paperwork necessary to extradite" is all still to do)."""
    for k in range(to - 1, max(-1, to - 13), -1):
        low = toks[k].lower()
        if low in ",;:()" or low == "to" or low in PLAN_WORDS or low.endswith(("'d", "’d")):
            return False
        if is_event(toks[k]):
            return True
    return False


def progressive_verb(text: str) -> str | None:
    """The canonical verb of a main clause in the progressive ("is suing", "were
    fleeing"), before any subordinate clause; None when there is none."""
    lows = [t.lower() for t in TOKEN.findall(text)]
    for i in range(len(lows) - 1):
        if lows[i] in SUBORDINATORS:
            return None
        nxt = lows[i + 1]
        if lows[i] in _PROGRESSIVE_BE and nxt.endswith("ing") and len(nxt) > 4:
            return canon(nxt)
    return None


_PROGRESSIVE_BE = frozenset(["is", "are", "was", "were"])


def predicates(text: str, events: frozenset[str]) -> frozenset[str]:
    """The claim's past-tense verbs that say what someone did, outside subordinate
    clauses, and not what a noun is: a participle after a determiner ("a rented club") or
    before "by" without "was" ("a law passed by Congress") describes its noun (the
    main-verb test of :func:`find_main_verb`)."""
    toks = TOKEN.findall(text)
    lows = [t.lower() for t in toks]
    out = set()
    sub = False  # inside a subordinate clause ("when a fire broke out"): background
    for i in range(len(toks)):
        if lows[i] in SUBORDINATORS:
            sub = True
        elif lows[i] in (",", ";"):
            sub = False
        c = canon(lows[i])
        if sub or c not in events or not is_event_at(toks, i):
            continue
        prev = lows[i - 1] if i > 0 else ""
        nxt = lows[i + 1] if i + 1 < len(lows) else ""
        if prev in _DETERMINERS or prev.endswith(("'s", "’s")):
            continue
        if nxt == "by" and prev not in _BE_WORDS:
            continue
        out.add(c)
    return frozenset(out)


_BE_WORDS = frozenset(["was", "were", "been", "being", "is", "are", "be"])
# Words before a participle that make it describe the noun after it ("the elected body").
_DETERMINERS = clause_words("determiners")


def parsed_main_verb(text: str, events: frozenset[str]) -> str | None:
    """The claim's main verb as the parse reads it: the first main predicate (the root,
    or the complement a reporting root introduces) that is one of the claim's past-tense
    verbs; None when the parse's main predicate is none (unsure means no test)."""
    for p in parse(text).main():
        if p.verb in events and p.verb not in REPORTING_VERBS:
            return p.verb
    return None


def name_run(seq: Sequence[str], i: int, step: int, names: frozenset[str]) -> frozenset[str]:
    """The run of name words nearest position ``i`` on one side, inside the sentence."""
    k = i + step
    while 0 <= k < len(seq) and seq[k] not in names:
        if seq[k] in ("^", "$"):
            return frozenset()
        k += step
    run = set()
    while 0 <= k < len(seq) and seq[k] in names:
        run.add(seq[k])
        k += step
    return frozenset(run)


# The note of a verb detail from predicate.rival_predicate.
ANOTHER_PREDICATE = "another predicate"


# -- converse verbs ("X lost to Y" is "Y defeated X") --------------------------

# A name as written: capitalised words, with the particles some names carry between
# them ("Luiz Inacio Lula da Silva").
_WORD = r"[A-Z][\w'’-]*(?:\.(?=\s+[A-Z]))?"  # "Ms. Smith", not "Silva." ending the sentence
_NAME = rf"{_WORD}(?:\s+(?:(?:da|de|do|dos|das|del|van|von|bin|al|la|le)\s+)?{_WORD})*"


@lru_cache(maxsize=1)
def _converse_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """One pattern per pair of ``data/converse_verbs.txt``: the left verb with the name
    before it and the name after its preposition (up to five words between: "lost the
    election to")."""
    out = []
    for line in lines("converse_verbs"):
        left, right = (side.strip() for side in line.split("|"))
        *verb, prep = left.split()
        said = r"\s+".join(verb)
        pattern = re.compile(
            rf"(?P<x>{_NAME})\s+{said}\b(?P<mid>(?:\s+(?!{prep}\b)[\w'’.-]+){{0,5}}?)"
            rf"\s+{prep}\s+(?:the\s+)?(?P<y>{_NAME})"
        )
        out.append((pattern, right))
    return tuple(out)


def converse(text: str) -> str | None:
    """``text`` with its converse verb turned round ("Cardoso lost the election to
    Lula" -> "Lula defeated Cardoso the election"), None when it has none.

    Why: "X lost to Y" names Y as the winner, so a sentence saying "X defeated Y" tells
    the deed with the roles turned round; read through its converse the claim meets the
    sentence's own verb, and the roles test (:func:`.facts.roles_swapped`) sees the two
    names trade places."""
    for pattern, right in _converse_patterns():
        m = pattern.search(text)
        if m is not None:
            turned = f"{m.group('y')} {right} {m.group('x')}{m.group('mid')}"
            return text[: m.start()] + turned + text[m.end() :]
    return None


@lru_cache(maxsize=1024)
def converse_facts(text: str, proper: frozenset[str]) -> Facts | None:
    """The facts of :func:`converse` of ``text``, None when it has no converse verb."""
    turned = converse(text)
    return None if turned is None else facts_of(turned, proper)
