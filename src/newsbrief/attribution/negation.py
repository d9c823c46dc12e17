"""Negation: which words of a sentence a "not", "never" or "no" governs.

Why: "had not verified" denies "had verified", but "could not detain him" (a modal before
the negation) only says what was possible: it neither states nor denies an arrest. The
scope is the next content word within four tokens, stopped by punctuation, so a negation
binds to its own predicate, not to every word of the sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from . import config
from .lexicon import canon, is_event, word_set

if TYPE_CHECKING:
    from .facts import Read

_NEGATORS = word_set("negators")
_VERB_NEGATORS = frozenset(["failed", "fail", "fails", "refused", "refuse", "refuses", "unable"])
# Nouns of failure, refusal or resistance: "imposed for its failure to hand over",
# "his refusal to testify" say the deed was not done, as "failed to" does. "resistance
# to" / "opposition to" govern a deed only through a gerund ("resistance to turning
# over"); before a noun ("resistance to the plan") they deny nothing.
_NOUN_NEGATORS = frozenset(["failure", "failures", "refusal", "refusals"])
_GERUND_NEGATORS = frozenset(["resistance", "opposition", "reluctance"])


_PUNCT = frozenset(',;:()"“”')


# A negation after a modal ("could not detain him", "cannot be verified") says what was
# possible or allowed, not that something did not happen: it neither denies nor states
# the fact.
_MODALS = frozenset(["can", "could", "would", "may", "might", "should", "must"])
_MODAL_NEGATORS = frozenset(
    ["cannot", "can't", "couldn't", "wouldn't", "shouldn't", "mustn't", "can’t", "couldn’t"]
)


# Verbs that deny a statement: "denied (that) his country was involved" negates the verb
# of the clause it governs ("involved"), not only the next word ("country").
_DENIALS = frozenset(["deny", "denies", "denied", "denying"])
# Verbs that deny a statement only through a noun naming it: "rejected the claim that",
# "dismissed reports that" (alone, "rejected the plan" is a deed, no denial).
_DISMISSALS = frozenset(
    "reject rejects rejected rejecting dismiss dismisses dismissed dismissing".split()
)
_STATEMENT_NOUNS = frozenset(
    """claim claims report reports suggestion suggestions allegation allegations accusation
    accusations assertion assertions charge charges speculation rumor rumors rumour
    rumours""".split()
)
# Words after which the next content word is the complement clause's verb ("it was
# involved", "they had sent", "he would resign"), and subject pronouns before a verb.
_BEFORE_VERB = frozenset(
    """is are was were be been being has have had will would could can may might should
    did does do it he she they we i""".split()
)
# Plan and wish verbs: a negation of one ("did not want to", "does not plan to") says
# nothing of whether the deed was done.
_WISHES = frozenset(
    "want wants wanted plan plans planned intend intends intended mean means meant".split()
)
_CLAUSE_STOPS = frozenset(["but", "and", "or", "while", "because", "although", "though"])


def negation_scope(
    lows: list[str], canons: list[str | None], toks: list[str] | None = None
) -> tuple[frozenset[str], frozenset[str]]:
    """Content words governed by a negation (the next one, within four tokens), and
    those of them governed by a modal negation. A denial verb ("denied", "rejected the
    claim that") also negates the verb of the clause it governs (:func:`_denied_clause`)."""
    scope: set[str] = set()
    modal: set[str] = set()
    for i, low in enumerate(lows):
        if low in _DENIALS or low in _DISMISSALS:
            verb = _denied_clause(lows, canons, toks, i)
            if verb is not None:
                scope.add(verb)
        noun = low in _NOUN_NEGATORS or (
            low in _GERUND_NEGATORS and i + 2 < len(lows) and lows[i + 2].endswith("ing")
        )
        if low in _NEGATORS or noun or low.endswith(("n't", "n’t")):
            start = i + 1
            if low == "no" and i + 1 < len(lows) and lows[i + 1] in ("-", "–"):
                continue  # "no-confidence vote", "no-fly zone": a compound, not a denial
            if low in _VERB_NEGATORS or noun:
                # "failed to pass", "refused to testify": the verb after "to" is negated;
                # "the talks failed" negates nothing else in the sentence
                if i + 1 >= len(lows) or lows[i + 1] != "to":
                    continue
                start = i + 2
            if _bounds_figure(lows, i):
                continue  # "not ... more than 150": an upper bound, read with the figure
            if (
                start + 1 < len(lows)
                and lows[start].endswith("ly")
                and lows[start + 1] in _PUNCT
                and (i == 0 or lows[i - 1] in _PUNCT)
            ):
                continue  # ", not surprisingly,": a comment on the sentence, no denial
            is_modal = low in _MODAL_NEGATORS or (i > 0 and lows[i - 1] in _MODALS)
            # "does not want to be involved in any confrontation": the wish is denied,
            # the deed after it neither stated nor denied (facts._moods)
            wish = start < len(lows) and lows[start] in _WISHES
            for m in range(start, min(len(lows), start + 4)):
                if lows[m] in _PUNCT:
                    break
                c = canons[m]
                if c is not None and toks is not None and toks[m][:1].isupper():
                    continue  # "denied that Ocalan was there": the name is not negated
                if c is not None:
                    if low == "no" and m == i + 1 and m + 1 < len(lows) and canons[m + 1]:
                        if config.get().negation_phrase and i > 0 and lows[i - 1] not in _ARTICLES:
                            # "had no working sprinklers": the modifier and its noun
                            scope.update(_modified_noun(lows, canons, m, toks))
                        break  # "a no confidence vote": a compound modifier, not a denial
                    scope.add(c)
                    if is_modal:
                        modal.add(c)
                    break
            for c in _any_phrase(lows, canons, start, toks):
                scope.add(c)
                if is_modal or wish:
                    modal.add(c)
    return frozenset(scope), frozenset(modal)


def _denied_clause(
    lows: list[str], canons: list[str | None], toks: list[str] | None, i: int
) -> str | None:
    """The verb of the clause a denial at ``i`` governs: "denied (that) his country was
    involved", "rejected the claim that Syria had sent troops" -> the canonical
    "involve", "send"; None when ``i`` is no denial of a clause.

    Why: a denial says its complement did not happen; read as a plain negation it
    would negate only the next word ("country"), and the sentence would then state
    the very deed it denies. A complement already negated ("denied it was not
    involved") or a noun after the denial ("denied the charge") gives None."""
    low = lows[i]
    start = i + 1
    if low in _DISMISSALS or (low in _DENIALS and start < len(lows) and lows[start] != "that"):
        # "rejected [the] claims that ...", "denied reports that ..."
        k = start + 1 if start < len(lows) and lows[start] in ("the", "a", "any") else start
        if k + 1 < len(lows) and lows[k] in _STATEMENT_NOUNS and lows[k + 1] == "that":
            start = k + 2
        elif low in _DISMISSALS:
            return None
    elif low not in _DENIALS:
        return None
    # with "that" the clause is certain; without it a past form right after a noun may
    # describe an object ("denied the charges brought by ..."): only a verb after its
    # subject pronoun, an auxiliary or a name counts then
    explicit = start < len(lows) and lows[start] == "that"
    if explicit:
        start += 1
    elif (
        start < len(lows)
        and lows[start].endswith("ing")
        and len(lows[start]) > 5
        and canons[start] is not None
    ):
        return canons[start]  # "denied supporting Kurdish rebels": the deed denied
    for m in range(start, min(len(lows), start + 8)):
        if lows[m] in _PUNCT or lows[m] in _CLAUSE_STOPS or is_negator(lows[m]):
            return None
        c = canons[m]
        if c is None or (toks is not None and toks[m][:1].isupper()):
            continue
        after_subject = m > start and (
            lows[m - 1] in _BEFORE_VERB or (toks is not None and toks[m - 1][:1].isupper())
        )
        word = toks[m] if toks is not None else lows[m]
        if after_subject or (explicit and is_event(word)):
            return c
    return None


# Words that end the clause a negation governs: a noun phrase after them is another's.
_CLAUSE_ENDS = frozenset(["that", "whether", "if", "but", "and", "or", "while", "because"])


_ARTICLES = frozenset(["a", "an", "the"])
_NO_ADVERBS = word_set("no_adverbs")


def _modified_noun(
    lows: list[str], canons: list[str | None], start: int, toks: list[str] | None
) -> list[str]:
    """The content words from ``start`` to the noun they modify ("working sprinklers",
    at most three, lowercase, up to a stopword or punctuation): after a verb, "no"
    denies the whole phrase ("had no working sprinklers"); after an article it is a
    compound modifier ("a no confidence vote") and denies nothing."""
    if lows[start] in _NO_ADVERBS:
        return []  # "no longer expected", "no doubt": an adverb, not a noun phrase
    out = []
    for k in range(start, min(len(lows), start + 3)):
        c = canons[k]
        if c is None or lows[k] in _PUNCT or (toks is not None and toks[k][:1].isupper()):
            break
        out.append(c)
    return out


def _any_phrase(
    lows: list[str], canons: list[str | None], start: int, toks: list[str] | None
) -> list[str]:
    """The noun phrase a negation's "any" opens, in the negation's clause: "no word on any
    ransom demand", "had not received any ransom demand" deny the demand (a deed in noun
    form), not only the word right after the negation."""
    for m in range(start, min(len(lows), start + 8)):
        if lows[m] in _PUNCT or lows[m] in _CLAUSE_ENDS:
            return []
        if lows[m] == "any":
            out = []
            for k in range(m + 1, len(lows)):
                c = canons[k]
                if c is None or (toks is not None and toks[k][:1].isupper()):
                    break
                out.append(c)
            return out
    return []


# "more than", "over" before a figure: a negation before them makes the figure a bound.
_COMPARATIVES = frozenset(["more", "over", "exceed", "exceeding"])


def _bounds_figure(lows: list[str], i: int) -> bool:
    """The negation at ``i`` is the figure's: "was not meant to carry more than 40",
    "no more than 20" state an upper bound ("at most 150"), not a denied predicate."""
    for m in range(i + 1, min(len(lows) - 1, i + 7)):
        if lows[m] in _PUNCT:
            return False
        if lows[m] in _COMPARATIVES:
            k = m + 2 if lows[m + 1] == "than" else m + 1
            return k < len(lows) and lows[k][:1].isdigit()
    return False


# Words that bring a charge: what they govern is one side's claim against another, not
# a report that it happened ("Turkey accused Syria of sheltering rebels", "allegations
# that Syria is supporting rebels"). "in charge of" is no charge.
_ACCUSATIONS = frozenset(
    """accuse accuses accused accusing accusation accusations allege alleges alleged
    alleging allegation allegations charge charges charged""".split()
)
# The charge ends with its clause; a relative clause after it ("rebels who have been
# fighting since 1984") is the writer's own description, not part of the charge.
_ACCUSATION_ENDS = _PUNCT | frozenset(
    [".", "but", "while", "although", "though", "because", "who", "which", "whose", "where"]
)


def accusations(
    lows: list[str], canons: list[str | None]
) -> tuple[frozenset[str], frozenset[str], str]:
    """The content words a sentence states inside a charge (from an accusation word to
    the end of its clause), those it states outside any, and the first accusation word
    as written ("" for none).

    Why: "Syria has denied supporting Kurdish rebels" and "Turkey accuses Syria of
    supporting Kurdish rebels" are the two sides' claims, not two versions of one fact:
    the charge neither states the deed (no support of "Syria supported the rebels") nor
    the denial, so it does not contradict the denial either."""
    inside: set[int] = set()
    first = ""
    for i, low in enumerate(lows):
        if low not in _ACCUSATIONS or (i > 0 and lows[i - 1] == "in"):
            continue
        first = first or low
        for m in range(i + 1, len(lows)):
            if lows[m] in _ACCUSATION_ENDS:
                break
            inside.add(m)
    charged = {c for m, c in enumerate(canons) if c is not None and m in inside}
    told = {c for m, c in enumerate(canons) if c is not None and m not in inside}
    return frozenset(charged), frozenset(told), first


def is_negator(low: str) -> bool:
    return low in _NEGATORS or (low[-1] == "t" and low.endswith(("n't", "n’t")))


# Prefixes that negate an adjective: "unhappy", "inactive", "impossible", "illegal",
# "irregular", "dishonest", "nonviolent".
_NEGATING_PREFIXES = ("non", "dis", "un", "in", "im", "il", "ir")
# Verbs that link a subject to what is said of it ("are happy", "seemed unlikely").
_COPULAS = frozenset(
    """is are was were be been being am remain remains remained seem seems seemed appear
    appears appeared become becomes became feel feels felt""".split()
)
# Words that may stand between a copula and its adjective ("are "very happy"", "is not
# legal").
_DEGREES = frozenset(
    """very so too quite really extremely deeply highly most more less increasingly still
    also largely particularly rather " “ ” '""".split()
)


def predicative(lows: Sequence[str], i: int) -> bool:
    """The word at ``i`` is said of the subject after a copula ("are (very) happy", "is
    not legal"): an adjective by its place, not a verb or a noun ("the rest", "inform")."""
    k = i - 1
    while k >= 0 and (lows[k] in _DEGREES or is_negator(lows[k])):
        k -= 1
    return k >= 0 and lows[k] in _COPULAS


def prefix_negations(
    lows: Sequence[str], canons: Sequence[str | None], others: Sequence[Read]
) -> dict[str, str]:
    """The canonical forms of a sentence's prefixed adjectives ("unhappy") mapped to those
    of their base words ("happy"), where one of ``others`` states the base.

    Why: "unhappy" is "not happy": read as an unrelated word, "the suspects are unhappy"
    neither conflicts with "are very happy" nor agrees with "are not happy". The base is
    never guessed: it must be a word of at least four letters the other side says as an
    adjective (after a copula), and the prefixed word must stand there too, so "unrest",
    "inform", "discuss" or "uncovered" (a noun or a verb) are not read as prefixed."""
    bases = {
        c
        for _toks, other, other_canons, _content in others
        for j, c in enumerate(other_canons)
        if c is not None and predicative(other, j)
    }
    out: dict[str, str] = {}
    for i, low in enumerate(lows):
        c = canons[i]
        if (
            c is None
            or not low.isalpha()
            or low.endswith(("ed", "ing"))  # a verb's form: "uncovered", "disarming"
            or low in _VERB_NEGATORS  # "unable to": negation_scope reads it
            or not predicative(lows, i)
        ):
            continue
        for prefix in _NEGATING_PREFIXES:
            base = low[len(prefix) :]
            if low.startswith(prefix) and len(base) >= 4 and canon(base) in bases:
                out[c] = canon(base)
                break
    return out


# Noun-phrase negators: "had no sprinklers", "built without sprinklers" deny the thing
# the verb before them takes; the claim's own phrase opens with the word each stands
# against ("had sprinklers", "built with sprinklers"; "" = nothing in its place).
_PHRASE_NEGATORS = {"no": "", "without": "with"}
# Words that may stand between a phrase negator and its noun, or a verb and its object,
# without changing what is denied ("no fire sprinklers" keeps "fire" as a modifier).
_PHRASE_FILLERS = frozenset("a an the any some".split())
# The forms of "have" and "be" are stopwords (no canonical form): read as one verb.
_AUX_LEMMAS = {
    **dict.fromkeys(["has", "have", "had", "having"], "have"),
    **dict.fromkeys(["is", "are", "was", "were", "be", "been", "being"], "be"),
}


def _verb_key(low: str, canon: str | None) -> str:
    return _AUX_LEMMAS.get(low, canon or low)


def _other_subjects(ctoks: list[str], cv: int, toks: list[str], v: int) -> bool:
    """The subjects before the claim's verb at ``cv`` and the sentence's at ``v`` are two
    things: each names a word the other lacks ("the new school" / "the old school", "the
    newer wing" / "the older wing"). Why: "had no alarms" denies the alarms of its own
    subject only; a subject the other side leaves out or leaves bare ("it", "the school"
    for "the old school") may be the same one, so it still denies."""
    from .numbers import subject_words

    mine, theirs = subject_words(ctoks, cv), subject_words(toks, v)
    return bool(mine - theirs) and bool(theirs - mine)


def phrase_negation(
    claim: tuple[list[str], list[str], list[str | None]],
    sentence: tuple[list[str], list[str], list[str | None]],
    w: str,
) -> tuple[str, str] | None:
    """The thing ``w`` (canonical) denied by a determiner in ``sentence`` ("had no
    sprinklers", "built without sprinklers") and stated by the same verb in ``claim``
    ("had sprinklers", "built with sprinklers"): the two phrases as written, or None.

    Why: a "no" before a noun is the negation of the whole clause bound to that object;
    it denies the claim's statement only where the same verb takes the same object,
    so "had no sprinklers" is no denial of "installed sprinklers", and only of the same
    subject: "the old school had no alarms" is none of "the new school had alarms". Each side is a
    (tokens, lowercase tokens, canonical forms) triple as :func:`.facts.read` gives.
    """
    toks, lows, canons = sentence
    ctoks, clows, ccanons = claim
    for i, low in enumerate(lows):
        if low not in _PHRASE_NEGATORS or i == 0 or lows[i - 1] in _PUNCT:
            continue
        if i + 1 < len(lows) and lows[i + 1] in ("-", "–"):
            continue  # "no-fly zone": a compound
        noun = next(
            (
                m
                for m in range(i + 1, min(len(lows), i + 5))
                if canons[m] == w and all(lows[x] not in _PUNCT for x in range(i + 1, m))
            ),
            None,
        )
        if noun is None:
            continue
        gov = _verb_key(lows[i - 1], canons[i - 1])
        opener = _PHRASE_NEGATORS[low]
        for m, c in enumerate(ccanons):
            if c != w:
                continue
            k = m - 1
            # back over fillers and modifiers to the word that takes the noun
            while k >= 0 and m - k <= 3 and clows[k] not in _PUNCT:
                if opener and clows[k] == opener:
                    if k > 0 and _verb_key(clows[k - 1], ccanons[k - 1]) == gov:
                        if _other_subjects(ctoks, k - 1, toks, i - 1):
                            break
                        return " ".join(ctoks[k - 1 : m + 1]), " ".join(toks[i - 1 : noun + 1])
                    break
                if not opener and _verb_key(clows[k], ccanons[k]) == gov:
                    if clows[k + 1] in _NEGATORS or _other_subjects(ctoks, k, toks, i - 1):
                        break
                    return " ".join(ctoks[k : m + 1]), " ".join(toks[i - 1 : noun + 1])
                if clows[k] not in _PHRASE_FILLERS and ccanons[k] is None:
                    break
                k -= 1
    return None
