"""Names in a sentence: capitalised spans, with the keys other forms of them match.

Why: "U.S." and "United States", "Syrian" and "Syria", "Kurds" and "Kurdish" name one
thing; a name's role (the word before it: "in London", "leader Rolf Berne") says which
slot it fills, so another name only conflicts where it stands in the same place.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..text import STOPWORDS
from .dates import MONTHS_ALL, WEEKDAYS
from .lexicon import is_event, word_map, word_set

TITLES = word_set("titles")
_CONNECT = frozenset({"of", "de", "bin", "al", "van", "von", "la", "du", "der", "da"})
_ALIASES = word_map("name_aliases")
_DEMONYM_ENDINGS = ("ian", "ean", "an", "i", "ese", "ish", "n")


@lru_cache(maxsize=100_000)
def name_keys(word: str) -> frozenset[str]:
    """Keys a name word may be matched by: itself, its alias, its country for a demonym."""
    w = word.lower().strip(".'’")
    keys = {w}
    if w in _ALIASES:
        keys.update(_ALIASES[w].split())
    if "-" in w:
        keys.update(p for p in w.split("-") if len(p) > 2)
    forms = [w]
    if w.endswith("s") and not w.endswith("ss") and len(w) > 4:
        forms.append(w[:-1])  # Kurds -> kurd, Palestinians -> palestinian
        keys.add(w[:-1])
    for form in forms:
        for end in _DEMONYM_ENDINGS:
            if form.endswith(end) and len(form) - len(end) >= 4:
                base = form[: -len(end)]
                keys.add(base)
                keys.add(base + "a")  # Syrian -> syria(n) -> syria, Kenyan -> kenya
                keys.add(base + "e")  # Chilean -> chile
                if end == "ian":
                    keys.add(base + "y")  # Italian -> italy, Hungarian -> hungary
    return frozenset(keys)


@dataclass(frozen=True, slots=True)
class Name:
    """A capitalised span: its words (lower-cased, titles dropped) and their match keys."""

    text: str
    words: tuple[str, ...]
    keys: frozenset[str]
    # the word before the name ("in" London, board member Tom Reyes), "" at the start:
    # another name is a changed detail only where it stands in the same place
    role: str = ""
    # the post the sentence gives the name, written before it or set off after it by
    # commas ("ANC spokesman Dullah Omar", "Manolo Aquino, PAL's executive vice
    # president,"), as written, and its words lower-cased: "" when it gives none
    post: str = ""
    post_words: frozenset[str] = frozenset()
    # a figure follows the name ("Flight 103", "Resolution 883"): a numbered thing, no
    # person or place, so only another numbered name can stand in its slot
    numbered: bool = False


# Words before a name that play the same part ("Paris and London", "in or near Paris").
_ROLE_OF = {"and": "in", "or": "in", "near": "in", "at": "in", ",": "in"}


# Titles that name a post someone holds ("spokesman", "governor"), not a form of address
# or a time in it ("Mr.", "former"): a post is one of these with the words that say whose.
_POSTS = TITLES - frozenset(
    {"mr", "mrs", "ms", "dr", "sir", "lord", "lady", "rev", "prof", "former", "acting", "deputy"}
)
_POST_STOP = frozenset({"said", "says", "told", "and", "or", "who", "which", "that"})
_POST_WORDS = 6


def _post(toks: list[str], lows: list[str], start: int, end: int) -> tuple[str, frozenset[str]]:
    """The post a sentence gives the name at ``toks[start:end]``: the words right before
    it ("ANC spokesman", "Mexico's central bank governor,") or set off by a comma after
    it (", PAL's executive vice president,"), up to a determiner, a preposition or a
    verb of saying; a post ends on a title of :data:`_POSTS` and has at least one word
    of whose it is ("ANC", "central bank"): a bare "spokesman" is anyone's."""

    def ok(k: int) -> bool:
        return toks[k][:1].isalnum() and lows[k] not in STOPWORDS and lows[k] not in _POST_STOP

    runs: list[list[int]] = []
    k = start - 1
    if k >= 0 and toks[k] == ",":
        k -= 1
    before: list[int] = []
    while k >= 0 and len(before) < _POST_WORDS and ok(k):
        before.insert(0, k)
        k -= 1
    runs.append(before)
    if end < len(toks) and toks[end] == ",":
        after: list[int] = []
        k = end + 1
        while k < len(toks) and len(after) < _POST_WORDS and ok(k):
            after.append(k)
            k += 1
        if k >= len(toks) or toks[k] in (",", ".", ";") or lows[k] in _POST_STOP:
            runs.append(after)
    for run in runs:
        words = frozenset(lows[k].strip(".'’") for k in run)
        # the post ends on its title, right before the name or its comma
        if run and lows[run[-1]].strip(".") in _POSTS and words - _POSTS:
            return " ".join(toks[k] for k in run), words
    return "", frozenset()


