"""Developments: a quantity the story reports with different values at different times.

Why: a death toll that rises from 60 to 62 over three days is how a story unfolds, not a
disagreement between outlets. Calling it a contradiction would teach a reader to
distrust every label, so the attribution check treats a figure stated at another time as
an update (see ``compare.check_window``), and this module lays the values out in time
order for the reader: "dead: 60 (APW, Oct 30) -> 62 (APW, Nov 2)".

A development is one counted quantity: every point counts the same thing, in the same
place, with the same verb. Each point is read from an article's opening sentences (where
wire copy restates the running totals):

* what it counts: the past-tense verb of the story the figure hangs on ("killed 60",
  "36 people died"), or the participle it hangs on in a sentence telling a deed done
  ("struck ..., killing 12"); a bare figure a "death toll" reaches counts deaths, and the noun
  after it ("three Britons" and "four abducted" are not one count; "people" and a bare
  figure both count the event's victims);
* where: the places its sentence names ("In Poland, 36 people died"; "throughout
  Europe"), a city as the region its dateline puts it in ("WARSAW, Poland"), else the
  article's dateline place: a toll for Poland and one for all of Europe are two
  quantities;
* who did it: a figure whose clause names several doers of what it counts ("The storms
  left 370 dead" in a story of "the storm", "the two typhoons", "Zeb and Babs") totals
  several events, and is no point of a line that follows one of them;
* which figure: the first one in the article's lead for that quantity (the lead states
  the current total; a later "police earlier had reported 65" is a past report), never
  an increment ("two more died").

Points are kept when the values (one median report a publication day) rise over at
least two days; a running total does not fall. Once a quantity is known to have moved
on, every statement of it in an earlier day's article, in its lead or further down, with
another figure than the last day's is stale (:func:`stale_statements`: the summary's
``superseded_figures`` rule gives such a sentence no place).

Only counts develop (:func:`counted_figures`, :func:`updates_it`): the time of day, the
date, an age or an ordinal of what happened does not change over a story's days, so two
outlets that give different ones disagree, whichever wrote later.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

from ..model import Article, Detail, Development, DevelopmentPoint
from ..text import STOPWORDS
from .align import StoryIndex
from .clauses import DATELINE
from .facts import read
from .lexicon import canon, event_words, is_event, tokenize
from .numbers import Quantity, quantities

# Sentences from each article's start that restate running totals.
LEAD_SENTENCES = 5
# Words that say what kind of thing is counted, not which: never a development's name.
_GENERIC = frozenset(
    canon(w) for w in "people person other others more least total say said tell report".split()
)
# Nouns that count the event's victims themselves ("60 people", "62 dead", "47 deaths"):
# the same count as a bare figure the event's verb governs ("killed 60").
_VICTIMS = frozenset(
    canon(w) for w in "people person others dead died killed deaths injured wounded missing".split()
)
_PEOPLE = frozenset(canon(w) for w in ("people", "person"))
# Prepositions that put a name where something happened ("in Poland", "throughout
# Europe"): the name is a place, whatever else the story says of it.
_LOCATIVE = frozenset("in throughout across near outside inside".split())
# Endings of language and nationality words ("Swedish", "Chinese", "Russian").
_LANGUAGE = ("ish", "ese", "ian")
# A word after a figure that makes it an increment, not a total ("two more died").
_INCREMENT = frozenset("more additional further".split())
# Months and weekdays: "in November" says when, not where.
_CALENDAR = re.compile(
    r"(January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday"
    r"|Wednesday|Thursday|Friday|Saturday|Sunday)\.?$"
)
_WORDS = re.compile(r"[A-Za-z][A-Za-z'’.-]*")
_POSSESSIVE = re.compile(r"['’]s?$")
# A point's key: (what is counted: verb, noun; where; whether several doers did it)
_Key = tuple[str, str, frozenset[str], bool]
# Words that open a noun phrase naming one thing ("the storm", "a typhoon").
_ONE = frozenset("the a an this that its".split())
# Words that count several things of a kind ("both storms", "the two typhoons").
_MANY = frozenset("both two three four five six seven eight nine ten several".split())
# A run of capitalised words: a name.
_NAME_RUN = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"
_NAMES_JOINED = re.compile(_NAME_RUN + r"\s+and\s+" + _NAME_RUN + r"\s*$")
# Words that open a modifier after a subject's head ("the toll from the storms").
_PREPOSITIONS = frozenset(
    "of from in on at by with for over during after since across near throughout".split()
)
# Words from "number of" to what it counts ("the number of people killed", "the number
# of those reported missing").
_NUMBER_OF_REACH = 4
# Auxiliaries between a doer and its verb ("The storms have left ...").
_AUX = frozenset("has have had is are was were".split())


def story_developments(
    index: StoryIndex, aside: frozenset[str] = frozenset()
) -> tuple[Development, ...]:
    """Every changing quantity of an indexed story, values in publication order.

    Offsets of each point index the article text as given (like ``Evidence``). A
    near-copy the summary set aside (``aside``: a wire re-send of another article) is no
    point: one report filed three times is one point, as it is one source everywhere
    else.
    """
    return tuple(dev for _, dev, _ in _lines(index, _statements(index, LEAD_SENTENCES, aside)))


def stale_statements(
    index: StoryIndex,
) -> tuple[tuple[Development, tuple[DevelopmentPoint, ...]], ...]:
    """Each development with the statements its last day moved on from: every statement
    of the same quantity with one of the line's earlier values, none of the last day's,
    in an article published before that day, wherever the article writes it (offsets as
    in ``Evidence``).

    Why: a development is read from the articles' leads, where wire copy restates the
    running total, and a lead's first figure is its current one; but once a quantity is
    known to have moved on, an earlier day's article restating an old value is as stale
    in its last paragraph as in its lede ("Eleven children were injured in the crash,
    and two of them were airlifted ..."). Only a value the line shows: another figure
    filed under the same quantity is mostly another count (on DUC 2003, another
    typhoon's toll of the week before, and one island's share of the toll, in a lead).
    Reading the lines themselves from whole articles was measured and not kept: on DUC
    2003 it made 6 lines of other events' background figures (the toll of a massacre
    seven years before, then the toll of riots of the spring, as one "killed" line) for
    one real one.
    """
    lines = _lines(index, _statements(index, LEAD_SENTENCES))
    if not lines:
        return ()
    every = _statements(index, None)
    by_id = {a.id: a for a in index.articles}
    out = []
    for key, dev, (last, current, earlier) in lines:
        stale: dict[tuple[str, int], DevelopmentPoint] = {}
        for aid, k, q, other in every:
            day = index.published[aid]
            if other != key or day is None or not day < last:
                continue
            if q.value in current or q.value not in earlier:
                continue
            s = index.sentences[aid][k]
            start, end = by_id[aid].to_raw(s.start, s.end)
            stale.setdefault(
                (aid, k), DevelopmentPoint(_as_written(s.text, q), aid, day.isoformat(), start, end)
            )
        out.append((dev, tuple(stale.values())))
    return tuple(out)


def _statements(
    index: StoryIndex, limit: int | None, aside: frozenset[str] = frozenset()
) -> list[tuple[str, int, Any, _Key]]:
    """Every statement of a count in the dated articles' first ``limit`` sentences (all
    of them for None), in article order, but for the articles in ``aside``: (article,
    sentence, figure, what it counts)."""
    figures = index.figures()
    by_id = {a.id: a for a in index.articles}
    # what a running total counts is what happened to people: a word the story uses as
    # a past-tense verb ("killed", "injured", "arrested"; "dead" shares "kill")
    events = _event_words(index)
    known = _story_places(index)
    kinds = _singular_nouns(index)
    main: frozenset[str] | None = None  # the story's own place, when first needed
    out: list[tuple[str, int, Any, _Key]] = []
    for aid, figs in figures.items():
        if index.published.get(aid) is None or aid in aside:
            continue
        home = _home(by_id[aid], index)
        if not home:
            if main is None:
                main = _main_place(index, known)
            home = main
        for k, q in figs:
            if limit is not None and k >= limit:
                continue
            if q.unit != "" or q.value < 2 or q.value >= 1900:
                continue  # a clock time, an age, a sum, a share: no head count
            if q.ident:
                continue  # "MD-11", "Flight 111": part of a name, not a count
            text = index.sentences[aid][k].text
            at = _position(text, q)
            if at is None or _increment(text, at):
                continue  # "two more died": what was added, not the total
            noun = _noun(q, events)
            place = _places(text, known, index) or home
            several = _several_doers(text, at, kinds)
            for word in sorted(_counts(q, text, at, noun, events)):
                out.append((aid, k, q, (word, noun, place, several)))
    return out


def _lines(
    index: StoryIndex, statements: list[tuple[str, int, Any, _Key]]
) -> list[tuple[_Key, Development, tuple[Any, frozenset[float], frozenset[float]]]]:
    """The quantities whose articles' first statements rise over the days, as lines, most
    points first: (what is counted, the line, (its last day, that day's values, the
    values of the days before))."""
    # quantity -> article -> (sentence, figure): the article's first statement of it
    seen: dict[_Key, dict[str, tuple[int, Any]]] = defaultdict(dict)
    for aid, k, q, key in statements:
        seen[key].setdefault(aid, (k, q))
    by_id = {a.id: a for a in index.articles}
    out: list[tuple[int, _Key, Development, tuple[Any, frozenset[float], frozenset[float]]]] = []
    taken: set[tuple[str, int]] = set()  # (article, sentence) already in a development
    for key, points in sorted(
        seen.items(), key=lambda kv: (kv[0][0], kv[0][1], sorted(kv[0][2]), kv[0][3])
    ):
        ordered = sorted(
            points.items(), key=lambda p: (index.published[p[0]], by_id[p[0]].position)
        )
        per_day: dict[object, list[float]] = defaultdict(list)
        for aid, (_, q) in ordered:
            per_day[index.published[aid]].append(q.value)
        # one value a day (the median report; of two, the lower: a running total does
        # not fall, so the higher of two reports of one day is the one to doubt), so one
        # outlier report does not hide a total that rises from day to day
        values = [sorted(v)[(len(v) - 1) // 2] for _, v in sorted(per_day.items())]  # type: ignore[type-var]
        if len(values) < 2 or len(set(values)) < 2:
            continue
        if not all(a <= b for a, b in itertools.pairwise(values)):
            continue  # a running total only rises; up and down are different figures
        if all((aid, k) in taken for aid, (k, _) in ordered):
            continue  # the same figures under another word ("killed" and "people")
        pts = []
        for aid, (k, q) in ordered:
            taken.add((aid, k))
            s = index.sentences[aid][k]
            start, end = by_id[aid].to_raw(s.start, s.end)
            day = index.published[aid]
            value = _as_written(s.text, q)
            pts.append(DevelopmentPoint(value, aid, day.isoformat() if day else None, start, end))
        label = _label(key[0], [index.sentences[aid][k].text for aid, (k, _) in ordered])
        last = max(per_day)  # type: ignore[type-var]
        current = frozenset(q.value for aid, (_, q) in ordered if index.published[aid] == last)
        earlier = frozenset(q.value for aid, (_, q) in ordered if index.published[aid] != last)
        out.append((len(pts), key, Development(label, tuple(pts)), (last, current, earlier)))
    out.sort(key=lambda x: -x[0])
    return [(key, dev, now) for _, key, dev, now in out]


def _singular_nouns(index: StoryIndex) -> frozenset[str]:
    """Lower-case nouns the story's leads write as one thing ("the storm", "a typhoon"):
    the kinds of thing of which a plural ("the storms") names several."""
    out: set[str] = set()
    for a in index.articles:
        for s in index.sentences[a.id][:LEAD_SENTENCES]:
            toks = _WORDS.findall(s.text)
            for prev, tok in itertools.pairwise(toks):
                if prev.lower() in _ONE and tok.isalpha() and tok.islower():
                    out.add(tok)
    return frozenset(out)


def _several_doers(text: str, at: int, kinds: frozenset[str]) -> bool:
    """The figure's clause (to ``at``) names several doers of what it counts: a plural
    of a kind the story writes as one thing ("The storms left 370 dead" in a story of
    "the storm"), a counted plural ("the two typhoons"), or two names joined by "and"
    ("Zeb and Babs killed 370"). Such a figure totals several events: it is no point of
    a line that follows one of them ("Typhoon Babs killed 82 people")."""
    clause = re.split(r"[,;:()\"“”]|\s[—–_]\s|--", text[:at])[-1]
    toks = _WORDS.findall(clause)
    # the doer: the words before the first verb of the clause ("The storms" of "The
    # storms left at least"); a clause with no verb before the figure has none ("36
    # people died": the figure is the subject)
    verb = next(
        (
            k
            for k, t in enumerate(toks)
            if k and (t.lower() in _AUX or is_event(t) or t.lower() == "left")
        ),
        None,
    )
    if verb is None:
        return False
    doer = toks[:verb]
    # the subject's head comes before its modifiers ("The death toll from three weeks
    # of frost": a toll, not frosts)
    cut = next((k for k, t in enumerate(doer) if k and t.lower() in _PREPOSITIONS), None)
    doer = doer[:cut] if cut is not None else doer
    if _NAMES_JOINED.search(" ".join(doer)):
        return True
    head = doer[-1]
    if not (head.isalpha() and head.islower() and head.endswith("s")) or head.endswith("ss"):
        return False
    if any(t.lower() in _MANY for t in doer[:-1]):
        return True
    # the singular: "storms" -> storm, "blazes" -> blaze, "bushes" -> bush, "floods"
    singular = {head[:-1], head[:-2]} | ({head[:-3] + "y"} if head.endswith("ies") else set())
    return bool(singular & kinds)


def _position(text: str, q: Any) -> int | None:
    """Where the figure is written in its sentence (its first word), None if not found."""
    first = q.text.split()[0] if q.text.split() else ""
    if not first:
        return None
    m = re.search(r"(?<![\w.,])" + re.escape(first) + r"(?![\w])", text)
    if m is None:
        m = re.search(re.escape(first), text, re.IGNORECASE)
    return None if m is None else m.start()


def _as_written(text: str, q: Any) -> str:
    """The figure with what it counts, as the sentence writes it: "60 young people"
    where the figure's own words stop at "60 young"."""
    if not q.after & _PEOPLE or q.text.lower().endswith(("people", "person", "persons")):
        return q.text
    m = re.search(re.escape(q.text) + r"(?:\s+[a-z-]+)?\s+(?:people|persons?)\b", text)
    return m.group(0) if m else q.text


