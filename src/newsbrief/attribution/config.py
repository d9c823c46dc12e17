"""The constants every attribution decision reads, in one frozen, documented record.

Why one record: the decision rules in :mod:`.rules` name their thresholds by field, the
evaluation script (``benchmarks/attribution_real_eval.py --set NAME=VALUE``) sweeps them
without editing code, and a user reading ``docs/attribution.md`` finds each value and the
data it was chosen on in one place. Values were chosen by 2-fold cross-validation by
cluster over the real-news dev split (docs/attribution.md); none on held-out data.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Config:
    # -- support ---------------------------------------------------------------------
    # Share of the claim's IDF-weighted content words a window must cover to support it.
    support_coverage: float = 0.45
    # The same share for the claim's words other than names and "said": what was done.
    support_core: float = 0.3
    # A long claim bundles several facts and an attribution tail: a window covering this
    # much of every word and long_core of the deed (core less titles) also supports.
    long_coverage: float = 0.3
    long_core: float = 0.4
    # Such a window states little of the claim: a name of its second coordinated clause
    # ("..., and Lindqvist's party lost seats") that the window leaves out would go
    # unchecked, and a changed name would pass; 1 = a long-claim window must leave no
    # such name missing (the main-event rule still may; background and attribution
    # names may be missing in both), 0 = off.
    long_names: int = 1
    # Coverage needed when the window has none of the claim's past-tense verbs (scaled).
    no_event_coverage: float = 0.7
    # Words a window must share when it names others and leaves the claim's names around it.
    support_min_words: int = 2
    # Weight of one agreeing figure or date, relative to the claim's average word.
    detail_weight: float = 1.0
    # Weight of the words only a second coordinated clause of the claim states ("...,
    # and he cited supporters in other regions"), relative to the main clause's.
    second_clause_weight: float = 1.0
    # Weight of the words only an opening subordinate clause states ("A day after Iraq
    # said ..., al-Baghdadi emerged ..."): background an outlet may leave out; its
    # figures, dates and names may be missing (never conflict). 1 = read as the rest.
    background_weight: float = 0.0
    # A claim of two or three clauses (", and", ", but", ";", "was jailed and released",
    # "a statement calling on supporters to ...") is also supported by an article
    # stating each clause, each in a window of its own that names the clause's
    # participants (1 = on, 0 = off); a clause needs at least clause_words words.
    clauses: int = 1
    clause_words: int = 4
    # A month (and year) with no day that holds the claim's day agrees with it ("a June
    # 1995 meeting" for "the meeting on June 21, 1995"): 1 = on, 0 = off (the default:
    # one dev pair gained, in one fold; a changed day would pass a month-only window).
    coarse_dates: int = 0
    # Two figures whose own words say the same thing happened to what they count
    # (data/figure_events.txt: "killed 17 people" / "left 11 people dead" / "270
    # deaths") are one quantity, whatever verb each hangs on: 1 = on, 0 = off.
    figure_events: int = 0
    # Two durations of one thing conflict whatever their units: the thing a duration
    # measures is the noun it is joined to ("the 30-minute message", "a half an hour
    # long recording") or the subject of a verb of lasting (data/duration_verbs.txt:
    # "the message lasted two hours"); 1 = on (s33 fxT round), 0 = off (a duration then
    # conflicts only with one sharing its neighbouring words).
    duration_subjects: int = 1
    # -- windows ---------------------------------------------------------------------
    # Sentences sharing less than this with a claim are never aligned.
    min_candidate: float = 0.25
    # Two adjacent sentences that share min_candidate only together (neither alone) and
    # read as one statement (cohesive, or the second goes on with the first) are a
    # candidate window too: an outlet may split the claim's event over two short
    # sentences. Such a window may support, never contradict (align._best): a conflict
    # there is more often another event told with the same words. 1 = on, 0 = off.
    joint_candidates: int = 1
    # A wider window is only used when it covers this much more than its best part.
    window_gain: float = 0.05
    # Widest evidence window, in sentences.
    max_window: int = 3
    # Two adjacent sentences of a window state one fact when the second opens with a
    # pronoun, or a connective and a pronoun ("But his beatification ..."): 1; also a
    # bare connective ("However, ..."): 2; 0 = only when they share a claim word.
    join_continuations: int = 1
    # A window of three whose far end holds the figure or the date a sentence stating
    # support_coverage of the claim leaves out ("Floods forced residents to leave ..." /
    # "..." / "In all, 4,000 residents left"), the three one statement (cohesive): 1 = on.
    # Off (0) by default, as join_speaker: each rests on one dev pair (+1 copied, +1
    # human support), and with both on the held-out CI gate (pass / fail) failed on
    # contradiction precision (s27 atR round, docs/attribution.md).
    far_fillers: int = 0
    # A sentence opening with a quotation whose speaker, named after it, is the one the
    # sentence before names first goes on with it, as one opening with "He" does
    # ("Ruiz insisted ..." / "``We play no role in this,'' Ruiz told"): 1 = on.
    join_speaker: int = 0
    # A window crosses a paragraph break only where the sentence after it goes on with
    # the one before (a pronoun or a connective opens it, or join_speaker's quotation)
    # or the two state one fact by words that are no name (windows.glued_paragraphs):
    # two paragraphs sharing only a name of the claim are two facts ("... allegations
    # that Syria is supporting Turkish Kurdish rebels." / "Damascus in response has
    # accused Turkey and Israel ..."); 1 = on. Off (0) by default: on dev it removes one
    # wrong support and one wrong contradiction but loses four labelled contradictions
    # and one support, windows glued by a person's name ("Ahmed"); refusing every window
    # over a break (no name test) lost 29 labelled dev pairs, as wire paragraphs hold
    # one sentence and a fact is often told over two (s30 fxU, docs/history/attribution-rounds.md).
    paragraph_windows: int = 0
    # A figure, date or name the window leaves out is looked for in the article's other
    # sentences that state the claim's deed, bound to the claim's event there
    # (compare._elsewhere_details): agreeing, it is stated elsewhere (note "elsewhere",
    # its own span); another value for that event conflicts. 1 = on, 0 = off (the
    # default: no dev pair moved, in either fold, so the s26 round did not keep it on).
    spread_details: int = 0
    # -- contradiction ---------------------------------------------------------------
    # Coverage of the rest of the claim (its conflicting detail left out) a window needs.
    contradict_coverage: float = 0.5
    contradict_core: float = 0.4
    contradict_min_words: int = 3
    # A figure for the same counted noun: the rest needs only this much.
    number_conflict: float = 0.4
    # A conflicting figure or date contradicts, whatever else of the claim the window
    # states, when the window states this share of the detail's own clause (its
    # predicate and participants, cut at commas and subordinators) in one sentence,
    # clause_core of its words other than names, at least clause_conflict_words of its
    # words; above 1 = off. On since the s23 contradiction round, with clause_same_event.
    clause_conflict: float = 0.4
    clause_conflict_words: int = 3
    clause_core: float = 0.45
    # The clause rule reads the sentence as the same event only where it states the
    # clause's other figures, dates and names, the clause is no denial ("performed no
    # abortions Tuesday"), and the sentence's own date (not its lead's) dates the same
    # deed ("invaded in 1975 and later annexed" dates no annexation), is no day to come
    # ("next Wednesday") and is not each outlet's own report day; 1 = on, 0 = the
    # unguarded rule of the contradiction round (docs/attribution.md).
    clause_same_event: int = 1
    # The clause rule for figures as well as dates (1); 0 = dates only (no dev pair is
    # gained by figures, and a figure's short clause is often met by another scope's or
    # time's count).
    clause_figures: int = 0
    # The clause rule for a place as well (1): another name after "in" / "at" in the
    # clause of a claim's place contradicts where one sentence states that clause and a
    # figure or date of it agrees ("minus 31 Celsius early Tuesday in Lulea" / "... early
    # Tuesday in Kiruna"); such clauses are also retrieved as clause candidates. 0 (the
    # default, s34 ctV round): it gained only the two dev pairs read while building it,
    # none on the dev fold not read, and added a false one on dev_altered5.
    clause_names: int = 0
    # One conflicting figure, date or name contradicts with only this share of the rest
    # of the claim stated when the window states every other figure and date of the claim
    # as it does (at least anchor_details of them) and nothing of the main event is
    # missing (rules.anchored_conflict_rule); above 1 = off.
    anchored_conflict: float = 0.25
    anchor_details: int = 1
    # An article whose window supports a contradicting article's evidence, with the same
    # conflicting values, contradicts the claim too (align.StoryIndex._restating): 1 =
    # on, 0 = off.
    propagate_contradictions: int = 1
    # A claim name given a post ("ANC spokesman Dullah Omar") conflicts with another
    # name the window gives the same post ("An ANC spokesman, Thabo Masebe,"), where the
    # window does not name the claim's: 1 = on, 0 = off.
    post_holders: int = 1
    # A singular definite description ("the commission", "the president") states the
    # name the article gave earlier with that noun as its last word, its post or a
    # description set beside it ("the Truth and Reconciliation Commission", "President
    # Cardoso", "PAL, Asia's oldest airline,"), where only one such name fits
    # (names.described_names): 1 = on, 0 = off.
    described_names: int = 1
    # Another name in the same place contradicts only from this coverage up.
    name_conflict: float = 0.5
    # A story-new word in another word's slot contradicts only from this rest coverage up.
    slot_conflict: float = 0.8
    # The opposite of a claim's verb (data/antonyms.txt: "agreed" / "refused", "admitted"
    # / "denied") read in its context: a negator verb said as a deed ("refused",
    # "denied", not "did not refuse", not "may refuse") is the opposite of the claim's
    # verb, as the claim's is of the window's; an opposite under a negation, or a claim
    # word the claim negates, is no opposite (compare._outcome_details). 1 = on, 0 = the
    # outcome test before it (opposites among content words only, negation not read).
    opposite_deeds: int = 1
    # The guards that only block support (a story-new word in the place of one of the
    # window's, the claim's verb with another object, another modifier between two shared
    # words) run on windows repeating this share of the claim's words: below it the window
    # is a paraphrase, where a "swap" is just other wording.
    swap_coverage: float = 0.6
    # A window repeating swap_coverage of a claim's words other than names, but not its
    # main verb, tells another event ("the ports reopened" / "were closed"): only for
    # claims of at least this many content words (in a short one, a few shared words
    # are no near copy, and the verb is often just reworded).
    verb_check_words: int = 8
    # An altered claim is a near copy of one sentence of the story with one detail
    # changed. Where a sentence repeating dispute_share of the claim's content words
    # contradicts it on a detail a looser window cannot see (polarity, opposite outcome,
    # plan for deed, who did what, another verb or word), and no near copy that supports
    # the claim states the claim's side, any other window supports the claim only if it
    # states that side itself (compare.story_disputes): 1 = on; 2 = also a detail a near
    # copy leaves out where it has another word (a paraphrase looks the same: off);
    # 0 = off.
    story_disputes: int = 1
    dispute_share: float = 0.8
    # A flipped negation contradicts only where the claim and the window write the same
    # word (an inflection: "extradited" / "extradite"); two words of one synonym group
    # ("no U.N. authority" / "officials") only block support: 1 = on, 0 = off.
    negation_same_word: int = 1
    # A participle's doer by a compound or a "by" phrase ("a management-proposed plan" /
    # "a plan proposed by the union"): a window giving the claim's participle another
    # doer the claim names elsewhere has who did what turned round (1 = on, 0 = off).
    agent_compounds: int = 1
    # A participle after a present "is"/"are" ("the museum is closed until Thursday")
    # states how things stand, not a deed done: a window's plan ("will stay closed") is
    # no plan-for-deed conflict with it (1 = on, 0 = off).
    present_states: int = 1
    # A participle after a determiner or a possessive ("the city's elected body") is
    # never the claim's main verb (1 = on, 0 = off).
    modifier_participles: int = 1
    # A name right before a lower-case noun ("Halloween revelers", "Turkish demands") is
    # peripheral (may be missing) unless it is the main verb's subject or object (1 = on).
    modifier_names: int = 1
    # Details in a peripheral part of the claim (clauses.peripheral_parts: a relative
    # clause, a name describing the next name, a figure modifying a noun "the" or a
    # possessive pins, one of two places in a row) may be missing from a window that
    # states what pins them (the noun, the person, the other place) and the main verb;
    # never conflicting (1 = on, 0 = off: the default, as it gained nothing on the dev
    # fold not read; docs/attribution.md, s23 peripheral-details round).
    peripheral_parts: int = 0
    # Weight of the words only an attribution states ("according to a U.S. organization
    # that monitors ...", a closing ", police said Monday"), relative to the main
    # clause's: whose report it is, which an outlet stating the event may leave out (the
    # issue's definition of support); its figures and names may be missing (they still
    # conflict where stated), and a date it alone gives is the report's day, not
    # compared ("according to partial results Saturday"). 1 = read as the rest.
    attribution_weight: float = 0.0
    # A one-sentence window stating this share of a claim is a near copy of it: a word
    # it has in place of the claim's is one changed detail (facts.near_copy_swaps).
    near_copy: float = 0.8
    # Two parties trading places around the claim's verb in a window repeating
    # near_copy of the claim's words conflict (who did what the other way round), not
    # only block support: 1 = on, 0 = off.
    roles_trade: int = 1
    # A claim's place read where the article gives its deed's place otherwise: past a
    # direction, "into" binding as "in" ("into northern Syria"), another place after a
    # claim word in the window's event sentence ("troops into northern Iraq"), "here"
    # after the claim's word (the dateline's city), a dateline city that
    # only the dateline names (the lead's place, not a later sentence's), a capital the
    # window never calls one. Each blocks support, none contradicts: 1 = on, 0 = off
    # (s30 plA round).
    place_reading: int = 1
    # A flipped negation ("had not verified" / "verified") contradicts only in a window
    # stating this share of the claim's words; below, it only blocks support.
    negation_conflict: float = 0.6
    # A flipped negation under the same modal or future word in the claim and the window
    # ("would insist" / "would not insist", "will name" / "will not name") is the claim's
    # own statement of intent denied, read as any flipped negation: 1 (the default) =
    # on; 0 = such a window is a "could not" (neither states nor denies). Its dev gains
    # (4 pairs, none false) lie in fold 2 and fold 1 does not move: off after the s29
    # ctZ round (both folds had to gain), on since the s31 ctR round (the other fold
    # must not lose).
    negation_same_mood: int = 1
    # A thing denied by a determiner bound to the same verb's object ("had no
    # sprinklers" / "had sprinklers", "built without sprinklers" / "built with
    # sprinklers"): 1 = a flipped negation (the window denies the claim's statement;
    # shown as the two phrases; "no" after a verb denies its modifier and noun together,
    # "had no working sprinklers"; s33 ctM round), 0 = a noun under "no" only blocks
    # support.
    negation_phrase: int = 1
    # An article whose best contradicting window covers this much more than its best
    # supporting one contradicts.
    contradict_override: float = 0.15
    # -- the main predicate (predicate.py) ----------------------------------------------
    # A window sentence that binds the claim's participants with another verb, or under a
    # plan word, where the claim's main verb is one no article of the story uses, denies
    # support (1 = on; 2 = also a main verb the story uses, where the other verb binds the
    # claim's subject before it and its object after it; 0 = off).
    predicate_rival: int = 1
    # The same for the main verb of any claim where the window states it only in another
    # sentence than the one binding its participants with another verb (1 = on).
    predicate_bind: int = 1
    # The strict test of ``predicate_rival`` 2 for the main verb of a claim too short for
    # the main-verb share test (under ``verb_check_words`` content words): "The council
    # approved the plan" / "The council suspended its debate on the plan" (1 = on).
    predicate_short: int = 1
    # A sentence stating a claim verb with the claim's subject after it or its object
    # before it (who did what to whom turned round) denies support (1 = on).
    predicate_roles: int = 1
    # Who did what to whom read from the written words of the claim and of each window
    # sentence (:func:`.roles.roles_traded`: active, passive, "by", a possessor's deed
    # noun): the claim's two names in each other's roles conflict, one alone blocks
    # support (1 = on, 0 = off).
    roles_deed: int = 1
    # A claim in the present progressive ("is suing") has its "-ing" verb as main verb
    # (1 = on): the main-verb and predicate checks read it like a past-tense one.
    predicate_progressive: int = 1
    # Who did what (``predicate_roles``) reads a demonym or a city beside the verb as the
    # country it stands for ("Turkish officials have accused Syria", "the Ankara
    # government accuses Syria" for "Syria accuses Turkey"): 1 = on.
    roles_names: int = 1
    # A claim told in the simple present between two names ("Syria accuses Turkey of
    # ...") has that verb as main verb when it has no past-tense one (1 = on).
    predicate_present: int = 1
    # A window naming the claim's done main deed only as an infinitive another word
    # governs ("paperwork necessary to extradite" for "has extradited") states it as
    # needed or meant, not done: support is blocked (1 = on).
    plan_infinitive: int = 1
    # A done deed the window states only as a plan, told inside a statement of a speaker
    # the claim also reports ("A Kurdish news agency said he would ask" / "... said
    # Ocalan had already asked"): one source's one statement told the other way, a
    # conflict even where the window is no near copy (owners.same_report; 1 = on, 0 =
    # off: such a plan only blocks support). s31 ctR round.
    plan_same_report: int = 1
    # A done deed against a plan of it, beyond the infinitive (data/plan_governors.txt):
    # 1 = the deed's noun as the object of a word of wanting, asking, planning, threatening,
    # refusing or weighing ("asked Rome for his extradition", "an extradition request",
    # "the planned cuts"), or its gerund after such a verb ("is considering extraditing"),
    # is no statement of it done either; and "announced a package" makes the announcement
    # the claim's deed, which a window making none ("put the finishing touches on the
    # package") does not state; 2 = also, where the window does not state the claim's done
    # main verb at all, a sentence whose verb binding the claim's participants is a plan
    # ("Ocalan would travel to Italy" for "Italy has extradited Ocalan") blocks support
    # whatever the claim's length; 0 = off (s30 atP round).
    plan_governed: int = 2
    # How many content words on each side of a verb are its participants.
    predicate_reach: int = 3
    # A claim's "said Monday" against a window whose statement was made on another day
    # ("said Thursday") blocks support (1 = on).
    said_day: int = 1
    # -- the dependency parse (parse.py, the [parse] extra) ------------------------------
    # 1 = read the claim's main verb, who did what to whom, plans, negation and the
    # predicate each figure hangs on from a spaCy dependency parse of the claim and of the
    # sentences of each window the lexical rules let support it; 0 = word order only
    # (the core install). 1 needs the [parse] extra (a one-line error names it without);
    # 2 = on where the extra is installed, word order elsewhere.
    parse: int = 0
    # Each parse reading on its own (read only when parse is 1): the main verb is the
    # parse's main predicate; a sentence stating the claim's predicate with its doer and
    # what it was done to the other way round; the claim's deed only as a plan there; its
    # denial asserted or its assertion denied there; a figure the window hangs on another
    # predicate it also states.
    parse_main_verb: int = 0
    parse_roles: int = 1
    parse_plan: int = 1
    parse_negation: int = 1
    parse_figures: int = 1
    # A one-sentence window stating contradict_coverage of the rest of the claim whose
    # parse states the claim's main predicate with the same participants denied,
    # asserted, planned or with doer and object traded has a conflicting detail (the
    # contradiction rule then decides).
    parse_conflicts: int = 1
    # -- values ----------------------------------------------------------------------
    # How far apart two figures may be when one is hedged ("about 600" vs "610").
    approx: float = 0.05
    # A figure within approx of a hedged one ("63" / "about 65") that the hedged
    # figure's rounding does not hold: 1 = neither agrees nor conflicts (the hedge's
    # tolerance; outside it, "60" / "about 65", it may conflict; s33 ctM round), 0 = a
    # conflict like any other value.
    hedge_tolerance: int = 1
    # Spelled multiples: "half a dozen" is 6 (0 = read as "a dozen", 12), and a plural
    # scale word ("dozens of", "hundreds of", "thousands of") is at least two of the
    # scale (a lower bound: "hundreds of people" / "a dozen people" conflict, "300"
    # does not); 1 = on (s33 ctM round), 0 = neither read.
    spelled_multiples: int = 1
    # A scale word after "a" or "one" ("a hundred people", "one thousand") is one of the
    # scale (100, 1,000), with a number word joined by "and" added ("two hundred and
    # fifty": 250; not an "and" opening a scaled figure or closing "between": "between
    # one hundred and two hundred" is 100 and 200, s33 fxN); 1 = on (s33 nmS round), 0 =
    # not read.
    single_scales: int = 1
    # A plural scale word of a larger plural scale ("tens of thousands", "hundreds of
    # thousands") is at least two of the one times the other (20,000; 200,000), a lower
    # bound as "hundreds of" is; 1 = on (s33 nmS round), 0 = not read.
    nested_multiples: int = 1
    # A figure's sign: "minus 26" before a temperature or after "fell to", a "-" written
    # against a temperature's figure ("-26C"; a spaced dash is punctuation) and "26
    # degrees below zero" are negative (data/temperature_words.txt), so "-26C" neither
    # supports nor is "26C"; never "plus or minus 3" or "minus 3 injured" (s33 fxN);
    # 1 = on (s33 nmS round), 0 = the sign is dropped.
    signed_figures: int = 1
    # A figure under this that counts another noun ("two vehicles" / "two embassies") is a
    # coincidence, not the claim's figure; larger values rarely coincide.
    coincidence_below: float = 100.0
    # A figure written with a scale word to two or more significant digits ("1.6
    # million") agrees with a more precise one that rounds to it ("1,576,800"):
    # 1 = on (the default: "the same value in another form"; no dev pair has the form,
    # so no dev figure moves, and off, such a pair is a false contradiction), 0 = off
    # (docs/attribution.md, blind-half round).
    rounded_figures: int = 1
    # A share or sum written with decimals ("4.5 percent") agrees with a more precise
    # one that rounds to it ("4.47 percent"), in either order: 1 = on (an outlet rounding
    # is no disagreement; s31 fxX round), 0 = off.
    rounded_decimals: int = 1
    # A figure said to move one way in the claim ("rose 4.5 percent") and the other way
    # where the window states it ("was down 4.47 percent"): 1 = a conflicting detail
    # (data/figure_directions.txt; s31 fxX round), 0 = off.
    figure_directions: int = 1
    # A claim date with a month and no year ("Oct. 4") against a date that states only a
    # year ("1996", "last year", "a year ago"): 1 = not compared (the claim's year is only
    # assumed, the bare year is another event's; s31 fxX round), 0 = the assumed year
    # conflicts.
    year_only_dates: int = 1
    # Two shares of a count done so far ("with 69.5 percent of the votes counted" / "with
    # 22 percent of the vote counted", data/count_progress.txt): 1 = never a conflict
    # (each dates its report; s31 fxX round), 0 = compared as any two shares.
    count_progress: int = 1
    # A figure the window says of someone else while it gives the claim's holder a
    # figure of its own ("Lula had 32.6 percent, and Ciro Gomes had 11 percent" for "Ciro
    # Gomes had 32.6 percent"): 1 = it does not agree (s31 fxX round), 0 = off.
    figure_holders: int = 1
    # -- developments ----------------------------------------------------------------
    # Days between two reports for a changed figure to be an update, not a disagreement.
    development_days: int = 1
    # -- [semantic] extra ------------------------------------------------------------
    semantic_support: float = 0.7
    semantic_min_coverage: float = 0.3
    # -- [nli] extra (--nli PATH) -------------------------------------------------------
    # A window whose typed details all agree and that states nli_min_coverage of the claim
    # (the share retrieval already asks of a candidate) supports it when the model gives
    # P(entailment) >= nli_support. Not tuned: no NLI model installs here to measure.
    nli_support: float = 0.5
    nli_min_coverage: float = 0.25
    # P(contradiction) from which a lexical support is dropped; above 1 = never (default:
    # an unmeasured model does not overrule value-checked support).
    nli_unsupport: float = 1.01


CONFIG = Config()


def set_config(config: Config) -> None:
    """Replace the active constants (evaluation sweeps; not for library users)."""
    global CONFIG
    CONFIG = config


def get() -> Config:
    """The active constants, read at each use (a sweep's ``set_config`` takes effect
    at once): every stage of the pipeline asks here."""
    return CONFIG