def post_holder(n: Name, others: Iterable[Name]) -> Name | None:
    """Another holder of the claim name's post: "ANC spokesman Dullah Omar" against "An
    ANC spokesman, Thabo Masebe,": every word of the claim's post is in the other's
    (which may say more: "Mexico's central bank governor and former finance minister"),
    and the two names share no word."""
    if not n.post_words:
        return None
    for e in others:
        if e.post_words >= n.post_words and not (e.keys & n.keys):
            return e
    return None


def _names(toks: list[str], lows: list[str], proper: frozenset[str]) -> list[Name]:
    out: list[Name] = []
    cur: list[str] = []
    role = [""]
    first = [0]

    def flush() -> None:
        if not cur:
            return
        while cur and cur[-1].lower() in _CONNECT:
            cur.pop()
        ws = [
            t.lower().strip(".'’")
            for t in cur
            if t.lower().strip(".") not in TITLES and t.lower() not in _CONNECT
        ]
        ws = [w for w in ws if w and w not in STOPWORDS]
        if ws:
            keys: set[str] = set()
            for w in ws:
                keys |= name_keys(w)
            if len(ws) > 2:
                # acronym: Syrian Defense Forces -> sdf (two letters are a word: "Dullah
                # Omar" is no "do")
                keys.add("".join(w[0] for w in ws))
            end = first[0] + len(cur)
            post, post_words = _post(toks, lows, first[0], end)
            numbered = end < len(toks) and toks[end][:1].isdigit()
            out.append(
                Name(" ".join(cur), tuple(ws), frozenset(keys), role[0], post, post_words, numbered)
            )
        cur.clear()

    for i, tok in enumerate(toks):
        low = lows[i]
        is_cap = tok[0].isupper()
        if is_cap and (low in WEEKDAYS or low in MONTHS_ALL):
            is_cap = False
        if (
            is_cap
            and (i == 0 or toks[i - 1] in ('"', "“"))
            and (low not in proper or low in STOPWORDS)
        ):
            is_cap = False  # a capital only because it opens the sentence
        if is_cap and low in STOPWORDS and low not in ("us",):
            is_cap = tok.isupper() and len(tok) > 1
        if is_cap or (cur and low in _CONNECT and i + 1 < len(toks) and toks[i + 1][:1].isupper()):
            if not cur:
                role[0] = _ROLE_OF.get(lows[i - 1], lows[i - 1]) if i > 0 else ""
                first[0] = i
            cur.append(tok)
        else:
            flush()
    flush()
    return out


_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)
_MID_CAPITAL = re.compile(r"(?<=[a-z0-9,;] )[A-Z][A-Za-z'’-]*")
_LOWER_WORD = re.compile(r"(?<![A-Za-z'’-])[a-z][a-z'’-]*")


