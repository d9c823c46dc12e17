"""Ordering stage: chosen sentences in an order a reader can follow.

Dated articles are read in the order of the story's telling: by publication time, then
article by article in each article's own order, so pronouns and "the" still find what they
refer to. Undated articles (pasted text, files) carry no such order, so their sentences go
by position: every outlet's lead before anyone's later paragraphs, the way a news writer
puts the main facts first. Undated articles follow dated ones. A ``--fill`` sentence that
may run past the budget always goes last, so cutting at the budget removes only it.

A sentence that cannot stand alone (``eligible.refers_to``) was chosen with the one
before it in its article and is placed directly after it ("Much of the message focused
on... He called for attacks in..."): it only reads right there.

With ``overview_first`` (a briefing's order: ``digest`` asks for it), a summary of dated
articles opens with the story's overview: the sentence that says what
the story is (``render.overview_index``: the story's title when it is a summary sentence,
else the summary sentence that is an article's lede and ranks first as a title; in
either case central, standing alone, stating an event, no background) comes first, with
any sentence that leans on it, and the rest follow in the order above. A news writer
opens on the main event, not on a detail the earliest article happened to tell first
(a shelter count before "The storm swept across the islands, killing
dozens"). Undated articles are read leads first
already.
It is not moved when a sentence shown before it introduces a name or a description it
uses ("Xu" after "Xu Wenli", "the crowds" after "Crowds gathered").

With ``names_first`` (the same), a name is given in full before it is used alone: a
summary sentence that names "Gen.
Augusto Pinochet" is moved (with any sentence leaning on it) before the first one that
says only "Pinochet", which the selector allows for a name the story is about.

A summary opens on a sentence a reader can place (``place_opening``, on by default):
when the first sentence of the order uses, in its opening clause, a definite description
nothing in it introduces ("The men were seized ...") or opens on a surname alone
("Slepian was ..."), the first later summary sentence that introduces it (names the
noun, or the name in full), else the first that leans on nothing and needs nothing
itself, moves to the front with the sentences that lean on it. The reader of a summary
meets its opening with nothing before it, so even a word of the story's topic ("the
storm") needs its introduction there. Nor does a summary open on a denial: when the
first sentence's main clause is negated or denies (``opens_on_denial``: "Israel is not
involved in any way in the current, growing confrontations between Turkey and Syria, a
spokesman said"), or tells a plan (``opens_on_plan``: "Mubarak will go to Syria and
Turkey to help cool tensions", s28), the first later summary sentence that states an
event (``render.states_no_event``) and leans on nothing moves to the front the same way:
a news writer opens on what happened, not on what a party says did not or means to do.
Only the order changes, never a sentence; it costs a few pattern tests of the first
sentence, and the story's surnames only when it opens on a lone capitalised word.

An article that shares (almost) no content word with any other
(``coherence.uncorroborated``: a note in another language, a brief on another subject)
corroborates nothing and is corroborated by nothing; when at least two other articles are
given, its sentences follow theirs, so the summary does not open on it because it happened
to be named first. Nothing else can lean on such a sentence (a name or a description it
introduces would be a shared word), so moving it breaks no reference. The check reads the
opening sentence's article first and stops at the first article that shares enough of its
words, so a story of one event pays almost nothing.

Why both are off by default: together they cost about 1.5 ms a story in process
(``benchmarks/order_cost.py``) and about 3 ms end to end, and ``batch`` promises to stay
20x faster than sumy's LexRank; they move ROUGE by 0.01. ``digest``, a briefing, asks for
both (``SummaryOptions.briefing``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .eligible import (
    Surnames,
    definite_heads,
    mentions,
    name_runs,
    opening_subject,
    points_back,
    refers_to,
    story_surnames,
    story_topics,
    unintroduced,
)
from .model import Article, Sentence
from .text import LOWER, UPPER


def order_key(
    sentence: Sentence, articles: dict[str, Article], filler: bool = False
) -> tuple[int, bool, str, int, int, int]:
    art = articles[sentence.article_id]
    undated = not art.published
    position_first = sentence.index if undated else 0
    return (
        1 if filler else 0,
        undated,
        art.published or "",
        position_first,
        art.position,
        sentence.start,
    )


def order_sentences(
    items: Sequence[tuple[Sentence, bool]],
    articles: Sequence[Article],
    *,
    overview_first: bool = False,
    names_first: bool = False,
    all_sentences: Sequence[Sentence] | None = None,
    voting: Sequence[Article] | None = None,
    place_opening: bool = True,
) -> list[int]:
    """Indices of ``items`` (sentence, is_filler) in reading order; ``overview_first``:
    the story's overview sentence first; ``names_first``: a name in full before its
    surname alone; ``place_opening``: a summary opens on a sentence a reader can place
    (see the module's docstring). ``all_sentences``: every sentence of the
    articles as ``newsbrief.prepare`` split them, when the caller has them: finding the
    overview reads each article's lede and words, and need not split them again."""
    out = _reading_order(items, articles)
    out = _uncorroborated_last(
        out, items, voting if voting is not None else articles, all_sentences
    )
    out = _opinion_last(out, items, articles)
    names = _Names(articles)
    dated = {a.id for a in articles if a.published}
    if overview_first and out and items[out[0]][0].article_id in dated:
        out = _overview_first(out, items, articles, names, all_sentences)
    if names_first:
        out = _names_in_full_first(out, items, articles, names)
    return _placeable_opening(out, items, articles, names) if place_opening else out


def _uncorroborated_last(
    out: list[int],
    items: Sequence[tuple[Sentence, bool]],
    voting: Sequence[Article],
    all_sentences: Sequence[Sentence] | None,
) -> list[int]:
    """``out`` with the sentences of articles that share (almost) no content word with any
    other after the rest (fillers stay last), when at least two other articles remain."""
    from .coherence import MAX_SHARED, counted, uncorroborated
    from .text import sentence_words

    if len(voting) < 3 or not out or items[out[0]][1]:
        return out
    sentences = all_sentences if all_sentences is not None else [s for s, _ in items]
    first = items[out[0]][0].article_id
    if first not in {a.id for a in voting}:
        return out
    # Cheap test first: enough words of the opening article, as written, in another one
    # (the same word is the same stem, so this can only under-count what is shared).
    tokens: set[str] = set()
    for s in sentences:
        if s.article_id == first:
            tokens.update(sentence_words(s.text))
    mine = {w for w in tokens if counted(w)}
    found: dict[str, set[str]] = {}
    for s in sentences:
        if s.article_id != first:
            got = found.setdefault(s.article_id, set())
            got.update(mine.intersection(sentence_words(s.text)))
            if len(got) >= MAX_SHARED * len(mine):
                return out
    late = set(uncorroborated(voting, sentences))
    if first not in late or len(voting) - len(late) < 2:
        return out
    fillers = [k for k in out if items[k][1]]
    body = [k for k in out if not items[k][1]]
    moved = [k for k in body if items[k][0].article_id in late]
    return [k for k in body if k not in moved] + moved + fillers


def _opinion_last(
    out: list[int], items: Sequence[tuple[Sentence, bool]], articles: Sequence[Article]
) -> list[int]:
    """``out`` with the sentences of editorials and opinion pieces
    (``eligible.is_opinion``) after the news (fillers stay last): a summary opens on what
    happened, and a paper's view follows the facts it is about."""
    from .eligible import is_opinion

    views = {a.id for a in articles if is_opinion(a.text, a.title, a.url)}
    if not views or not out:
        return out
    fillers = [k for k in out if items[k][1]]
    body = [k for k in out if not items[k][1]]
    moved = [k for k in body if items[k][0].article_id in views]
    return [k for k in body if k not in moved] + moved + fillers


class _Names:
    """The story's surnames, asked for only when a name could move (both rules of the
    order may ask: :func:`_may_move_name`, :func:`_may_name_before`). Shared with the
    selector when it read the same articles (``eligible.story_surnames``): it reads the
    articles that vote, the order all of them, so not when a duplicate was set aside."""

    def __init__(self, articles: Sequence[Article]) -> None:
        self._articles = articles
        self._names: Surnames | None = None
        self._joined: str | None = None

    def get(self) -> Surnames:
        if self._names is None:
            self._names = story_surnames([a.text for a in self._articles])
        return self._names

    def may_be_surname(self, word: str) -> bool:
        """Whether some article writes ``word`` as the last word of a longer name ("Dr.
        Barnett Slepian"): what a surname needs, tested with one search of the texts
        before the story's surnames are worked out (a country opening a sentence,
        "Israel is ...", mostly has no such form)."""
        if self._joined is None:
            self._joined = "\n".join(a.text for a in self._articles)
        pattern = rf"[{UPPER}][\w'’.-]*\s+{re.escape(word)}\b"
        return re.search(pattern, self._joined) is not None


def _chain(
    out: Sequence[int],
    at: int,
    items: Sequence[tuple[Sentence, bool]],
    by_id: dict[str, Article],
) -> list[int]:
    """``out[at]`` and the sentences after it that are placed there because they lean on
    it (the next sentences of its article, each leaning on the one before)."""
    chain = [out[at]]
    for k in out[at + 1 :]:
        s, prev = items[k][0], items[chain[-1]][0]
        if items[k][1] or s.article_id != prev.article_id or s.index != prev.index + 1:
            break
        if not leans_on(s, prev, by_id):
            break
        chain.append(k)
    return chain


def _names_in_full_first(
    out: list[int],
    items: Sequence[tuple[Sentence, bool]],
    articles: Sequence[Article],
    story: _Names,
) -> list[int]:
    """``out`` with each name given in full before it is used alone: the news convention
    of full name on first reference ("Xu Wenli" before "Xu spent 12 years in prison").
    The selector lets a sentence use alone the name of someone the story is about with
    no sentence naming them in full before it; when the summary holds such a sentence
    later, it (with any sentence leaning on it) is moved up."""
    if len(out) < 2:
        return out
    if not _may_move_name([items[k][0].text for k in out]):
        return out
    names = story.get()
    by_id = {a.id: a for a in articles}
    result = list(out)
    moved: set[int] = set()
    introduced: set[str] = set()
    i = 0
    while i < len(result):
        k = result[i]
        named, bare = names.of(items[k][0].text)
        missing = sorted(bare - introduced)
        target = None
        for key in missing:
            for pos in range(i + 1, len(result)):
                j = result[pos]
                if items[j][1] or j in moved or key not in names.of(items[j][0].text)[0]:
                    continue
                before = items[result[pos - 1]][0]
                s = items[j][0]
                if (
                    before.article_id == s.article_id
                    and before.index == s.index - 1
                    and leans_on(s, before, by_id)
                ):
                    continue  # it reads only after the sentence before it
                target = pos
                break
            if target is not None:
                break
        if target is None:
            introduced |= named
            i += 1
            continue
        chain = _chain(result, target, items, by_id)
        moved.update(chain)
        result = result[:i] + chain + [x for x in result[i:] if x not in chain]
    return result


def _overview_first(
    out: list[int],
    items: Sequence[tuple[Sentence, bool]],
    articles: Sequence[Article],
    story: _Names,
    all_sentences: Sequence[Sentence] | None = None,
) -> list[int]:
    """``out`` with the overview sentence and the sentences placed right after it because
    they lean on it moved to the front, when nothing shown before it introduces what it
    names."""
    from .render import overview_index

    shown = [k for k in out if not items[k][1]]
    if len(shown) < 2:
        return out
    texts = [items[k][0].text for k in shown]
    at = overview_index(articles, texts, all_sentences=all_sentences)
    if at is None or shown[at] == out[0]:
        return out
    top = out.index(shown[at])
    chain = _chain(out, top, items, {a.id: a for a in articles})  # with its dependents
    if _introduced_before(out[:top], chain, items, articles, story):
        return out
    return chain + [k for k in out if k not in chain]


def _runs(text: str) -> tuple[set[str], set[str], set[str]]:
    """The words of ``text``'s name runs (``eligible.name_runs``) that ``Surnames.of`` can
    count: (words alone, last words of longer runs, last two words of longer runs). A
    surname it uses alone is one of the first and none of the second; one it names in
    full, one of the third ("Xu Wenli" names "Xu")."""
    alone: set[str] = set()
    last: set[str] = set()
    ends: set[str] = set()
    for tokens in name_runs(text):
        if len(tokens) == 1:
            alone.add(tokens[0])
        else:
            last.add(tokens[-1])
            ends.update(tokens[-2:])
    return alone - last, last, ends


def _may_move_name(texts: Sequence[str]) -> bool:
    """Whether ``_names_in_full_first`` can move anything in a summary reading ``texts``
    in this order: one of them uses alone a word that no text before it ends a longer
    name with and that a text after it holds in a longer name (the cheap test before the
    story's surnames are worked out: what the rule needs, for words, not surnames)."""
    runs = [_runs(t) for t in texts]
    introduced: set[str] = set()
    for i, (alone, last, _) in enumerate(runs):
        missing = alone - introduced
        if missing and any(not missing.isdisjoint(ends) for *_, ends in runs[i + 1 :]):
            return True
        introduced |= last
    return False


def _may_name_before(before: Sequence[str], used: Sequence[str]) -> bool:
    """Whether a text of ``before`` can name in full a surname a text of ``used`` uses
    alone (``_introduced_before``'s test for names, for words, before the story's
    surnames are worked out)."""
    alone: set[str] = set()
    for t in used:
        alone |= _runs(t)[0]
    return bool(alone) and any(not alone.isdisjoint(_runs(t)[2]) for t in before)


def _introduced_before(
    before: Sequence[int],
    chain: Sequence[int],
    items: Sequence[tuple[Sentence, bool]],
    articles: Sequence[Article],
    story: _Names,
) -> bool:
    """Whether a sentence of ``before`` introduces a surname or a definite description
    that a sentence of ``chain`` uses without introducing it (for the overview itself,
    any description its opening clause leaves to the reader: "The curfew ... was
    lifted" after "The city has been under a curfew since May")."""
    texts = [a.text for a in articles]
    used = [items[k][0].text for k in chain]
    names = story.get() if _may_name_before([items[k][0].text for k in before], used) else None
    topics = story_topics(texts, [a.title or "" for a in articles])
    by_id = {a.id: a for a in articles}
    wanted_names: set[str] = set()
    wanted_nouns: set[str] = set()
    for k in chain:
        s = items[k][0]
        if names is not None:
            wanted_names |= {n for n in names.of(s.text)[1] if n.lower() not in topics}
        art = by_id.get(s.article_id)
        wanted_nouns |= unintroduced(
            s.text,
            art.text if art is not None else "",
            topics,
            demonstratives=True,
            until=s.start if art is not None else None,  # what comes before it
        )
        if k == chain[0]:  # what the overview opens with, even a word of the topic
            wanted_nouns |= {h[-1] for _, h in definite_heads(s.text)}
    for k in before:
        text = items[k][0].text
        if names is not None and wanted_names & names.of(text)[0]:
            return True
        lowered = text.lower()
        if any(mentions(noun, lowered) for noun in wanted_nouns):
            return True
    return False


# A sentence opening on a surname alone: one capitalised word, then a lower-case one
# ("Slepian was one of ...").
_OPENS_ON_ONE_NAME = re.compile(rf"[\"“‘']?([{UPPER}][{LOWER}][\w'’-]*)\s+[{LOWER}]")


def opening_needs(text: str, story: _Names) -> tuple[frozenset[str], frozenset[str]]:
    """What a summary's first sentence leaves a reader unable to place: (the nouns of
    definite descriptions of its opening clause that its own words do not establish,
    "The men were seized ..."; the surname it opens on alone, "Slepian was ...").
    Read with nothing before it, so a word of the story's topic is no excuse; a
    referent unique in any news setting ("the government") and a description its own
    words establish are (``eligible.unintroduced``)."""
    nouns = unintroduced(text, "") | opening_subject(text)
    m = _OPENS_ON_ONE_NAME.match(text)
    surnames: frozenset[str] = frozenset()
    if m is not None and m.group(1) in _runs(text)[0] and story.may_be_surname(m.group(1)):
        surnames = story.get().of(text)[1] & {m.group(1)}
    return nouns, surnames


# A main clause that says what is not so: a negated verb ("is not involved", "never
# returned", "cannot be reached"), a refusal ("declined to comment"), a denial ("denied",
# "denies"), or a subject that is nobody ("No one was hurt"). "nor'easter" is a word of
# its own.
_DENIAL = re.compile(
    r"\b(?:not|never|cannot|neither|nor(?![’']\w)|declined\s+to|den(?:y|ies|ied|ying))\b"
    r"|n[’']t\b",
    re.IGNORECASE,
)
_NOBODY = re.compile(r"[\"“‘']?(?:no|none|nobody|nothing|neither)\b", re.IGNORECASE)
# Prepositions before which a negation belongs to a gerund in an object or an adjunct
# ("criticism of Republican leaders for not moving faster"), not to the main verb.
_GERUND_PREPOSITIONS = frozenset(
    "about after against at before by for from in of on over since to without".split()
)


def opens_on_denial(text: str) -> bool:
    """Whether a sentence's main clause (``render.main_clause``) is negated or denies:
    "Israel is not involved in any way ..., a spokesman said", "Syria denied the
    charge", "No one was hurt". A negation in an aside or a trailing clause ("..., a
    charge Damascus denies") is background to what the sentence says happened, and one
    after a preposition negates a gerund ("criticised them for not moving faster"), not
    the main verb, so neither counts."""
    from .render import main_clause

    clause = main_clause(text)
    if _NOBODY.match(clause):
        return True
    for m in _DENIAL.finditer(clause):
        before = clause[: m.start()].split()
        if not before or before[-1].strip("\"“‘'(,").lower() not in _GERUND_PREPOSITIONS:
            return True
    return False


def opens_on_plan(text: str) -> bool:
    """Whether a sentence's main clause tells a plan, not a deed (``render._is_plan``:
    "Mubarak will go to Syria and Turkey to help cool tensions, an official said",
    "Demirel planned to meet Ecevit on Wednesday"): what someone meant to do may not
    have happened, and a news writer opens on what did."""
    from .render import _is_plan, main_clause

    return _is_plan(main_clause(text).split())


def tells_deed(text: str) -> bool:
    """Whether a sentence's main clause has a verb in a tense that tells what was done
    ("voted", "has approved", "was arrested"), not a present that may tell a plan
    ("Construction starts next spring"): what a summary that would open on a plan opens
    on instead."""
    from .render import _has_finite, main_clause

    return _has_finite(main_clause(text).split())


def _placeable_opening(
    out: list[int],
    items: Sequence[tuple[Sentence, bool]],
    articles: Sequence[Article],
    story: _Names,
) -> list[int]:
    """``out`` opening on a sentence a reader can place: when the first sentence uses a
    description or a surname nothing before it introduces ("The men were seized ...",
    "Slepian was ..."), the first later sentence that introduces it ("Four foreign
    men were kidnapped ...", "Dr. Barnett Slepian ..."), else the first that leans on
    nothing, moves to the front with the sentences that lean on it. When the first
    sentence's main clause denies (:func:`opens_on_denial`: "Israel is not involved
    ...") or tells a plan (:func:`opens_on_plan`: "Mubarak will go to Syria ..."), the
    first later sentence that states an event (``render.states_no_event``, which counts
    a plan as none; after a plan, one that tells a deed, :func:`tells_deed`) and leans
    on nothing moves to the front the same way; so does, when the first sentence opens on
    a direct quotation (colour: someone's words), the first later article lede that
    states an event (else the first later sentence that does). Why: a reader of a summary
    meets its opening with nothing before it; a news writer opens on the sentence that
    introduces who or what the story is about, and on what happened, not on what a
    party says did not."""
    if len(out) < 2 or items[out[0]][1]:
        return out
    first = items[out[0]][0].text
    nouns, surnames = opening_needs(first, story)
    plan = not (nouns or surnames) and opens_on_plan(first)
    # a direct quotation is colour: someone's words, not what happened
    quote = not (nouns or surnames) and _opens_on_quote(first)
    denial = plan or quote or (not (nouns or surnames) and opens_on_denial(first))
    if not (nouns or surnames or denial):
        return out
    from .eligible import is_opinion
    from .render import states_no_event

    by_id = {a.id: a for a in articles}
    views = {a.id for a in articles if is_opinion(a.text, a.title, a.url)}
    target = fallback = quoted = None
    for pos in range(1, len(out)):
        k = out[pos]
        s = items[k][0]
        if items[k][1] or s.article_id in views:
            continue  # an editorial's view opens no summary
        before = items[out[pos - 1]][0]
        if (
            before.article_id == s.article_id
            and before.index == s.index - 1
            and leans_on(s, before, by_id)
        ):
            continue  # it reads only right after the sentence before it
        if any(opening_needs(s.text, story)):
            continue
        if denial:
            if (
                not opens_on_denial(s.text)
                and not states_no_event(s.text)
                and (not plan or tells_deed(s.text))
                and not _opens_on_quote(s.text)
            ):
                if not quote or s.index == 0:
                    target = pos  # after a quotation: an article's lede, where the news is
                    break
                if fallback is None:
                    fallback = pos
            continue
        lowered = s.text.lower()
        if any(mentions(n, lowered) for n in nouns) or (
            surnames and surnames & story.get().of(s.text)[0]
        ):
            target = pos
            break
        if _opens_on_quote(s.text):
            quoted = pos if quoted is None else quoted
        elif fallback is None:
            fallback = pos  # a quotation opens only when nothing else can
    at = target if target is not None else fallback if fallback is not None else quoted
    if at is None:
        return out
    chain = _chain(out, at, items, by_id)
    return chain + [k for k in out if k not in chain]


def _opens_on_quote(text: str) -> bool:
    """The sentence opens on a direct quotation ('"No help," he said ...')."""
    return text.lstrip()[:1] in "\"“‘'«"


def leans_on(s: Sentence, prev: Sentence, by_id: dict[str, Article]) -> bool:
    """Whether ``s`` reads only after ``prev``, the sentence before it in its article: it
    refers back (``eligible.refers_to``), ends on a pro-form, or holds a description of
    its opening clause that nothing earlier in its article names (which ``prev`` may name
    in other words: "Fire swept through the mill. What started the blaze ...")."""
    if refers_to(s.text, prev.text) or points_back(s.text):
        return True
    art = by_id.get(s.article_id)
    return art is not None and bool(
        unintroduced(s.text, art.text, demonstratives=True, until=s.start)
    )


def _reading_order(
    items: Sequence[tuple[Sentence, bool]], articles: Sequence[Article]
) -> list[int]:
    by_id = {a.id: a for a in articles}
    ranked = sorted(range(len(items)), key=lambda k: order_key(items[k][0], by_id, items[k][1]))
    at = {(s.article_id, s.index): k for k, (s, filler) in enumerate(items) if not filler}
    follows: dict[int, int] = {}  # item -> the item holding the sentence just before it
    for k, (s, filler) in enumerate(items):
        prev = at.get((s.article_id, s.index - 1))
        if not filler and prev is not None and leans_on(s, items[prev][0], by_id):
            follows[k] = prev
    if not follows:
        return ranked
    out: list[int] = []
    placed: set[int] = set()

    def place(k: int) -> None:
        out.append(k)
        placed.add(k)
        nxt = at.get((items[k][0].article_id, items[k][0].index + 1))
        if nxt is not None and nxt not in placed and follows.get(nxt) == k:
            place(nxt)

    for k in ranked:
        if k in placed or k in follows:
            continue
        place(k)
    out.extend(k for k in ranked if k not in placed)  # only a cycle could leave any
    return out