def _increment(text: str, at: int) -> bool:
    """The figure is followed by "more" ("two more victims"): an increment."""
    rest = re.findall(r"[\w'’.-]+", text[at:])
    return len(rest) > 1 and rest[1].lower() in _INCREMENT


def _counts(q: Any, text: str, at: int, noun: str, events: frozenset[str]) -> set[str]:
    """The story's event words the figure counts. A bare figure after "<noun> toll"
    ("raising the death toll ... to 74", "the death toll ... has reached 83") counts
    what the noun names (deaths), whatever verb carries it and whether or not a lead
    writes that deed as a verb; else its own verb when its clause has one ("21
    were injured" is no count of "killed"), else the words beside it."""
    if not noun:
        raw = tokenize(text[:at])
        toks = [canon(t.lower()) for t in raw]
        # "<noun> toll": the noun names what the toll counts ("death toll": deaths),
        # whether or not a lead writes the deed as a verb; not a name or a day before
        # it ("Tuesday's toll")
        tolls = {
            a
            for (w, a), b in zip(zip(raw, toks, strict=True), toks[1:], strict=False)
            if b == "toll" and (a in events or (w.isalpha() and w.islower() and w not in STOPWORDS))
        }
        # "the number of people killed when the dam gave way ... rose to 17": a running
        # count named by what happened to whom, the same as "the death toll"
        for m, tok in enumerate(toks[:-1]):
            if tok == "number" and toks[m + 1] == "of":
                tolls |= {t for t in toks[m + 2 : m + 2 + _NUMBER_OF_REACH] if t in events}
        if tolls:
            return tolls
    bound = q.event if q.event else q.before | q.after
    return set(bound & events - _GENERIC)