def names(toks: list[str], lows: list[str], proper: frozenset[str]) -> list[Name]:
    """Every name span of a tokenised sentence (see :func:`proper_words`)."""
    return _names(toks, lows, proper)


def proper_words(texts: Iterable[str]) -> frozenset[str]:
    """Words the story capitalises inside a sentence: names, even when one opens a sentence.

    A sentence's first word is only taken for a name when it is one of these
    ("Residents" opening a sentence is not a name; "Dorrian" is).
    """
    capital: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    for t in texts:
        capital.update(_POSSESSIVE.sub("", w).lower() for w in _MID_CAPITAL.findall(t))
        lower.update(_LOWER_WORD.findall(t))
    # a word the story mostly writes in lower case is a common word, capitalised only
    # inside a longer name ("the Election Committee" / "Friday's election")
    return frozenset(w for w, k in capital.items() if k >= lower[w])


def _same_word(a: str, b: str) -> bool:
    """One name word written two ways: a key in common ("Kurds"/"Kurdish"), one stem
    ("Kurdistan"/"Kurdish"), or one letter apart ("Goeran"/"Goren")."""
    if name_keys(a) & name_keys(b):
        return True
    if len(a) >= 4 and len(b) >= 4 and a[:4] == b[:4]:
        return True
    return one_edit(a, b)


