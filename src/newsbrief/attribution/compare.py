"""A claim against one evidence window: the typed details a verdict is decided on.

Why: "supports" needs the claim's main event stated with its bound details agreeing, and
"contradicts" a conflict of a typed detail bound to the same thing; both come from one
comparison of the claim with a window of one to three sentences, recorded as a
:class:`~.rules.Check` (coverage shares and one :class:`~newsbrief.model.Detail` per
compared figure, date, name, negation, outcome, swapped word or role, plan, main verb).
Where it sits: :mod:`.align` calls :func:`check_window` for each candidate window
(:mod:`.windows`) of a claim (:mod:`.claim`); the single-detail comparisons are in
:mod:`.details`, the predicate tests in :mod:`.predicate`; :mod:`.rules` decides from the
result.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from ..model import TWO_SIDES, Detail
from ..text import STOPWORDS
from . import config
from .binding import (
    date_of_event,
    deeds,
    event_part,
    figure_of_event,
    place_of_event,
    unbound_figures,
)
from .clauses import (
    Destination,
    copula_complement,
    main_clause_words,
    verb_destinations,
    verb_place,
)
from .dates import compare, report_day
from .details import (
    PLACE_LEAD,
    another_time,
    capital_place,
    capital_stated,
    compare_dates,
    modifier_check,
    modifiers,
    name_found,
    nominal_in,
    place_head,
    place_role,
    quantity_check,
    scope_absent,
    spelled,
    states_a_wish,
    wished_quotes,
)
from .facts import (
    PLAN_WORDS,
    TITLES,
    Facts,
    Name,
    Quantity,
    Read,
    aligned_substitutions,
    antonyms,
    canon,
    compatible_bounds,
    content_of,
    copy_share,
    name_keys,
    near_copy_swaps,
    negator_deeds,
    other_deed,
    parties_swapped,
    quantities_agree,
    read,
    roles_swapped,
    same_slot,
    substitutions,
)
from .names import post_holder, rival_holder, same_kind, spelled_in_context
from .negation import accusations, is_negator, phrase_negation, prefix_negations
from .numbers import figure_direction
from .owners import (
    continuing_state,
    names_none,
    other_doer,
    other_holder,
    other_place_figure,
    other_place_named,
    other_source,
    same_report,
)
from .parse import enabled as parse_enabled
from .predicate import (
    ANOTHER_PREDICATE,
    REPORTING_VERBS,
    agent_swapped,
    announcement_put_off,
    asked_deeds,
    converse_facts,
    name_run,
    only_governed,
    past_form,
    planned_binding,
    rival_predicate,
    roles_moved,
    same_lemma,
    states_roles,
    unannounced,
)
from .roles import Deed, roles_traded, word_keys
from .rules import Check
from .windows import Window, window_facts

if TYPE_CHECKING:
    from .claim import Claim
    from .story import Story


# Titles say who someone is, not what happened: "Chief executive Dana Whitlock said ..."
# shares them with any other statement of hers, so support needs more than them.
_ROLE_WORDS = frozenset(
    canon(w) for w in (*TITLES, "executive", "chairman", "chairwoman", "ceo", "leader")
)


# Words before a name that make it the place where something happened.
_PLACE_ROLES = frozenset(["in", "at", "near", "outside"])
# ... or anything but the doer of a verb after it.
_PREPOSITIONS = _PLACE_ROLES | frozenset(["from", "of", "on", "for", "to", "with", "by", "into"])
# The words that put a claim's place on its deed ("in", "near", "outside", and where it
# went: "into northern Syria"); not "at", as often a company ("the future at PAL").
_BOUND_ROLES = frozenset(["in", "near", "outside", "into"])


@dataclass(slots=True)
class _Window:
    """One claim against one window: what every step of :func:`check_window` reads, and
    the details the steps add, in order."""

    story: Story
    claim: Claim
    ev: Facts  # the window's sentences as one
    ctx: Facts  # the window with its neighbours and the article's lead
    lead: Facts  # the article's first sentence
    article_id: str
    parts: Sequence[Facts]  # the window's sentences one by one
    window: tuple[int, int]  # its first and last sentence
    ev_day: dt.date | None  # the article's publication date
    matched: frozenset[str]  # the claim's content words the window states
    unmatched: frozenset[str]
    details: list[Detail] = field(default_factory=list)
    # the claim's words that are conflicting details: left out of ``rest_coverage``
    conflict_words: set[str] = field(default_factory=set)
    # agreeing figures that pin the event (:attr:`.rules.Check.pinned`)
    pinned: int = 0
    # the claim's words the window states in other words ("unhappy" / "not happy")
    restated: set[str] = field(default_factory=set)

    @property
    def facts(self) -> Facts:
        return self.claim.facts

    @property
    def cf(self) -> dict[str, str]:
        return self.claim.facts.forms

    @property
    def ef(self) -> dict[str, str]:
        return self.ev.forms

    @property
    def repeat_share(self) -> float:
        """How close to a copy the window is: the share of the claim's words it repeats,
        counted, not weighted (a swapped word is often the rarest of the claim), a name
        by any of its keys or spellings (:func:`_matched_words`; :func:`.facts.copy_share`
        counts exact words only)."""
        return len(self.matched) / max(len(self.claim.facts.content), 1)

    def texts(self) -> list[str]:
        """The window's sentences as written."""
        lo, hi = self.window
        return [s.text for s in self.story.sentences[self.article_id][lo : hi + 1]]

    def reads(self) -> list[Read]:
        """The window's sentences as indexing read them (:func:`.facts.read`)."""
        lo, hi = self.window
        return self.story.sentence_reads(self.article_id)[lo : hi + 1]

    def other_destination(self, verb: str, mood: str) -> tuple[Destination, Destination] | None:
        """Where the window's sentences send the claim's ``verb`` said in ``mood`` ("" done,
        "plan", "not"), when every such use goes to another place than the claim's
        ("flew to Damascus" / "flew to Ankara"; "never sent troops into Syria" / "sent
        troops into northern Iraq"); None when the claim gives the verb no destination,
        or the window none in that mood, or one of them is the claim's. Returns the
        claim's destination and the window's."""
        mine = next((d for d in verb_destinations(self.claim.text, verb) if not d.mood), None)
        if mine is None or mine.names == ("here",):
            return None
        theirs = [d for t in self.texts() for d in verb_destinations(t, verb) if d.mood == mood]
        # a done deed's other destination blocks support: any doubt that it is
        # another place lets the support stand; a plan's or a denial's turns a
        # conflict into a missing detail: only a shared word or a dateline ("DAMASCUS,
        # Syria") makes two names one place there (a list "Iran, Iraq, Syria" does not)
        loose = not mood
        if not theirs or any(self._same_place(mine, d, loose) for d in theirs):
            return None
        return mine, theirs[0]

    def _same_place(self, mine: Destination, theirs: Destination, loose: bool) -> bool:
        """One place, stated alike or one inside the other by the story's datelines;
        ``loose``: also two names the story does not tell apart (one it never places may
        lie in the other, or it writes them side by side: ``Story.distinct_names``).
        "here" is the article's dateline city (none: unknown, so not another place)."""
        names = list(theirs.names)
        if names == ["here"]:
            city = self.story.dateline_city.get(self.article_id)
            if city is None:
                return True
            names = city.split()
        a = {w.lower() for w in mine.names}
        b = {w.lower() for w in names}
        if a & b or self.story.dateline_place(list(mine.names), names):
            return True
        return loose and not self.story.distinct_names(list(mine.names), names)

    @property
    def loose_copy(self) -> bool:
        return self.repeat_share >= config.get().swap_coverage

    @property
    def extra_names(self) -> list[Name]:
        """The window's names that are none of the claim's."""
        return [n for n in self.ev.names if not (n.keys & self.claim.facts.words)]

    @property
    def active(self) -> frozenset[str]:
        """The claim's size without its background clause."""
        return self.claim.facts.content - self.claim.background


def _matched_words(claim: Claim, ev: Facts) -> tuple[frozenset[str], frozenset[str]]:
    """The claim's content words the window states (a name by any of its keys or a
    one-edit spelling), and the rest."""
    facts = claim.facts
    matched = facts.content & ev.content
    unmatched = facts.content - matched
    for c in list(unmatched):
        if (
            name_keys(c) & ev.words
            or (c in claim.name_words and spelled(facts.forms.get(c, c).lower(), ev.words))
            or (c not in claim.name_words and nominal_in(c, ev.content))
        ):
            # a verb is stated by its noun: "cannot pay" / "payments on"
            matched |= {c}
            unmatched -= {c}
    return matched, unmatched


def check_window(story: Story, claim: Claim, window: Window, *, disputes: bool = True) -> Check:
    """Compare a claim with one window of an article (``window.ev``), detail by detail.

    Names and dates a window leaves out are looked up around it (``window.ctx``: a
    sentence opening "He said" names its speaker a sentence earlier). A date the window
    leaves out conflicts only with the article's ``lead`` (where the day of the event is
    given); a name the window leaves out conflicts only when the whole article never
    mentions it and the window names someone else. The steps run in this order: a later
    one reads the details of earlier ones.
    """
    w = window
    matched, unmatched = _matched_words(claim, w.ev)
    ev_day = story.published.get(w.article_id)
    win = _Window(
        story,
        claim,
        w.ev,
        w.ctx,
        w.lead,
        w.article_id,
        w.parts,
        (w.lo, w.hi),
        ev_day,
        matched,
        unmatched,
    )
    _outcome_details(win)
    _figure_details(win)
    _date_details(win)
    _name_details(win)
    _subject_details(win)
    _object_details(win)
    _asked_deed_details(win)
    _main_verb_details(win)
    _swapped_word_details(win)
    _near_copy_details(win)
    _predicate_details(win)
    _agent_details(win)
    _converse_details(win)
    _deed_role_details(win)
    _relative_doer_details(win)
    _plan_details(win)
    _negation_details(win)
    _place_details(win)
    _modifier_details(win)
    _wished_details(win)
    if disputes and config.get().story_disputes:
        _disputed_details(win)
    _mark_peripheral(win)
    if config.get().spread_details:
        _elsewhere_details(win)
    return _check(win)


def _outcome_details(win: _Window) -> None:
    """An opposite outcome: the window states an antonym (``data/antonyms.txt``) of a
    claim word it does not state, read in its context (``opposite_deeds``): a negator
    verb said as a deed ("refused", "denied") is the opposite of "agreed", "admitted";
    an opposite the window negates ("did not refuse") or a claim word the claim
    negates is none."""
    ev, unmatched, details, conflict_words = win.ev, win.unmatched, win.details, win.conflict_words
    facts, cf, ef = win.facts, win.cf, win.ef
    read_context = bool(config.get().opposite_deeds)
    # the negator verbs each side says as a deed (canonical -> as written)
    claim_deeds = negator_deeds(win.claim.text) if read_context else {}
    candidates = unmatched - win.claim.name_words
    if read_context:
        # "prices did not rise" is not the claim that they rose
        candidates = (candidates - facts.negated) | claim_deeds.keys()
    candidates = frozenset(c for c in candidates if antonyms(c))  # most claims have none
    if not candidates:
        return
    texts = win.texts() if read_context else []
    part_deeds = [negator_deeds(t) for t in texts]  # per sentence
    ev_deeds = {c: w for d in part_deeds for c, w in d.items()}
    candidates -= claim_deeds.keys() & ev_deeds.keys()  # "refused" / "refused"
    # a word inside a proper name names, it states no outcome: a group called "Holy War
    # Front" is no war against the window's "peace accord"
    ev_names = {canon(w) for n in ev.names for w in n.words}
    stated = ev.content - ev_names
    if read_context:
        stated -= ev.negated  # "did not fall" is no opposite of "rose"
    sides = facts.content | claim_deeds.keys()
    for c in sorted(candidates):
        # a claim that states both sides or several outcomes ("killing 12 and
        # injuring 30") denies none of them
        if antonyms(c) & sides:
            continue
        # an outcome said of another counted group is no opposite: "killed 40 people" /
        # "another 170 people were injured" (each verb with its own figure)
        counted = [q for q in facts.quantities if c in q.event]
        opp = {
            o
            for o in antonyms(c) & stated
            if not counted
            or not (theirs := [e for e in ev.quantities if o in e.event])
            or any(quantities_agree(q, e) for q in counted for e in theirs)
        }
        if read_context and c in facts.realis:
            # a deed the claim tells as done has no opposite in one only asked or meant
            # ("after failing to persuade its union to accept the plan" / "the union
            # rejected the plan"): every use of it an infinitive another word governs
            opp = {o for o in opp if only_governed(texts, o) is None}
        deeds = antonyms(c) & ev_deeds.keys()
        saying = [p for p in win.parts or [ev] if opp & p.content]
        saying += [p for p, d in zip(win.parts, part_deeds, strict=False) if deeds & d.keys()]
        opp |= deeds
        if opp and names_none(facts.names, saying):
            continue  # "Cardoso won" / "66 percent are worried about losing their jobs"
        if opp:
            o = min(opp)
            shown = cf.get(c, claim_deeds.get(c, c))
            details.append(Detail("outcome", "conflicts", shown, ef.get(o, ev_deeds.get(o, o))))
            conflict_words.add(c)