def _noun(q: Any, events: frozenset[str]) -> str:
    """What a figure counts, as written after it ("14 murders" -> "murder", "three
    Britons" -> "briton"); "" for the event's victims ("60 people", "62 dead", "74")."""
    parts = q.text.split()
    if len(parts) < 2 or not parts[-1].isalpha() or q.after & _PEOPLE:
        return ""  # "60 young people": the people, whatever describes them
    word = canon(parts[-1].lower())
    if word in _VICTIMS or word in events or word in _GENERIC:
        return ""
    return word


def _story_places(index: StoryIndex) -> frozenset[str]:
    """Place words of the story: every city and region its datelines write, and every
    capitalised name its leads write right after "in", "throughout", "across" (one
    lower-case word may come between: "in northeastern Poland"). Known so, a place is
    one in any sentence ("of the Varna Bay club fire")."""
    out: set[str] = set()
    for city, regions in index.regions.items():
        out.add(city)
        out |= regions
    for a in index.articles:
        out |= _dateline_words(a)
        for s in index.sentences[a.id][:LEAD_SENTENCES]:
            toks = _WORDS.findall(s.text)
            for i, tok in enumerate(toks):
                word = _name_word(tok)
                if word is None or i == 0 or word.endswith(_LANGUAGE):
                    continue  # "in poor Swedish", "in Russian": a language, not a place
                before = toks[max(0, i - 2) : i]
                if before[-1].lower() in _LOCATIVE or (
                    len(before) == 2 and before[0].lower() in _LOCATIVE and before[1][:1].islower()
                ):
                    out.add(word.lower())
    return frozenset(out)


