"""Who did what to whom, read from the written words of a sentence, in any form.

Where it sits: :mod:`.compare` asks :func:`roles_traded` of each window sentence (the
``roles_deed`` step), after the word-order checks of :mod:`.predicate`
(:func:`.predicate.roles_moved`) and :mod:`.facts` (``roles_swapped``), which read the
content words nearest a verb and so see a near copy told the other way round, not the
same deed written in another form.

Why: a deed binds a doer and the one it is done to, and a reporter may write it as an
active verb ("Real Madrid beat Barcelona"), a passive ("Barcelona was beaten by Real
Madrid"), a participle with "by", a possessor's deed noun or infinitive ("Turkey's
demand on Italy", "Intuit's deal to acquire Microsoft"), or a charge with its "that"
clause ("its accusations that Syria is supporting the rebels"). :func:`deed_roles`
reads each form from the written tokens (names by capital letter and their keys,
:func:`.names.name_keys`), with no parser; :func:`roles_traded` compares the claim's
deeds with a sentence's: the claim's two names each in the other's role is the deed
told the other way round; one of them alone in the other role may be another deed of
the pair; a reciprocal verb ("met") has no sides.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from ..text import STOPWORDS, stem
from .lexicon import canon, irregular
from .names import TITLES, name_keys
from .predicate import REPORTING_VERBS, _canon_regions, _lemma

# "Turkey's", "el Hage", "Real Madrid 3-1": words, a possessive "'s", and punctuation that
# ends a phrase (a comma or a dash puts what follows in another phrase).
_ROLE_TOKEN = re.compile(r"[A-Za-z][\w.&-]*(?:['’]s\b)?|[,;:()\"`]|\u2014|--|_")
# Words between a doer and its verb that leave the doer in place ("has", "later").
_ROLE_AUX = frozenset(
    "has had have will would also again later reportedly already once then since".split()
)
_ROLE_BE = frozenset("is are was were been being be".split())
_MODALS = frozenset("would will could might may can shall should".split())
_SAID = frozenset("said says told".split())
# Verbs that say whose words a sentence gives; a name after one is often its speaker.
_WHOSE_WORDS = REPORTING_VERBS | frozenset(canon(w) for w in "added stated declared".split())
# Deed nouns whose "that" clause names the one they are about ("accusations that Syria
# is supporting ...", "charges that", "demands that")
_THAT = "that"
# Words before a name that leave it the verb's object ("accused the ANC", "persecuted
# fellow ... Goran Jelisic"); a preposition or a pronoun ends the object.
_ROLE_DET = frozenset("the a an".split())
# Quantifiers before a name that leave it the verb's object ("accused many Serbs").
_ROLE_QUANT = frozenset("many several some most all both".split())
# Personal pronouns as a party: the subject form before a verb, the object form right
# after it; "he" and "him" are one party ("#he"), read alike in a claim and a window.
_SUBJECT_PRONOUNS = {"he": "#he", "she": "#she", "they": "#they"}
_OBJECT_PRONOUNS = {"him": "#he", "them": "#they"}
# Prepositions after a deed's noun that name who it was done to ("Turkey's demand on
# Italy", "the U.S. attack against Iraq").
_ROLE_NOUN_PREP = frozenset("on against over upon".split())
# Name particles written in lower case inside a name ("el Hage", "bin Laden").
_TITLE_WORDS = TITLES | frozenset(["mr", "mrs", "ms", "dr", "gen", "sen", "rep"])
_NAME_PARTICLES = frozenset("el al bin ibn de da van von der la le du".split())
# Deeds done together, whose two participants may stand either way round ("Mubarak met
# Assad" is "Assad met Mubarak"): the reciprocal verbs, by stem.
_RECIPROCAL = frozenset(
    stem(w).rstrip("e")
    for w in """meet met meets meeting marry married wed fight fought clash clashed talk
    talked negotiate negotiated play played tie tied draw drew ally allied border
    bordered compete competed debate debated partner partnered merge merged""".split()
)


@dataclass(frozen=True, slots=True)
class Deed:
    """One deed of a sentence with who did it and who or what it was done to, as name
    keys (empty where the sentence names none there: a pronoun, a common noun)."""

    verb: str  # the verb's (or the deed noun's) stem
    shown: str  # the verb as written
    doer: frozenset[str]
    undergoer: frozenset[str]
    receiver: frozenset[str] = frozenset()  # whom it went to: "handed Ocalan to Turkey"
    # who the sentence says did not do it: "rejected not by Intuit but by ...", "by
    # Intuit itself, not by the Justice Department"
    not_doer: frozenset[str] = frozenset()
    noun: bool = False  # a deed noun ("accusations that Syria ..."), matched by its group
    modal: bool = False  # said as meant or possible ("would sue"), not as done


def _key(written: str) -> str:
    """A deed's stem, read alike in every form ("sue", "sued", "suing")."""
    return _lemma(written).rstrip("e")


