"""Render stage: a Summary as text, markdown, JSON or HTML; one serializer per object.

:func:`summary_dict` is the one JSON form of a summary: ``newsbrief summarize --format
json`` prints it, the HTTP service returns it and ``newsbrief batch`` writes its ``id``,
``summary`` and ``sentences`` keys. Every offset in it indexes the text as given.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Container, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..errors import OptionsError
from ..memo import StoryMemo
from ..model import (
    UNSUPPORTED_SCRIPT,
    Article,
    Detail,
    Development,
    Disagreement,
    Dropped,
    Evidence,
    Fact,
    Quote,
    Sentence,
    StoryAnalysis,
    Summary,
    SummarySentence,
)

FORMATS = ("text", "markdown", "json", "html")

# A story title made from the first summary sentence is cut at this many words.
TITLE_WORDS = 12
# Outlets named in the heading line (all of them are in the JSON).
HEADING_OUTLETS = 6
# A given title longer than this (a scraped page's whole <title>) is shortened.
TITLE_CHARS = 120


def _shorten(text: str, words: int = TITLE_WORDS, chars: int = TITLE_CHARS) -> str:
    flat = text.split()
    out = " ".join(flat[:words])
    if len(out) > chars:
        out = out[:chars].rsplit(" ", 1)[0]
    return out + ("…" if out != " ".join(flat) else "")


@dataclass(frozen=True, slots=True)
class StoryHeading:
    """What a reader sees first: the story's title, when it was reported and by whom.

    The title is the first article's title (as given or found on its first line), else the
    first summary sentence shortened, never an id or a hash.
    """

    title: str
    first: str | None  # earliest publication date (YYYY-MM-DD) among the articles
    last: str | None  # latest one
    outlets: tuple[str, ...]  # distinct outlets (``outlet_name``), in input order
    n_articles: int  # the articles read: a near-copy set aside is counted apart
    near_copies: int = 0

    @property
    def dates(self) -> str:
        if not self.first or not self.last:
            return ""
        return self.first if self.first == self.last else f"{self.first} to {self.last}"

    @property
    def line(self) -> str:
        """``2016-11-02 to 2016-11-03 · 2 articles: Reuters, BBC`` (parts left out when
        unknown)."""
        count = f"{self.n_articles} article{'s' if self.n_articles != 1 else ''}"
        if self.near_copies:
            count += f" (+{near_copies_apart(self.near_copies)})"
        if self.outlets:
            shown = self.outlets[:HEADING_OUTLETS]
            more = len(self.outlets) - len(shown)
            count += ": " + ", ".join(shown) + (f" and {more} more" if more > 0 else "")
        return " · ".join(x for x in (self.dates, count) if x)


def story_heading(summary: Summary) -> StoryHeading:
    """Title, date range and outlets of a summarized story (see :class:`StoryHeading`)."""
    candidates = headline_candidates(summary)
    title = whole_heading(summary, candidates[0][0]) if candidates else "Summary"
    dates = sorted(a.published[:10] for a in summary.articles if a.published)
    outlets = tuple(dict.fromkeys(" ".join(a.label.split()) for a in summary.articles))
    near = len(set_aside(summary))
    return StoryHeading(
        title=title,
        first=dates[0] if dates else None,
        last=dates[-1] if dates else None,
        outlets=tuple(o for o in outlets if o),
        n_articles=len(summary.articles) - near,
        near_copies=near,
    )


def set_aside(summary: Summary) -> dict[str, str]:
    """The near-copies the summary set aside (an updated re-send, a syndicated copy:
    ``dedup.find_duplicates``), each with the article it copies. One rule for every
    output (``attribution.analysis.near_copies``): such an article is named, as a
    near-copy of its original, and counted apart ("8 articles (+2 near-copies set
    aside)"), never as a source of a sentence or a fact nor as an article read."""
    listed = {a.id for a in summary.articles}
    return {
        d.article_id: d.duplicate_of
        for d in summary.dropped
        if d.duplicate_of and d.article_id in listed
    }


def near_copies_apart(n: int) -> str:
    """``+N near-copies set aside`` without the plus: the digest's words."""
    return f"{n} {'near-copy' if n == 1 else 'near-copies'} set aside"


# A title made from a sentence: at most this many words, cut at a clause boundary when one
# leaves at least HEADLINE_MIN_WORDS; fewer content words than HEADLINE_MIN_CONTENT say too
# little to name a story ("Guards kept the fans back.").
HEADLINE_WORDS = 16
HEADLINE_MIN_WORDS = 6
HEADLINE_MIN_CONTENT = 4
# A title an article gives (an editor's headline, "Bridge closed after flood") is short by
# design: two content words are enough (in a story of several articles, each one a word
# their text uses); the floor above is for a sentence cut to a title.
GIVEN_TITLE_MIN_CONTENT = 2
# Words that open a subordinate part of a sentence (a conjunction, a participle clause, an
# attribution): a comma or dash before one of them (or before an -ing participle) ends the
# main clause, so the words before it say what happened. Commas elsewhere often close an
# introductory phrase ("After the crash of Flight 111,") or a subject's apposition
# ("Gen. Augusto Pinochet, the former dictator,"), and a cut there would lose the verb.
_SUBORDINATE = frozenset(
    """after although and as because before but despite following including nor or
    since so though unless until when whereas while yet according thus thereby""".split()
)
_DASHES = frozenset({"—", "–", "--", "_", "-"})


def _clause_ends_before(word: str) -> bool:
    w = word.strip("\"“‘'(").lower()
    return w in _SUBORDINATE or (w.endswith("ing") and len(w) > 5)


# Words that open a subordinate (often temporal) clause at a sentence's start: "While
# ...", "A day after ...", "Nearly two months after ...". The main clause comes after
# the clause's comma.
_OPENING_SUBORDINATE = frozenset(
    """after although amid as because before despite following if since though unless
    until when whereas while with""".split()
)


def _cut_before_main_clause(title: str) -> bool:
    """A cut title whose sentence opens with a subordinate clause (in its first four
    words) and that stops before that clause's comma: the main clause, what happened,
    is lost."""
    if not title.endswith("…") or "," in title:
        return False
    head = [w.strip("\"“‘'(").lower() for w in title.split()[:4]]
    return any(w in _OPENING_SUBORDINATE for w in head)


