"""The clause structure of a claim: which part states its main event, and which parts an
outlet may leave out.

Why: a summary sentence often packs a main event with background ("A day after Iraq said
..., al-Baghdadi emerged ..."), a second coordinated clause (", and he cited ..."), a
participle phrase (", killing 60 people") or a wire dateline. An outlet that reports the
main event supports the claim without those parts, and a figure or date is compared only
with evidence about the clause it stands in. Everything here reads the claim's text
alone (no story, no index): it is the first stage of the pipeline, before
:mod:`.claim` weighs the words against the story, :mod:`.windows` picks the evidence
and :mod:`.compare` checks it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from ..text import STOPWORDS
from . import config
from .facts import PLAN_WORDS, Facts, canon, facts_of, read
from .lexicon import TOKEN, clause_words, is_event
from .names import TITLES

# A wire dateline opening a claim copied from an article's first sentence.
DATELINE = re.compile(
    r"\s*[A-Z][A-Z.'-]+(?:[ ,]+[A-Z][A-Za-z.'-]+){0,4},?\s*"
    r"(?:\([A-Za-z&]{1,20}\)\s*)?[_—–-]{1,2}\s+"
)


def undated(text: str) -> str:
    """A sentence without its wire dateline ("RIYADH, Saudi Arabia (AP) _"), which a
    parser reads as the subject of the first verb."""
    m = DATELINE.match(text)
    return text[m.end() :] if m and m.end() < len(text) else text


# Where a second main clause starts: ", and he cited ...", "; ", ", but ...", ", while ...".
CLAUSE_SPLIT = re.compile(r"(?:,\s+(?:and|but|while|whereas)\s+|;\s+)")


def first_clause(text: str) -> str | None:
    """The first of two main clauses of four words or more each; None when ``text`` is
    not two such clauses."""
    parts = CLAUSE_SPLIT.split(text, maxsplit=1)
    if len(parts) < 2 or len(parts[0].split()) < 4 or len(parts[1].split()) < 4:
        return None
    return parts[0]


def second_clause_words(text: str, facts: Facts, proper: frozenset[str]) -> frozenset[str]:
    """Content words stated only after the first main clause of ``text``."""
    first = first_clause(text)
    return frozenset() if first is None else facts.content - facts_of(first, proper).content


def details_of(facts: Facts, forms: dict[str, str] | None = None) -> frozenset[str]:
    """Every figure, date, name and denial of a claim, written as its details are (a
    denied word as ``forms`` writes it: the facts' own by default)."""
    forms = facts.forms if forms is None else forms
    every = {n.text for n in facts.names} | {q.text for q in facts.quantities}
    every |= {d.text for d in facts.dates}
    every |= {f"not {forms.get(w, w)}" for w in facts.negated}
    return frozenset(every)


# An opening adverbial clause: "A day after ...,", "When Netscape refused, ...",
# "Following the vote, ...", "Despite ...,": background to the main clause after its comma.
_OPENERS = clause_words("openers")


# Words opening a subordinate or relative clause: what follows is background to the
# main event ("after he was detained", "who was arrested"); "that" after "said" is not
# one (what was said is the main event).
_SUBORDINATE = clause_words("subordinate")
_CLAUSE_PUNCT = frozenset([",", ";", ":", "(", ")", "—", "–"])


@lru_cache(maxsize=4096)
def main_clause_words(text: str) -> frozenset[str]:
    """Content words of the claim's main event: its first main clause, without the
    subordinate and relative clauses inside it ("A Kurdish news agency said Ocalan had
    asked Italy for asylum [after he was detained on arrival at Rome airport]").

    Support needs the main event; a window that states only a subordinate clause or a
    second coordinated one tells another fact about the same people. Empty when the
    claim is a single plain clause (nothing to tell apart)."""
    first = CLAUSE_SPLIT.split(text, maxsplit=1)[0]
    _toks, lows, canons, content = read(first)
    out: set[str] = set()
    inside = False
    for k, low in enumerate(lows):
        if low in _SUBORDINATE:
            inside = True
        elif low in _CLAUSE_PUNCT:
            inside = False
        c = canons[k]
        if not inside and c is not None and c in content:
            out.add(c)
    whole = read(text)[3]
    return frozenset(out) if out != whole else frozenset()


def main_clause(text: str) -> tuple[int, int]:
    """The span of ``text`` that states its main event: without an opening subordinate
    clause of three words or more ("A day after ...,", "When Netscape refused,"), when at
    least six words are left. (An attribution, "Italian officials said", stays: who said
    it is a detail outlets report and altered claims change.)"""
    lo, hi = 0, len(text)
    comma = text.find(", ")
    if comma >= 0:
        head = TOKEN.findall(text[:comma].lower())
        if len(head) >= 3 and any(t in _OPENERS for t in head[:4]):
            lo = comma + 2
    if len(text[lo:hi].split()) < 6:
        return 0, len(text)
    return lo, hi


_MODIFIED = re.compile(r"\s+([a-z][a-z-]+)(?:\s+([a-z]+))?")
# Words that open a noun phrase: a word right before one takes an object, so it is a
# verb ("al-Baghdadi rallies his fighters"), not a noun a name could describe.
_OBJECT_OPENERS = frozenset(
    "the a an his her its their our my your this these those them him us".split()
)
# Endings of adverbs made from adjectives ("reportedly", "officially", "previously"):
# no noun of five letters or more ends so ("ally", "rally" are shorter; "family" ends
# in -ily, which is left out).
_ADVERB_ENDINGS = ("edly", "ally", "ously", "ively", "ently", "antly", "ately", "fully", "ibly")


def modifier_names(text: str, facts: Facts) -> frozenset[str]:
    """Names written right before a lower-case content word: they describe it
    ("Halloween revelers", "Turkish demands") rather than name a participant. A verb
    after a name is its predicate ("Annan traveled", "al-Baghdadi rallies his
    fighters"), and so is a verb after an adverb ("Baghdadi reportedly said")."""
    out = set()
    for n in facts.names:
        at = text.find(n.text)
        m = _MODIFIED.match(text, at + len(n.text)) if at >= 0 else None
        word = m.group(1) if m else ""
        after = (m.group(2) or "") if m else ""
        if (
            word
            and word not in STOPWORDS
            and canon(word) in facts.content
            and not is_event(word)
            and canon(word) not in facts.verbs  # "Brandt said", "Annan traveled"
            and after not in _OBJECT_OPENERS
            and not (len(word) > 5 and word.endswith(_ADVERB_ENDINGS))
        ):
            out.add(n.text)
    return frozenset(out)


# ", Europe's most affected country,": a name opening a description set off by commas
# right after another name, its possessive then lower-case words to the next comma.
_APPOSITIVE_TAIL = re.compile(r"\s*(?:['’]s|\s['’]s)?(?:\s+[a-z][a-z-]*){1,5}\s*,")
_AFTER_NAME = re.compile(r"[A-Z][A-Za-z'’.-]*\s*,\s*$")


def appositive_names(text: str, facts: Facts) -> frozenset[str]:
    """Names inside a description of another name ("Throughout Poland, Europe's most
    affected country, the toll reached 85"): they say what the first name is, not what
    happened, so an outlet stating the event may leave them out."""
    out = set()
    for n in facts.names:
        at = text.find(n.text)
        if at <= 0 or not _AFTER_NAME.search(text[:at]):
            continue
        if _APPOSITIVE_TAIL.match(text, at + len(n.text)):
            out.add(n.text)
    return frozenset(out)


def split_clauses(text: str) -> list[str]:
    """The clauses of a claim, when there are two or three of at least ``clause_words``
    words each: main clauses joined by ", and", ", but", ", while" or ";"; else two
    past-tense verbs joined by a bare "and" ("was jailed and released"); else the
    predication a participle opens after the main verb ("a statement calling on
    supporters to ...", "by bundling its browser"). [] when the claim is one clause."""
    parts = [p.strip() for p in CLAUSE_SPLIT.split(text)]
    if len(parts) == 1:
        # "he was jailed and then released": two verbs joined by "and" (no comma)
        parts = [p.strip() for p in re.split(r"\s+and\s+", text)]
        if len(parts) != 2 or not all(any(is_event(t) for t in TOKEN.findall(p)) for p in parts):
            parts = [text]
    if len(parts) == 1:
        # "emerged with a statement calling on supporters to ...", "thwart competition
        # by bundling its browser": a participle after the main verb opens a
        # predication of its own
        parts = participle_split(text)
    if not 2 <= len(parts) <= 3 or any(len(p.split()) < config.get().clause_words for p in parts):
        return []
    return parts


# "-ing" words that are prepositions or nouns, not participles opening a predication.
_NOT_PARTICIPLES = frozenset(
    """during including according following regarding concerning notwithstanding
    something nothing anything everything morning evening building meeting spring
    string""".split()
)
# Words after which an "-ing" word names or describes a thing ("their fishing boat") or
# is the verb itself ("was calling"), not a predication of its own.
_BEFORE_NON_PARTICIPLE = clause_words("before_non_participle")


def participle_split(text: str) -> list[str]:
    """``text`` cut before a participle ("..., killing 60 people", "a statement calling
    on supporters to ...") or before a gerund after "for" or "by" ("... by bundling its
    browser") that follows a past-tense main verb; [text] when none."""
    toks = list(re.finditer(r"[A-Za-z][A-Za-z'-]*", text))
    seen_verb = False
    for k, m in enumerate(toks):
        w = m.group(0)
        if is_event(w):
            seen_verb = True
            continue
        low = w.lower()
        if not (seen_verb and k >= 3 and low.endswith("ing") and len(low) > 5):
            continue
        if low in _NOT_PARTICIPLES or not w[0].islower():
            continue
        before = toks[k - 1].group(0).lower()
        if before in ("for", "by"):
            cut = toks[k - 1].start()
        elif before not in _BEFORE_NON_PARTICIPLE:
            cut = m.start()
        else:
            continue
        return [text[:cut].rstrip(" ,"), text[m.start() :]]
    return [text]


# Words that may stand in the main verb's object before a participle describing it ("a
# message", "the new plan", "his first statement"): a determiner or possessive opens it.
_OBJECT_DETERMINERS = frozenset("a an the his her its their our this these those another".split())
# Relative words that go on describing the participle phrase's last noun after a comma
# (", which they are defending ..."): a relative clause inside a peripheral part.
_GOES_ON = frozenset("which who whom whose where".split())
_PHRASE_END = re.compile(r"[,;:()—–]|\s--?\s|\s_\s")


def _takes_complement(toks: list[re.Match[str]], det: int, k: int) -> bool:
    """Whether the "-ing" word ``toks[k]`` opens a phrase of its own (a participle with
    its complement) rather than modifying a head noun after it ("a temporary [spending]
    measure"): what follows it is its object: a determiner, a name, or a plural noun
    where the object's determiner ``toks[det]`` is singular ("a message encouraging
    forces": "a" cannot go with "forces"). A preposition after it is no sign: a noun
    ends in "-ing" as often ("kept a flood warning in place ... on Saturday")."""
    if k + 1 >= len(toks):
        return False
    nxt = toks[k + 1].group(0)
    low = nxt.lower()
    if low in _OBJECT_DETERMINERS or nxt[0].isupper():
        return True
    plural = low.endswith("s") and not low.endswith(("ss", "us", "is"))
    return plural and toks[det].group(0).lower() in ("a", "an", "another", "this")


def object_description(text: str, main_verb: str | None) -> tuple[int, int] | None:
    """The span of a participle phrase right after the main verb's object, which says
    what the object is ("released a message [encouraging forces in the fight for
    Mosul, which they are defending against Iraqi forces]"), with a relative clause set
    off by a comma that goes on describing its last noun; None when there is none.

    Why: support is the main event stated with its bound details agreeing; a phrase
    describing the object is a peripheral part an outlet may leave out. The object is
    a determiner and at most three lower-case words that are no verb, preposition or
    other stop word ("a message", "the new plan"), with no punctuation before the
    participle: ", killing 60 people" after a comma is a predication of its own, and
    "thousands missing" (no determiner) no object description. An "-ing" word right
    after the determiner or another "-ing" word, or one a singular noun follows,
    modifies the head noun instead ("a continuing spending resolution", "a temporary
    spending measure that expires Friday"). Word order cannot tell where the phrase
    ends: it runs to the next clause mark ("asked the court [hearing the case for an
    extra 20 days ...]" takes in what was asked)."""
    if main_verb is None:
        return None
    toks = list(re.finditer(r"[A-Za-z][A-Za-z'-]*", text))
    at = next(
        (
            k
            for k, m in enumerate(toks)
            if m.group(0)[:1].islower() and canon(m.group(0)) == main_verb
        ),
        None,
    )
    if (
        at is None
        or at + 2 >= len(toks)
        or toks[at + 1].group(0).lower() not in _OBJECT_DETERMINERS
    ):
        return None
    for k in range(at + 2, min(at + 6, len(toks))):
        w = toks[k].group(0)
        if _PHRASE_END.search(text[toks[k - 1].end() : toks[k].start()]):
            return None  # punctuation inside: the object ended before any participle
        low = w.lower()
        if low.endswith("ing") and len(low) > 5 and w[0].islower():
            before = toks[k - 1].group(0).lower()
            if before in _OBJECT_DETERMINERS or before.endswith("ing"):
                continue  # "a continuing spending resolution": a modifier, no head yet
            if low in _NOT_PARTICIPLES or not _takes_complement(toks, at + 1, k):
                return None
            lo = toks[k].start()
            break
        if not w[0].islower() or low in STOPWORDS or is_event(w) or "'" in w:
            return None
    else:
        return None
    end = _PHRASE_END.search(text, lo)
    hi = end.start() if end else len(text)
    m = re.match(r",\s*(\w+)", text[hi:])
    if end and m and m.group(1).lower() in _GOES_ON:
        nxt = _PHRASE_END.search(text, hi + m.end())
        hi = nxt.start() if nxt else len(text)
    while hi > lo and text[hi - 1] in " .!?":
        hi -= 1  # the sentence's full stop is no part of it
    return lo, hi


def peripheral_details(text: str, facts: Facts, proper: frozenset[str]) -> frozenset[str]:
    """Figures, dates, names and denials stated only after the first main clause (a
    denial only the second clause states: ", but Russia would not even confirm")."""
    first = first_clause(text)
    if first is None:
        return frozenset()
    # each denial written as the whole claim writes it, in both sets
    return details_of(facts) - details_of(facts_of(first, proper), facts.forms)


# Where the clause holding a figure or a date ends: punctuation, and words opening a
# subordinate or relative clause ("... in a rented hall in Goteborg | when a blaze
# started late on Friday night").
# ("after", "before", "since" and "until" are left out: as often prepositions, "shortly
# before midnight Friday").
DETAIL_CLAUSE = re.compile(
    r"[,;:](?=\s)\s*|\s*[()—–]\s*|\s+--?\s+|\s+_\s+|\s+(?=(?:when|whenever|because|"
    r"although|though|unless|while|whereas|who|whom|whose|which|where)\b)",
    re.IGNORECASE,
)


# A denial inside a clause: "not", "no", "never", "n't", "neither", "nor", "without".
_DENIAL = re.compile(r"\b(?:not|no|never|neither|nor|without)\b|n't\b", re.IGNORECASE)


def detail_clauses(text: str, proper: frozenset[str]) -> dict[str, frozenset[str]]:
    """Each figure and date of ``text`` (as its details are written) with the content
    words of the clause it stands in: the event it is bound to; with
    ``config.clause_names`` each place ("in" or "at" before the name) too."""
    out: dict[str, frozenset[str]] = {}
    for part in DETAIL_CLAUSE.split(text):
        if not part or not any(ch.isdigit() or ch.isupper() for ch in part):
            continue  # no figure or date (a weekday or month is capitalised)
        if config.get().clause_same_event and _DENIAL.search(part):
            continue  # the day or count of a deed not done ("performed no abortions
            # Tuesday"): another day of the deed does not conflict with it
        f = facts_of(part, proper)
        texts = [q.text for q in f.quantities] + [d.text for d in f.dates]
        if config.get().clause_names:
            texts += [n.text for n in f.names if n.role == "in"]  # "in", "at": a place
        for text_ in texts:
            out.setdefault(text_, f.content)
    return out


# -- peripheral parts of one clause (config.peripheral_parts) ---------------------------

# Words opening a relative clause or a clause of reason after a noun: background.
_RELATIVE = clause_words("relative")
# Prepositions that place an event: two of them in a row name one place twice.
_PLACE_PREPS = frozenset(["in", "at", "near", "outside", "inside"])
_CLAUSE_ENDS = frozenset([",", ";", ":", "(", ")", "—", "–", "_", "--"])
# A definite determiner or a possessive: the noun after it is already pinned, so a figure
# between them describes it ("the 57-year-old airline", "its 10-year suspension").
_DEFINITE = frozenset("the its his her their this that these those 's ’s".split())
# Words that may stand inside one noun phrase between a description and the name it
# describes ("PAL majority owner and chairman, Lucio Tan").
_IN_PHRASE = frozenset(["and", ",", "'s", "’s", "-"])


@dataclass(frozen=True, slots=True)
class Peripheral:
    """A claim detail an outlet may leave out, what part of the claim it sits in, and
    what of the claim a window must state for it to be left out: the word or the name
    that pins what the detail describes."""

    part: str  # "relative clause", "description of a name", "modifier", "second place"
    words: frozenset[str] = frozenset()  # canonical content words the window states
    names: tuple[str, ...] = ()  # claim names (as written) the window names


def _spans(toks: list[str], facts: Facts) -> dict[str, tuple[int, int]]:
    """Where each figure, date and name of ``facts`` stands in ``toks`` (first match,
    commas and a trailing full stop ignored: "June 21 1995", "Sept 23")."""
    idx = [i for i, t in enumerate(toks) if t != ","]
    seq = [toks[i].rstrip(".").lower() for i in idx]
    out: dict[str, tuple[int, int]] = {}
    texts = [q.text for q in facts.quantities if not q.ident]
    texts += [d.text for d in facts.dates] + [n.text for n in facts.names]
    for text in texts:
        want = [w.rstrip(".").lower() for w in text.split()]
        for s in range(len(seq) - len(want) + 1):
            if want and seq[s : s + len(want)] == want:
                out.setdefault(text, (idx[s], idx[s + len(want) - 1] + 1))
                break
    return out


_AUXILIARIES = frozenset("has have had is are was were will would be been".split())
_SAYING = frozenset("said say says told tell announced reported added stated".split())


def _verb_like(tok: str, c: str | None, facts: Facts) -> bool:
    """A finite verb or an auxiliary: where a relative clause's predication is."""
    low = tok.lower()
    return low in _AUXILIARIES or is_event(tok) or (c is not None and c in facts.verbs)


def _relative_that(
    toks: list[str], lows: list[str], canons: list[str | None], k: int, facts: Facts
) -> bool:
    """ "that" opens a relative clause: right after a lower-case noun ("the union that
    led"), with no verb of saying earlier in its clause ("said in The Hague that")."""
    before = toks[k - 1]
    if not (before[:1].islower() and before.isalpha() and canons[k - 1] is not None):
        return False
    if _verb_like(before, canons[k - 1], facts):
        return False
    for j in range(k - 1, -1, -1):
        if lows[j] in _CLAUSE_ENDS:
            break
        if lows[j] in _SAYING:
            return False
    return True


def peripheral_parts(text: str, facts: Facts, main_verb: str | None) -> dict[str, Peripheral]:
    """Figures, dates and names of ``text`` that sit in a peripheral part of the claim,
    read from word order and punctuation (support = the main event stated with its
    bound details agreeing; peripheral parts may be missing):

    * inside a relative clause or a clause of reason ("a cold wave [that hit Poland a
      week ago] has killed 32 people", "[because of an outstanding Turkish warrant]");
    * a name describing the name that follows it in one noun phrase, a title or a
      post between them ("the [Saudi] exile Osama bin Laden", "[PAL] majority owner
      and chairman, Lucio Tan"): the window must name the person described;
    * a figure written as a modifier between a definite determiner or a possessive and
      the noun it describes ("the [57-year-old] airline"; not "a [6.4-magnitude]
      earthquake", where the figure says which one): the window must state that noun;
    * one of two places given in a row ("at Leonardo da Vinci airport in Rome"): the
      window must state the other.

    The main verb's own subject, object and dates are never read here, and a detail
    the window states otherwise still conflicts (only a missing one is let pass)."""
    toks, lows, canons, _content = read(text)
    spans = _spans(toks, facts)
    names = {n.text: n for n in facts.names}
    verb_at = next((i for i, c in enumerate(canons) if main_verb and c == main_verb), None)
    out: dict[str, Peripheral] = {}

    def inside(lo: int, hi: int) -> list[str]:
        return [t for t, (s, e) in spans.items() if lo <= s and e <= hi]

    # relative clauses and clauses of reason: to the next clause mark, the main verb,
    # or the verb after the clause's own ("a cold wave that hit Poland | has killed")
    for k, low in enumerate(lows):
        if low not in _RELATIVE or k == 0:
            continue
        if low == "that" and not _relative_that(toks, lows, canons, k, facts):
            continue  # "said in The Hague that ...": what was said is the main event
        end = next((j for j in range(k + 1, len(lows)) if lows[j] in _CLAUSE_ENDS), len(lows))
        own = next((j for j in range(k + 1, end) if _verb_like(toks[j], canons[j], facts)), None)
        if own is not None:
            end = next(
                (j for j in range(own + 1, end) if _verb_like(toks[j], canons[j], facts)), end
            )
        if verb_at is not None and k < verb_at < end:
            end = verb_at
        for t in inside(k, end):
            out.setdefault(t, Peripheral("relative clause"))
    # a name describing the next name: lower-case words or titles between ("and", a
    # comma allowed), no verb
    ordered = sorted((s, e, t) for t, (s, e) in spans.items() if t in names)
    for (_s1, e1, t1), (s2, _e2, t2) in pairwise(ordered):
        between = toks[e1:s2]
        if not 1 <= len(between) <= 6 or (verb_at is not None and e1 <= verb_at < s2):
            continue
        if all(
            b in _IN_PHRASE
            or (b[:1].islower() and b.isalpha() and not is_event(b) and b not in STOPWORDS)
            or b.lower() in TITLES
            for b in between
        ) and any(b not in _IN_PHRASE for b in between):
            out.setdefault(t1, Peripheral("description of a name", names=(t2,)))
    # a figure written as a modifier of a pinned noun: "the 57-year-old airline"
    for q in facts.quantities:
        if q.ident or q.text not in spans:
            continue
        s, _e = spans[q.text]
        j = s
        while j + 2 < len(toks) and toks[j + 1] == "-" and toks[j + 2][:1].isalpha():
            j += 2
        head = j + 1
        if j == s or head >= len(toks) or head == verb_at:
            continue
        if s == 0 or lows[s - 1] not in _DEFINITE:
            continue  # "a 6.4-magnitude earthquake": the figure says which one
        word = toks[head]
        if word[:1].islower() and canons[head] is not None and not is_event(word):
            pin = frozenset(c for c in canons[head : head + 1] if c is not None)
            out.setdefault(q.text, Peripheral("modifier", words=pin))
    # two places in a row: "at Leonardo da Vinci airport in Rome"
    for (s1, e1, t1), (s2, _e2, t2) in pairwise(ordered):
        if s1 == 0 or lows[s1 - 1] not in _PLACE_PREPS or lows[s2 - 1] not in _PLACE_PREPS:
            continue
        between = toks[e1 : s2 - 1]
        if len(between) <= 2 and all(b == "," or b[:1].islower() for b in between):
            out.setdefault(t1, Peripheral("second place", names=(t2,)))
            out.setdefault(t2, Peripheral("second place", names=(t1,)))
    return out


# Third-person pronouns that stand for one named person ("he", "her"); "it", "they" and
# "that" stand as often for a thing, a group or an event, which no name resolves.
_PERSON_PRONOUNS = frozenset("he she him his her hers".split())
# Words that may open a sentence before its subject: "But the waiting ...".
_LEADS = frozenset("but and yet so then still".split())
# Words that end a definite subject: a verb or auxiliary, a preposition, punctuation.
_NP_ENDS = _AUXILIARIES | frozenset("of by for in on at to with from who which that".split())


_QUOTED = re.compile(r'"[^"]*"|“[^”]*”|``.*?\'\'')


def unquoted(text: str) -> str:
    """The text with its direct quotes blanked: names inside a quote are the speaker's
    words ("Who among you is Kosovo Liberation Army?"), not the sentence's participants."""
    return _QUOTED.sub(" ", text)


def open_pronoun(text: str) -> bool:
    """The claim uses a pronoun for a person before naming anyone outside a quote ("Some
    say he remains in Damascus", "Then, he said, the shooting started", '"...," she
    said'): whom it means is said in the sentences before it, in its own article."""
    for tok in TOKEN.findall(unquoted(undated(text))):
        low = tok.lower()
        if low in _PERSON_PRONOUNS:
            return True
        if tok[:1].isupper() and tok.isalpha() and low not in STOPWORDS and low not in _LEADS:
            return False  # a name first: the pronoun may be that person
    return False


def definite_subject(text: str) -> frozenset[str]:
    """The words (canonical) of a claim's subject when it is a definite description of
    common nouns ("The package has been estimated ...": "package"; up to three words, as
    the subject's verb is not always known): it refers to something its own article
    introduced, which the evidence must be about too. Empty for a name ("The Ankara
    government": the name identifies it), a subject that only says whose words follow
    ("The statement said"), or no definite subject."""
    toks = TOKEN.findall(undated(text))
    lows = [t.lower() for t in toks]
    i = 0
    while i < len(lows) and lows[i] in _LEADS:
        i += 1
    if i < len(lows) and lows[i] not in ("the", "this", "these"):
        # the subject of what someone said: "Cardoso said the package could be ..."
        said = next((j for j, w in enumerate(lows) if w in _SAYING), None)
        i = said + 1 if said is not None else len(lows)
        if i < len(lows) and lows[i] == "that":
            i += 1
    if i >= len(lows) or lows[i] not in ("the", "this", "these"):
        return frozenset()
    words: list[str] = []
    j = i + 1
    while j < len(toks) and lows[j] not in _NP_ENDS and toks[j] not in _CLAUSE_PUNCT:
        if toks[j][:1].isupper():
            return frozenset()  # a name in the description identifies it
        if is_event(toks[j]) or lows[j] in _SAYING:
            break  # the subject's verb
        if lows[j].isalpha() and lows[j] not in STOPWORDS and len(words) < 3:
            words.append(canon(lows[j]))
        j += 1
    if j < len(lows) and lows[j] in _SAYING:
        return frozenset()
    return frozenset(words)


_MODALS = frozenset("would will could can may might should must".split())


def modal_verbs(text: str) -> frozenset[str]:
    """The verbs a claim states under a modal ("Total spending would actually increase":
    "increase"): its deed when it states none in the past tense."""
    toks = TOKEN.findall(unquoted(text))
    lows = [t.lower() for t in toks]
    out = set()
    for i, w in enumerate(lows):
        if w not in _MODALS:
            continue
        for j in range(i + 1, min(i + 4, len(lows))):
            if lows[j] in STOPWORDS or lows[j] in _AUXILIARIES or lows[j].endswith("ly"):
                continue  # "would actually increase", "could not be"
            if lows[j].isalpha():
                out.add(canon(lows[j]))
            break
    return frozenset(out)


# Prepositions that bind a place to the verb right before them ("started in a shed").
_PLACE_OF_VERB = frozenset(["in", "at", "inside", "near", "outside"])
# Words that end a place phrase: another clause or another part of the event.
_PLACE_ENDS = frozenset(
    "and or but where which that who when while before after as to from by with".split()
)
_COPULAS = frozenset("is are was were".split())


@lru_cache(maxsize=8192)
def verb_place(text: str, verb: str) -> tuple[str, frozenset[str]] | None:
    """The place a sentence binds to its verb ``verb`` (canonical): the phrase after "in",
    "at" ... right after the verb ("the blaze started in a storage shed ... and spread to
    the main warehouse": "a storage shed" for "start"), as written and as content words;
    None when the verb has no place of its own there. Cached, as
    :func:`verb_destinations`: every window check asks it of the claim again."""
    toks = TOKEN.findall(unquoted(text))
    lows = [t.lower() for t in toks]
    at = next(
        (
            i
            for i, w in enumerate(lows)
            if w[:1].isalpha() and canon(w) == verb and is_event(toks[i])
        ),
        None,
    )
    if at is None:
        return None
    j = at + 1
    while j < len(lows) and j - at <= 3 and lows[j] not in _PLACE_OF_VERB:
        if toks[j] in _CLAUSE_PUNCT or lows[j] in _PLACE_ENDS:
            return None
        j += 1
    if j >= len(lows) or lows[j] not in _PLACE_OF_VERB:
        return None
    end = j + 1
    while end < len(toks) and toks[end] not in _CLAUSE_PUNCT and lows[end] not in _PLACE_ENDS:
        if toks[end] in (".", "!", "?"):
            break
        end += 1
    words = frozenset(canon(w) for w in lows[j + 1 : end] if w.isalpha() and w not in STOPWORDS)
    return (" ".join(toks[j:end]), words) if words else None


# Prepositions naming where a deed went ("flew to Damascus", "sent troops into Iraq").
_DESTINATION = frozenset(["to", "into", "toward", "towards"])
# Words that make the verb after them a plan or a wish, or deny it: its destination is
# the plan's or the denial's, not a deed done there ("might send forces into Syria",
# "never sent troops into Syria").
_PLAN_MARKS = PLAN_WORDS
# Lower-case words that may open a destination's name: an article or a direction
# ("into northern Iraq", "to the West Bank"), never a verb ("to hit bases that Turkish
# Kurds use" names no destination).
_DIRECTIONS = frozenset(["the", "central", "north", "south", "east", "west"])
_NOT_MARKS = frozenset(["not", "never", "no", "n't", "denied", "without"])


@dataclass(frozen=True, slots=True)
class Destination:
    """Where one use of a verb went: the phrase as written ("to Damascus", "here"), its
    place's name words, and how the verb is said there ("" done, "plan", "not")."""

    text: str
    names: tuple[str, ...]
    mood: str


@lru_cache(maxsize=8192)
def verb_destinations(text: str, verb: str) -> tuple[Destination, ...]:
    """Every destination a sentence binds to a use of its verb ``verb`` (canonical, in
    any form: "flew", "flying", "send"): "to", "into" ... within five tokens after the
    verb, followed by a capitalised name (past lower-case words: "into northern Iraq"),
    or "here" right after the verb (an article's dateline city). In order of the text.

    Why: a place name is bound to its event as figures and dates are: "flew to Damascus
    on Sunday" does not state a trip to Ankara, though Ankara may appear a sentence
    later, and "never sent troops into Syria" denies nothing of troops sent into Iraq.
    Cached: each window check asks of the claim and of the same sentences again."""
    toks = TOKEN.findall(unquoted(text))
    lows = [t.lower() for t in toks]
    out: list[Destination] = []
    for i, w in enumerate(lows):
        if not w[:1].isalpha() or not toks[i][:1].islower() or canon(w) != verb:
            continue
        mood = ""
        for k in range(i - 1, max(-1, i - 4), -1):
            if toks[k] in _CLAUSE_PUNCT:
                break
            if lows[k] in _PLAN_MARKS:
                mood = "plan"
            elif lows[k] in _NOT_MARKS or lows[k].endswith(("n't", "n’t")):
                mood = "not"
        if i + 1 < len(lows) and lows[i + 1] == "here":
            out.append(Destination("here", ("here",), mood))
            continue
        for j in range(i + 1, min(len(lows), i + 6)):
            if toks[j] in _CLAUSE_PUNCT or toks[j] in (".", "!", "?"):
                break
            if lows[j] not in _DESTINATION:
                if lows[j] in _PLACE_ENDS:
                    break
                continue
            k = j + 1
            while (
                k < len(toks)
                and k - j <= 2
                and (lows[k] in _DIRECTIONS or (lows[k].endswith("ern") and toks[k][:1].islower()))
            ):
                k += 1  # "into northern Iraq", "to the West Bank"
            end = k
            while end < len(toks) and toks[end][:1].isupper() and toks[end].isalpha():
                end += 1
            if end > k:
                out.append(Destination(" ".join(toks[j:end]), tuple(toks[k:end]), mood))
            break
    return tuple(out)


def copula_complement(text: str) -> tuple[frozenset[str], str, frozenset[str]] | None:
    """What a sentence says its subject is ("the cause was arson"): the subject's content
    words (back to the clause's start or "said"), the complement as written and its
    content words (after the first "is"/"was" outside quotes, to the end of its clause);
    None when there is none."""
    toks = TOKEN.findall(unquoted(undated(text)))
    lows = [t.lower() for t in toks]
    at = next((i for i, w in enumerate(lows) if w in _COPULAS), None)
    if at is None:
        return None
    begin = at
    while begin > 0 and toks[begin - 1] not in _CLAUSE_PUNCT and lows[begin - 1] not in _SAYING:
        begin -= 1
    end = at + 1
    while end < len(toks) and toks[end] not in _CLAUSE_PUNCT and lows[end] not in _PLACE_ENDS:
        if toks[end] in (".", "!", "?"):
            break
        end += 1

    def content(words: list[str]) -> frozenset[str]:
        return frozenset(
            canon(w)
            for w in words
            if w.isalpha() and w not in STOPWORDS and w not in ("not", "also", "still")
        )

    subject, said = content(lows[begin:at]), content(lows[at + 1 : end])
    return (subject, " ".join(toks[at + 1 : end]), said) if subject and said else None