@lru_cache(maxsize=16384)
def word_keys(word: str) -> frozenset[str]:
    """A name word's canonical keys (:func:`.names.name_keys`), read once per word."""
    return frozenset(canon(x) for x in name_keys(word))


def _name_at(toks: Sequence[str], k: int, step: int) -> tuple[frozenset[str], int]:
    """The name run with one end at ``toks[k]`` going ``step`` (its keys, and the index
    past its far end); empty keys when ``toks[k]`` opens no name."""
    keys: set[str] = set()
    while 0 <= k < len(toks):
        t = toks[k]
        bare = re.sub(r"['’]s$", "", t)
        if bare[:1].isupper() and bare.lower() not in STOPWORDS:
            if bare.lower().strip(".") not in _TITLE_WORDS:
                keys |= word_keys(bare)
        elif not (keys and t in _NAME_PARTICLES):
            break
        k += step
        if step < 0 and k >= 0 and toks[k].endswith(("'s", "’s")):
            break  # "Russia's parliament": the possessor is another phrase
    return frozenset(keys), k


def _doer_before(toks: Sequence[str], i: int) -> frozenset[str]:
    """The name whose deed the word at ``i`` is: a name run right before it, past
    auxiliaries and "-ly" adverbs ("Syria has reportedly massed"), or the possessor of
    up to two nouns before it ("Turkey's government accused", "Turkish officials")."""
    k = i - 1
    while k >= 0 and (toks[k] in _ROLE_AUX or (toks[k].endswith("ly") and toks[k].islower())):
        k -= 1
    if k >= 2 and toks[k].lower() in ("he", "she") and toks[k - 1] in _SAID:
        return _name_at(toks, k - 2, -1)[0]  # "De Klerk said he would sue"
    keys, _ = _name_at(toks, k, -1)
    if keys:
        return keys
    if k >= 0 and toks[k].lower() in _SUBJECT_PRONOUNS:
        return frozenset([_SUBJECT_PRONOUNS[toks[k].lower()]])  # "he accused ..."
    for _ in range(2):  # "the Ankara government accuses", "Turkish officials accused"
        if k < 0 or not toks[k].islower() or toks[k] in STOPWORDS:
            return frozenset()
        k -= 1
        keys, _ = _name_at(toks, k, -1)
        if keys:
            return keys
    return frozenset()


def _object_after(toks: Sequence[str], j: int) -> frozenset[str]:
    """The name the deed at ``j - 1`` was done to: the name run after it, past "the"
    and up to three lower-case words ("accused the African National Congress",
    "praised fellow war crimes suspect Goran Jelisic"); none past a preposition, a
    pronoun or a comma."""
    k, plain = j, 0
    if j < len(toks) and toks[j] in _OBJECT_PRONOUNS:
        return frozenset([_OBJECT_PRONOUNS[toks[j]]])  # "accuse him of ..."
    while k < len(toks):
        keys, _ = _name_at(toks, k, 1)
        if keys:
            return keys
        t = toks[k]
        if t in _ROLE_DET or (k == j and t in _ROLE_QUANT):
            k += 1
            continue
        if not t[:1].islower() or t in STOPWORDS or plain == 3:
            return frozenset()
        plain += 1
        k += 1
    return frozenset()