def _figure_details(win: _Window) -> None:
    """Each claim figure against the window's figure for the same quantity: agrees,
    conflicts, or missing (an update reported at another time, another scope); counts
    the agreeing figures that pin the event (``win.pinned``)."""
    story, ev, ev_day = win.story, win.ev, win.ev_day
    details, facts = win.details, win.facts
    for q in facts.quantities:
        if q.ident or q.denied:
            # "Flight 103": compared as part of the name, not as a figure; "not 300":
            # the claim asserts no value
            continue
        unbound = unbound_figures(win.claim, q, win.parts)
        verdict, e = quantity_check(q, ev, facts.quantities, win.parts or [ev], unbound)
        if (
            verdict == "agrees"
            and e is not None
            and other_place_figure(facts.names, win.parts, e, story.regions)
        ):
            # "... the embassy that left 11 people dead. The embassy attack in Kenya":
            # the figure's sentence is about another place's event
            details.append(Detail("number", "missing", q.text, e.text, "another place's event"))
        elif (
            verdict == "agrees"
            and e is not None
            and config.get().figure_holders
            and other_holder(win.claim.text, q.value, win.texts())
        ):
            # "Lula ... had 32.6 percent, and Ciro Gomes ... had 11 percent" for "Ciro
            # Gomes had 32.6 percent": the window's figure is said of someone else
            details.append(Detail("number", "missing", q.text, e.text, "said of another"))
        elif verdict == "agrees" and e is not None and (turned := _turned(win, q, e)):
            # "rose 4.5 percent" / "was down 4.47 percent": the figure moved the other way
            details.append(Detail("number", "conflicts", *turned))
        elif verdict == "agrees" and e is not None:
            details.append(Detail("number", "agrees", q.text, e.text))
            win.pinned += q.unit != "" or q.value >= config.get().coincidence_below
        elif verdict == "conflicts" and e is not None:
            when = story.reported_on(q) if ev_day is not None else set()
            gap = config.get().development_days
            if e.denied:
                # a correction ("not 300") is no later value of a changing quantity
                details.append(Detail("number", "conflicts", q.text, e.text, CORRECTION))
            elif when and ev_day is not None and all(abs((ev_day - d).days) >= gap for d in when):
                # the story reports the claim's figure at another time: an update
                first = min(when, key=lambda d: abs((ev_day - d).days))
                note = f"reported {ev_day:%b %-d}, the claim's figure {first:%b %-d}"
                details.append(Detail("number", "missing", q.text, e.text, note))
            elif _other_scope(win, q, e):
                # the figure's own sentence leaves out who or where the claim's figure is
                # about and names another ("in Poland" / "throughout Europe", though the
                # next sentence of the window names Poland): another total, not this one
                details.append(Detail("number", "missing", q.text, e.text, "another scope"))
            elif other_source(win.claim.text, q.value, win.texts(), e.value, q.event):
                # "exit polls ... 56 percent, official tallies ... gave him 51 percent":
                # the window states the claim's figure from the claim's source
                details.append(Detail("number", "missing", q.text, e.text, "another source"))
            elif story.told_change(q, e):
                # an article of the story tells the two values as a running total's
                # change ("Earlier police said 32 ... more deaths were reported"): a
                # development, not a disagreement
                details.append(
                    Detail("number", "missing", q.text, e.text, "reported as a change of the total")
                )
            else:
                details.append(Detail("number", "conflicts", q.text, e.text))
        else:
            details.append(Detail("number", "missing", q.text, ""))


def _turned(win: _Window, q: Quantity, e: Quantity) -> tuple[str, str] | None:
    """The claim's figure and the window's agreeing one said to move opposite ways
    ("rose 4.5 percent" / "was down 4.47 percent"): the two as a reader reads them,
    None where either says no direction (:func:`.numbers.figure_direction`)."""
    if not config.get().figure_directions or not (q.text and e.text):
        return None
    mine = figure_direction(win.claim.text, q.text.split()[0])
    theirs = next(
        (d for t in win.texts() if (d := figure_direction(t, e.text.split()[0]))[0]),
        ("", ""),
    )
    if not mine[0] or not theirs[0] or mine[0] == theirs[0]:
        return None
    return f"{mine[1]} {q.text}", f"{theirs[1]} {e.text}"


# The note of a figure a text denies or corrects ("about 200 homes, not 300"): a
# disagreement whenever it was published, never a development.
CORRECTION = "a correction"


def _other_scope(win: _Window, q: Quantity, e: Quantity) -> bool:
    """The window, or the evidence figure's own sentence, names someone or somewhere the
    claim does not and leaves out the name the claim binds its figure to
    (:func:`.details.scope_absent`): the figure is another total. The sentence alone
    decides where the window's next sentence names the claim's place ("killed at least
    65 people throughout Europe" beside "In Poland, 36 people died")."""
    facts, story = win.facts, win.story

    def others(f: Facts) -> bool:
        # names the claim does not state: a figure is only the claim's quantity where
        # the same participants are named with it
        return any(not (n.keys & facts.words) for n in f.names)

    def absent(f: Facts) -> bool:
        return scope_absent(win.claim.text, q, facts.names, f, story.apposed)

    if others(win.ev) and absent(win.ev):
        return True
    part = next((p for p in win.parts if any(x is e for x in p.quantities)), None)
    return part is not None and others(part) and absent(part)


def _date_details(win: _Window) -> None:
    """Each claim date (:func:`.details.compare_dates`); a figure and a date that moved
    together (:func:`.details.another_time`); the day a statement was made."""
    story, claim, ev, ctx = win.story, win.claim, win.ev, win.ctx
    lead, article_id, window, ev_day = win.lead, win.article_id, win.window, win.ev_day
    details, facts = win.details, win.facts
    details += compare_dates(claim, ev, ctx, lead, ev_day, win.parts)
    lasted = continuing_state(claim.facts, claim.main_verb, ev, ev_day)
    if lasted:
        # "kept the warning in place on Saturday" / "... on Sunday" in Sunday's paper: a
        # state that went on, told on two days, is a development, not another date
        details[:] = [
            replace(d, status="missing", note="a continuing state")
            if d.kind == "date" and d.status == "conflicts" and d.evidence in lasted
            else d
            for d in details
        ]
    details = win.details = another_time(
        claim.text,
        details,
        lambda n, d: story.pair_elsewhere(claim, n, d, article_id, window),
    )
    said = ev.said_on or ctx.said_on or lead.said_on
    if config.get().said_day and facts.said_on and said:
        # "said Monday" where the window's statement (or, for a quote, the one around
        # it or in the lead) was made "Thursday": another statement, or this one
        # dated wrongly; it blocks support, never contradicts (the same words may be
        # said again on another day)
        d = facts.said_on[0]
        said = tuple(e for e in said if e.near & d.near)  # the same speaker's
        if said and all(compare(d, claim.published, e, ev_day).status == "conflicts" for e in said):
            shown = said[0].text
            details.append(Detail("date", "missing", d.text, shown, f"said on {shown}"))


def _name_details(win: _Window) -> None:
    """Each claim name: another holder of its title, another name in its slot in a
    near copy, found (in the window or around it), placed (the region it lies in), or
    rivalled by a name of the same role the article never writes."""
    story, claim, ev, ctx = win.story, win.claim, win.ev, win.ctx
    article_id, parts, unmatched, details = win.article_id, win.parts, win.unmatched, win.details
    conflict_words, facts, extra_names = win.conflict_words, win.facts, win.extra_names
    for n in facts.names:
        # "Treasury Secretary Robert Rubin" for "... Lawrence Summers": one shared word
        # is not the same name when each goes on with its own (names.rival_holder)
        held = rival_holder(n, ev.names)
        if held is not None and not any(
            name_keys(w) & story.article_words(article_id) for w in held[1]
        ):
            conflict_words.update(c for c in unmatched if c in claim.name_words)
            details.append(Detail("name", "conflicts", n.text, held[0].text))
            continue
        # "ANC spokesman Dullah Omar" for "An ANC spokesman, Thabo Masebe,": another
        # holder of the post the claim gives the name, in a window that does not name it
        if config.get().post_holders and not name_found(n, ev):
            holder = post_holder(n, ev.names)
            if holder is not None and story.distinct_names(list(n.words), list(holder.words)):
                conflict_words.update(c for c in unmatched if c in claim.name_words)
                details.append(Detail("name", "conflicts", n.text, holder.text, holder.post))
                continue
        if any(
            spelled_in_context(canon(w), facts.seq, p.seq, p.name_canons)
            for w in n.words
            for p in parts or [ev]
        ):
            continue  # "Pam Am flight 103" for "Pan Am Flight 103": a typo of the name
        # a sentence of the window that is a near copy of the claim with another name
        # in this one's slot ("at a checkpoint near Sipitula" for "... near Malisevo")
        # states the event with that name, whatever the article or the window's other
        # sentences say of the claim's name elsewhere
        slot = next(
            (
                e
                for p in parts or [ev]
                if not name_found(n, p)
                and len(facts.content & p.content) >= config.get().near_copy * len(facts.content)
                for e in p.names
                if not (e.keys & facts.words)
                and same_kind(n, e)
                and story.distinct_names(list(n.words), list(e.words))
                and not story.place_within(n, replace(p, names=(e,)))
                and same_slot(facts, n, p, e)
            ),
            None,
        )
        if slot is not None:
            conflict_words.update(c for c in unmatched if c in claim.name_words)
            details.append(Detail("name", "conflicts", n.text, slot.text))
            continue
        if name_found(n, ev) or name_found(n, ctx):
            if _place_bound(win, n):
                continue
            # a place only a sentence about something else names ("acts even in
            # Germany" beside "arrested at the Rome airport"): not where this happened
            conflict_words.update(c for c in unmatched if c in claim.name_words)
            details.append(Detail("name", "missing", n.text, "", "another deed's place"))
            continue
        # the city for its country, or the country for its city, by a mention of the
        # window that states no other name of the claim: one "Syria" cannot be the
        # claim's "Syria" (accused) and stand for its "Damascus" (denying) too
        free = _free_mentions(n, facts.names, ev.names)
        placed = story.placed(n, replace(ev, names=free))
        if placed is not None:
            # say which lies in which: "Damascus = Syria (Damascus lies in Syria)"
            e, inner, outer = placed
            details.append(Detail("name", "agrees", n.text, e.text, f"{inner} lies in {outer}"))
            continue
        city = story.dateline_city.get(article_id)
        if (
            city is not None
            and win.window[0] == 0
            and n.role in _PLACE_ROLES
            and n.text not in claim.peripheral
            and not any(e.role in _PLACE_ROLES for e in ev.names)
            and story.distinct_names(list(n.words), city.split())
            and not story.dateline_place(list(n.words), city.split())
            and not {w.lower() for w in n.words} & story.region_words
        ):
            # the lead of an article datelined in another city of the story, naming no
            # place of its own: its event took place in the dateline's city ("in Osaka"
            # / "KOBE, Japan (AP) _ A flood ... killing 12 people")
            conflict_words.update(c for c in unmatched if c in claim.name_words)
            details.append(Detail("name", "conflicts", n.text, city, "the dateline"))
            continue
        conflict_words.update(c for c in unmatched if c in claim.name_words)
        # a name only a second or background clause states ("..., and Ciro Gomes
        # had 11 percent") is missing from a window that does not state that clause,
        # never rivalled by a name of the main one ("Cardoso won 51 percent")
        rivals = [
            e
            for e in extra_names
            if e.role == n.role
            and same_kind(n, e)
            and n.text not in claim.peripheral
            and story.distinct_names(list(n.words), list(e.words))
        ]
        absent = not n.keys & story.article_words(article_id) and not any(
            spelled(w, story.article_words(article_id)) for w in n.words
        )
        if not rivals and absent:
            # a name the article never writes, where the window has another in its
            # slot (facts.same_slot): "near Malisevo" / "near Sipitula"
            rivals = [
                e
                for e in extra_names
                if same_kind(n, e)
                and story.distinct_names(list(n.words), list(e.words))
                and same_slot(facts, n, ev, e)
                and not _governed(win, e)  # "the head of the Northern Front": whose head
            ]
        if (
            rivals
            and not n.keys & story.article_words(article_id)
            and not _described(claim.text, n)
        ):
            details.append(Detail("name", "conflicts", n.text, rivals[0].text))
        else:
            details.append(Detail("name", "missing", n.text, ""))