def _name_word(tok: str) -> str | None:
    """A capitalised word as a name ("Poland's" -> "Poland"), None for other words and
    for months and weekdays ("in November" says when, not where)."""
    if not tok[:1].isupper():
        return None
    word = _POSSESSIVE.sub("", tok)
    if word.count(".") == 1 and word.endswith("."):
        word = word[:-1]  # the sentence's full stop
    if not word[:1].isupper() or not word[1:2].islower() or _CALENDAR.match(word):
        return None
    return word


def _main_place(index: StoryIndex, known: frozenset[str]) -> frozenset[str]:
    """The story's own place: the one its articles are filed from most (datelines), else
    the one its leads name most; where a figure is when nothing says where."""
    homes = Counter(_home(a, index) for a in index.articles)
    homes.pop(frozenset(), None)
    if homes:
        return homes.most_common(1)[0][0]
    named: Counter[frozenset[str]] = Counter()
    for a in index.articles:
        for s in index.sentences[a.id][:LEAD_SENTENCES]:
            got = _places(s.text, known, index)
            if got:
                named[got] += 1
    return named.most_common(1)[0][0] if named else frozenset()


def _dateline_words(a: Article) -> set[str]:
    m = DATELINE.match(a.text)
    if m is None:
        return set()
    head = re.sub(r"\([^)]*\)", " ", a.text[: m.end()])
    return {w.lower() for w in _WORDS.findall(head) if w[:1].isupper()}