def _denied_agent(toks: Sequence[str], j: int) -> frozenset[str]:
    """The one a "by" phrase at ``j`` says did not do the deed: "not by Intuit but by the
    Justice Department" (Intuit), "by Intuit itself, not by the Justice Department" (the
    Justice Department); empty where no "not by" goes with it."""
    if j + 1 < len(toks) and toks[j] == "not" and toks[j + 1] == "by":
        return _object_after(toks, j + 2)
    if j >= len(toks) or toks[j] != "by":
        return frozenset()
    if j > 0 and toks[j - 1] == "not":
        return _object_after(toks, j + 1)
    # the named doer, then ", not by" within a few words ("by Intuit itself, not by")
    for k in range(j + 1, min(len(toks) - 2, j + 8)):
        if toks[k] == "," and toks[k + 1] == "not" and toks[k + 2] == "by":
            return _object_after(toks, k + 3)
        if toks[k] in (";", ":", "(", ")"):
            break
    return frozenset()


def _by_agent(toks: Sequence[str], j: int) -> frozenset[str] | None:
    """The doer a "by" phrase at ``j`` names ("by the Tito regime"; "not by Intuit but
    by the Justice Department": the second, also where "not" opens the phrase); None when
    ``toks[j]`` is no "by"."""
    if j + 1 < len(toks) and toks[j] == "not" and toks[j + 1] == "by":
        j += 1
    if j >= len(toks) or toks[j] != "by":
        return None
    keys = _object_after(toks, j + 1)
    k = j + 1
    if j > 0 and toks[j - 1] == "not":
        while k < len(toks) - 1 and not (toks[k] == "but" and toks[k + 1] == "by"):
            k += 1
        keys = _object_after(toks, k + 2) if k < len(toks) - 1 else frozenset()
    return keys


def _pronoun_object(toks: Sequence[str], j: int) -> frozenset[str]:
    """The party "him" or "them" at ``j`` stands for (its pronoun key), else empty."""
    return (
        frozenset([_OBJECT_PRONOUNS[toks[j]]])
        if j < len(toks) and toks[j] in _OBJECT_PRONOUNS
        else frozenset()
    )


def _verb_like(t: str) -> bool:
    """A lower-case word that may be a verb (not a stop word, not an "-ly" adverb)."""
    return (
        t[:1].islower() and t not in STOPWORDS and t.isalpha() and len(t) > 2
    ) and not t.endswith("ly")


# Verbs whose past is written as their base ("Barcelona beat Madrid", "hit", "cut").
_SAME_PAST = frozenset("beat hit cut put set let quit hurt shut spread cast burst upset".split())


def _past(low: str) -> bool:
    """A past form ("massed", "struck", "beat"): a verb by its form alone."""
    return low.endswith("ed") or low in irregular() or low in _SAME_PAST


def _recipient(toks: Sequence[str], j: int) -> frozenset[str]:
    """Whom a deed's thing went to: "handed the suspect to France", "handed Ocalan over
    to Turkey" (its object, then "to" and a name); empty elsewhere."""
    k = j
    while k < len(toks) and k < j + 6:
        t = toks[k]
        if t == "to":
            return _object_after(toks, k + 1) if k > j else frozenset()
        if not t[:1].isalpha() or (t in STOPWORDS and t not in _ROLE_DET and t != "over"):
            return frozenset()
        k += 1
    return frozenset()


def _undergoer_before(toks: Sequence[str], k: int) -> frozenset[str]:
    """Who a passive at ``k`` (its "be") was done to: the name before it, or the name a
    relative "who" or "which" after a comma stands for ("Stepinac, who was persecuted")."""
    if k >= 2 and toks[k - 1].lower() == "who" and toks[k - 2] == ",":
        return _name_at(toks, k - 3, -1)[0]
    return _doer_before(toks, k)