def _free_mentions(n: Name, claim: Sequence[Name], window: Sequence[Name]) -> tuple[Name, ...]:
    """The window's name mentions left once each other name of the claim has taken the
    mention that states it (one of its own role, else one not of ``n``'s role): those
    that may state ``n`` less or more precisely. "flew to Syria ... between Turkey and
    Syria" keeps one "Syria" for the claim's "flew to Damascus"; "accused Syria" alone
    is the claim's "Syria", not also its "a charge Damascus denies"."""
    left = list(window)
    for m in claim:
        if m is n:
            continue
        stating = [e for e in left if e.keys & m.keys]
        if not stating:
            continue
        taken = next(
            (e for e in stating if e.role == m.role),
            next((e for e in stating if e.role != n.role), stating[0]),
        )
        left.remove(taken)
    return tuple(left)


def _place_bound(win: _Window, n: Name) -> bool:
    """A claim place the window or its neighbours name is the place of the claim's
    event (:func:`.binding.place_of_event`): a sentence naming it states some of what
    happened, or it is the window's only sentence. A place is a name written right
    after "in", "near", "outside" or "into" in the claim, past a direction ("into
    northern Syria": :func:`.details.place_role`); names of other roles
    (a doer, the one a pronoun stands for, an apposition) and names after "at" (as
    often a company as a place: "the future at PAL") are found wherever they are."""
    reading = config.get().place_reading
    if not reading and _word_before(win.claim.text, n.text) not in _PLACE_ROLES - {"at"}:
        return True  # as before the s30 plA round
    if reading and place_role(win.claim.text, n.text) not in _BOUND_ROLES:
        return True
    if reading and _rival_place(win, n):
        return False  # "sent troops into northern Iraq" beside "... accused Syria"
    own = [p for p in win.parts or [win.ev] if name_found(n, p)]
    if own and len(win.parts) <= 1:
        return True
    if not own and other_place_named(win.facts.names, win.parts or [win.ev], win.story.regions):
        return False  # "to Tanzania where ..." beside "The embassy attack in Kenya"
    lo, hi = win.window
    facts = win.story.facts[win.article_id]
    near = own or [p for p in [facts[0], *facts.span(lo - 2, hi + 2)] if name_found(n, p)]
    if reading and not near and _dateline_city_only(win, n):
        # only the dateline names it ("JOHANNESBURG, South Africa (AP) _"): the city the
        # reporter files from is where the lead's event took place, or what "here" names,
        # not where every later sentence's event did ("will release its report on
        # Thursday", in Pretoria)
        return lo == 0 or any(_HERE.search(t) for t in win.texts())
    return not near or place_of_event(win.claim, near)


_HERE = re.compile(r"\bhere\b", re.IGNORECASE)


def _dateline_city_only(win: _Window, n: Name) -> bool:
    """The claim's place ``n`` is the city of the article's dateline."""
    city = win.story.dateline_city.get(win.article_id)
    return city is not None and bool({w.lower() for w in n.words} & set(city.lower().split()))


def _rival_place(win: _Window, n: Name) -> bool:
    """The window's sentence stating the claim's event (:func:`.binding.event_part`)
    does not name the claim's place ``n`` and puts another in its role ("into northern
    Iraq" for "into northern Syria"; by :func:`.details.place_role`), one the story
    tells apart from it and does not place inside it or around it, after a word of the
    claim ("troops into northern Iraq"; not "his hideout in Syria", another thing's
    place): the event happened there, whatever a neighbour sentence says of ``n``."""
    parts, texts = win.parts or [win.ev], win.texts()
    k = event_part(win.claim, parts) if len(parts) > 1 else 0
    if k is None or len(texts) != len(parts) or name_found(n, parts[k]):
        return False
    role, p, story = place_role(win.claim.text, n.text), parts[k], win.story
    city = story.dateline_city.get(win.article_id)
    if (
        city is not None
        and _head_here(win.claim.text, n.text, texts[k])
        and not _dateline_city_only(win, n)
        and story.distinct_names(list(n.words), city.split())
        and not story.dateline_place(list(n.words), city.split())
    ):
        return True  # "the blast here" (DAR ES SALAAM) for "the blast in Nairobi"
    return any(
        not e.keys & win.claim.facts.words
        and place_role(texts[k], e.text) == role
        and place_head(texts[k], e.text) in win.claim.facts.content
        and story.distinct_names(list(n.words), list(e.words))
        and not story.place_within(n, replace(p, names=(e,)))
        for e in p.names
    )


def _head_here(claim: str, place: str, text: str) -> bool:
    """The word the claim puts in ``place`` ("the blast in Nairobi": "blast") is
    followed by "here" in ``text`` ("the blast here"): the dateline's city is its place."""
    at = claim.find(place)
    words = re.findall(r"[A-Za-z]+", claim[:at]) if at > 0 else []
    while words and words[-1].lower() in PLACE_LEAD | _BOUND_ROLES:
        words.pop()
    if not words or words[-1][:1].isupper():
        return False
    head = canon(words[-1].lower())
    toks = re.findall(r"[A-Za-z]+", text)
    return any(
        canon(a.lower()) == head and b.lower() == "here" for a, b in itertools.pairwise(toks)
    )


_INDEFINITE = re.compile(r"\s+(?:is|was|are|were|remains|became)\s+(?:a|an|one of)\b")


def _described(text: str, n: Name) -> bool:
    """Whether the claim describes the name with an indefinite noun ("Ecevit is a
    center-right leader"): a description many may fit, so another name the window gives
    it ("Ciller, head of the center-right True Path Party") is no rival."""
    at = text.find(n.text)
    return at >= 0 and _INDEFINITE.match(text, at + len(n.text)) is not None


def _subject_details(win: _Window) -> None:
    """Another name as the doer of the claim's main deed: a sentence stating the claim's
    main verb with its object, whose names right before the verb (after it, in a
    passive: "claimed by Eta") share nothing with the claim's doer ("the radical Basque
    group Eta claimed responsibility for the bombing" / "Basque Freedom Army claimed
    responsibility for the bombing")."""
    story, claim, facts = win.story, win.claim, win.facts
    f = claim.frame
    if f is None or f.passive or any(d.status == "conflicts" for d in win.details):
        return
    i = facts.seq.index(f.verb)
    mine = (
        name_run(facts.seq, i, -1, claim.name_words)
        if facts.seq[i - 1] in claim.name_words
        else frozenset()
    )
    doer = next((n for n in facts.names if {canon(w) for w in n.words} & mine), None)
    if (
        doer is None
        or doer.text in claim.peripheral
        or _word_before(claim.text, doer.text) in _PREPOSITIONS
    ):
        return  # "a flood in Kobe killed": a place, not who did it
    reach = config.get().predicate_reach
    for p in win.parts or [win.ev]:
        if f.verb not in p.seq or f.verb not in p.verbs:
            continue  # not the verb as a deed ("killing": its doer is not before it)
        if all(name_keys(w) & p.words or spelled(w.lower(), p.words) for w in doer.words):
            continue  # the claim's doer named, in full or in another spelling
        j = p.seq.index(f.verb)
        # a passive ("claimed by Eta") puts the doer after the verb, the object before
        step = 1 if f.verb in p.passive else -1
        obj = p.seq[j + 1 : j + 2 + reach] if step < 0 else p.seq[max(0, j - 1 - reach) : j]
        if f.obj and not f.obj & set(obj):
            continue  # the verb with another object: another deed
        theirs = _names_beside(p, j, step, 2 * reach)
        other = next((e for e in p.names if {canon(w) for w in e.words} & theirs), None)
        if (
            other is not None
            # (a name's role reads "in" after a comma too: "the group, Eta,")
            and other.role not in _PREPOSITIONS - {"in"}
            and not theirs & mine
            and story.distinct_names(list(doer.words), list(other.words))
        ):
            if _governed(win, other):
                # "The head of the Islamic State released": the name says whose head
                # the doer is, not who: the claim's doer is not stated, nor denied
                win.details.append(Detail("name", "missing", doer.text, ""))
                return
            win.conflict_words.update(mine)
            win.details.append(Detail("name", "conflicts", doer.text, other.text, "who did it"))
            return


_DETERMINERS = frozenset(["the", "a", "an"])


def _governed(win: _Window, name: Name) -> bool:
    """Whether ``name`` follows a preposition and a determiner in the window's text ("of
    the Islamic State", "for the Army"): the complement of a noun, not a doer (a name
    right after a preposition has it as its role already)."""
    if name.role not in _DETERMINERS:
        return False
    lo, hi = win.window
    sents = win.story.sentences[win.article_id][lo : hi + 1]
    for s in sents:
        at = s.text.find(name.text)
        while at >= 0:
            before = s.text[:at].split()
            if len(before) >= 2 and before[-2].lower() in _PREPOSITIONS - {"in"}:
                return True
            at = s.text.find(name.text, at + 1)
    return False


def _word_before(text: str, name: str) -> str:
    """The word right before a name in a text, lower case ("" at the start)."""
    at = text.find(name)
    words = text[:at].split() if at > 0 else []
    return words[-1].lower() if words else ""


def _names_beside(p: Facts, j: int, step: int, reach: int) -> frozenset[str]:
    """The run of name words nearest position ``j`` of a sentence going ``step``, past at
    most ``reach`` other words ("the largest rebel group, Eta"; "Eta, which has vowed to
    cut the highway,"), but not past another verb (its doer)."""
    names = frozenset(canon(w) for e in p.names for w in e.words)
    k, other = j + step, 0
    while 0 <= k < len(p.seq) and p.seq[k] not in names:
        if p.seq[k] in ("^", "$") or p.seq[k] in p.verbs or p.seq[k] in REPORTING_VERBS:
            return frozenset()
        other += p.seq[k] != "_"
        if other > reach:
            return frozenset()
        k += step
    if step < 0 and 0 <= k < len(p.seq) and k + 1 != j and p.seq[k + 1] != "_":
        return frozenset()  # a name before its noun ("Japan's top envoy met") is no doer
    return name_run(p.seq, k - step, step, names)


def _asked_deed_details(win: _Window) -> None:
    """The deed the claim says was asked of someone ("urged Iranians to boycott") that a
    window repeating most of the claim asks of the same one as another deed ("urged
    Iranians to vote"), never naming the claim's: another request. It blocks support
    (``verb``, missing), never contradicts (both may have been asked)."""
    if not win.loose_copy:
        return
    for mine in asked_deeds(win.claim.text):
        if mine.deed in win.ev.content:
            continue
        for text in win.texts():
            other = next(
                (
                    a
                    for a in asked_deeds(text)
                    if a.verb == mine.verb and a.whom == mine.whom and a.deed != mine.deed
                ),
                None,
            )
            if other is not None:
                win.details.append(
                    Detail("verb", "missing", mine.shown, other.shown, "another deed asked")
                )
                return


def _object_details(win: _Window) -> None:
    """The claim's verb stated with another object (a near copy only)."""
    claim, ev, matched, details = win.claim, win.ev, win.matched, win.details
    facts, cf, ef, loose_copy = win.facts, win.cf, win.ef, win.loose_copy
    # the same verb with another object ("ruled out arson" for "ruled out an
    # electrical fault"): not the claim's fact, though not a denial of it either
    for v, o in sorted(facts.pairs) if loose_copy else ():
        # the claim's object stated anywhere in the window ("choked to death on
        # smoke" for "choked on smoke") is the same fact with a word between
        if (
            v in matched
            and o not in ev.content
            and (v, o) not in ev.pairs
            and v not in claim.reporting
        ):
            other = sorted(o2 for v2, o2 in ev.pairs if v2 == v and o2 not in facts.content)
            if other:
                details.append(
                    Detail(
                        "object",
                        "missing",
                        f"{cf.get(v, v)} {cf.get(o, o)}",
                        f"{ef.get(v, v)} {ef.get(other[0], other[0])}",
                    )
                )


def _main_verb_details(win: _Window) -> None:
    """The claim's main verb (or main clause) the window does not state."""
    claim, ev, matched, details = win.claim, win.ev, win.matched, win.details
    facts, cf, ef, active = win.facts, win.cf, win.ef, win.active
    # a window repeating most of the claim's words but not its main verb tells
    # another event about the same things ("the ports reopened" / "the ports were
    # closed"); a looser paraphrase may use another verb for the same event
    # (names and a date shared do not make a near copy of the event: the share
    # counts the claim's other words)
    core_share = len(claim.core & matched) / max(len(claim.core), 1)
    main = claim.main_verb
    instead = (
        other_deed(facts, main, ev)
        if main is not None and main not in matched and main in claim.novel
        else None
    )
    if main is not None and instead is not None:
        # a verb no article uses, where the window does another thing to its object
        # ("rejected a proposal" / "supported the proposal"): another event
        details.append(Detail("verb", "missing", cf.get(main, main), ef.get(instead, instead)))
    elif (
        main is not None
        and main not in matched
        and core_share >= config.get().swap_coverage
        and len(active) >= config.get().verb_check_words
    ):
        details.append(Detail("verb", "missing", cf.get(main, main), ""))
    else:
        # the window states a subordinate or second clause, not the main event
        # ("... asked Italy for asylum after he was detained at Rome airport" / "was
        # picked up on arrival at the airport in Rome"): another fact
        main_words = main_clause_words(claim.text) - claim.reporting - claim.background
        if (
            main not in matched
            and main_words
            and len(main_words & matched) < config.get().support_core * len(main_words)
        ):
            if main is not None:
                details.append(Detail("verb", "missing", cf.get(main, main), "", "main clause"))
            else:
                details.append(Detail("verb", "missing", "the main clause", ""))