def _region(words: Iterable[str], index: StoryIndex) -> frozenset[str]:
    """Places as the regions the datelines put them in ("warsaw" -> "poland")."""
    out: set[str] = set()
    for w in words:
        out |= index.regions.get(w) or {w}
    return frozenset(out)


def _home(a: Article, index: StoryIndex) -> frozenset[str]:
    """Where an article was filed (its dateline), as a region: a figure whose sentence
    names no place is the dateline's."""
    m = DATELINE.match(a.text)
    if m is None:
        return frozenset()
    head = re.sub(r"\([^)]*\)", " ", a.text[: m.end()])
    words = [w.lower() for w in _WORDS.findall(head) if w[:1].isupper()]
    return _region(words[:1], index) if words else frozenset()


def _places(text: str, known: frozenset[str], index: StoryIndex) -> frozenset[str]:
    """The story's places a sentence names, as regions."""
    found = set()
    for tok in _WORDS.findall(text):
        word = _name_word(tok)
        if word is not None and word.lower() in known:
            found.add(word.lower())
    return _region(found, index)


def _event_words(index: StoryIndex) -> frozenset[str]:
    """What happened in the story's leads: their past-tense verbs, and the participle a
    figure hangs on in a sentence that tells a deed done ("An earthquake struck ...,
    killing 12 people": a participle's clause is told at its sentence's time).

    Why: a story whose first reports write "killing 12" and whose later ones "the death
    toll rose to 31" counts one quantity; with only past-tense forms, "kill" was no event
    of the story, the toll's figures fell back on the verb of change ("rose: 31 -> 40")
    and the first day's count was on no line.
    """
    out: set[str] = set()
    figures = index.figures()
    for a in index.articles:
        bound: dict[int, set[str]] = defaultdict(set)
        for k, q in figures.get(a.id, ()):
            if k < LEAD_SENTENCES and q.unit == "":
                bound[k] |= q.event
        for k, s in enumerate(index.sentences[a.id][:LEAD_SENTENCES]):
            told = event_words(s.text)
            out |= told
            if told and k in bound:
                # a figure's verb written as a participle: "killing" (not a word of
                # the figure's clause that only stems like a verb: "hard-liners")
                out |= {
                    w
                    for t in tokenize(s.text)
                    if t.endswith("ing") and (w := canon(t.lower())) in bound[k]
                }
    return frozenset(out)