@lru_cache(maxsize=8192)
def deed_roles(text: str) -> tuple[Deed, ...]:
    """Every deed of ``text`` with a name in one of its roles, read from word order: an
    active verb between its doer and its object ("Syria accuses Turkey", "Barcelona beat
    Real Madrid"; "handed the suspect to France": the one it went to), a passive with or
    without "by" ("Tito was persecuted by Stepinac"), a participle with "by" ("a plan,
    rejected by the council"), and a possessor's deed noun or infinitive ("Turkey's
    demand on Italy", "Intuit's deal to acquire Microsoft"). A past form is read with a
    name on one side; a present one ("accuses") only between two names."""
    # a full stop ends the word ("Turkey."), an abbreviation's stays ("U.S.")
    toks = [
        t[:-1] if t.endswith(".") and t.count(".") == 1 else t for t in _ROLE_TOKEN.findall(text)
    ]
    out: list[Deed] = []
    for i, t in enumerate(toks):
        if not _verb_like(t):
            continue
        low = t.lower()
        if canon(low) in _WHOSE_WORDS:
            continue  # whose words, not a deed: "..., said resident Mara Quill" (the speaker)
        verb = _key(low)
        prev = toks[i - 1].lower() if i else ""
        be = i - 1 if prev in _ROLE_BE else i - 2 if prev.endswith("ly") and i > 1 else -1
        if be >= 0 and toks[be].lower() in _ROLE_BE and _past(low):
            # a passive: the one before the "be" undergoes it, "by" names its doer
            by = _by_agent(toks, i + 1)
            under = _undergoer_before(toks, be)
            denied = _denied_agent(toks, i + 1)
            if under or by or denied:
                out.append(Deed(verb, t, by or frozenset(), under, not_doer=denied))
            continue
        by = _by_agent(toks, i + 1)
        if by is not None and _past(low):
            # "Stepinac, persecuted by Tito": the participle's doer after "by"
            k = i - 1 if prev != "," else i - 2
            out.append(Deed(verb, t, by, _name_at(toks, k, -1)[0]))
            continue
        if prev == "to" and i > 1:
            # "Intuit's abortive 1995 deal to acquire Microsoft": the possessor's deed
            doer = _possessor_before(toks, i - 2)
            obj = _object_after(toks, i + 1)
            if obj:  # "its deal to acquire ... Intuit": whose deal is unsaid
                out.append(Deed(verb, t, doer, obj))
            continue
        if be >= 0 and toks[be].lower() in _ROLE_BE and low.endswith("ing"):
            # "The truth commission is suing F.W. de Klerk": a deed in progress
            doer, obj = _doer_before(toks, be), _object_after(toks, i + 1)
            if doer or obj:
                out.append(Deed(verb, t, doer, obj))
            continue
        if prev in _MODALS:
            # "he would sue", "Turkey will ask Italy": a deed meant, not done
            doer, obj = _doer_before(toks, i - 1), _object_after(toks, i + 1)
            if doer or obj:
                out.append(Deed(verb, t, doer, obj, modal=True))
            continue
        of_by = _of_by(toks, i)
        if of_by is not None and not _past(low):
            out.append(Deed(verb, t, of_by[1], of_by[0], noun=True))  # "the arrest of X by Y"
            continue
        that = _that_clause(toks, i)
        if that is not None and not _past(low):
            # "its accusations in recent days that Syria is supporting the rebels": the
            # charge's subject is the one it is about; its possessor made it
            doer = _possessor_before(toks, i) or _pronoun_owner(toks, i)
            out.append(Deed(verb, t, doer, that, noun=True))
            continue
        if i + 1 < len(toks) and toks[i + 1] in _ROLE_NOUN_PREP:
            doer = _possessor_before(toks, i)
            obj = _object_after(toks, i + 2)
            if doer and obj:
                out.append(Deed(_key(low), t, doer, obj, noun=True))  # "Turkey's demand on Italy"
                continue
        if _past(low):
            doer = _doer_before(toks, i)
            obj, given = _object_after(toks, i + 1), _recipient(toks, i + 1)
            if doer or obj or given:
                out.append(Deed(verb, t, doer, obj, given))
        elif low.endswith("s") and not low.endswith("ss") and (doer := _doer_before(toks, i)):
            nxt = i + 2 if i + 1 < len(toks) and toks[i + 1] in _ROLE_DET else i + 1
            obj = _name_at(toks, nxt, 1)[0] or _pronoun_object(toks, i + 1)
            if obj:
                out.append(Deed(verb, t, doer, obj))  # "Syria accuses Turkey"
        elif (obj := _pronoun_object(toks, i + 1)) and (doer := _name_at(toks, i - 1, -1)[0]):
            # a present verb between a plural doer's name and "him" or "them": "many
            # Serbs and Jews accuse him of sympathizing with the Nazis"
            out.append(Deed(verb, t, doer, obj))
    return tuple(out)