def _swapped_word_details(win: _Window) -> None:
    """Another word or name in the place of one of the claim's (a near copy only)."""
    claim, ev, parts, details = win.claim, win.ev, win.parts, win.details
    facts, cf, ef, loose_copy = win.facts, win.cf, win.ef, win.loose_copy
    # another name or modifier in the place of one of the claim's (facts.substitutions):
    # not this fact, but not a denial of it either (a paraphrase can look the same)
    for sub in substitutions(facts, list(parts or [ev])) if loose_copy else ():
        if not _told_by_its_noun(sub.partition(" vs ")[0].split("/"), ev):
            details.append(_swap(sub, "missing", cf, ef))
    # ... or found by aligning the two word sequences, where the claim's word is one
    # no article of the story uses: a detail the claim brings in place of the story's.
    # One sentence that states all the rest of the claim with another word in that
    # slot states the fact differently: a contradiction (config.slot_conflict).
    for p in (parts or [ev]) if claim.novel and loose_copy else ():
        subs = aligned_substitutions(facts, p, claim.novel, ev.content)
        # another word is not a typed detail: a synonym, a hypernym or a rewording
        # looks the same ("exploded" / "blew up"), so it blocks support, never
        # contradicts (contradictions come from figures, dates, names, negation)
        for sub in subs:
            if not _told_by_its_noun(sub.partition(" vs ")[0].split("/"), ev):
                details.append(_swap(sub, "missing", cf, ef))


def _told_by_its_noun(mine: Sequence[str], ev: Facts) -> bool:
    """Claim words a swapped-word finding names ("pay" for "make payments") that the
    window states as their nouns ("payments"): the same word in another form."""
    return all(w in ev.content or nominal_in(w, ev.content) for w in mine)


def _near_copy_details(win: _Window) -> None:
    """A sentence of the window that copies the claim with a word, a name, or two
    parties' places changed."""
    story, ev, parts, details = win.story, win.ev, win.parts, win.details
    conflict_words, facts, cf, ef = win.conflict_words, win.facts, win.cf, win.ef
    # a near copy of one sentence of the window (the window may add a neighbour) with
    # a word, a name, or two names' places changed
    for p in parts or [ev]:
        p_share = copy_share(facts, p)
        done = {d.claim for d in details if d.kind == "word"}
        # a claim name the name-slot test above already judged (found the rival of,
        # or placed): the near copy would say it once more
        judged = [
            {w.lower() for w in d.claim.split()}
            for d in details
            if d.kind == "name" and d.status != "missing"
        ]
        for kind, mine, theirs in (
            near_copy_swaps(facts, p) if p_share >= config.get().near_copy else ()
        ):
            # the words as written ("Lausanne"), not their stems ("lausann"): the
            # story's datelines and articles are read in written words
            if kind == "word" and _told_by_its_noun(mine.split(), p):
                continue  # "pay" / "make payments": the verb told by its noun
            mine_words = [cf.get(w, w) for w in mine.split()]
            theirs_words = [ef.get(w, w) for w in theirs.split()]
            mine_shown = " ".join(mine_words)
            if mine_shown in done:
                continue
            if kind == "name" and any({w.lower() for w in mine_words} <= j for j in judged):
                continue
            theirs_shown = " ".join(theirs_words)
            # only two names in one slot are mutually exclusive; another word is
            # other wording ("frontier" / "border"), a place may hold the other
            # (by the story's datelines: "ZURICH, Switzerland" for "Zurich" /
            # "Switzerland")
            clash = kind == "roles" or (
                kind == "name"
                and story.distinct_names(mine_words, theirs_words)
                and not story.dateline_place(mine_words, theirs_words)
            )
            status = "conflicts" if clash else "missing"
            details.append(Detail(kind, status, mine_shown, theirs_shown))
            if status == "conflicts" and kind != "roles":
                conflict_words.update(mine.split())
        # figures said of one party in the claim and of another in the sentence, the
        # two trading clauses ("Tan ... 5,000, but Cathay ... 8,000"): roles swapped
        for fig, mine, theirs, strict in parties_swapped(facts, p):
            if not any(d.kind == "roles" for d in details):
                details.append(
                    Detail(
                        "roles",
                        "conflicts" if strict else "missing",
                        f"{mine}: {fig}",
                        f"{theirs}: {fig}",
                    )
                )
        # who did what to whom: the claim's names trade places around a shared verb
        for v, who, strict in roles_swapped(facts, p):
            if not any(d.kind == "roles" for d in details):
                x, y = who.split(" / ")
                # two names that trade both places in a near copy are the same deed
                # told the other way round, whichever names sit nearest the verb
                traded = _near_trade(win, v) and _traded(v, x, y, facts, p)
                details.append(
                    Detail(
                        "roles",
                        "conflicts" if strict or traded else "missing",
                        f"{_named(x, facts)} {cf.get(v, v)} {_named(y, facts)}",
                        f"{_named(y, ev)} {ef.get(v, v)} {_named(x, ev)}",
                    )
                )


def _near_trade(win: _Window, verb: str) -> bool:
    """The window repeats ``near_copy`` of the claim's words (``roles_trade`` on): two
    parties trading places there tell the claim's own deed the other way round ("The
    hard-liners won at least 54 places ... and the moderates only 13" for "The
    moderates won ..."); in a looser window the two may belong to two clauses. The
    window must write the verb as the claim does (not "his arrest ... by police" for
    "police arrested him"), with "by" after it in both or in neither: "a plan approved
    by the council" has its doer after the verb, "the council approved" before it."""
    if not config.get().roles_trade or win.repeat_share < config.get().near_copy:
        return False
    form = re.escape(win.cf.get(verb, verb))
    texts = win.texts()
    if not any(re.search(rf"\b{form}\b", t, re.I) for t in texts):
        return False
    by = re.compile(rf"\b{form}\s+by\b", re.I)
    return bool(by.search(win.claim.text)) == any(by.search(t) for t in texts)


def _traded(v: str, x: str, y: str, claim: Facts, part: Facts) -> bool:
    """``x`` stands before the verb ``v`` in the claim and after it in ``part``, ``y``
    the other way: both parties moved, not one name said again elsewhere."""
    if v not in claim.seq or v not in part.seq:
        return False
    i, j = claim.seq.index(v), part.seq.index(v)
    if (v in claim.passive) != (v in part.passive):
        return False
    return (
        x in claim.seq[:i]
        and y in claim.seq[i + 1 :]
        and x in part.seq[j + 1 :]
        and y in part.seq[:j]
        and x not in part.seq[:j]
        and y not in part.seq[j + 1 :]
    )


def _named(w: str, f: Facts) -> str:
    """A name word as a reader writes it: with its capital even where the sentence opens
    on it ("Syria massed", never "syria massed")."""
    shown = f.forms.get(w, w)
    return shown[:1].upper() + shown[1:] if w in f.name_canons else shown


def _predicate_details(win: _Window) -> None:
    """Another predicate or a plan binding the claim's participants, or who did what
    the other way (:mod:`.predicate`)."""
    claim, ev, parts, matched = win.claim, win.ev, win.parts, win.matched
    details, facts, cf, ef = win.details, win.facts, win.cf, win.ef
    # the main predicate (predicate.py): a sentence binding the claim's participants
    # with another verb or a plan ("lost a confidence vote" for "survived ...", "is
    # ready to give up" for "has given up") states another event; one stating a claim
    # verb with its participants on the other sides says who did what the other way
    reach = config.get().predicate_reach
    if config.get().predicate_rival and not any(
        d.kind in ("verb", "plan") or d.status == "conflicts" for d in details
    ):
        # the main verb, and (predicate_rival 1) every verb of the claim that no
        # article of the story uses: the story never states that predicate, so a
        # sentence binding its participants with another states another event
        # (frame, strict): see predicate.rival_predicate
        frames = [
            (f, f.verb not in claim.novel)
            for f in claim.verb_frames
            if f.verb not in matched
            and (f.verb in claim.novel or (config.get().predicate_rival >= 2 and f is claim.frame))
        ]
        short = None
        if (
            config.get().predicate_short
            and claim.frame is not None
            and claim.frame.verb not in matched
            and claim.frame.verb not in claim.novel
            and not claim.frame.passive  # a passive often leaves its doer unsaid
            and len(win.active) < config.get().verb_check_words
        ):
            # a short claim's main verb, which the share test of _main_verb_details does
            # not reach: another verb binding its subject and object states another deed
            short = claim.frame
        if (
            config.get().predicate_bind
            and claim.frame is not None
            and claim.frame.verb in matched
            and len(parts) > 1
        ):
            # the main verb stated only in another sentence of the window than one
            # that binds its subject and object with another verb ("killed 11 people"
            # beside "the most seriously injured" for "wounded 11 people")
            frames.append((claim.frame, True))
        rival = next(
            (
                (f, found)
                for f, strict in frames
                for p in parts or [ev]
                if (found := rival_predicate(f, facts, p, reach, strict)) is not None
            ),
            None,
        )
        if rival is None and short is not None:
            rival = next(
                (
                    (short, found)
                    for p in parts or [ev]
                    if (found := rival_predicate(short, facts, p, reach, True, True)) is not None
                ),
                None,
            )
            if rival is not None and win.story.frame_stated(short, reach):
                rival = None  # the story's own predicate: the other verb is wording
        if rival is None and claim.frame is not None:
            # a done deed the window never states, its participants bound by a plan
            planned = planned_binding(claim.frame, facts, parts or [ev], matched, reach)
            rival = None if planned is None else (claim.frame, ("plan", planned))
        if rival is not None:
            f, (kind, w) = rival
            shown = ef.get(w, w) + (" (planned)" if kind == "plan" else "")
            note = ANOTHER_PREDICATE if kind == "verb" else "a plan, not a deed"
            details.append(Detail(kind, "missing", cf.get(f.verb, f.verb), shown, note))
    if not any(d.kind in ("verb", "plan") for d in details) and unannounced(claim.events, ev):
        # an announcement the window never makes
        said = canon("announced")
        details.append(Detail("verb", "missing", cf.get(said, "announced"), "", "not announced"))
    elif not any(d.kind in ("verb", "plan") for d in details) and (
        put_off := announcement_put_off(claim.events, ev, win.texts())
    ):
        # an announcement the window names only as put off or planned
        said = canon("announced")
        details.append(Detail("plan", "missing", cf.get(said, "announced"), put_off, "not done"))
    if config.get().predicate_roles and not any(d.kind == "roles" for d in details):
        # a demonym or a city stands for its country on either side of the verb
        regions = win.story.regions if config.get().roles_names else None
        moved = next(
            (
                (vf, turned)
                for vf in claim.verb_frames
                for p in parts or [ev]
                if (turned := roles_moved(vf, facts, p, reach, regions)) is not None
            ),
            None,
        )
        if moved is not None:
            vf, (who, doer) = moved
            # roles_moved reads a trade (the claim's doer after the verb, one of its
            # objects before it): in a near copy that is the deed the other way round
            details.append(
                Detail(
                    "roles",
                    "conflicts" if _near_trade(win, vf.verb) else "missing",
                    f"{cf.get(who, who)} {cf.get(vf.verb, vf.verb)}",
                    f"{ef.get(doer, doer)} {ef.get(vf.verb, vf.verb)}",
                    "who did what",
                )
            )


def _agent_details(win: _Window) -> None:
    """The claim's participle given another doer by a sentence of the window, one the
    claim names elsewhere ("a plan proposed by the union" / "a management-proposed plan",
    :func:`.predicate.agent_swapped`): who did what turned round (``agent_compounds``)."""
    if not config.get().agent_compounds or any(d.kind == "roles" for d in win.details):
        return
    lo, hi = win.window
    for s in win.story.sentences[win.article_id][lo : hi + 1]:
        swapped = agent_swapped(win.claim.text, win.facts, s.text)
        if swapped is not None:
            win.details.append(Detail("roles", "conflicts", swapped[0], swapped[1], "who did it"))
            return