# A sentence that states no event: a negated predicate ("officials were not available for
# comment", "could not be reached", "no immediate comment"), a refusal to act ("declined
# to comment"), or a state that held before the story's news: the past perfect ("a dispute
# had delayed the bridge for years") and "has long" ("has long been accused"). "No." before
# a number is an abbreviation ("the No. 2 leader"), "Nor'" a word of its own; a past
# participle is regular (-ed, not "hundred") or one of the closed class of irregular ones
# in -en, so "had ten crew members" or "had kitchens" is a possession, not a tense.
_NO_EVENT = re.compile(
    r"\b(?:not|never|cannot|neither|nor(?![’']\w)|no(?![-‐]|\.\s*\d)|declined\s+to)\b|n[’']t\b"
    r"|\b(?:had|has|have)\s+long\b"
    r"|(?P<perfect>\bhad\s+(?:\w+ly\s+)?(?:been|(?!hundred\b)\w+ed|\w*(?:beaten|bitten|"
    r"broken|chosen|driven|eaten|fallen|forbidden|forgiven|forgotten|frozen|given|gotten|"
    r"hidden|proven|ridden|risen|seen|shaken|spoken|stolen|stricken|swollen|taken|woken|"
    r"written))\b)",
    re.IGNORECASE,
)
# A past perfect after a reporting verb is reported speech shifted back a tense ("police
# said the missing climbers had been found Tuesday"): the news itself, not what came before.
_REPORTING = re.compile(
    r"\b(?:said|says|told|reported|announced|confirmed|stated|added)\b", re.IGNORECASE
)
# Prepositions that open an introductory phrase ("In a statement on the strike, ...").
_OPENING_PREPOSITION = frozenset(
    """about across against along among around at by during for from in inside on over
    through throughout under within""".split()
)
# Time words that open an introductory phrase ("Monday,", "Earlier this week,", "Late on
# Friday,").
_OPENING_TIME = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday yesterday today tonight
    early earlier late later meanwhile last""".split()
)
# Words that open a part of the sentence other than its main clause: a subordinate
# clause ("..., though the toll could not be confirmed") or a relative one ("who had
# seized the town"). Not "that": after a reporting verb it opens the reported news.
_CLAUSE_STOPS = frozenset(
    """after although as because before but since though unless until when whenever
    whereas while whether who whom whose which where""".split()
)
# Words that make a clause finite (auxiliaries, modals, "said"): one of them, or a past
# tense (in -ed, or an irregular one from the attribution lexicon: "won", "fell", "found"),
# before a title's first comma shows its main verb came before the aside.
_FINITE = frozenset(
    """is are was were be been has have had will would shall should can could may might
    must do does did says said say""".split()
)
# Irregular past forms that are mostly other words ("the left", "a lost cause").
_NOT_FINITE = frozenset({"left", "lost"})
# Words that open a relative clause about the word before them ("Rescuers who reached
# the village found ..."), with the clause's own verb right after them.
_RELATIVE_SUBJECT = frozenset({"who", "which"})
# Words that, before a determiner, govern the noun phrase it opens ("on the strike").
_GOVERNS = _OPENING_PREPOSITION | frozenset(
    """of to into onto with without near than and or the a an this that these those its
    their his her""".split()
)
_DETERMINERS = frozenset({"the", "a", "an"})
_NEGATION = frozenset({"not", "never", "n't"})
# Words after which a noun phrase goes on: the next word is a modifier or noun.
_MODIFIED = _DETERMINERS | frozenset("its their his our my your".split())


def _bare(word: str) -> str:
    return word.strip("\"“”‘’'()[],;:").lower()


@cache
def _irregular_past() -> frozenset[str]:
    from ..attribution.lexicon import irregular

    return frozenset(w for w, base in irregular().items() if w != base) - _NOT_FINITE


def _is_finite(word: str) -> bool:
    w = word.strip("\"“‘'(,")
    # a capitalised word is a name ("United", "Found"), not a past tense
    return w.lower() in _FINITE or (w.islower() and (w.endswith("ed") or w in _irregular_past()))


def _has_finite(words: Sequence[str]) -> bool:
    # right after a determiner, "-ed" is an adjective ("the retired captain"), not a tense
    return any(
        _is_finite(w) and not (k and _bare(words[k - 1]) in _MODIFIED) for k, w in enumerate(words)
    )


def _has_clause(words: Sequence[str]) -> bool:
    """Whether an opening phrase holds a subject and verb of its own: a finite verb, or
    a determiner no preposition governs ("In Paris the minister quit on Monday,"), which
    opens a subject, not a prepositional object ("On the eve of the vote,")."""
    if _has_finite(words):
        return True
    bare = [_bare(w) for w in words]
    return any(
        w in _DETERMINERS and bare[k - 1] not in _GOVERNS and not words[k - 1].endswith(",")
        for k, w in enumerate(bare)
        if k
    )


def _introduction_end(words: Sequence[str]) -> int:
    """Where the main clause starts: after the comma that closes an introductory phrase
    (a subordinate clause, "After the storm passed,"; a preposition or time phrase with no
    verb of its own, "On Monday,"), else at the first word."""
    if not words:
        return 0
    first = _bare(words[0])
    if first not in _OPENING_SUBORDINATE | _OPENING_PREPOSITION | _OPENING_TIME:
        return 0
    comma = next((k for k, w in enumerate(words) if w.endswith(",")), None)
    if comma is None:
        return 0
    if first not in _OPENING_SUBORDINATE and _has_clause(words[: comma + 1]):
        return 0  # "In Paris the minister resigned on Monday, ..." is the main clause
    return comma + 1


def _clause_from(words: Sequence[str], start: int) -> tuple[list[str], int | None]:
    """The words from ``start`` up to a clause boundary, and the index of the comma that
    ended them (None when something else did)."""
    out: list[str] = []
    for k in range(start, len(words)):
        w = words[k]
        if out and (_bare(w) in _CLAUSE_STOPS or w in _DASHES):
            return out, None
        out.append(w)
        if w.endswith((",", ";", ":")):
            return out, k if w.endswith(",") else None
    return out, None


def main_clause(sentence: str) -> str:
    """The words of a sentence's main clause as far as they can be told without a
    parser: after an introductory phrase, up to the first comma, semicolon, colon, dash,
    or word that opens a subordinate or relative clause; when the words before the comma
    have no verb, they are the subject and an aside follows ("Bin Laden, the militant,
    has long been suspected"; "The rebels, who had seized the town, surrendered"; "The
    president, speaking in Paris, said"): the clause goes on after the aside's closing
    comma; after a subject's relative clause with no comma ("Rescuers who reached the
    village found"), it goes on after that clause's verb. An opening phrase is an
    introduction only while it holds no subject and verb of its own ("Last year's
    champion won the race, but ..." is read to its comma). What a sentence says happened is
    there; a negation or an earlier state in an aside or a trailing clause ("..., though
    the toll could not be confirmed") is background to it."""
    return " ".join(_main_clause_words(sentence.split()))


def _main_clause_words(words: Sequence[str], past_relative: bool = True) -> list[str]:
    """:func:`main_clause` as words; with ``past_relative`` False, a relative clause right
    after the subject ends it ("the pilot who guided cargo ships…" reaches no verb)."""
    start = _introduction_end(words)
    out, comma = _clause_from(words, start)
    stop = start + len(out)
    if (
        past_relative
        and comma is None
        and stop < len(words)
        and _bare(words[stop]) in _RELATIVE_SUBJECT
        and not _has_finite(out)
    ):
        # a relative clause with no comma right after the subject: "Rescuers who
        # reached the village found no survivors". Its own verb group (auxiliaries, a
        # negation, the verb) is its; what follows is read on, so the main verb is
        # reached and a negation in the relative clause is left out. ("whom", "whose",
        # "where" open a clause with a subject of its own, whose end cannot be told.)
        k = stop + 1
        while k < len(words) and (
            _bare(words[k]) in _FINITE | _NEGATION or _bare(words[k]).endswith("ly")
        ):
            k += 1
        k += 1
        more, comma = _clause_from(words, k)
        out += more
    if (
        comma is not None
        and comma + 1 < len(words)
        and not _has_finite(out)
        # "..., ending a search" ends the clause, unless the words before the comma
        # have no verb: then "-ing" opens an aside ("The president, speaking in Paris,")
        and _bare(words[comma + 1]) not in _SUBORDINATE
    ):
        close = next((k for k in range(comma + 1, len(words)) if words[k].endswith(",")), None)
        if close is not None:  # else no aside: "found" is a verb the test above missed
            out += _clause_from(words, close + 1)[0]
    return out


def states_no_event(title: str, *, states: bool = True) -> bool:
    """Whether a title (a sentence as shown) reports no news: what did not happen, who
    would not speak, or what had already been so, in its main clause (:func:`main_clause`);
    with ``states``, also what simply is so (:func:`_is_state`).
    A headline says what happened; such a sentence can share every frequent word of the
    story ("Harbor port officials were not available for comment on the strike.") and
    still say nothing new."""
    clause = main_clause(title)
    for m in _NO_EVENT.finditer(clause):
        if not (m.group("perfect") and _REPORTING.search(clause, 0, m.start())):
            return True
    words = clause.split()
    return states and (_is_state(words) or _is_plan(words) or _is_habit(words))


# Adverbs of frequency: the clause tells what is usually so, not what happened.
_HABITUAL = frozenset(
    """generally usually typically normally traditionally routinely often always rarely
    seldom""".split()
)


def _is_habit(words: Sequence[str]) -> bool:
    """Whether a main clause tells a habit or a rule, not an event: an adverb of frequency
    in it, outside a reported clause's opener ("The World Bank generally loans money for
    development projects in poor countries" headed a digest's story on a rescue
    package: background a reader needs, no news)."""
    return any(_bare(w) in _HABITUAL for w in words)


# The verbs of a plan: "planned to meet", "intends to", "hopes to"; "is expected to",
# "was scheduled to"; "will", "would".
_PLAN_VERBS = frozenset(
    "plan plans planned planning intend intends intended hope hopes hoped aim aims aimed".split()
)
_PLAN_AFTER_BE = frozenset("expected scheduled due set slated likely going".split())
_FUTURE = frozenset({"will", "would", "shall"})


def _is_plan(words: Sequence[str]) -> bool:
    """Whether a main clause's verb (after a reporting verb, the reported clause's) tells
    a plan or an expectation, not a deed: "Demirel planned to meet with Ecevit on
    Wednesday", "Mubarak will travel to Damascus", "the talks are expected to resume".
    A headline says what happened; what someone meant to do may never have happened,
    and the story's main event is usually another sentence (s28 review: a digest headed
    a government's fall by the president's plan to meet a party leader)."""
    for k, w in enumerate(words):
        b = _bare(w)
        if b in _SAYS:
            continue  # the reported clause says what is planned or done
        nxt = [_bare(x) for x in words[k + 1 : k + 3]]
        if b in _FUTURE:
            return True
        after_determiner = bool(k) and _bare(words[k - 1]) in _MODIFIED
        if b in _PLAN_VERBS and w.islower() and nxt[:1] == ["to"] and not after_determiner:
            return True  # a verb; "the plan to build" is a noun
        if b in _BE:
            return nxt[:1] == ["to"] or (
                len(nxt) == 2 and nxt[0] in _PLAN_AFTER_BE and nxt[1] == "to"
            )
        if _is_finite(w) and not after_determiner:
            following = _bare(words[k + 1]) if k + 1 < len(words) else ""
            if following in _BE or following in _FINITE:
                continue  # "the dead and injured were": an adjective in the subject
            return False  # the clause's verb tells a deed
    return False


@cache
def _stance_verbs() -> frozenset[str]:
    from importlib.resources import files

    text = files("newsbrief").joinpath("data/stance_verbs.txt").read_text("utf-8")
    return frozenset(
        w for line in text.splitlines() if not line.startswith("#") for w in line.split()
    )


def is_reaction(title: str, texts: Sequence[str]) -> bool:
    """Whether a title's main clause (:func:`main_clause`) is a third party's judgement of
    the story's event, not the event: its verb, or the verb of the clause its reporting
    verb reports, is a verb of stance (``data/stance_verbs.txt``: "condemned", "Castro
    said Sunday he disagreed with the arrest ..."), and its subject's head word (the last
    word before the verb, past any phrase of time or place: "Castro" of "President Fidel
    Castro", "legislators" of "Indonesian legislators on Friday") is in fewer than half
    of the story's ``texts``: someone the story is not about. A story's central actor
    judging is its news ("the president condemned ..." in a story about the president);
    a clause whose verb is a deed ("police arrested ..."), or a report of one ("officials
    said the bodies had been found"), is none."""
    stance = _stance_verbs()
    words = main_clause(title).split()
    subject: list[str] | None = None
    for k, w in enumerate(words):
        b = _bare(w)
        after_determiner = bool(k) and _bare(words[k - 1]) in _MODIFIED
        is_stance = w.strip("\"“‘'(,").islower() and b in stance and not after_determiner
        if subject is None and (is_stance or (_is_finite(w) and not after_determiner)):
            subject = words[:k]
        if is_stance:
            break
        if b in _SAYS:
            continue  # the reported clause's verb tells what was said
        if _is_finite(w) and not after_determiner:
            return False  # a deed, or a report of one
    else:
        return False
    head = ""
    for w in subject or ():
        if _bare(w) in _OPENING_PREPOSITION:
            break  # "on Friday", "in Havana": the subject ended before
        head = _bare(w)
    if not head:
        return False  # no subject to tell ("Said ...")
    pattern = re.compile(rf"\b{re.escape(head)}\b", re.IGNORECASE)
    return 2 * sum(bool(pattern.search(t)) for t in texts) < len(texts)


# Forms of "be" that make a clause a state when no participle follows them.
_BE = frozenset({"is", "are", "was", "were", "am"})
_SAYS = frozenset(
    "said says say told tell tells reported reports announced announces confirmed confirms "
    "stated states added adds claimed claims believe believes believed".split()
)
_ADVERBS = frozenset({"now", "still", "also", "already", "currently", "again", "then"})


def _is_state(words: Sequence[str]) -> bool:
    """Whether a main clause's verb (after a reporting verb, the reported clause's) is a
    form of "be" with no participle after it: "the victims were of many
    nationalities", "the airline says it is unable to pay": what is so, not what happened ("was
    arrested", "is fleeing" are events)."""
    for k, w in enumerate(words):
        b = _bare(w)
        if b in _SAYS:
            continue  # the reported clause says what happened
        if b in _BE:
            rest = [_bare(x) for x in words[k + 1 : k + 4]]
            while rest and (rest[0] in _ADVERBS or rest[0].endswith("ly")):
                rest.pop(0)
            if not rest:
                return False
            nxt = rest[0]
            participle = nxt.endswith(("ed", "ing")) or nxt in _irregular_past() or nxt in _NEGATION
            return not participle
        following = _bare(words[k + 1]) if k + 1 < len(words) else ""
        if following in _BE or following in _FINITE:
            continue  # "the dead and injured were": an adjective in the subject
        if k and _bare(words[k - 1]) in ("and", "or") and b.endswith("ed"):
            continue  # "the dead and injured of the fire": coordinated with a modifier
        if _is_finite(w) and not (k and _bare(words[k - 1]) in _MODIFIED):
            return False  # the clause's verb tells an event
    return False


def _word_limit_cut(flat: Sequence[str], words: int) -> int:
    """Where to cut ``flat`` at the word limit: not inside a name ("off the coast of
    Nova…" for "Nova Scotia") and not after a function word ("on allegations of…",
    "due to…"), backing off while at least :data:`HEADLINE_MIN_WORDS` words remain."""
    from ..text import STOPWORDS

    def bare(w: str) -> str:
        return w.strip("\"“”‘’'()[]").lower()

    end = words
    while (
        end > HEADLINE_MIN_WORDS
        and flat[end][:1].isupper()
        and flat[end - 1][:1].isupper()
        and not flat[end - 1].endswith((",", ";", ":", "."))
    ):
        end -= 1  # the name runs past the cut: keep it whole or not at all
    while end > HEADLINE_MIN_WORDS and bare(flat[end - 1]) in STOPWORDS:
        end -= 1
    # A stub of at most two words after a comma ("closed the port on Monday, the
    # harbor…") cannot hold a clause: the title ends at the comma instead, unless that
    # comma closes an opening clause and the main clause would be lost.
    for k in (end - 1, end - 2):
        if (
            k >= HEADLINE_MIN_WORDS
            and flat[k - 1].endswith(",")
            and not _cut_before_main_clause(" ".join(flat[:k]).rstrip(",") + "…")
        ):
            return k
    return end


def clause_trim(text: str, words: int = HEADLINE_WORDS) -> str:
    """``text`` whole when it has at most ``words`` words, else its longest start that ends
    at a clause boundary and keeps at least :data:`HEADLINE_MIN_WORDS` words, else its
    first ``words`` words; a cut ends in "…".

    Clause boundaries: a semicolon or colon, or a comma or dash before a subordinate part
    (``, while``, ``, saying``, ``— including``). Only the source's own words are kept, in
    their order: nothing is rephrased.
    """
    flat = text.split()
    if len(flat) <= words:
        return " ".join(flat)
    cut = _clause_boundary(flat, words)
    for end in (cut, _word_limit_cut(flat, words)):  # the clause boundary, else the limit
        kept = flat[:end]
        while kept and not kept[-1].rstrip(",;:"):
            kept.pop()  # a lone ":" or "," would leave an empty word before the "…"
        if kept:
            kept[-1] = kept[-1].rstrip(",;:")
            return " ".join(kept) + "…"
    return " ".join(flat[:words]) + "…"  # nothing but punctuation marks


def _clause_boundary(flat: Sequence[str], words: int) -> int:
    """The last clause boundary (see :func:`clause_trim`) within ``words`` words that
    keeps at least :data:`HEADLINE_MIN_WORDS`, 0 if none."""
    cut = 0
    for k in range(HEADLINE_MIN_WORDS, min(words, len(flat) - 1) + 1):
        word, after = flat[k - 1], flat[k]
        ends = word.endswith((";", ":")) or (word.endswith(",") and _clause_ends_before(after))
        dash = after in _DASHES and k + 1 < len(flat) and _clause_ends_before(flat[k + 1])
        if ends or dash:
            cut = k
    return cut


def whole_clause_title(sentence: str, words: int = HEADLINE_WORDS) -> str | None:
    """``sentence`` as a title that is a whole sentence or a whole clause: the sentence
    when it has at most ``words`` (:data:`HEADLINE_WORDS`) words, else its start up to a
    clause boundary (:func:`clause_trim`), else its main clause without the aside after
    its subject; None when every such title would stop mid-clause ("The man accused of
    directing the bomb attack ... came…" tells nothing). Why: a digest headline is the
    first thing a reader sees; one cut at a word limit loses its grammar."""
    title = sentence_title(sentence, words)
    if not title.endswith("…"):
        return title
    if _cut_before_main_clause(title):
        return None
    shown = title[:-1].split()
    flat = sentence.split()
    for start in range(len(flat) - len(shown) + 1):
        if [w.rstrip(",;:").lower() for w in flat[start : start + len(shown)]] == [
            w.rstrip(",;:").lower() for w in shown
        ]:
            rest = flat[start:]
            if _clause_boundary(rest, words) == len(shown):
                return title
            break
    return None


def whole_heading(summary: Summary, title: str) -> str:
    """``title`` (:func:`headline_candidates`' first) when it is a given title, a whole
    sentence or a whole clause; else the best ranked summary sentence or lede that heads
    the story as a whole clause (:func:`whole_clause_title`), else one of at most twice
    :data:`HEADLINE_WORDS` words shown whole; else ``title``. Why: a heading cut at the
    word limit mid-clause ("The man accused of ... in Kenya came…") tells the reader
    nothing, and it is the first thing read (``summarize`` and ``digest`` alike)."""
    if not title.endswith("…") or any(
        title == " ".join((a.title or "").split()) for a in summary.articles
    ):
        return title
    fulls = [
        " ".join(x.split())
        for x in (*(s.text for s in summary.sentences), *ledes(summary.articles))
    ]
    if any(whole_clause_title(f) == title for f in fulls):
        return title  # cut at a clause boundary
    clauses = [(f, t) for f in fulls if (t := whole_clause_title(f)) is not None]
    wholes = [(f, f) for f in fulls if len(f.split()) <= 2 * HEADLINE_WORDS]
    for pairs in (clauses, wholes):
        fit = [t for t, flagged, _ in title_flags(summary.articles, pairs) if not flagged]
        if fit:
            return fit[0]
    return title


def headline_candidates(summary: Summary) -> list[tuple[str, float]]:
    """Possible titles of a story, best first, each with its centrality.

    The articles' own titles when any are given; else sentences of the story, each cut
    at a clause boundary (:func:`sentence_title`), so the title is the sources' own
    words. Ranked by centrality: the mean, over the distinct content words of
    the title as shown, of the share of the story's articles that use the word. Why: the
    summary's first sentence is merely the earliest in reading order (on DUC often a
    detail: a line on the crowds at a funeral), while the words most of the
    story's articles share name what the story is about. Ranked last: a candidate with too few
    content words, one that leans on a sentence before it ("He has been indicted..."),
    one opening with a quotation (someone's words, not the news), and one cut inside an
    opening subordinate clause with no main clause to give instead ("While people
    watched the meteor storm…"). After every other candidate but those: one that states
    no event (:func:`states_no_event`: "officials were not available for comment").
    Candidates are the summary's sentences and each article's lede (:func:`ledes`, where
    a news writer puts the news) when its title reaches its main verb
    (:func:`reaches_main_verb`: the lede, unlike a summary sentence, is not shown in full
    below the title). Ties keep the order of the titles or of the summary.
    Measured in ``benchmarks/headlines.py``.
    """
    titled = [
        _shorten(a.title, words=10**6) for a in summary.articles if a.title and a.title.strip()
    ]
    # A given title is ranked with the sentences (rank_titles' ``titles``), never a
    # winner by being given: one article's stray first line ("NATIONAL FORECAST") must
    # not name a story of ten.
    given = [(t, t) for t in dict.fromkeys(titled)]
    candidates = [*given, *((s.text, sentence_title(s.text)) for s in summary.sentences)]
    for lede in ledes(summary.articles):
        title = sentence_title(lede)
        if reaches_main_verb(title):
            candidates.append((lede, title))
    return rank_titles(summary.articles, candidates, titles=len(given))


def reaches_main_verb(title: str) -> bool:
    """Whether a title (a sentence as shown) gets to its main verb: it is whole, or it is
    cut after it. Not when cut inside an opening phrase ("In a long statement on the
    strike that closed the Varna port for a week…") or inside an aside after the subject
    with no verb before the aside ("Marta Ilves, the veteran harbor pilot who guided cargo
    ships into the port…"): such a title names who, not what happened. A comma that
    closes an introductory phrase ("On Monday, rescuers pulled 14 survivors…") hides no
    verb: the main clause after it is read."""
    if not title.endswith("…"):
        return True
    words = title.split()
    start = _introduction_end(words)
    if start:
        # the main clause after the introduction, up to a relative clause (whose verb,
        # "who guided", is not the main one); a second opening phrase cut before its
        # comma ("Yesterday, in a statement on the strike that closed…") reaches none
        rest = words[start:]
        opening = _bare(rest[0]) in _OPENING_PREPOSITION and not _introduction_end(rest)
        if not opening and _has_finite(_main_clause_words(rest, past_relative=False)):
            return True
    if "," not in title:
        first = words[0].strip("\"“‘'(").lower()
        return not (first in _OPENING_PREPOSITION or _cut_before_main_clause(title))
    return _has_finite(words[: next(k for k, w in enumerate(words) if "," in w) + 1])


def ledes(
    articles: Sequence[Article], all_sentences: Sequence[Sentence] | None = None
) -> list[str]:
    """Each article's lede: its first sentence fit for a summary (``is_eligible``), in
    the articles' order. A news writer puts the news there, so it is a title candidate
    even when the summary's budget left it out. ``all_sentences``: the articles'
    sentences (``segment.split_sentences`` of each, as ``newsbrief.prepare`` splits
    them), when the caller has them: the articles are not split again."""
    from ..eligible import is_eligible
    from ..segment import split_sentences

    key = _story_key(articles)
    got = _LEDES.get(key)
    if got is None:
        got = []
        split = _story_sentences(articles, all_sentences)
        for a, sentences in zip(articles, split, strict=True):
            if sentences is None:
                sentences = split_sentences(a)  # its script is refused: this raises
            lede = next((s.text for s in sentences if is_eligible(s)), None)
            if lede:
                got.append(" ".join(lede.split()))
        _LEDES.remember(key, got)
    return list(got)


# The story's sentences, ledes and words, asked for twice a summary (its order, its
# title): kept for the last few stories, keyed by their articles' ids and texts.
_SENTENCES = StoryMemo()  # (id, text) of each article -> each one's sentences
_LEDES = StoryMemo()  # ... -> the ledes
_WORDS = StoryMemo()  # ... -> the story's words (``_StoryWords``)


def _story_key(articles: Sequence[Article]) -> tuple[tuple[str, str], ...]:
    return tuple((a.id, a.text) for a in articles)


def _story_sentences(
    articles: Sequence[Article], all_sentences: Sequence[Sentence] | None = None
) -> list[tuple[Sentence, ...] | None]:
    """Each article's sentences (None for one whose script is refused): taken from
    ``all_sentences`` when given (see :func:`ledes`), else split once for both the
    ledes and the words of the story."""
    from ..segment import UnsupportedScript, split_sentences

    if all_sentences is not None:
        from itertools import groupby
        from operator import attrgetter

        of: dict[str, list[Sentence]] = {a.id: [] for a in articles}
        # an article's sentences come together: one run each, in order
        for article_id, run in groupby(all_sentences, attrgetter("article_id")):
            got_of = of.get(article_id)
            if got_of is not None:
                got_of.extend(run)
        return [tuple(of[a.id]) for a in articles]
    key = _story_key(articles)
    got = _SENTENCES.get(key)
    if got is None:
        got = []
        for a in articles:
            try:
                got.append(split_sentences(a))
            except UnsupportedScript:
                got.append(None)
        _SENTENCES.remember(key, got)
    return got


class _StoryWords:
    """The story's articles, to count how many use a content word (stemmed): counted
    only for the stems a ranking asks about (a title's few words). An article is read
    as its sentences' content stems (the unigrams of ``concepts.sentence_units``,
    memoised: selection worked them out for the same sentences) and those of the words
    between its sentences (a dateline), not tokenised and stemmed again: that cost more
    than the rest of the ranking. The counts are those of each article's words
    (``text.spans_words``, ``text.words``)."""

    def __init__(self, parts: list[tuple[tuple[str, ...], frozenset[str]]]) -> None:
        self._parts = parts  # each article: its sentences, the stems of its other words
        self._df: dict[str, int] = {}

    def df(self, stems: set[str]) -> dict[str, int]:
        """For each of ``stems`` (and any asked before), how many articles hold a content
        word (not a stop word) with that stem."""
        from itertools import chain

        from ..concepts import units_memo

        missing = stems.difference(self._df)
        if not missing:
            return self._df
        units = units_memo(True)  # a sentence's bigrams ("a b") hold a space, no stem does
        counts: Counter[str] = Counter()
        for sentences, between in self._parts:
            found = missing.intersection(chain.from_iterable(map(units, sentences)))
            found.update(missing.intersection(between))
            counts.update(found)
        for w in missing:
            self._df[w] = counts[w]
        return self._df


def _content_stems(tokens: Sequence[str]) -> frozenset[str]:
    """The stems of the content words among ``tokens``: each distinct word stemmed once."""
    from ..text import STOPWORDS, stem_of

    return frozenset(map(stem_of, set(tokens).difference(STOPWORDS)))


def _article_parts(
    text: str, split: Sequence[Sentence] | None
) -> tuple[tuple[str, ...], frozenset[str]]:
    """An article for :class:`_StoryWords`: its sentences' texts and the content stems of
    the words between them (``text.spans_words``' pieces). Where a word could cross a
    sentence's edge (no space on either side of it) or sentences overlap, no sentences
    and the stems of all its words (``spans_words`` then decides them)."""
    from ..text import spans_words, words

    if split is None:
        return (), _content_stems(words(text))
    n = len(text)

    def apart(at: int) -> bool:  # no word crosses ``at``: a space on one side of it
        return at <= 0 or at >= n or text[at - 1].isspace() or text[at].isspace()

    between: list[str] = []
    pos = 0
    for s in split:
        start = s.start
        if start > pos:
            gap = text[pos:start]
            # a gap of spaces only leaves both edges apart
            if not gap.isspace():
                if not (apart(pos) and apart(start)):
                    break
                between += words(gap)
        elif start < pos or not apart(start):
            break
        pos = s.end
    else:
        tail = text[pos:]
        if not tail or tail.isspace():
            return tuple(s.text for s in split), _content_stems(between)
        if apart(pos):
            return tuple(s.text for s in split), _content_stems(between + words(tail))
    spans = ((s.start, s.end, s.text) for s in split)
    return (), _content_stems(spans_words(text, spans))


def _story_words(
    articles: Sequence[Article], all_sentences: Sequence[Sentence] | None = None
) -> _StoryWords:
    """The story's :class:`_StoryWords` (``all_sentences`` as in :func:`ledes`)."""
    key = _story_key(articles)
    got = _WORDS.get(key)
    if got is None:
        split = _story_sentences(articles, all_sentences)
        got = _StoryWords([_article_parts(a.text, s) for a, s in zip(articles, split, strict=True)])
        _WORDS.remember(key, got)
    return got


def sentence_title(sentence: str, words: int = HEADLINE_WORDS) -> str:
    """A sentence as a title: :func:`clause_trim`, or, when that would stop inside an
    opening subordinate clause ("A day after Iraq said its forces had re-entered the
    last ISIS-held city in the country…"), the main clause after that clause's comma
    ("ISIS leader Abu Bakr al-Baghdadi emerged Wednesday with a statement…"), its first
    letter capitalised. Still only the source's words, in their order. ``words``: the
    word limit (:data:`HEADLINE_WORDS`)."""
    title = clause_trim(sentence, words)
    if not _cut_before_main_clause(title):
        return title
    _, comma, main = sentence.partition(", ")
    # a second part of the opening clause joined by "and" ("As a team headed for
    # Washington, and the president flew off to Portugal, officials ..."): the main
    # clause comes after its comma, not with "And"
    while comma and main.split(None, 1)[0].lower() in ("and", "or", "but", "nor"):
        _, comma, main = main.partition(", ")
    if not comma or len(main.split()) < HEADLINE_MIN_WORDS:
        return title
    return clause_trim(main[:1].upper() + main[1:], words)


# A year named in a sentence ("in 1975", "since 1992"), and "last year": the sentence is
# dated before the story when that year is earlier than its first article's.
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b(?!\s*(?:percent|%|people|dollars))")
_LAST_YEAR = re.compile(r"\blast year\b", re.IGNORECASE)


_MONTHS = (
    "January February March April May June July August September October November December"
).split()
# A month named alone as when something happened ("In July, the Council backed ...",
# "since March"): with no day or year after it.
_MONTH = re.compile(
    r"\b(?:in|since|last|early|late|mid-?)\s+(" + "|".join(_MONTHS) + r")\b(?![\s,]+\d)",
    re.IGNORECASE,
)


_WEEKDAY = re.compile(r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|tonight)\b")


def _background(sentence: str, first_year: int | None, first_month: int | None = None) -> bool:
    """Whether a sentence tells background, not the news: it dates what it says before
    the story began ("Indonesia invaded East Timor in 1975", "Libya has faced U.N.
    sanctions since 1992", "The military last year forced out ...", and, with
    ``first_month``, a month of the story's first year before its first article's
    month, named alone, in a sentence that names no day of the week: "In July, the
    Security Council backed ..." in a story of October, but not "prosecutors said
    Wednesday that he had met him in August") and names no year of the story itself.
    A headline says what happened now. Without article dates nothing is called
    background."""
    if first_year is None:
        return False
    years = [int(y) for y in _YEAR.findall(sentence)]
    if any(y >= first_year for y in years):
        return False
    if years or _LAST_YEAR.search(sentence):
        return True
    if first_month is None or _WEEKDAY.search(sentence):
        return False  # "said Wednesday that ... in August": the news is of this week
    # a month named alone is of the story's year; one after the first article's month
    # would be last year's, or a plan: neither is told here
    return any(
        _MONTHS.index(m.group(1).capitalize()) + 1 < first_month for m in _MONTH.finditer(sentence)
    )


def rank_titles(
    articles: Sequence[Article],
    candidates: Sequence[tuple[str, str]],
    *,
    news_first: bool = True,
    reading: bool = True,
    titles: int = 0,
) -> list[tuple[str, float]]:
    """``(sentence, title as shown)`` pairs ranked as :func:`headline_candidates` says
    (``news_first=False``: without :func:`states_no_event`, the rule before it;
    ``reading=False``: without the rules of the briefing round, a state as no event and
    an announcement, a pro-form at the end or an unintroduced description as weak; both
    kept for ``benchmarks/headlines.py``). The first ``titles`` candidates are titles
    the articles give: each passes the same tests as a sentence (a two-word label is
    weak), one whose content words no two of the story's articles use is weak too (one
    article's stray line, not the story's headline), and among candidates equal on
    those tests a given title ranks first (an editor wrote it to name the story)."""
    keys = _title_keys(articles, candidates, news_first, reading, titles=titles)
    return [(text, central) for *_, text, central in keys]


def title_flags(
    articles: Sequence[Article], candidates: Sequence[tuple[str, str]], *, titles: int = 0
) -> list[tuple[str, bool, float]]:
    """``(title as shown, flagged, centrality)`` of each candidate as :func:`rank_titles`
    ranks them; flagged: weak, background or stating no event (what ranks a candidate
    after every other). For a caller choosing by another criterion among the titles the
    ranking finds fit (``digest``'s latest development: the newest of them); ``titles``
    as in :func:`rank_titles`."""
    keys = _title_keys(articles, candidates, True, True, titles=titles)
    return [(text, any(key[:3]), central) for *key, text, central in keys]


def overview_index(
    articles: Sequence[Article],
    sentences: Sequence[str],
    *,
    all_sentences: Sequence[Sentence] | None = None,
) -> int | None:
    """Which of a summary's ``sentences`` says what the story is: the story's title
    (:func:`headline_candidates`' first) when it is one of them, else the summary
    sentence that is an article's lede (:func:`ledes`, where a news writer puts the
    overview) ranked first as a title; only one in the first rank (standing alone, no
    background, stating an event). None when there is none. ``all_sentences``: as in
    :func:`ledes`.

    A lede that is no summary sentence only decides whether the title is a summary
    sentence: the first that ranks above every summary sentence settles it, and one
    less central than the best summary sentence cannot (its other tests are skipped)."""
    norm = [" ".join(t.split()) for t in sentences]
    if not norm:
        return None  # no summary sentence to name
    leads = ledes(articles, all_sentences)
    summary = [(t, sentence_title(t)) for t in norm]
    # candidates if reaching a verb; a lede that is a summary sentence, or an earlier
    # lede, has its title, which the walk below skips
    in_summary = set(norm)
    others = [
        (lede, sentence_title(lede)) for lede in dict.fromkeys(leads) if lede not in in_summary
    ]
    ranking = _TitleKeys(articles, True, True, all_sentences)
    df = ranking.df([text for _, text in (*summary, *others)])
    seen: set[str] = set()
    # The summary's candidates by centrality (then position): the first with no flag
    # ranks first among them, and every flagged one ranks after every other, so flags
    # are worked out only until then.
    order = []
    for k, (full, text) in enumerate(summary):
        if text not in seen:
            seen.add(text)
            order.append((-ranking.centrality(text, df), k, full, text))
    order.sort()
    best = None
    for _, k, full, text in order:
        key = ranking.key(k, full, text, df)
        if not any(key[:3]):
            best = key
            break
    if best is None:  # all flagged: the least flagged ranks first
        best = min(ranking.key(k, full, text, df) for _, k, full, text in order)
    above = False  # whether a lede outside the summary ranks first
    k = len(summary)  # a lede's place among the candidates (after the summary's)
    for full, text in others:
        if text in seen:
            continue
        if not any(best[:3]) and -ranking.centrality(text, df) >= best[3]:
            # It ranks first only with no flag and more central; whether it is a candidate
            # at all (it reaches its verb) matters no more: a later lede with its title
            # is skipped here too.
            continue
        if not reaches_main_verb(text):
            continue  # no candidate
        seen.add(text)
        k += 1
        if ranking.key(k - 1, full, text, df) < best:
            above = True
            break
    if not above:
        return None if any(best[:3]) else int(best[4])
    # The first summary sentence that is a lede among those with no flag, in rank order
    # (every flagged one ranks after them: the ranking's walk stops there).
    lede_set = set(leads)
    for _, k, full, text in order:
        if norm[k] in lede_set and not any(ranking.key(k, full, text, df)[:3]):
            return k
    return None


def _title_keys(
    articles: Sequence[Article],
    candidates: Sequence[tuple[str, str]],
    news_first: bool,
    reading: bool,
    all_sentences: Sequence[Sentence] | None = None,
    titles: int = 0,
) -> list[tuple[bool, bool, bool, float, int, str, float]]:
    """The sort keys of :func:`rank_titles`, in its order: (weak, background, no event,
    -centrality, position, title, centrality); the first ``titles`` candidates are given
    titles, first among those equal on the three tests."""
    ranking = _TitleKeys(articles, news_first, reading, all_sentences)
    ranking.titles = titles
    df = ranking.df([text for _, text in candidates])
    scored = []
    seen: set[str] = set()
    for k, (full, text) in enumerate(candidates):
        if text in seen:
            continue
        seen.add(text)
        key = ranking.key(k, full, text, df)
        stray = k < titles and len(articles) > 1 and all(df[w] < 2 for w in ranking.stems(text))
        if stray and not key[0]:
            key = (True, *key[1:])
        scored.append(key)
    scored.sort(key=lambda x: (*x[:3], x[4] >= titles, x[3], x[4]))
    return scored


class _TitleKeys:
    """The sort key of each title candidate of one story (:func:`rank_titles`), worked
    out candidate by candidate."""

    def __init__(
        self,
        articles: Sequence[Article],
        news_first: bool,
        reading: bool,
        all_sentences: Sequence[Sentence] | None,
    ) -> None:
        dated = sorted(
            a.published[:4] for a in articles if a.published and a.published[:4].isdigit()
        )
        self.first_year = int(dated[0]) if dated else None
        months = sorted(
            a.published[:7] for a in articles if a.published and a.published[5:7].isdigit()
        )
        self.first_month = int(months[0][5:7]) if months else None
        self.n = max(len(articles), 1)
        self.articles = articles
        self.news_first, self.reading = news_first, reading
        self.all_sentences = all_sentences
        self._stems: dict[str, set[str]] = {}
        self._keys: dict[tuple[int, str, str], tuple[bool, bool, bool, float, int, str, float]] = {}
        self._topics: Container[str] | None = None
        self.titles = 0  # the first candidates that are given titles (``_title_keys``)
        from ..eligible import is_opinion

        # an editorial's sentences: no headline (the paper's view, not what happened)
        self._opinion = [
            " ".join(a.text.split()) for a in articles if is_opinion(a.text, a.title, a.url)
        ]

    def stems(self, text: str) -> set[str]:
        """The title's distinct content stems (``text.content_stems``)."""
        from ..text import STOPWORDS, stem_of, words

        got = self._stems.get(text)
        if got is None:
            got = self._stems[text] = set(map(stem_of, set(words(text)).difference(STOPWORDS)))
        return got

    def df(self, texts: Sequence[str]) -> dict[str, int]:
        """How many articles use each content stem of ``texts``."""
        wanted: set[str] = set()
        for text in texts:
            wanted |= self.stems(text)
        return _story_words(self.articles, self.all_sentences).df(wanted)

    def centrality(self, text: str, df: dict[str, int]) -> float:
        """The mean share of the articles using each content word (``df`` holds them)."""
        stems, n = self.stems(text), self.n
        return sum(min(df[w], n) for w in stems) / (n * len(stems)) if stems else 0.0

    def key(
        self, k: int, full: str, text: str, df: dict[str, int]
    ) -> tuple[bool, bool, bool, float, int, str, float]:
        """(weak, background, no event, -centrality, k, title, centrality) of candidate
        ``k``: ``full`` sentence shown as ``text``."""
        got = self._keys.get((k, full, text))
        if got is None:
            got = self._keys[(k, full, text)] = self._key(k, full, text, df)
        return got

    def _key(
        self, k: int, full: str, text: str, df: dict[str, int]
    ) -> tuple[bool, bool, bool, float, int, str, float]:
        from ..eligible import announces, dependency, points_back, story_topics, unintroduced
        from ..select.dateline import needs_dateline

        stems = self.stems(text)
        central = self.centrality(text, df)
        reading = self.reading
        # a given title under the sentence floor is a headline's short form: over several
        # articles each of its words must be one their text uses ("NATIONAL FORECAST", a
        # page label over ten hurricane reports: none says "forecast")
        short = k < self.titles and len(stems) < HEADLINE_MIN_CONTENT
        weak = (
            len(stems) < (GIVEN_TITLE_MIN_CONTENT if k < self.titles else HEADLINE_MIN_CONTENT)
            or (short and self.n > 1 and any(df[w] < 1 for w in stems))
            or text[:1] in "\"“'‘`"
            or _cut_before_main_clause(text)
            or dependency(Sentence("", 0, len(full), full, 1, 0)) is not None
            or (reading and (announces(full) or points_back(full) or needs_dateline(full)))
            or any(" ".join(full.split()) in t for t in self._opinion)
        )
        if reading and not weak and re.search(r"\b(?:the|this|these|those) ", text, re.IGNORECASE):
            if self._topics is None:
                arts = self.articles
                self._topics = story_topics([a.text for a in arts], [a.title or "" for a in arts])
            # a title is read first: a description it does not introduce leans on nothing;
            # the one it opens with needs its introduction even when it is a word of the
            # story's topic ("The sanctions, which include an air embargo, were imposed
            # ..."), as the summary's opening does (``order.opening_needs``)
            shown = text.rstrip("…")
            weak = bool(
                unintroduced(shown, "", self._topics, demonstratives=True)
                or unintroduced(shown, "", subject=True)
            )
        background = _background(full, self.first_year, self.first_month)
        no_event = self.news_first and states_no_event(text, states=reading)
        return (weak, background, no_event, -central, k, text, central)


def sentence_days(summary: Summary) -> list[str] | None:
    """The publication day (``YYYY-MM-DD``) of each summary sentence's own article, when
    the sentences come from articles of two days or more; else None. A briefing shows
    them then: a story told over a week can put "Wednesday" of one week beside
    "Wednesday" of the next, and a reader cannot tell the two apart without the days
    the articles appeared ("" for a sentence of an undated article)."""
    published = {a.id: (a.published or "")[:10] for a in summary.articles}
    days = [published.get(s.article_id, "") for s in summary.sentences]
    return days if len({d for d in days if d}) >= 2 else None


def article_names(articles: Sequence[Article]) -> dict[str, str]:
    """Each article's name where a row or heading stands for one article: its outlet
    (``Article.label``) when every outlet ran one article; once two articles share an
    outlet, every article by itself (its id, after the outlet unless the id already
    starts with it: ``APW19981017.0151``), the lone article of another outlet too. Why:
    rows of ids beside a bare "NYT" read as if NYT's row stood for all its reporting,
    and the id is what the JSON and the disagreement lines name it by."""
    count = Counter(a.label for a in articles)
    by_article = any(n > 1 for n in count.values())
    out: dict[str, str] = {}
    for a in articles:
        name = a.label
        if by_article and a.id != name:
            name = a.id if a.id.lower().startswith(name.lower()) else f"{name} ({a.id})"
        out[a.id] = name
    return out


def development_line(dev: Development, labels: dict[str, str]) -> str:
    """One figure's development as plain text, ``killed: 32 people (APW, 1998-11-23) → 36
    people (APW, 1998-11-24)``: one wording for every format (each escapes it its way).
    Reports of one day that give different values are said to disagree
    (:func:`.attribution.developments.same_day_differences`): no development."""
    from ..attribution.developments import same_day_differences

    steps = " → ".join(
        f"{' '.join(p.value.split())} ({labels.get(p.article_id, p.article_id)}"
        + (f", {p.published}" if p.published else "")
        + ")"
        for p in dev.points
    )
    notes = [
        f"reports of {day} disagree ({', '.join(values)})"
        for day, values in same_day_differences(dev)
    ]
    return f"{dev.quantity}: {steps}" + "".join(f"; {n}" for n in notes)


def developments_heading(devs: Sequence[Development]) -> str:
    """What a digest says of its figures' lines: that the story moved on, and that the
    outlets do not disagree only when no line has reports of one day that differ."""
    from ..attribution.developments import same_day_differences

    if any(same_day_differences(d) for d in devs):
        return (
            "How the figures developed (the story moved on; reports of one day that "
            "differ disagree):"
        )
    return "How the figures developed (the story moved on; no disagreement):"


def outlets_line(sources: Sequence[Evidence]) -> str:
    """The outlets behind a fact, each once, with its article count when it ran the fact
    in several articles: ``NYT (2 articles), APW``. Why: a fact two articles of one
    outlet report is not a fact two outlets report, and the reader must see which."""
    count = Counter(e.source for e in dict((e.article_id, e) for e in sources).values())
    return ", ".join(f"{o} ({n} articles)" if n > 1 else o for o, n in count.items())


def beyond_summary(summary: Summary, facts: Sequence[Fact]) -> list[Fact]:
    """``facts`` less the summary's own sentences (``attribution.analysis.beyond_summary``:
    the same words, or an article's span that is a summary sentence). The analysis lists
    no such fact since s27; a page still applies the test, so a summary whose analysis
    was made otherwise (by hand, or an older cached one) does not say a sentence twice."""
    from ..attribution.analysis import beyond_summary as beyond

    return list(beyond(summary.sentences, facts))


def article_dict(a: Article) -> dict[str, Any]:
    return {
        "id": a.id,
        "title": a.title,
        "source": a.source,
        "url": a.url,
        "published": a.published,
        "author": a.author,
    }


def detail_dict(d: Detail) -> dict[str, Any]:
    out: dict[str, Any] = {
        "kind": d.kind,
        "status": d.status,
        "claim": d.claim,
        "evidence": d.evidence,
        "note": d.note,
        "explanation": d.explanation,
    }
    if d.span is not None:
        # read from a sentence outside the evidence span: where that sentence is
        out["start"], out["end"] = d.span
    return out


def evidence_dict(e: Evidence) -> dict[str, Any]:
    """A span behind or against a claim; offsets index the article text as given."""
    out: dict[str, Any] = {
        "document": e.article_id,
        "source": e.source,
        "start": e.start,
        "end": e.end,
        "score": e.score,
        "text": e.text,
    }
    if e.details:
        out["details"] = [detail_dict(d) for d in e.details]
        out["explanation"] = e.explanation
    return out


SPAN_KEYS = ("document", "start", "end", "score")


def span_record(e: Evidence) -> dict[str, Any]:
    """The short form of :func:`evidence_dict` that ``attribute --batch`` writes."""
    full = evidence_dict(e)
    return {k: full[k] for k in SPAN_KEYS}


def sentence_dict(s: SummarySentence) -> dict[str, Any]:
    """One summary sentence; offsets index the article text as given."""
    out: dict[str, Any] = {
        "text": s.text,
        "article_id": s.article_id,
        "start": s.start,
        "end": s.end,
        "score": s.score,
    }
    if s.supported_by:
        out["supported_by"] = [evidence_dict(x) for x in s.supported_by]
    if s.contradicted_by:
        out["contradicted_by"] = [evidence_dict(x) for x in s.contradicted_by]
    return out


def dropped_dict(d: Dropped) -> dict[str, Any]:
    """An article not used, as the JSON says it: an article newsbrief cannot read yet
    was skipped, and its reason says so as every skipped input's does ("skipped: ...")."""
    reason = d.reason
    if d.kind == UNSUPPORTED_SCRIPT and not reason.startswith("skipped: "):
        reason = f"skipped: {reason}"
    return {"id": d.article_id, "reason": reason, "duplicate_of": d.duplicate_of}


def disagreement_dict(d: Disagreement) -> dict[str, Any]:
    return {
        "claim": d.claim,
        "sentence": d.sentence,
        "reports": [evidence_dict(e) for e in d.reports],
        "conflicts": [evidence_dict(e) for e in d.conflicts],
    }


def fact_dict(f: Fact) -> dict[str, Any]:
    return {"text": f.text, "sources": [evidence_dict(e) for e in f.sources]}


# A partial quote shown with its subject, as the quote finder writes it: the writer's
# words, then the quoted words in curly marks (`Mubarak “will head ...”`).
_WITH_SUBJECT = re.compile(r"[^\"“”]+ “[^“”]+”")


def quote_shown(text: str) -> tuple[str, str, str]:
    """(before, words, after) to show a quote: its words between curly marks, or a partial
    quote with its subject as written (it carries its own marks), so no mark is doubled."""
    if _WITH_SUBJECT.fullmatch(text):
        subject, words = text[:-1].split(" “", 1)
        return f"{subject} “", words, "”"
    return "“", text, "”"


def quote_dict(q: Quote) -> dict[str, Any]:
    return {"speaker": q.speaker, "text": q.text, "sources": [evidence_dict(e) for e in q.sources]}


def development_dict(d: Development) -> dict[str, Any]:
    return {
        "quantity": d.quantity,
        "points": [
            {
                "value": p.value,
                "document": p.article_id,
                "published": p.published,
                "start": p.start,
                "end": p.end,
            }
            for p in d.points
        ],
    }


def analysis_dict(a: StoryAnalysis) -> dict[str, Any]:
    out: dict[str, Any] = {
        "coverage": [
            {
                "document": c.article_id,
                "source": c.source,
                "supports": list(c.supports),
                "contradicts": list(c.contradicts),
            }
            for c in a.coverage
        ],
        "single_source": [
            {"sentence": s.sentence, "document": s.article_id, "source": s.source}
            for s in a.single_source
        ],
        "disagreements": [disagreement_dict(d) for d in a.disagreements],
        "facts": {
            "shared": [fact_dict(f) for f in a.shared_facts],
            "single_source": [fact_dict(f) for f in a.single_source_facts],
        },
        "developments": [development_dict(d) for d in a.developments],
    }
    if a.quotes is not None:
        out["quotes"] = [quote_dict(q) for q in a.quotes]
    return out


def summary_dict(summary: Summary) -> dict[str, Any]:
    """The one JSON form of a summary (analysis keys only when it was analysed)."""
    head = story_heading(summary)
    out: dict[str, Any] = {
        "id": summary.story_id,
        "title": head.title,
        "date_range": {"first": head.first, "last": head.last} if head.first else None,
        "outlets": list(head.outlets),
        "summary": summary.text,
        "sentences": [sentence_dict(s) for s in summary.sentences],
        "articles": [article_dict(a) for a in summary.articles],
        "dropped": [dropped_dict(d) for d in summary.dropped],
        "method": summary.method,
        "words": summary.words,
    }
    if summary.analysis is not None:
        out.update(analysis_dict(summary.analysis))
    return out


def render_text(summary: Summary, header: bool = True) -> str:
    lines: list[str] = []
    if header:
        head = story_heading(summary)
        lines += [" ".join(head.title.split()), head.line, ""]
    lines += [s.text for s in summary.sentences]
    quotes = summary.analysis.quotes if summary.analysis else None
    if quotes:  # --quotes
        lines += ["", "Quotes:"]
        for q in quotes:
            srcs = ", ".join(dict.fromkeys(e.source for e in q.sources))
            before, words, after = quote_shown(" ".join(q.text.split()))
            lines.append(f"- {q.speaker}: {before}{words}{after} ({srcs})")
    return "\n".join(lines) + "\n"


def render_json(summary: Summary) -> str:
    return json.dumps(summary_dict(summary), ensure_ascii=False, indent=2) + "\n"


def render(summary: Summary, fmt: str = "text", *, header: bool = True, brief: bool = False) -> str:
    """One renderer per format: ``text``, ``markdown``, ``json`` or ``html``.

    ``header`` puts the story's title, date range and outlets on top of text and markdown
    (a digest that shows them itself passes False); JSON and HTML always carry them.
    ``brief`` shortens the markdown analysis to what a digest's entry needs.
    """
    if fmt == "text":
        return render_text(summary, header)
    if fmt == "markdown":
        from .markdown import render_markdown

        return render_markdown(summary, header, brief)
    if fmt == "json":
        return render_json(summary)
    if fmt == "html":
        from .html import render_html

        return render_html(summary)
    raise OptionsError(f"unknown format {fmt!r}", hint="choose text, markdown, json or html")