def _of_by(toks: Sequence[str], i: int) -> tuple[frozenset[str], frozenset[str]] | None:
    """(whom, by whom) for a deed noun at ``i`` written "the arrest of Kaya by police":
    "of" and a name, then "by" and a name straight after it. None elsewhere."""
    if i + 2 >= len(toks) or toks[i + 1] != "of" or i == 0 or toks[i - 1].lower() != "the":
        return None
    whom, end = _name_at(toks, i + 2, 1)
    by = _by_agent(toks, end) if whom else None
    return (whom, by) if by else None


def _that_clause(toks: Sequence[str], i: int) -> frozenset[str] | None:
    """The name a deed noun at ``i`` is about, by its "that" clause: the noun after
    "its", "their", "the" or a possessor, "that" next or after one short phrase ("its
    accusations in recent days that Syria is supporting ..."), a name, then a clause
    that goes on past its verb (a relative clause ends there: "a charge that Ankara
    denies"). None elsewhere."""
    if i == 0 or not (toks[i - 1] in ("its", "their", "the") or toks[i - 1].endswith("'s")):
        return None
    k = i + 1
    if k < len(toks) and toks[k] in STOPWORDS and toks[k] != _THAT:
        k += 1  # a preposition, then up to two words: "in recent days"
        while k < min(len(toks), i + 5) and toks[k][:1].islower() and toks[k] != _THAT:
            k += 1
    if k >= len(toks) or toks[k] != _THAT:
        return None
    keys, end = _name_at(toks, k + 1, 1)
    if not keys:
        return None
    # its verb (after an "is"/"has"), then at least one more word of the clause
    while end < len(toks) and toks[end].lower() in _ROLE_BE | _ROLE_AUX:
        end += 1
    if end + 1 >= len(toks) or not toks[end + 1][:1].isalnum():
        return None
    return keys


def _pronoun_owner(toks: Sequence[str], i: int) -> frozenset[str]:
    """Whom "its" or "their" up to three words before ``i`` stands for: the name the
    sentence opens with ("Turkey has massed troops ... after stepping up its
    accusations"); empty when the sentence opens otherwise."""
    if not any(t.lower() in ("its", "their") for t in toks[max(0, i - 4) : i]):
        return frozenset()
    k = 1 if toks and toks[0] == "The" else 0
    keys, end = _name_at(toks, k, 1)
    if not keys or end >= len(toks) or not toks[end][:1].islower():
        return frozenset()  # a name then its verb: the sentence's subject
    return keys


def _possessor_before(toks: Sequence[str], k: int) -> frozenset[str]:
    """The possessor of the noun phrase ending at ``k`` ("Turkey's demand", "Intuit's
    abortive 1995 deal"): up to three words back to a name with "'s"."""
    for j in range(k, max(-1, k - 4), -1):
        t = toks[j]
        if t.endswith(("'s", "’s")):
            return _name_at(toks, j, -1)[0]
        if not (t[:1].islower() or t[:1].isdigit()) or t in STOPWORDS:
            return frozenset()
    return frozenset()