def _converse_details(win: _Window) -> None:
    """The claim read through its converse verb ("X lost to Y" is "Y defeated X",
    :func:`.predicate.converse`) against a sentence that tells the deed with the two
    names the other way round ("X defeated Y"): the winner and the loser swapped."""
    if any(d.kind == "roles" for d in win.details):
        return
    turned = converse_facts(win.claim.text, win.story.proper)
    if turned is None:
        return
    for p in win.parts or [win.ev]:
        for v, who, strict in roles_swapped(turned, p):
            x, y = who.split(" / ")
            # as in _near_copy_details: both parties trading places in a near copy
            traded = (
                config.get().roles_trade
                and win.repeat_share >= config.get().near_copy
                and _traded(v, x, y, turned, p)
            )
            win.details.append(
                Detail(
                    "roles",
                    "conflicts" if strict or traded else "missing",
                    f"{_named(x, turned)} {turned.forms.get(v, v)} {_named(y, turned)}",
                    f"{_named(y, win.ev)} {win.ef.get(v, v)} {_named(x, win.ev)}",
                    "who won",
                )
            )
            return


def _deed_role_details(win: _Window) -> None:
    """A sentence of the window that states one of the claim's deeds with its doer and
    the one it was done to read from the written words, in any form (active, passive,
    "by", a possessor's deed: :func:`.roles.roles_traded`), the claim's two names
    each in the other's role: the deed the other way round conflicts; one name alone in
    the other role only blocks support (``roles_deed``)."""
    if not config.get().roles_deed or any(d.kind == "roles" for d in win.details):
        return
    regions = win.story.regions if config.get().roles_names else None
    for text in win.texts():
        found = roles_traded(win.claim.text, text, regions)
        if found is None:
            continue
        mine, theirs, both = found
        win.details.append(
            Detail(
                "roles",
                "conflicts" if both else "missing",
                _deed_shown(mine, win.claim.text),
                _deed_shown(theirs, text),
                "who did what to whom",
            )
        )
        return


def _deed_shown(d: Deed, text: str) -> str:
    """A deed as a reader reads it: "Syria accuses Turkey" (the names as the sentence
    writes them, "someone" where it names none)."""
    words = [re.sub(r"['’]s$", "", w) for w in re.findall(r"[A-Za-z][\w.'’-]*", text)]

    def named(keys: frozenset[str], done_to: bool = False) -> str:
        shown = [w.rstrip(".") for w in words if w[:1].isupper() and word_keys(w) & keys]
        # a party named by a pronoun ("he accused ...", "... accuse him")
        shown += [_PRONOUN_SHOWN[k][done_to] for k in sorted(keys) if k in _PRONOUN_SHOWN]
        return " ".join(dict.fromkeys(shown)) or "someone"

    if d.not_doer:  # "rejected by Intuit, not by the Justice Department"
        return f"{d.shown} by {named(d.doer)}, not by {named(d.not_doer)}"
    given = f" to {named(d.receiver)}" if d.receiver else ""
    done_to = named(d.undergoer, True) if d.undergoer or not given else "it"
    return f"{named(d.doer)} {d.shown} {done_to}{given}"


# a pronoun party key (:mod:`.roles`) as a reader reads it: as the doer, as done to
_PRONOUN_SHOWN = {"#he": ("he", "him"), "#she": ("she", "her"), "#they": ("they", "them")}


# "Archbishop Desmond Tutu, who chaired the commission": a name, a comma, "who" and a
# verb (an adverb may come between): the relative clause's deed is the name's.
_RELATIVE_DOER = re.compile(
    r"((?:[A-Z][\w.'-]*\s+)*[A-Z][\w.'-]*)\s*,\s*who\s+(?:[a-z]+ly\s+)?([a-z]+)"
)


def _relative_doer_details(win: _Window) -> None:
    """The claim's main verb stated by the window only in a relative clause of a name
    the claim's doer does not have ("Desmond Tutu, who chaired the commission" for
    "Nelson Mandela chairs the commission"): another holder's deed. It blocks support
    (``missing``); it never contradicts (two people may both have done it)."""
    if any(d.kind == "roles" for d in win.details):
        return
    # the main verb, or for a claim with none found ("Nelson Mandela chairs the
    # commission": a present tense) the stated word right after its doer's name
    verb = win.claim.main_verb or _after_doer(win.facts)
    if verb is None or verb not in win.matched:
        return
    doer = _claim_doer(win.facts, verb)
    if not doer:
        return
    others: list[str] = []
    for text, said in zip(win.texts(), win.reads(), strict=True):
        told = [m for m in _RELATIVE_DOER.finditer(text) if canon(m.group(2)) == verb]
        holders = [m for m in told if not {canon(w.lower()) for w in m.group(1).split()} & doer]
        if len(holders) < len(told):
            return  # the claim's doer is the one who did it
        # the verb said elsewhere in the sentence (its own doer's clause) decides nothing
        own = sum(1 for w in said[0] if canon(w.lower()) == verb)
        if own > len(holders):
            return
        others.extend(m.group(1) for m in holders)
    if others:
        cf = win.cf
        win.details.append(
            Detail(
                "roles",
                "missing",
                f"{' '.join(_named(w, win.facts) for w in win.facts.seq if w in doer)} "
                f"{cf.get(verb, verb)}",
                f"{others[0]} {win.ef.get(verb, verb)}",
                "another doer",
            )
        )


def _after_doer(facts: Facts) -> str | None:
    """The claim's first word when its sentence opens with a name run and goes straight
    on to it ("Nelson Mandela chairs ..."): what the named doer does."""
    seq = facts.seq
    k = 1 if seq[:1] == ("^",) else 0
    start = k
    while k < len(seq) and seq[k] in facts.name_canons:
        k += 1
    if k == start or k >= len(seq) or seq[k] in ("^", "$", "#n", "#d", "_"):
        return None
    return seq[k]


def _claim_doer(facts: Facts, verb: str) -> frozenset[str]:
    """The claim's name words nearest before its main verb: who the claim says did it
    (none for a passive, whose doer comes after)."""
    seq = facts.seq
    if verb not in seq or verb in facts.passive:
        return frozenset()
    i = seq.index(verb)
    run: set[str] = set()
    for w in reversed(seq[:i]):
        if w in facts.name_canons:
            run.add(w)
        elif run or w in ("^", "$", "_"):
            break
    return frozenset(run)


def _place_details(win: _Window) -> None:
    """A place bound to the claim's main verb against the place the window binds to the
    same verb ("started in the main warehouse" / "started in a storage shed ... and spread
    to the main warehouse": the warehouse is where it spread); and what a claim without
    a main verb says its subject is ("the cause was arson"), which the window must state
    ("the cause of the fire was still under investigation": the same subject said to be
    another thing). Both block
    support (``missing``); neither contradicts: other words are no typed conflict."""
    claim, details = win.claim, win.details
    lo, hi = win.window
    texts = [s.text for s in win.story.sentences[win.article_id][lo : hi + 1]]
    verb = claim.main_verb
    capital = capital_place(claim.text) if config.get().place_reading else None
    if capital is not None and not capital_stated(
        texts, (w for n in win.ev.names for w in n.words), win.story.capitals
    ):
        # "in the Swedish capital" against "in Sweden's second-largest city" or a
        # Swedish dateline: which city is the capital, only the story could say
        details.append(Detail("place", "missing", capital, "", "a capital not named"))
        return
    # where the deed went: "flew to Damascus on Sunday" states no trip to Ankara,
    # whatever a neighbouring sentence says of Ankara (the claim's done verbs where
    # it has no main verb found)
    for v in [verb] if verb is not None else sorted(claim.events):
        went = win.other_destination(v, "")
        if went is not None:
            details.append(
                Detail("place", "missing", went[0].text, went[1].text, "another place of the deed")
            )
            return
    if verb is not None:
        mine = verb_place(claim.text, verb)
        if mine is not None:
            for text in texts:
                theirs = verb_place(text, verb)
                if theirs is not None and not mine[1] & theirs[1]:
                    details.append(
                        Detail("place", "missing", mine[0], theirs[0], "another place of the deed")
                    )
                    return
        return
    said = copula_complement(claim.text)
    if said is None or said[2] & (win.ev.content | win.restated):
        return
    for text in texts:
        # the same subject said to be something else in the window ("the cause of the
        # fire was still under investigation")
        other = copula_complement(text)
        if other is not None and said[0] & other[0] and not said[2] & other[2]:
            details.append(Detail("verb", "missing", said[1], other[1], "said to be otherwise"))
            return


def _modifier_details(win: _Window) -> None:
    """A compound modifier bound to its head and name (:func:`.details.modifier_check`):
    "center-left" in a window is no evidence for "a center-right leader"."""
    claim = win.claim
    texts = win.texts()
    parts = win.parts if len(win.parts) == len(texts) else [win.ev] * len(texts)
    theirs = [m for t, p in zip(texts, parts, strict=True) for m in modifiers(t, p.names)]
    for d in modifier_check(modifiers(claim.text, claim.facts.names), theirs):
        win.details.append(d)
        if d.status == "conflicts":
            win.conflict_words.update(
                c
                for c in claim.facts.content
                if c in {canon(w) for w in d.claim.split()[0].split("-")}
            )


def _wished_details(win: _Window) -> None:
    """A claim word the window states only inside a quotation of what its speaker
    demands, asks or hopes for (:func:`.details.wished_quotes`): the wish is no report
    of the deed, so the word is not stated (``plan``, missing: never a conflict, since
    the deed may still have happened)."""
    texts = win.texts()
    wished = [q for t in texts for q in wished_quotes(t)]
    if not wished or states_a_wish(win.claim.text):
        return  # (a claim reporting the demand or the question is compared as written)
    inside = content_of(" ".join(wished))
    rest = " ".join(texts)
    for q in wished:
        rest = rest.replace(q, " ")
    only = (win.matched & inside) - content_of(rest)
    if only:
        cf = win.cf
        said = " ".join(sorted(cf.get(c, c) for c in only))
        win.details.append(Detail("plan", "missing", said, "", "only asked for in a quote"))


def _plan_details(win: _Window) -> None:
    """A deed the claim states as done that the window states only as a plan."""
    claim, ev, matched, details = win.claim, win.ev, win.matched, win.details
    conflict_words, facts, cf, ef = win.conflict_words, win.facts, win.cf, win.ef
    share = win.repeat_share
    # a plan stated as a done deed: the claim says "traveled", the window "will travel"
    for v in sorted(claim.events & matched & facts.realis - facts.irrealis):
        if config.get().present_states and _present_state(claim.text, cf.get(v, v)):
            continue  # "the museum is closed until Thursday": a state, no deed done
        if v in ev.irrealis and v not in ev.realis and not _done_participle(win, ef.get(v, v)):
            # a near copy saying "would detain" for "detained" states the plan
            # instead; elsewhere the plan may be another report of the same deed. A plan
            # to go elsewhere ("might send forces into Syria" / "sent troops into
            # northern Iraq") is another deed, and a rumour ("stoking speculation that
            # he'd ask") no one's plan: they block support, never contradict
            elsewhere = win.other_destination(v, "plan")
            rumour = _rumoured(win, ef.get(v, v))
            condition = _conditional(win, ef.get(v, v))
            near = (
                share >= config.get().near_copy
                and elsewhere is None
                and not rumour
                and not condition
            )
            # one source's one statement told as a plan: "A Kurdish news agency said
            # he would ask" against the claim's "A Kurdish news agency said Ocalan had
            # already asked" (not where the two statements were made on other days)
            reported = (
                not near
                and config.get().plan_same_report
                and elsewhere is None
                and not rumour
                and not condition
                and not any(d.note.startswith("said on") for d in details)
                and same_report(claim.text, win.texts(), ef.get(v, v))
            )
            status = "conflicts" if near or reported else "missing"
            note = (
                "another place of the deed"
                if elsewhere is not None
                else "a rumour, not a plan"
                if rumour
                else "a condition, not a deed"
                if condition
                else "the same source's report"
                if reported
                else ""
            )
            shown = _plan_phrase(win, ef.get(v, v))
            details.append(Detail("plan", status, cf.get(v, v), shown, note))
            conflict_words.add(v)
            break
        if (
            config.get().plan_infinitive
            and not (parse_enabled() and config.get().parse_plan)
            and v not in ev.realis
            and v == win.claim.main_verb
        ):
            # the window names the main deed only as an infinitive another word
            # governs ("necessary to extradite"): something needed or meant, not done
            # (word order only: the parse, where it is on, reads what governs the verb)
            meant = only_governed(win.texts(), v)
            if meant is not None:
                details.append(Detail("plan", "missing", cf.get(v, v), meant, "not done"))
                break


def _plan_phrase(win: _Window, written: str) -> str:
    """The window's words from the plan word to the deed ("would detain", "planned to
    meet"), so a reader sees what makes the deed a plan; the bare verb marked
    "(planned)" where the words are not found as written."""
    words = "|".join(sorted(PLAN_WORDS))
    pattern = re.compile(
        rf"\b(?:{words}|\w+['’]d)\b(?:\s+[\w'’-]+){{0,2}}?\s+{re.escape(written)}\b", re.I
    )
    for t in win.texts():
        found = pattern.search(t)
        if found is not None:
            return f"{found.group(0)} (planned)"
    return f"{written} (planned)"