def _label(word: str, sentences: list[str]) -> str:
    """The counted people as a reader names them: "dead" for a death toll, else the
    participle the articles write ("injured", "arrested"), never a verb form taken from
    a span ("killing:", "dies:")."""
    if canon("dead") == word:
        return "dead"
    found = [
        tok.lower() for text in sentences for tok in tokenize(text) if canon(tok.lower()) == word
    ]
    return next((t for t in found if t.endswith("ed")), found[0] if found else word)


def describe(dev: Development, names: dict[str, str] | None = None) -> str:
    """One reader line: "killed: 60 (APW19981030.1037, 1998-10-30) -> 62 (..., 1998-11-02)"."""
    names = names or {}
    parts = [
        f"{p.value} ({names.get(p.article_id, p.article_id)}, {p.published})" for p in dev.points
    ]
    return f"{dev.quantity}: " + " -> ".join(parts)


def same_day_differences(dev: Development) -> list[tuple[str, list[str]]]:
    """The days on which a development's reports give different values, each with its
    values as written (in the line's order): ``[("1998-10-30", ["60 people", "67"])]``.

    Why: a line follows a count over the days (one value a day, the median report, is
    what says whether it rose), but two reports of one day that give 60 and 67 are no
    development: they disagree, and the line must say so rather than read as a count
    that went 60 -> 67 -> 60.
    """
    by_day: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for p in dev.points:
        values = counted_figures(p.value)
        if p.published and values:
            by_day[p.published[:10]].append((min(values), " ".join(p.value.split())))
    return [
        (day, list(dict.fromkeys(shown for _, shown in got)))
        for day, got in by_day.items()
        if len({v for v, _ in got}) > 1
    ]


def counted_figures(text: str) -> frozenset[float]:
    """The values of a statement's counts ("Fourteen people", "$40 million", "three
    days", "30 percent"), read as the attribution reads figures.

    Why: only a count is something a later report updates. A time of day, an age or an
    ordinal ("shortly after 9 p.m.", "aged 62", "the first round") says when, of whom or
    which one, and dates and years are no figures to the reading at all: two statements
    of one fact that differ there are no fact moving on (see :func:`updates_it`).
    """
    toks, lows, _, _ = read(text)
    return frozenset(q.value for q in quantities(toks, lows) if not q.ident and _counts_up(q))


def updates_it(details: Iterable[Detail], claim: str, evidence: str) -> bool:
    """Whether a later report that contradicts an earlier one moved the story on rather
    than disagreeing with it: some conflicting detail is one that changes over a story's
    days (a count, whether something happened or is planned, ...), not only the date,
    the time of day, the age or the ordinal the two give (``claim`` and ``evidence``:
    the texts the details were read from).

    Why: "shortly after 9 p.m." (Nov 20) and "about 10 p.m." (Nov 21) for when a blaze
    started are two outlets disagreeing; taken for an update, the later time hid the
    earlier one, which two outlets gave.
    """
    conflicts = [d for d in details if d.status == "conflicts"]
    return not conflicts or any(_develops(d, claim, evidence) for d in conflicts)


def _counts_up(q: Quantity) -> bool:
    """A figure that counts (how many, how much, how long), not a clock time in any
    zone, an age or an ordinal."""
    return not (q.unit.startswith("clock") or q.unit in ("age", "ord"))


def _develops(d: Detail, claim: str, evidence: str) -> bool:
    """A conflicting detail other than a date or a figure that is no count (a figure is
    looked up as its sentence writes it, where a word before it may make it an age:
    "aged 62"; else read alone)."""
    if d.kind == "date":
        return False
    if d.kind != "number":
        return True
    found = []
    for shown, text in ((d.claim, claim), (d.evidence, evidence)):
        if not shown:
            continue
        toks, lows, _, _ = read(text)
        mine = [q for q in quantities(toks, lows) if q.text == shown]
        if not mine:
            toks, lows, _, _ = read(shown)
            mine = quantities(toks, lows)
        found.extend(mine)
    return not found or any(_counts_up(q) for q in found)