def roles_traded(
    claim_text: str, text: str, regions: Mapping[str, frozenset[str]] | None = None
) -> tuple[Deed, Deed, bool] | None:
    """(the claim's deed, the sentence's, both traded) where ``text`` states one of the
    claim's deeds (the same verb, or deed noun, by its stem) with the claim's doer as the
    one it was done to, or the one it was done to as the doer: who did what to whom
    turned round. Both traded (each in the other's role) is the claim's deed told the
    other way; one alone may be another deed of the same pair. A reciprocal verb ("met")
    has no sides; the same name on both sides decides nothing. ``regions``: the story's
    dateline cities, each standing for its country ("Damascus accused Turkey")."""
    theirs = deed_roles(text)
    if not theirs:
        return None
    found: tuple[Deed, Deed, bool] | None = None
    for claim_deed in deed_roles(claim_text):
        if claim_deed.verb in _RECIPROCAL:
            continue
        for said in theirs:
            if not _same_deed(claim_deed, said):
                continue
            mine, d = _placed(claim_deed, regions), _placed(said, regions)
            # the claim's doer is the one the sentence says did not do it ("rejected by
            # Intuit" / "rejected not by Intuit but by the Justice Department"): the deed
            # of another doer; with the claim's own "not by" naming the sentence's doer,
            # the two told the other way round
            denied = bool(mine.doer & d.not_doer) and not mine.doer & d.doer
            if denied or (mine.not_doer & d.doer and not mine.doer & d.doer):
                both = denied and bool(mine.not_doer & d.doer)
                if both:
                    return mine, d, True
                if found is None:
                    found = (mine, d, False)
                continue
            if mine.doer & mine.undergoer or d.doer & d.undergoer:
                continue
            if (mine.doer & d.doer) or (mine.receiver & d.receiver):
                continue  # one of them in the claim's own role: the claim's deed
            # the giver and the receiver traded ("Italy handed Ocalan to Turkey" /
            # "Turkey handed Ocalan to Italy"), or the doer and the one it was done to
            given = bool(mine.doer & d.receiver) and bool(mine.receiver & d.doer)
            if mine.undergoer & d.undergoer and not given:
                continue
            back = bool(mine.doer & (d.undergoer | d.receiver))
            forth = bool((mine.undergoer | mine.receiver) & d.doer)
            # a pronoun may stand for another person than the claim's: a trade it
            # takes part in is no deed told the other way round, only not the claim's
            named = not _pronouns(mine.doer & (d.undergoer | d.receiver)) and not _pronouns(
                (mine.undergoer | mine.receiver) & d.doer
            )
            if back and forth and not (mine.modal or d.modal) and named:
                return mine, d, True
            if (back and forth and found is None) or (found is None and (back or forth)):
                found = (mine, d, False)
    return found


def _pronouns(keys: frozenset[str]) -> bool:
    """Whether the party keys shared are pronouns only ("#he")."""
    return bool(keys) and all(k.startswith("#") for k in keys)


def _placed(d: Deed, regions: Mapping[str, frozenset[str]] | None) -> Deed:
    """``d`` with each dateline city among its names standing for its country too."""
    if not regions:
        return d
    by_canon = _canon_regions(regions)

    def grow(keys: frozenset[str]) -> frozenset[str]:
        return keys.union(*(frozenset(canon(r) for r in by_canon.get(k, ())) for k in keys))

    return replace(d, doer=grow(d.doer), undergoer=grow(d.undergoer), receiver=grow(d.receiver))


def _same_deed(a: Deed, b: Deed) -> bool:
    """One deed in two sentences: the same verb stem, or for a deed noun the same word
    group ("charges" / "accused"; a verb's group is not enough: who died is who was
    killed, not who killed)."""
    if a.verb == b.verb:
        return True
    return (a.noun or b.noun) and canon(a.shown.lower()) == canon(b.shown.lower())