# A plan word as a noun, after its determiner and at most one modifier ("a U.S.-British
# plan"), then a participle with its doer: "a plan approved by the U.N."
_PLAN_NOUN = r"\b(?:a|an|the|its|their|his|her|this|that)\s+(?:[\w.-]+\s+)?(?:plans?|proposals?)\s+"


# Words of a rumour: the clause after them is what others guess, no one's plan or deed.
_RUMOUR = re.compile(r"\b(?:speculation|speculated|rumou?rs?|rumou?red)\b[^.;:]*?\b", re.I)


# "if" / "unless" and the words of its clause up to the verb: a condition, neither
# stated nor denied.
_CONDITION = re.compile(r"\b(?:if|unless)\b[^.;:,]*?\b", re.I)


def _conditional(win: _Window, written: str) -> bool:
    """Every use of the verb in the window is inside a condition ("would cut the budget
    if the grant was rejected"): no one says it happened, and no one says it did not."""
    pattern = re.compile(_CONDITION.pattern + re.escape(written) + r"\b", re.I)
    uses = [len(re.findall(rf"\b{re.escape(written)}\b", t, re.I)) for t in win.texts()]
    conditions = [len(pattern.findall(t)) for t in win.texts()]
    return sum(uses) > 0 and uses == conditions


def _rumoured(win: _Window, written: str) -> bool:
    """Every use of the verb in the window is inside a rumour ("stoking speculation that
    he'd ask the center-left leader to form a new government")."""
    uses = [len(re.findall(rf"\b{re.escape(written)}\b", t, re.I)) for t in win.texts()]
    pattern = re.compile(_RUMOUR.pattern + re.escape(written) + r"\b", re.I)
    rumours = [len(pattern.findall(t)) for t in win.texts()]
    return sum(uses) > 0 and rumours == uses


# "two men wanted in the bombing", "wanted for questioning": sought, no wish or plan
_WANTED_IN = r"\bwanted\s+(?:in|for)\s+(?:the\s+|a\s+|an\s+)?(?:[\w.-]+\s+)?"


def _done_participle(win: _Window, written: str) -> bool:
    """The verb is a participle after a plan word used as a noun ("under a plan approved
    by the U.N."): it says the plan was approved, a deed done, not a plan of approving;
    or the deed someone is "wanted in" ("two men wanted in the bombing"): sought for a
    deed done, no wish of it."""
    w = re.escape(written)
    pattern = re.compile(rf"{_PLAN_NOUN}{w}\s+by\b|{_WANTED_IN}{w}\b", re.I)
    return any(pattern.search(t) for t in win.texts())


def _present_state(text: str, written: str) -> bool:
    """The participle follows a present "is"/"are" ("is closed", "are still banned"): it
    says how things stand, which a plan ("will stay closed") does not deny."""
    return (
        re.search(
            rf"\b(?:is|are|remains?)\s+(?:\w+ly\s+|still\s+|now\s+)?{re.escape(written)}\b",
            text,
            re.I,
        )
        is not None
    )


def _negation_details(win: _Window) -> None:
    """The claim denies what the window asserts, or asserts what it denies."""
    claim, ev, parts, matched = win.claim, win.ev, win.parts, win.matched
    details, facts, cf, ef = win.details, win.facts, win.cf, win.ef
    share = win.repeat_share
    # a flipped negation denies the claim where the window states most of it; in a
    # looser one it may be another clause's ("refused to allow" / "were allowed")
    neg_status = "conflicts" if share >= config.get().negation_conflict else "missing"
    # a deed the claim tells as done that the window states only as a charge ("accused
    # Syria of sheltering rebels" for "Syria sheltered the rebels"): one side's claim
    told = claim.events & matched - facts.negated
    if told and not facts.negated:
        charged, charge = _charges(win.reads())
        if told <= charged and not told <= _charges([read(claim.text)])[0]:
            w = min(told)
            details.append(Detail("charge", "missing", cf.get(w, w), f"{charge} of it", CHARGE))
    agreed = _prefix_negation_details(win)
    # negation: the claim denies what the evidence asserts, or the other way round
    # ("could not detain him" neither states nor denies an arrest: see negation.py)
    if facts.negated - agreed and not (facts.negated & ev.negated):
        # an evidence window with a negation of its own ("not a party" for "no
        # part") may say the same in other words, but only where it never asserts the
        # claim's negated word: "came as no surprise since most moderates had been
        # dropped" states the dropping as done, in a clause of its own ("not dropped" is
        # denied, whatever else the window negates); "has no power to hear" asserts no
        # hearing, and a noun ("for its own part") is no deed stated
        denied = facts.negated & ev.content
        if ev.negated:
            denied = frozenset(w for w in denied if w in ev.realis and _asserted(win.texts(), w))
        w = min(denied or facts.negated)
        charged, charge = _charges(win.reads())
        if denied and denied <= charged:
            # "Syria denied supporting rebels" / "Turkey accuses Syria of supporting
            # rebels": the denial against the charge it answers, two sides' claims
            denial = _first_negator(claim.text)
            details.append(Detail("negation", "missing", denial, charge, TWO_SIDES))
        elif denied and not denied <= facts.modal:
            # a denial of a synonym ("no U.N. authority" / "officials") is no denial
            # of the same word: it blocks support, never contradicts
            status = neg_status if _one_word(win, w) else "missing"
            phrase = _phrase_denial(win, w, claim_denies=True)
            mine, theirs = phrase or (f"not {cf.get(w, w)}", ef.get(w, w))
            details.append(Detail("negation", status, mine, theirs))
        elif denied and _same_mood(win, w):
            # "would not insist" / "would insist": the one statement of intent, negated
            status = neg_status if _one_word(win, w) else "missing"
            details.append(Detail("negation", status, f"not {cf.get(w, w)}", ef.get(w, w)))
        elif denied:
            details.append(Detail("negation", "missing", f"could not {cf.get(w, w)}", ef.get(w, w)))
        elif ev.negated and len(parts) <= 1 and _same_denier(win):
            # the window denies something of its own and never asserts the claim's
            # negated word: the same denial in other words ("not a party to the
            # dispute" for "no part in the dispute"), in one sentence (a neighbour's
            # denial is another fact's); coverage decides the rest
            x = min(ev.negated)
            details.append(
                Detail("negation", "agrees", f"not {cf.get(w, w)}", f"not {ef.get(x, x)}")
            )
        else:
            details.append(Detail("negation", "missing", f"not {cf.get(w, w)}", ""))
    # "officials have not said": a report not given denies nothing of the event
    flipped = (ev.negated - facts.negated) & matched - claim.reporting - REPORTING_VERBS
    if not (facts.negated & ev.negated) and flipped:
        w = min(flipped)
        charged, charge = _charges([read(claim.text)])
        if flipped <= charged:
            # the claim's charge against the window's denial of it: two sides' claims
            denial = _first_negator(" ".join(win.texts()))
            details.append(Detail("negation", "missing", charge, denial, TWO_SIDES))
        elif flipped <= ev.modal and not _same_mood(win, w):
            details.append(
                Detail(
                    "negation",
                    "missing",
                    cf.get(w, w),
                    f"could not {ef.get(w, w)}",
                    "could not",
                )
            )
        else:
            # a denial of a predicate: the negated word is one the claim states as
            # done ("had been found"), not a noun ("neither trial") or a word under
            # another verb ("under pressure to accept a plan")
            # ... or one the claim says under the very modal or future word the window
            # negates ("will implicate" / "will not implicate": the same plan denied)
            # ... or a thing the window denies by a determiner after the claim's own
            # verb ("had no sprinklers" / "had sprinklers": the statement denied)
            phrase = _phrase_denial(win, w, claim_denies=False)
            own = (
                neg_status == "conflicts"
                and (
                    any(x in facts.realis or past_form(facts.forms.get(x, x)) for x in flipped)
                    or _same_mood(win, w)
                    or phrase is not None
                )
                and _one_word(win, w)
            )
            # "never sent troops into Syria" denies nothing of troops sent into Iraq
            elsewhere = win.other_destination(w, "not")
            status = "conflicts" if own and elsewhere is None else "missing"
            note = "another place of the deed" if elsewhere is not None else ""
            if status == "conflicts" and other_doer(claim.text, win.texts(), w):
                # "Cardoso's rivals won" / "his allies failed to win": another party
                status, note = "missing", "another doer"
            mine, theirs = phrase or (cf.get(w, w), f"not {ef.get(w, w)}")
            details.append(Detail("negation", status, mine, theirs, note))


def _phrase_denial(win: _Window, w: str, claim_denies: bool) -> tuple[str, str] | None:
    """The claim's phrase and the window's where one side denies the thing ``w`` by a
    determiner the other states after the same verb ("had sprinklers" / "had no
    sprinklers", :func:`.negation.phrase_negation`); None elsewhere or with
    ``config.negation_phrase`` off. Why: such a "no" denies the clause, not a word."""
    if not config.get().negation_phrase:
        return None
    if not claim_denies and _asserted(win.texts(), w):
        return None  # "the old one had no sprinklers, but the new one had sprinklers"
    c = read(win.claim.text)
    mine = (c[0], c[1], c[2])
    for text in win.texts():
        r = read(text)
        theirs = (r[0], r[1], r[2])
        if claim_denies:
            found = phrase_negation(theirs, mine, w)
            if found is not None:
                return found[1], found[0]
        else:
            found = phrase_negation(mine, theirs, w)
            if found is not None:
                return found
    return None


# Words that open a clause of its own: a negation before them does not reach past them
# ("came as no surprise since most moderates had been dropped").
_OWN_CLAUSE = frozenset(
    "since because although though while whereas but after before when".split()
) | frozenset(",;:")


def _asserted(texts: Sequence[str], w: str) -> bool:
    """A sentence states the word ``w`` (canonical) with no negation before it in its
    own clause: asserted, not denied ("had been dropped" after "no surprise since")."""
    for text in texts:
        _, toks, canons, _ = read(text)
        for i, c in enumerate(canons):
            if c != w:
                continue
            k = i - 1
            while k >= 0 and toks[k] not in _OWN_CLAUSE and not is_negator(toks[k]):
                k -= 1
            if k < 0 or toks[k] in _OWN_CLAUSE:
                return True
    return False


def _prefix_negation_details(win: _Window) -> frozenset[str]:
    """A prefixed adjective against its base word on the other side ("unhappy" / "very
    happy" conflict, "unhappy" / "not happy" agree: :func:`.negation.prefix_negations`).
    Returns the claim's negated words such an agreement accounts for.

    The prefixed word is the base's only mention, so it counts as repeated in the share
    that lets a negation conflict."""
    claim, ev, details, cf, ef = win.claim, win.ev, win.details, win.cf, win.ef
    own = read(claim.text)
    reads = win.reads()
    mine = prefix_negations(own[1], own[2], reads)
    theirs: dict[str, str] = {}
    for r in reads:
        theirs |= prefix_negations(r[1], r[2], [own])
    share = (len(win.matched) + 1) / max(len(claim.facts.content), 1)
    status = "conflicts" if share >= config.get().negation_conflict else "missing"
    agreed: set[str] = set()
    for p, b in sorted(mine.items()):
        if b in ev.negated:
            win.matched |= {p}  # the same denial in other words: the word is stated
            win.restated.add(p)
            details.append(Detail("negation", "agrees", cf.get(p, p), f"not {ef.get(b, b)}"))
        else:
            win.conflict_words.add(p)
            details.append(Detail("negation", status, cf.get(p, p), ef.get(b, b)))
    for p, b in sorted(theirs.items()):
        if b in claim.facts.negated:
            agreed.add(b)
            win.matched |= {b}
            win.restated.add(b)
            details.append(Detail("negation", "agrees", f"not {cf.get(b, b)}", ef.get(p, p)))
        elif b not in mine.values():
            win.conflict_words.add(b)
            details.append(Detail("negation", status, cf.get(b, b), ef.get(p, p)))
    return frozenset(agreed)


# Kinds of detail a near copy may give otherwise than the claim (one changed detail).
_DISPUTED = frozenset(["negation", "outcome", "plan", "roles", "verb", "word", "object"])
_WORDS = re.compile(r"[A-Za-z][\w'.-]*")
_DISPUTES: WeakKeyDictionary[
    Story, dict[tuple[str, dt.date | None, config.Config], tuple[Detail, ...]]
] = WeakKeyDictionary()