def one_edit(a: str, b: str) -> bool:
    """One letter added, dropped, changed, or two neighbours swapped ("Gouming"/"Guoming")."""
    if abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 4:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        swapped = (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
        return len(diff) == 1 or swapped
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def same_kind(a: Name, b: Name) -> bool:
    """Whether two names may name things of one kind, so one can stand for the other: a
    numbered thing ("Flight 103") is no person ("Lamen Khalifa Fhimah")."""
    return a.numbered == b.numbered


# Marks in a sentence's word sequence (``Facts.seq``) that are no word of its own.
_SEQ_MARKS = frozenset(["^", "$", "_", "#n", "#d"])


def _neighbours(seq: Sequence[str], i: int) -> tuple[str, str]:
    """The nearest words before and after position ``i`` (a gap "_" skipped; a sentence
    end or a figure is no word: "")."""
    out = []
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(seq) and seq[k] == "_":
            k += step
        out.append(seq[k] if 0 <= k < len(seq) and seq[k] not in _SEQ_MARKS else "")
    return out[0], out[1]


def spelled_in_context(
    word: str, mine: Sequence[str], theirs: Sequence[str], their_names: frozenset[str]
) -> bool:
    """Whether a name word (canonical, as in ``Facts.seq``) is written one letter
    otherwise in the other sentence, among the same words: "Pam Am flight" for "Pan Am
    Flight" is a typo of the name, not another name. Short words are allowed here (not in
    :func:`one_edit`) because the shared neighbour says which word it is; the first
    letter must agree."""
    if word not in mine or word in theirs:
        return False
    around = {n for i, w in enumerate(mine) if w == word for n in _neighbours(mine, i)} - {""}
    for j, x in enumerate(theirs):
        if x == word or x not in their_names or x[:1] != word[:1] or min(len(x), len(word)) < 3:
            continue
        if not (one_edit(x, word) if min(len(x), len(word)) >= 4 else _one_letter(x, word)):
            continue
        if around & set(_neighbours(theirs, j)):
            return True
    return False


def _one_letter(a: str, b: str) -> bool:
    """Two words of one length that differ in one letter ("pan"/"pam")."""
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def _titled(n: Name) -> bool:
    """The name holds a title ("Treasury Secretary Robert Rubin"): a post and its holder."""
    return any(w.lower().strip(".") in TITLES for w in n.text.split())


def rival_holder(n: Name, others: Iterable[Name]) -> tuple[Name, tuple[str, ...]] | None:
    """Another holder of the same post: "Treasury Secretary Robert Rubin" for "Treasury
    Secretary Lawrence Summers". Both names hold a title and share their opening words
    (which post); the rest (who holds it) differs, so the two are rivals for one slot. A
    place is no holder ("Wye River" / "Wye Mills" may be one place inside another), nor a
    shared word elsewhere ("Abdullah Ocalan" / "Ocalan PKK") or a longer form of the same
    name ("John Paul" / "Pope John Paul II"). Returns the rival and the words of ``n`` it
    lacks."""
    if not _titled(n):
        return None
    for e in others:
        if not _titled(e):
            continue
        k = 0
        while k < min(len(n.words), len(e.words)) and _same_word(n.words[k], e.words[k]):
            k += 1
        if k == 0:
            continue
        mine, theirs = n.words[k:], e.words[k:]
        if not mine or not theirs:
            continue
        if any(_same_word(x, y) for x in mine for y in theirs):
            continue
        if all(len(x) > 2 for x in (*mine, *theirs)):
            return e, mine
    return None


# "the Kurdistan Workers Party (PKK)", "the Advanced Composition Explorer, or ACE,": a
# capitalised name of two to seven words, then its abbreviation in brackets or after "or".
_DEFINED = re.compile(
    r"((?:[A-Z][A-Za-z'’-]*\s+(?:(?:and|of|the|for|on|de)\s+)*){1,6}[A-Z][A-Za-z'’-]*)"
    r",?\s+(?:\(\s*|or\s+(?:the\s+)?)([A-Z]{2,6})\b(?!\.)"
)


def defined_abbreviations(texts: Iterable[str]) -> dict[str, frozenset[str]]:
    """Abbreviations a story defines, each with its long form's keys (and back).

    Why: a story that writes "the Kurdistan Workers Party (PKK)" once says "PKK" after,
    and a summary may use either form. Only a definition whose letters are all initials
    of the long form's words counts ("PKK" for "Kurdistan Workers Party", in the name's
    own language order), so a dateline's "(AP)" or a bill's "(HR)" defines nothing.
    """
    out: dict[str, set[str]] = {}
    for text in texts:
        for m in _DEFINED.finditer(text):
            words = [
                w.lower().strip("'’")
                for w in m.group(1).split()
                if w.lower() not in _CONNECT and w.lower() not in STOPWORDS
            ]
            words = [w for w in words if w not in TITLES]
            if len(words) < 2:
                continue
            abbr = m.group(2).lower()
            if not set(abbr) <= {w[0] for w in words}:
                continue
            keys: set[str] = set()
            for w in words:
                keys |= name_keys(w)
            out.setdefault(abbr, set()).update(keys)
            # the long form stated: its abbreviation is stated too
            out.setdefault(" ".join(words), set()).add(abbr)
    return {k: frozenset(v) for k, v in out.items()}


def expand_abbreviations(words: frozenset[str], defs: dict[str, frozenset[str]]) -> frozenset[str]:
    """A sentence's name keys with the other form of every abbreviation the story
    defines: "PKK" adds the keys of "Kurdistan Workers Party", and the long form, all its
    words present, adds "pkk"."""
    extra: set[str] = set()
    for k, v in defs.items():
        if " " in k:
            if all(w in words for w in k.split()):
                extra |= v
        elif k in words:
            extra |= v
    return words | extra if extra else words


# A name of two or more capitalised words (joined by "and", "of", ...) after "the",
# ending in a noun that ends the name: "the Truth and Reconciliation Commission", "the
# Workers Party" (not "World War II", nor "Newsweek and Time": no "the").
_HEADED = re.compile(
    r"((?:[A-Z][\w'’.-]*\s+(?:(?:and|of|for|on|the|de)\s+)*)+)([A-Z][a-z]{2,})\b(?!\s+[A-Z0-9])"
)
# A run of capitalised words: a post and a person's name ("Prime Minister Mesut
# Yilmaz", "Treasury Secretary Robert Rubin", "Former President Itamar Franco").
_CAPITAL_RUN = re.compile(r"\b[A-Z][\w.'’-]*(?:\s+(?:(?:de|bin|al|van|von|la)\s+)?[A-Z][\w.'’-]*)+")
# A name and its description side by side: "PAL, Asia's oldest airline," / "Asia's oldest
# airline, known as PAL," / "the last apartheid president, F.W. de Klerk,".
_NAME_RUN = r"\b((?:[A-Z][\w.'’-]*\s+(?:(?:de|of|bin|al|van|von|la)\s+)*){0,3}[A-Z][\w'’-]*)"
_DESCRIBER = r"\b((?:[Tt]he|an?|[A-Z][\w'’-]*['’]s)\s+(?:[\w'’-]+\s+){0,3}?([a-z]+))"
# each read from a comma: the name before it (to the comma) and the description after
# it, or the description before it and the name after it
_NAME_BEFORE = re.compile(_NAME_RUN + r"$")
_DESCRIBER_AFTER = re.compile(r"\s+" + _DESCRIBER + r"(?=[,.;]|\s+who\b)")
_DESCRIBER_BEFORE = re.compile(_DESCRIBER + r"$")
_NAME_AFTER = re.compile(r"\s+(?:known as\s+|called\s+)?" + _NAME_RUN + r"(?=[,.;])")
_REACH = 60  # characters a name or a description before a comma is looked for in
# Words right before an apposition that make it something else: a list ("the Council
# of Guardians, the Islamic Consultative Assembly, the judiciary,"), or a phrase's
# object ("McDonald of the United States, the tribunal's president": not McDonald's
# post; "lawyer in the case, David Boies").
_NOT_APPOSED = frozenset(
    ", of in on at for from with by to into about over under between among than".split()
)
_THE = re.compile(r"\b[Tt]he\s+")
# "the" and the (up to three) words after it, each only after a space: a mark ends it
_THE_PHRASE = re.compile(r"\b[Tt]he\s+(?=([\w'’-]+)(?:\s+([\w'’-]+))?(?:\s+([\w'’-]+))?)")
_WORD_AFTER = re.compile(r"([\w'’-]+)(\s*)")


@dataclass(frozen=True, slots=True)
class _Antecedent:
    """A name a later description may call by ``head``: its place in the sentence, its
    keys, and the words that describe it ("prime", "minister"; "oldest", "airline")."""

    at: int
    head: str
    keys: frozenset[str]
    describing: frozenset[str]
    # False: a name that only makes the noun ambiguous ("Alkifah Refugee Center",
    # written without "the", beside "the World Trade Center"; "World War II" beside
    # "the Cold War"): "the center" stands for neither
    named: bool = True


def _keys_of(name: str) -> frozenset[str]:
    """The match keys of a name's words, titles and small words left out."""
    keys: set[str] = set()
    for w in name.split():
        w = w.strip(".'’").lower()
        if w and w not in TITLES and w not in _CONNECT and w not in STOPWORDS:
            keys |= name_keys(w)
    return frozenset(keys)


def _lower_words(text: str) -> frozenset[str]:
    """A phrase's words in lower case, possessives dropped ("Asia's oldest" -> asia, oldest)."""
    return frozenset(_POSSESSIVE.sub("", w).strip(".'’").lower() for w in text.split())


def _modified(word: str) -> bool:
    """A lower-case word after a name that makes the name its modifier: a noun ("the
    World Trade Center bombing"), no small word, verb or mark ("the Commission said")."""
    return (
        word.isalpha()
        and word.islower()
        and word not in STOPWORDS
        and word not in _POST_STOP
        and not is_event(word)
    )


def _word_before(text: str, at: int) -> str:
    """The word (or comma) before a phrase starting at ``at``, past an article ("of the
    United States": "of")."""
    before = text[:at].rstrip()
    if before.endswith(","):
        return ","
    last = before.rsplit(None, 1)[-1] if before else ""
    if last.lower() in ("the", "a", "an"):
        return _word_before(text, len(before) - len(last))
    return last.lower()


def _antecedents(text: str, wanted: Collection[str] = ()) -> list[_Antecedent]:
    """The names a sentence gives with the noun a later definite description may call
    them by: a name's own last word ("the ... Commission"), the post written before a
    person ("Prime Minister Mesut Yilmaz"), or the description set beside a name ("PAL,
    Asia's oldest airline,"). ``wanted``: only these nouns (those the article's
    descriptions use; empty: any)."""
    out: list[_Antecedent] = []
    if wanted and set(_LOWER_WORD.findall(text.lower())).isdisjoint(wanted):
        return out

    def wants(noun: str) -> bool:
        return not wanted or noun in wanted

    for the in _THE.finditer(text):
        m = _HEADED.match(text, the.end())
        if m is None or not wants(m.group(2).lower()):
            continue
        name = m.group(1) + m.group(2)
        after = _WORD_AFTER.match(text, m.end() + 1) if text[m.end() : m.end() + 1] == " " else None
        if after is not None and _modified(after.group(1)):
            continue  # "the World Trade Center case": "the" is the case's, no name's
        if len(name.split()) >= 2:
            out.append(
                _Antecedent(the.start(), m.group(2).lower(), _keys_of(name), _lower_words(name))
            )
    for m in _CAPITAL_RUN.finditer(text):
        words = m.group(0).split()
        heads = [h for w in words[1:] if w.isalpha() and w[1:].islower() and wants(h := w.lower())]
        if heads:
            keys, describing = _keys_of(m.group(0)), _lower_words(m.group(0))
            out += [_Antecedent(m.start(), h, keys, describing, False) for h in heads]
        posts = [k for k, w in enumerate(words) if w.lower().strip(".") in TITLES]
        if not posts or posts[-1] == len(words) - 1:
            continue
        last = posts[-1]
        # the post's words run up to the name: "Treasury Secretary", "Former President"
        post = words[last].lower()
        if posts != list(range(posts[0], last + 1)) or post not in _POSTS or not wants(post):
            continue
        keys = _keys_of(" ".join(words[last + 1 :]))
        if keys:
            describing = _lower_words(" ".join(words[: last + 1]))
            out.append(_Antecedent(m.start(), post, keys, describing))
    for at, name, phrase, noun, first in _appositions(text) if "," in text else ():
        if not wants(noun):
            continue
        before = _word_before(text, at)
        # a comma before a name opens a list; before a description, the sentence; a
        # verb before a description makes it the verb's object ("who attended the
        # meeting, Marc Andreessen")
        if (before in _NOT_APPOSED and (before != "," or first)) or is_event(noun):
            continue
        if not first and before and is_event(before):
            continue
        if keys := _keys_of(name):
            out.append(_Antecedent(at, noun, keys, _lower_words(phrase)))
    return sorted(out, key=lambda a: a.at)


def _appositions(text: str) -> list[tuple[int, str, str, str, bool]]:
    """Each name and description set side by side around a comma: (where the pair
    starts, the name, the description, its noun, whether the name comes first)."""
    out: list[tuple[int, str, str, str, bool]] = []
    comma = text.find(",")
    while comma > 0:
        lo = max(0, comma - _REACH)
        m = _NAME_BEFORE.search(text, lo, comma)
        d = _DESCRIBER_AFTER.match(text, comma + 1)
        if m is not None and d is not None:
            out.append((m.start(), m.group(1), d.group(1), d.group(2), True))
        b = _DESCRIBER_BEFORE.search(text, lo, comma)
        n = _NAME_AFTER.match(text, comma + 1)
        if b is not None and n is not None:
            out.append((b.start(), n.group(1), b.group(1), b.group(2), False))
        comma = text.find(",", comma + 1)
    return out


@dataclass(frozen=True, slots=True)
class _Description:
    """A singular definite description: its place, its noun (the last of its words:
    "the computer industry" is an industry), and the words before the noun."""

    at: int
    noun: str
    lower: frozenset[str]
    capital: frozenset[str]


def _descriptions(text: str) -> list[_Description]:
    """The singular definite descriptions of a sentence: "the" and up to three words,
    up to a small word, a verb or a mark ("the 57-year-old airline in ...": "airline";
    "the prime minister replied": "minister")."""
    out: list[_Description] = []
    for m in _THE_PHRASE.finditer(text):
        words: list[str] = []
        for word in m.groups():
            if word is None or word.lower() in STOPWORDS or word in _POST_STOP or is_event(word):
                break
            words.append(word)
            if _POSSESSIVE.search(word):
                break  # a possessive ends it: "the airline's near-death experience"
        if not words:
            continue
        noun = _POSSESSIVE.sub("", words[-1])
        if not (noun.isalpha() and noun.islower()) or (noun.endswith("s") and noun[-2:] != "ss"):
            continue
        before = [_POSSESSIVE.sub("", w) for w in words[:-1]]
        out.append(
            _Description(
                m.start(),
                noun,
                frozenset(w for w in before if w.isalpha() and w.islower()),
                frozenset(w.strip("'’").lower() for w in before if w[:1].isupper()),
            )
        )
    return out


def _note(seen: dict[str, list[_Antecedent]], a: _Antecedent) -> None:
    """One more name called by its head: the same one as a name sharing a key with it."""
    bucket = seen.setdefault(a.head, [])
    own = a.keys - name_keys(a.head)  # "Commission" is no key two commissions share
    for k, b in enumerate(bucket):
        if own & b.keys:
            bucket[k] = _Antecedent(
                b.at, b.head, b.keys | a.keys, b.describing | a.describing, b.named or a.named
            )
            return
    bucket.append(a)


def _fits(d: _Description, a: _Antecedent) -> bool:
    """Every word of the description before its noun is one the name was described by
    ("the prime minister" / "Prime Minister Yilmaz"; not "the Italian parliament" /
    "the Kurdish Parliament", nor "the first thing" / "the Next Big Thing")."""
    if not d.lower <= a.describing:
        return False
    return all(name_keys(c) & (a.keys | a.describing) for c in d.capital)


def described_names(texts: Sequence[str]) -> list[frozenset[str]]:
    """For each sentence of one article, the name keys its definite descriptions stand
    for: "the commission" for the "Truth and Reconciliation Commission" the article
    named before, "the prime minister" for its "Prime Minister Mesut Yilmaz", "the
    57-year-old airline" for the "PAL" it called "Asia's oldest airline".

    Why: a window that calls a named thing by its description states it ("The
    commission ... It has held hearings"), and a claim naming it is no name the window
    leaves out. Only a description the article resolves one way counts: a singular
    noun said of one name the article gave before (as the name's last word, a person's
    post or a description set beside the name), the description's other words among
    the name's (:func:`_fits`); where the article named two things it fits before
    ("President Clinton", "President Cardoso"), "the president" stands for neither.
    """
    seen: dict[str, list[_Antecedent]] = {}
    out: list[frozenset[str]] = []
    descs = [_descriptions(text) for text in texts]
    # only names called by a noun the article's descriptions use are looked for
    wanted = {d.noun for ds in descs for d in ds}
    for text, ds in zip(texts, descs, strict=True):
        found: set[str] = set()
        ante = _antecedents(text, wanted) if wanted else []
        k = 0
        for d in ds:
            while k < len(ante) and ante[k].at < d.at:
                _note(seen, ante[k])
                k += 1
            fitting = [a for a in seen.get(d.noun, []) if _fits(d, a)]
            if len(fitting) == 1 and fitting[0].named:
                found |= fitting[0].keys
        for a in ante[k:]:
            _note(seen, a)
        out.append(frozenset(found))
    return out