def story_disputes(story: Story, claim: Claim) -> tuple[Detail, ...]:
    """What the story's near copies of the claim give otherwise (read once per claim).

    An altered claim is a near copy of one sentence of the story with one detail changed:
    where a sentence repeats ``dispute_share`` of the claim's content words, does not
    support it and puts another value, verb, plan, role or polarity in place of the
    claim's (a conflicting detail, or a missing one the sentence fills otherwise), that
    detail is disputed by the story itself, unless a near copy that supports the claim
    states the claim's side of it (the claim's own source, an outlet repeating it).
    Recorded as the near copy's own :class:`~newsbrief.model.Detail`."""
    key = (claim.text, claim.published, config.get())
    per_story = _DISPUTES.setdefault(story, {})
    got = per_story.get(key)
    if got is not None:
        return got
    content = claim.facts.content
    found: list[Detail] = []
    holding: list[tuple[Window, Check]] = []  # near copies that support the claim
    for a in story.articles:
        for k, words in enumerate(story.content.get(a.id, ())):
            if len(content & words) < config.get().dispute_share * max(len(content), 1):
                continue
            window = window_facts(story, a.id, k, k)
            check = check_window(story, claim, window, disputes=False)
            if check.supports:
                holding.append((window, check))
                continue
            if config.get().story_disputes >= 2:
                # also a detail the near copy leaves out where it has another word
                found.extend(
                    d
                    for d in check.details
                    if d.kind in _DISPUTED
                    and d.status == "missing"
                    and d.evidence
                    and d.note != "peripheral"
                )
            if check.contradicts:
                found.extend(d for d in check.conflicts if d.kind in _DISPUTED)
    got = per_story[key] = tuple(
        d
        for d in dict.fromkeys(found)
        if not any(
            claim_side_stated(claim, w.ev, w.parts, _matched_words(claim, w.ev)[0], c.details, d)
            for w, c in holding
        )
    )
    return got


def claim_side_stated(
    claim: Claim,
    ev: Facts,
    parts: Sequence[Facts],
    matched: frozenset[str],
    details: Sequence[Detail],
    d: Detail,
) -> bool:
    """The window states the claim's side of a disputed detail as the claim does: a
    figure or a date agreeing with the claim's; its words (a name by any key), as done
    for a plan, with the claim's polarity for a negation; for roles, a sentence with the
    claim's main verb between its subject and its object, in the claim's order."""
    if d.kind in ("number", "date"):
        return any(
            x.kind == d.kind and x.claim == d.claim and x.status == "agrees" for x in details
        )
    said = d.claim[4:] if d.claim.startswith("not ") else d.claim
    stems = [canon(w.lower()) for w in _WORDS.findall(said)]
    stems = [w for w in stems if w in claim.facts.content]
    if not stems or not all(w in matched for w in stems):
        return False
    if d.kind == "plan":
        return all(w in ev.realis for w in stems)
    if d.kind == "negation":
        denied = d.claim.startswith("not ")
        return all((w in ev.negated) == denied for w in stems)
    if d.kind == "roles":
        f = claim.frame
        return f is None or any(
            states_roles(f, p, config.get().predicate_reach) for p in parts or [ev]
        )
    return True


def _disputed_details(win: _Window) -> None:
    """A detail the story's near copy of the claim gives otherwise (:func:`story_disputes`)
    that this window does not state as the claim does: the window, which repeats less
    of the claim, cannot tell which version it reports, so it does not support the
    claim (``missing``; never a conflict: the near copy itself contradicts)."""
    have = {(d.kind, d.claim) for d in win.details if d.status != "agrees"}
    for d in story_disputes(win.story, win.claim):
        if (d.kind, d.claim) in have or claim_side_stated(
            win.claim, win.ev, win.parts, win.matched, win.details, d
        ):
            continue
        note = f"another article: {d.evidence}" if d.evidence else "another article differs"
        win.details.append(Detail(d.kind, "missing", d.claim, d.evidence, note))
        return


# The note of a detail the window leaves out and the article states elsewhere, bound
# to the claim's event (:func:`_elsewhere_details`).
ELSEWHERE = "elsewhere"
_SPREAD_KINDS = ("number", "date", "name")


def _elsewhere_details(win: _Window) -> None:
    """A figure, date or name of the main event that the window leaves out, looked for in
    the article's other sentences: a wire story states the event in one sentence and its
    day, place or toll in the lead or a later paragraph. Only where nothing else keeps
    the window from supporting (no conflict; every blocking detail a figure, date or
    name the window does not state), and only in sentences that state one of the
    claim's deeds (:func:`.binding.deeds`) or the verb the detail hangs on in the
    claim. A value bound to the claim's event there
    (:func:`.binding.date_of_event`, :func:`.binding.figure_of_event`; a name, found)
    agrees, noted ``elsewhere`` with its sentence's span; another value bound to the
    same event, with none agreeing, conflicts (an altered claim's day against the
    lead's); both, or a value of another deed, leave the detail missing. The window
    must state the claim's main deed, and only a place ("at Kesser Point") is taken
    from elsewhere, never a person or a party (who did it, to whom: the event itself,
    not a detail of it)."""
    details = win.details
    blocking = [d for d in details if d.status == "missing" and d.note != "peripheral"]
    if not blocking or any(d.status == "conflicts" for d in details):
        return
    if any(d.kind not in _SPREAD_KINDS or d.note for d in blocking):
        return
    claim, story, aid = win.claim, win.story, win.article_id
    verbs = deeds(claim)
    main = {claim.main_verb} if claim.main_verb in verbs else verbs
    if not main & win.matched:
        return  # the window must state the main event itself, its deed named
    lo, hi = win.window
    content = story.content[aid]
    # the other sentences, nearest the window first
    others = sorted(
        (k for k in range(len(content)) if not lo <= k <= hi),
        key=lambda k: (min(abs(k - lo), abs(k - hi)), k),
    )
    facts, sents = story.facts[aid], story.sentences[aid]
    out = []
    for d in details:
        found = None
        if any(d is b for b in blocking):
            # those stating one of the claim's deeds, or the verb the detail hangs on
            # in the claim ("that hit Poland a week ago": "The cold wave hit on Nov. 16")
            about = verbs | (_own_verb(claim, d) - claim.reporting)
            found = _stated_elsewhere(win, d, [(k, facts[k]) for k in others if about & content[k]])
        if found is not None:
            k, status, value = found
            d = Detail(d.kind, status, d.claim, value, ELSEWHERE, (sents[k].start, sents[k].end))
        out.append(d)
    win.details = out


def _own_verb(claim: Claim, d: Detail) -> frozenset[str]:
    """The verbs the claim's figure or date ``d`` hangs on in the claim."""
    if d.kind == "date":
        return next((c.event for c in claim.facts.dates if c.text == d.claim), frozenset())
    if d.kind == "number":
        return next((q.event for q in claim.facts.quantities if q.text == d.claim), frozenset())
    return frozenset()


def _stated_elsewhere(
    win: _Window, d: Detail, sentences: Sequence[tuple[int, Facts]]
) -> tuple[int, str, str] | None:
    """(sentence, "agrees" | "conflicts", the value as written) for a missing detail
    ``d`` stated in one of ``sentences`` bound to the claim's event; None when none
    is, or when one agrees and another conflicts."""
    if d.kind == "date":
        agree, conflict = _date_elsewhere(win, d, sentences)
    elif d.kind == "number":
        agree, conflict = _figure_elsewhere(win, d, sentences)
    else:
        agree, conflict = _place_elsewhere(win, d, sentences), None
    if agree is not None and conflict is None:
        return agree[0], "agrees", agree[1]
    if conflict is not None and agree is None:
        return conflict[0], "conflicts", conflict[1]
    return None


_Found = tuple[int, str] | None  # (sentence, the value as written)


def _date_elsewhere(
    win: _Window, d: Detail, sentences: Sequence[tuple[int, Facts]]
) -> tuple[_Found, _Found]:
    """The first date of ``sentences`` bound to the claim's event that agrees with the
    claim's date, and the first that conflicts with it (a day to come is a plan)."""
    claim = win.claim
    c = next((x for x in claim.facts.dates if x.text == d.claim), None)
    agree: _Found = None
    conflict: _Found = None
    if c is None:
        return agree, conflict
    coarse = config.get().coarse_dates >= 1
    for k, f in sentences:
        for e in f.dates:
            if e.ahead or not date_of_event(claim, c, e):
                continue
            status = compare(c, claim.published, e, win.ev_day, coarse).status
            if status == "agrees":
                agree = agree or (k, e.text)
            elif status == "conflicts":
                conflict = conflict or (k, e.text)
    return agree, conflict


def _figure_elsewhere(
    win: _Window, d: Detail, sentences: Sequence[tuple[int, Facts]]
) -> tuple[_Found, _Found]:
    """The first figure of ``sentences`` for the claim figure's quantity that agrees with
    it, and the first that conflicts: the same verb and the same counted thing, not two
    bounds that both hold, not a running total the story tells as changing, not a
    total of another place the sentence names instead (:func:`.details.scope_absent`)."""
    claim, facts, story = win.claim, win.facts, win.story
    q = next((x for x in facts.quantities if x.text == d.claim), None)
    agree: _Found = None
    conflict: _Found = None
    if q is None:
        return agree, conflict
    for k, f in sentences:
        if any(not (n.keys & facts.words) for n in f.names) and scope_absent(
            claim.text, q, facts.names, f, story.apposed
        ):
            continue  # a total of another place or group ("throughout Europe")
        for e in f.quantities:
            if not figure_of_event(claim, q, e):
                continue
            if quantities_agree(q, e):
                agree = agree or (k, e.text)
            elif (
                e.value != q.value
                and not compatible_bounds(q, e)
                and bool(q.event & e.event)
                and bool(q.after & e.after or q.unit)
                and not story.told_change(q, e)
                and not _update(win, q)
            ):
                conflict = conflict or (k, e.text)
    return agree, conflict


def _place_elsewhere(win: _Window, d: Detail, sentences: Sequence[tuple[int, Facts]]) -> _Found:
    """The first of ``sentences`` naming the claim's place (a name after "in", "at",
    "near", "outside"): only where it happened is a detail of the event; who did it,
    or to whom, is the event itself, which the window must name."""
    n = next((x for x in win.facts.names if x.text == d.claim), None)
    if n is None or n.role not in _PLACE_ROLES:
        return None
    for k, f in sentences:
        if name_found(n, f):
            return k, next((e.text for e in f.names if e.keys & n.keys), n.text)
    return None


def _update(win: _Window, q: Quantity) -> bool:
    """The story reports the claim's figure only at other times than this article's
    (``development_days`` or more away): another value here is a later count."""
    when = win.story.reported_on(q) if win.ev_day is not None else set()
    gap = config.get().development_days
    return bool(when) and all(
        win.ev_day is not None and abs((win.ev_day - d).days) >= gap for d in when
    )


# The note of a deed a window states only as one side's charge.
CHARGE = "a charge, not a report of the deed"


def _charges(reads: Sequence[Read]) -> tuple[frozenset[str], str]:
    """The words the sentences (as :func:`.facts.read` reads them) state only as a charge
    against someone (never outside one), and the first word that brings it
    (:func:`.negation.accusations`)."""
    charged: frozenset[str] = frozenset()
    told: frozenset[str] = frozenset()
    first = ""
    for _, lows, canons, _ in reads:
        inside, outside, word = accusations(lows, canons)
        charged, told, first = charged | inside, told | outside, first or word
    return charged - told, first


def _deniers(text: str) -> frozenset[str]:
    """The name keys of the capitalised words before a sentence's first word of denial:
    who denies ("Syria denies ..."), not whom a denial is about ("... were not targeting
    Syria"); empty when it has none."""
    keys: set[str] = set()
    for tok in read(text)[0]:
        if is_negator(tok.lower()):
            return frozenset(keys)
        if tok[:1].isupper() and tok.lower() not in STOPWORDS:
            keys |= name_keys(tok)
    return frozenset()


def _same_denier(win: _Window) -> bool:
    """A denial in other words is the claim's only when said by the one the claim has
    deny: the claim's names before its denial are among the window's before its own."""
    mine = _deniers(win.claim.text)
    return not mine or any(mine & _deniers(t) for t in win.texts())


def _first_negator(text: str) -> str:
    """The text's first word of denial as written ("denied", "not")."""
    return next((w for w in read(text)[0] if is_negator(w.lower())), "not")


# Modal and future auxiliaries, and their negated contractions read as the auxiliary.
_MOOD_WORDS = frozenset("will would can could may might must should shall".split())
_MOOD_CONTRACTIONS = {
    "won't": "will",
    "wouldn't": "would",
    "can't": "can",
    "cannot": "can",
    "couldn't": "could",
    "shouldn't": "should",
    "mustn't": "must",
}
# Words that may stand between the auxiliary and its verb ("would not soon insist",
# "will not be implicated", "could never have known").
_MOOD_GAP = frozenset("not never n't be been have also still soon then".split())
_MOOD_TOKEN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")


def _moods_of(text: str, written: str) -> set[str]:
    """The modal or future auxiliary governing each use of the written verb form in
    ``text`` ("would" for "he would not insist"); "" for a use under none."""
    toks = [t.lower().replace("’", "'") for t in _MOOD_TOKEN.findall(text)]
    out: set[str] = set()
    for i, t in enumerate(toks):
        if t != written.lower():
            continue
        j = i - 1
        while j >= 0 and (toks[j] in _MOOD_GAP or toks[j].endswith("ly")):
            j -= 1
        aux = _MOOD_CONTRACTIONS.get(toks[j], toks[j]) if j >= 0 else ""
        out.add(aux if aux in _MOOD_WORDS else "")
    return out


def _same_mood(win: _Window, w: str) -> bool:
    """The claim and the window say the verb ``w`` under one and the same modal or future
    auxiliary, and only under it ("he would insist" / "he would not insist"; "will
    implicate" / "will not implicate"): a negation there denies the claim's own
    statement of intent or possibility, not a done deed against a "could not"."""
    if not config.get().negation_same_mood:
        return False
    mine = _moods_of(win.claim.text, win.cf.get(w, w))
    theirs = set().union(*(_moods_of(t, win.ef.get(w, w)) for t in win.texts()))
    return len(mine) == 1 and "" not in mine and mine == theirs


def _one_word(win: _Window, w: str) -> bool:
    """The claim and the window write the canonical word ``w`` as one word (an
    inflection), not two words of one synonym group (``config.negation_same_word``)."""
    if not config.get().negation_same_word:
        return True
    return same_lemma(win.cf.get(w, w), win.ef.get(w, w))


def _mark_peripheral(win: _Window) -> None:
    """Missing details only a peripheral part of the claim states are noted as such:
    a second or background clause's, and (``config.peripheral_parts``) one in a
    peripheral part of the main clause whose pin the window states
    (:func:`.clauses.peripheral_parts`)."""
    claim, details = win.claim, win.details
    win.details = [
        replace(d, note="peripheral")
        if d.status == "missing"
        and d.kind in ("number", "date", "name", "negation")
        and (d.claim in claim.peripheral or _pinned_part(win, d))
        else d
        for d in details
    ]


def _pinned_part(win: _Window, d: Detail) -> bool:
    """The missing detail sits in a peripheral part of the claim and the window states
    what pins it (the noun a figure modifies, the person a name describes, the other
    of two places) and the main event's verb; an update or another scope is no
    missing part."""
    claim = win.claim
    part = claim.parts.get(d.claim)
    if part is None or d.kind == "negation" or d.note:
        return False
    # the main event stated: its verb (or, unsure of it, one of the claim's deeds)
    deeds = {claim.main_verb} if claim.main_verb else claim.events
    if deeds and not deeds & win.matched:
        return False
    names = {n.text: n for n in win.facts.names}
    return (
        part.words <= win.matched
        and all(t in names and name_found(names[t], win.ev) for t in part.names)
        and not _may_state_otherwise(win, d)
    )


def _may_state_otherwise(win: _Window, d: Detail) -> bool:
    """The window, or the sentences around it, has a value of the detail's kind that the
    checks did not bind to it (a duration of the same unit, a figure counting the same
    noun, another name in the same place; in the window itself, a date that agrees
    with nothing): the detail
    may be stated otherwise, not left out ("a week ago" / "two days ago"), so it is not
    let pass."""
    facts, ev = win.facts, win.ctx
    if d.kind == "number":
        q = next((q for q in facts.quantities if q.text == d.claim), None)
        if q is None:
            return True
        mine = {x.value for x in facts.quantities if x.unit == q.unit}
        return any(
            not e.ident
            and e.unit == q.unit
            and e.value not in mine
            and (q.unit != "" or bool(e.after & q.after))
            for e in ev.quantities
        )
    if d.kind == "name":
        n = next((n for n in facts.names if n.text == d.claim), None)
        return n is None or any(e.role == n.role and not (e.keys & facts.words) for e in ev.names)
    agreed = {x.evidence for x in win.details if x.kind == "date" and x.status == "agrees"}
    return any(e.text not in agreed for e in win.ev.dates)


# Notes of a detail found outside the window: it keeps the detail from missing, it
# is no evidence of the window's own.
_AROUND = ("around", ELSEWHERE)


def _check(win: _Window) -> Check:
    """The shares of the claim the window states, with the details found."""
    claim, ev, parts, matched = win.claim, win.ev, win.parts, win.matched
    details, conflict_words, facts = win.details, win.conflict_words, win.facts
    extra_names, active = win.extra_names, win.active
    total = claim.total
    clause_cov, clause_core, clause_matched = (
        clause_coverage(claim, details, matched, ev, win.ev_day)
        if len(parts) <= 1
        else (0.0, 0.0, 0)
    )
    # each figure or date the window itself states as the claim does counts like one
    # of the claim's words (of average weight): an agreeing detail is evidence too. A
    # date only found around the window keeps it from being missing, no more.
    n_details = sum(
        not q.ident and q.text not in claim.background_details for q in facts.quantities
    ) + sum(d.text not in claim.background_details for d in facts.dates)
    stated = sum(
        1
        for d in details
        if d.status == "agrees" and d.kind in ("number", "date") and d.note not in _AROUND
    )
    unit = config.get().detail_weight * (total / max(len(active), 1))
    bonus = unit * stated
    extra = unit * n_details
    got = claim.weight_of(matched)
    cov = (got + bonus) / (total + extra)
    rest_total = total - claim.weight_of(conflict_words)
    rest = got / rest_total if rest_total > 0 else 0.0
    core_total = claim.weight_of(claim.core) + extra
    core = (claim.weight_of(claim.core & matched) + bonus) / core_total if core_total else cov
    if claim.core and not claim.core & matched:
        core = 0.0  # names and a date alone do not say what happened
    deed_words = claim.core - _ROLE_WORDS
    deed = core
    if deed_words != claim.core:
        deed = (
            (claim.weight_of(deed_words & matched) + bonus) / (claim.weight_of(deed_words) + extra)
            if deed_words & matched
            else 0.0
        )
    if claim.events and not claim.events & matched:
        # a window without any of the claim's verbs ("arrested") may tell another
        # event about the same people: it needs to cover more of the claim
        scale = min(1.0, config.get().support_coverage / config.get().no_event_coverage)
        cov, rest = cov * scale, rest * scale
    # a window that leaves the claim's names to its neighbours and names others
    # (a claim naming no one is pinned by no name, only by an agreeing figure or date:
    # else one shared word is no report of it, "The claim was made." / "It also makes
    # territorial claims against Turkey")
    agreeing = any(d.status == "agrees" and d.kind in ("number", "date") for d in details)
    anchored = (bool(facts.names) or agreeing) and (
        not extra_names or all(name_found(n, ev) for n in facts.names)
    )
    # the names of a second coordinated clause the window leaves out (background,
    # attribution and descriptive names are the claim's setting, source or a
    # description, not a fact of their own)
    second_names = sum(
        d.kind == "name" and d.status == "missing" and d.claim in claim.second_details
        for d in details
    )
    return Check(
        cov,
        rest,
        core,
        len(matched),
        tuple(details),
        anchored,
        len(facts.content),
        deed,
        clause_cov,
        clause_matched,
        clause_core,
        win.pinned,
        second_names,
    )


# The kinds of conflict the clause rule reads (by ``config.clause_names``).
_CLAUSE_KINDS = {0: ("number", "date"), 1: ("number", "date", "name")}


def clause_coverage(
    claim: Claim,
    details: Sequence[Detail],
    matched: frozenset[str],
    ev: Facts,
    ev_day: dt.date | None = None,
) -> tuple[float, float, int]:
    """How much of a conflicting figure's or date's own clause one sentence states
    (weighted share; the same for the clause's words other than names; words), for
    the best such detail: the sentence may state the event the detail is bound to
    without the claim's whole main event. A sentence that states the clause's words
    as a plan ("can resume flights next Wednesday") gives a planned value, which
    may slip: no conflict with a claim that does not say plan; a figure the
    sentence binds to a predicate must count for that predicate in the claim too
    (``Quantity.event``)."""
    best = (0.0, 0.0, 0)
    for d in details:
        if d.status != "conflicts" or d.kind not in _CLAUSE_KINDS[config.get().clause_names]:
            continue
        measured = d.kind == "number" and _measures_the_same(claim, d, ev)
        if d.kind == "number" and not config.get().clause_figures and not measured:
            continue
        words = claim.detail_clauses.get(d.claim)
        if not words:
            continue
        total = claim.weight_of(words)
        if total <= 0:
            continue  # a background clause's detail: never a contradiction alone
        if d.kind == "name" and not _clause_pinned(claim, words, details):
            continue  # another place, but nothing of its clause pins the same event
        got = words & matched
        if got & (ev.irrealis - ev.realis) - claim.facts.irrealis:
            continue
        if config.get().clause_same_event and not _same_event(claim, d, words, details, ev, ev_day):
            continue
        if (
            d.kind == "number"
            and not measured
            and any(
                e.event and not q.event & e.event
                for q in claim.facts.quantities
                if q.text == d.claim
                for e in ev.quantities
                if e.text == d.evidence
            )
        ):
            continue  # a figure of another predicate ("were at" / "killing 60")
        core = words - claim.name_words
        core_total = claim.weight_of(core)
        core_share = claim.weight_of(core & got) / core_total if core_total > 0 else 0.0
        share = claim.weight_of(got) / total
        best = max(best, (share, core_share, len(got)))
    return best


def _clause_pinned(claim: Claim, words: frozenset[str], details: Sequence[Detail]) -> bool:
    """A figure or date of the clause ``words`` the window states as the claim does
    ("minus 31 Celsius early Tuesday in Lulea" / "... early Tuesday in Kiruna"): the
    same time or count pins the event whose place differs (``config.clause_names``)."""
    return any(
        x.status == "agrees"
        and x.kind in ("number", "date")
        and x.note not in _AROUND
        and claim.detail_clauses.get(x.claim) == words
        for x in details
    )


def _measures_the_same(claim: Claim, d: Detail, ev: Facts) -> bool:
    """A conflicting figure joined by hyphens to a noun the claim's figure measures too
    ("3,500-page report" / "report runs to 5,300 pages", "17-month-old government" /
    "government was 27 months old"): the compound states the figure's whole clause, the
    thing and its measure, whatever verb each sentence has."""
    return any(
        e.measures
        and e.measures in claim.facts.content
        and (e.measures in q.event or not q.event)
        and (q.span == e.span if q.span or e.span else bool(q.after & e.after))
        for q in claim.facts.quantities
        if q.text == d.claim
        for e in ev.quantities
        if e.text == d.evidence
    )


def _same_event(
    claim: Claim,
    d: Detail,
    words: frozenset[str],
    details: Sequence[Detail],
    ev: Facts,
    ev_day: dt.date | None,
) -> bool:
    """Whether one sentence giving a claim's figure or date another value, while stating
    the detail's own clause, tells the same event (``config.clause_same_event``): the
    clause's other figures, dates and names are stated too, and a date is the
    sentence's own (not the lead's), dates the same deed, is no day to come, and is not
    each outlet's own report day. (A clause that is a denial has no detail clause:
    :func:`.clauses.detail_clauses`.)"""
    for m in details:
        if m.status != "missing" or m.note == "peripheral":
            continue
        if m.kind in ("number", "date") and claim.detail_clauses.get(m.claim) == words:
            return False  # the clause's own figure or date left out: another event
        if m.kind == "name" and {canon(w.lower()) for w in m.claim.split()} <= words:
            return False  # the clause's own participant left out ("throughout Europe")
    if d.kind != "date":
        return True
    own = [e for e in ev.dates if e.text == d.evidence]
    if not own:
        return False  # the lead's date, not one the sentence binds to the clause
    if any(e.ahead for e in own):
        return False  # a day to come ("next Wednesday") is a schedule: plans slip
    mine = [c for c in claim.facts.dates if c.text == d.claim]
    if any(
        c.verb and e.verb and c.verb != e.verb and c.verb in ev.content for c in mine for e in own
    ):
        return False  # "invaded in 1975 and later annexed" dates no annexation
    # "raced toward China on Saturday" in Saturday's paper, "headed toward China
    # Friday" in Friday's: each outlet's own day, two reports of a state at two times
    return not (
        any(report_day(c, claim.published) for c in mine)
        and any(report_day(e, ev_day) for e in own)
    )


def _swap(sub: str, status: str, cf: dict[str, str], ef: dict[str, str]) -> Detail:
    """A swapped-word finding ("a/b vs c/d", canonical forms) in the words as written."""
    left, _, right = sub.partition(" vs ")
    claim = " ".join(cf.get(w, w) for w in left.split("/"))
    ev = " ".join(ef.get(w, w) for w in right.split("/"))
    return Detail("word", status, claim, ev)
