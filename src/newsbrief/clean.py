"""Cleaning stage: raw scraped or wire text in, article text a reader would trust out.

Scraped pages carry debris around the story: newsletter sign-ups, "Click here for more",
bylines, update stamps, photo captions with agency credits glued on, contributor lines,
share prompts. None of these is matched by its exact wording; each rule describes a
*shape* of line (short, no sentence punctuation, call-to-action vocabulary, credit
vocabulary at the very end...) so it also works on sites never seen before. Body text is
only ever removed whole-paragraph by those rules, never edited, so cleaning cannot invent
words: every character of the result is either copied from the input or a normalised
form of a wire convention (```` ``...'' ```` quotes, `` _ `` dashes, ``&AMP;``).

The result keeps an :class:`~newsbrief.model.OffsetMap` back to the raw text.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files

from .model import OffsetMap
from .text import content_stems, is_plain, is_postal_address, unpunctuated_sentence

# --- Wire conventions normalised for output ------------------------------------------
# `` and '' are the LDC/PTB way of writing double quotes; " _ " is the AP dash, and a "_"
# between an abbreviation's full stop and a word ("U.S._British") the same wire's hyphen
# (a name_with_underscores, "Elm_(river)", has no full stop before it: left as written).
# AP writes a mixed fraction with a hyphen ("2 1-2 years" for 2 1/2): see _AP_FRACTION.
# Written so every alternative starts with one character class: the regex engine then
# skips non-candidate characters in C, which halves the cost of this scan over the text.
# Same matches as ``|''|(?<=\s)_(?=\s)|(?<=\.)_(?=[^\W\d_])|&[A-Za-z]{2,8};|&#\d{1,6};
# |[ \t\u00a0]{2,}.
_WIRE = re.compile(
    r"[`'_&\t \u00a0](?:(?<=`)`|(?<=')'|(?<=\s_)(?=\s)|(?<=\._)(?=[^\W\d_])"
    r"|(?<=&)[A-Za-z]{2,8};|(?<=&)#\d{1,6};|(?<=[ \t\u00a0])[ \t\u00a0]+)"
)
# The same without the runs of spaces, for the many lines that have none: every single
# space would otherwise be a place to try a match.
_WIRE_NO_RUNS = re.compile(
    r"[`'_&](?:(?<=`)`|(?<=')'|(?<=\s_)(?=\s)|(?<=\._)(?=[^\W\d_])|(?<=&)[A-Za-z]{2,8};"
    r"|(?<=&)#\d{1,6};)"
)
# AP's mixed fraction: a whole number, a space, then numerator-hyphen-denominator with the
# numerator the smaller ("2 1-2", "3 3-4"), not followed by another digit or hyphen (a
# score, "won 2-1", has no whole number before it; "1 1-2-3" is no fraction). The hyphen
# becomes "/", one character for one, so offsets are unchanged.
_AP_FRACTION = re.compile(r"(?<![\d.,/-])\d{1,3} ([1-9]|1[0-5])-([2-9]|1[0-6])(?![\d/-])")


# Entities that occur in scraped and wire news text; others are left as written.
_ENTITIES = frozenset(
    "amp lt gt quot apos nbsp mdash ndash hellip lsquo rsquo ldquo rdquo laquo raquo "
    "eacute egrave aacute agrave iacute oacute uacute ntilde ccedil uuml ouml auml "
    "deg pound euro cent copy reg trade middot bull".split()
)


def _wire_replacement(token: str) -> str:
    if token in ("``", "''"):
        return '"'
    if token == "_":
        return "—"
    if token.startswith("&"):
        name = token.lower()
        if not (name.startswith("&#") or name[1:-1] in _ENTITIES):
            return token  # "&dd;" in a news text is text, not an obscure HTML5 entity
        unescaped = html.unescape(name if token.isupper() else token)
        return unescaped if unescaped != token else token
    return " "  # runs of spaces


# --- Debris rules -----------------------------------------------------------------------
# Words that make up calls to action on news sites. A line is only debris if it is also
# short and reads like a widget rather than a sentence; see ``is_debris``.
_CTA = re.compile(
    r"\b(click here|sign up|signup|subscribe|subscription|newsletters?|"
    r"news ?alerts?|breaking news emails?|emails? (?:alerts?|updates)|"
    r"delivered (?:to your inbox|weekday|daily|every)|"
    r"follow (?:us|me)\b|share (?:this|on|via)|tweet this|like us on|"
    r"read more|more on this|load more|see more|show more|view more|"
    r"watch (?:the )?video|download (?:the|our) app|all rights reserved|"
    r"advertisement|sponsored content|cookie|privacy policy|terms of (?:use|service)|"
    r"related (?:stories|articles|coverage|content)|recommended for you|"
    r"comments? \(\d*\)|leave a comment|skip to (?:content|main)|"
    # paywalls and social promos of scraped pages (issue 12, docs/stories.md, scraped-pages round)
    r"subscribers?|(?:continue|keep) reading|free trial|log ?in|"
    r"create an? (?:free )?account|free articles?|"
    r"follow [\w.'-]+(?: [\w.'-]+)? on "
    r"(?:twitter|x|facebook|instagram|threads|bluesky|linkedin))\b",
    re.IGNORECASE,
)
# A word (lower case) each _CTA alternative holds: a line with none cannot match.
_CTA_WORDS = (
    "click", "sign", "subscri", "news", "email", "delivered", "follow", "share", "tweet",
    "like us", "more", "video", "download", "rights", "advert", "sponsored", "cookie",
    "privacy", "terms", "related", "recommended", "comment", "skip", "reading", "trial",
    "log", "account", "free",
)  # fmt: skip
# "By Alex Johnson", "By ALEX JOHNSON and Jane Roe, Reuters"
_BYLINE = re.compile(
    r"^(?:by|written by|words by)\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}"
    r"(?:\s*(?:,|and|&)\s*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}){0,4}\s*\|?$",
    re.IGNORECASE,
)
# "/ Updated", "Updated 3:41 PM ET", "Published Oct. 3, 2016", "Last updated: ..."
_STAMP = re.compile(
    r"^[/|•·\s-]*(?:last\s+)?(?:updated|published|posted|modified)\b(?:[^.!?]|\.(?=\s*\d)){0,60}$",
    re.IGNORECASE,
)
# "X, Y and Z contributed." / "The Associated Press contributed to this report."
_CONTRIB = re.compile(
    r"\bcontributed(?:\s+(?:to|reporting|additional)\b[^.]{0,40})?\.?$",
    re.IGNORECASE,
)
# A caption credit glued to the end of a caption: "...in 2014.AFP - Getty Images"
_CREDIT_WORDS = (
    r"(?:Getty(?: Images)?|AFP|AP(?: Photo)?|Reuters|EPA|Shutterstock|Bloomberg|"
    r"Photo(?:graph)?|Images?|File|Pool|Handout|Courtesy)"
)
_GLUED_CREDIT = re.compile(
    r"[a-z0-9)\]]\.[A-Z][\w.&'-]*(?:\s*[-/|–—]\s*|\s+)?"
    + r"(?:[\w.&'-]+\s*[-/|–—]?\s*){0,4}"
    + _CREDIT_WORDS
    + r"\W*$"
)
_GLUED_HINT = re.compile(r"\.[A-Z]")  # necessary for _GLUED_CREDIT, and found much faster
_TRAILING_CREDIT = re.compile(
    r"\((?:\w+\s+){0,3}(?:photo|image|file|credit)[^)]*\)\s*$|"
    r"(?:photo|image|picture)\s*(?:credit)?\s*:\s*[^.]{1,60}$",
    re.IGNORECASE,
)
# A byline with its date or time: "By Priya Nair · March 11, 2025", "By Jo Lee | 3:41 PM".
_DATED_BYLINE = re.compile(
    r"^(?i:by|written by)\s+[A-Z][\w.'-]*(?:\s+(?:and\s+)?[A-Z][\w.'-]*){0,5}\s*"
    r"(?:[·•|,/—–-]\s*)+(?:[A-Za-z]+\.?\s+)?(?:\d|[A-Z][a-z]{2,8}\.?\s+\d)[\w\s,:.·•|/-]{0,40}$"
)
# Media players and galleries: "Media playback is unsupported on your device", "Media
# caption ...", "Image 1 of 4", "Caption Close Image", "EMBED More News Videos". A line
# that opens on player or gallery words, or carries a gallery counter, is the widget's text
# (a caption included: it describes a picture the reader does not get).
_MEDIA_START = (
    r"(?:media\s+(?:playback|caption)|(?:image|video|photo|audio)\s+(?:caption|player)|"
    r"(?:image|photo|slide|picture)\s+\d+\s+(?:of|/)\s+\d+|embed\b|watch\s*:|listen\s*:|"
    r"listen to (?:this|the) (?:article|story)|play(?:ing)?\s+video|now playing|"
    r"(?:open|close|view|expand)\s+(?:image|gallery|slideshow))"
)
_MEDIA_ANYWHERE = (
    r"\b(?:caption\s+close\s+image|playback is unsupported|"
    r"(?:image|photo|slide)\s+\d+\s+of\s+\d+)\b"
)
# The rule is ``^START|ANYWHERE``, applied in two parts: the opening is matched in place,
# and the words found anywhere are only searched for in a line holding "image", "photo",
# "slide" or "playback".
_MEDIA_OPENING = re.compile(_MEDIA_START, re.IGNORECASE)
_MEDIA_INSIDE = re.compile(_MEDIA_ANYWHERE, re.IGNORECASE)
# Agency credit lines: "(Reporting By Jane Doe; Editing by Tom Roe)".
_CREDIT_PARENS = re.compile(
    r"^\(?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|graphics?|research)"
    r"(?:\s+and\s+\w+)?\s+by\b[^()]*\)?\s*$",
    re.IGNORECASE,
)
# A link to another article set in the text: "Read more: Floods hit the capital",
# "Related: ...". The label, then a headline (see ``_is_link_line``).
_LINK_LABEL = re.compile(
    r"^(?:read (?:more|also|next)|also read|see also|related(?: stories| articles| coverage)?|"
    r"recommended|more on this(?: story)?|further reading|you may also like|don'?t miss)"
    r"\s*[:|»›>]\s*",
    re.IGNORECASE,
)
# A photo caption ending with its credit as a sentence of its own: "... on Tuesday.
# Reuters", "... the scene. AFP via Getty Images", "... in 2014. File photo".
_SPACED_CREDIT = re.compile(
    r"[.!?][\"'”’)]*\s+\(?(?:[\w.&'-]+\s+){0,3}" + _CREDIT_WORDS + r"(?:\s+[\w.&'-]+){0,2}\)?\s*$",
    re.IGNORECASE,
)
# A reader comment's stamp: a name of up to three words, then how long ago it was
# posted ("jk_1977 5 hours ago", "Anna B · 2d", "mary.p just now"). See _comment_thread.
# The time is "N units ago", "an hour ago", "just now" or the compact "2d", "5h": a
# bare "2 years" ("Jailed 2 years") is reporting, not a stamp.
_COMMENT_STAMP = re.compile(
    r"^[^\s!?]+(?:\s+[^\s!?]+){0,2}\s*[·•|,-]?\s*"
    r"(?:\d+\s*(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)"
    r"\s+ago|\d+(?:s|m|h|d|w|mo|y)|just now|an? (?:minute|hour|day|week|month|year) ago)$",
    re.IGNORECASE,
)
_COMMENT_STAMPS = 2  # a thread is at least this many stamped comments
# A forum's quote header: "marco_p wrote:", "On 3 May, jk_1977 wrote:", "Quote from:
# river_watcher", "Originally posted by Anna B". "X wrote:" is a comment stamp only when
# X is a user name (_user_wrote), so "President Macron wrote:" before a quoted letter
# stays. The other forms are forum words and removed wherever they stand.
_WROTE = re.compile(
    r"^(?:on\s+[^,]{1,40},\s*)?(?P<who>[^\s,:]+(?:\s+[^\s,:]+){0,2})\s+(?:wrote|writes)\s*:$",
    re.IGNORECASE,
)
_USER_NAME = re.compile(r"[\d_@]|^[^A-Z]*$")
# A paragraph that is itself a quotation (it opens with a quote mark): the words of
# someone the story quotes, never a reader's comment under a stamp.
_QUOTATION = re.compile(r"^\s*(?:[\"“„«‘']|``)")
_FORUM_QUOTE = re.compile(
    r"^(?:quote\s+from|quoting|originally\s+posted\s+by|in\s+reply\s+to)\s*:?\s*"
    r"[^\s,]+(?:\s+[^\s,]+){0,2}$",
    re.IGNORECASE,
)
_NAV_ELLIPSIS = re.compile(r"^[\w\s]{1,40}(?:\.\.+|…)\s*$")
_HAS_LETTER = re.compile(r"[A-Za-z]")


def _has_letter(s: str) -> bool:
    """Whether ``s`` holds a letter of any script: a line in Cyrillic or Arabic is text.
    (An ASCII letter is found by the regex in C; other lines test ``str.isalpha``.)"""
    return _HAS_LETTER.search(s) is not None or (not s.isascii() and any(map(str.isalpha, s)))


@lru_cache(maxsize=4096)
def _script(c: str) -> str:
    """The script a letter is written in, from the first word of its Unicode name
    ("LATIN", "CYRILLIC", "ARABIC", "GREEK"...); Chinese characters and Japanese kana are
    one script ("CJK"): they share lines, and neither is spaced. A letter is read through
    its compatibility form first, so a styled or symbol-like letter counts in the script it
    stands for: the micro sign is Greek, "º", "ª", fullwidth and mathematical letters Latin;
    modifier letters, which have no script of their own, are Latin."""
    base = unicodedata.normalize("NFKD", c)[:1] or c
    if base.isascii():
        return "LATIN"
    name = unicodedata.name(base, "").split(" ", 1)[0]
    if name == "MODIFIER":
        return "LATIN"
    return "CJK" if name in ("HIRAGANA", "KATAKANA", "CJK", "HALFWIDTH") else name


def _scripts(s: str) -> Counter[str]:
    """How many letters of ``s`` each script holds."""
    return Counter(map(_script, filter(str.isalpha, s)))


def main_script(s: str) -> str | None:
    """The script most of ``s``'s letters are written in (None without letters)."""
    counts = _scripts(s)
    return counts.most_common(1)[0][0] if counts else None


# What separates the items of a navigation or language menu.
_MENU_SEPARATORS = re.compile(r"[|/·•\s]+")
_MENU_SCRIPTS = 3  # a menu's items are in at least this many scripts
_MENU_ITEMS = 20  # and there are at most this many of them


def _is_language_menu(s: str) -> bool:
    """Whether ``s`` is a line of short items in three or more scripts ("Русский |
    العربية | Ελληνικά | 中文") with none of them writing half the items: a page's language
    menu, never a sentence or a headline, which keep mostly to one script but for a quoted
    name or two ("Putin (Путин) meets Xi (习近平)", Korean "美 FOMC 금리 동결")."""
    items = [x for x in _MENU_SEPARATORS.split(s) if x]
    if not 3 <= len(items) <= _MENU_ITEMS or _SENTENCE_END.search(s):
        return False
    per_script: Counter[str] = Counter()
    for item in items:
        script = main_script(item)
        if script is not None:
            per_script[script] += 1
    if len(per_script) < _MENU_SCRIPTS:
        return False
    return 2 * per_script.most_common(1)[0][1] < len(items)


# Final punctuation, with the full stops and question marks of other scripts: Arabic "؟",
# Urdu "۔", Devanagari "।" and "॥", Armenian "։", Ethiopic "።" and "፧", Greek U+037E.
_SENTENCE_END = re.compile(r"[.!?\u037e\u0589\u061f\u06d4\u0964\u0965\u1362\u1367][\"'”’»)\]]*$")


# Wire-service markup that travels with agency copy: sign-offs "(ms-aet)", "(MORE)",
# editors' notes, insertion instructions ("2nd graf, pvs") and credit lines.
_SIGN_OFF = re.compile(r"^\(?(?:[a-z]{1,5}(?:[-/][a-z]{1,5})+|MORE|END|-?30-?)\)?$")
_EDITORS_NOTE = re.compile(r"^(?:eds?\.?|editors?'?s? note)\s*[:—–-]", re.IGNORECASE)
_GRAF = re.compile(r"\b(?:\d+(?:st|nd|rd|th)\s+)?grafs?\b|\bpvs\b", re.IGNORECASE)
_CREDIT_LINE = re.compile(
    r"^(?:by\s+)?(?:the\s+)?(?:associated press|ap|afp|reuters|upi|bloomberg)"
    r"(?:\s+(?:photo|writer|correspondent|(?:staff|science|business|political) writer))?s?$",
    re.IGNORECASE,
)


def _is_wire_markup(s: str, n_words: int, first: bool) -> bool:
    if n_words <= 3 and _SIGN_OFF.match(s):
        return True
    if _EDITORS_NOTE.match(s):
        return True
    if n_words <= 10 and _GRAF.search(s):
        return True
    if n_words <= 5 and _CREDIT_LINE.match(s):
        return True
    # An all-capitals kicker or section label ("NATIONAL FORECAST"); a first line in
    # capitals is left to be read as the headline.
    # (A script without case, such as Arabic or Devanagari, has no capitals: s.lower() == s.)
    return (
        not first
        and n_words <= 4
        and s.upper() == s
        and s.lower() != s
        and not _SENTENCE_END.search(s)
    )


def is_debris(line: str, *, first: bool = False, notices: tuple[str, ...] | None = None) -> bool:
    """Whether a whole paragraph is page furniture rather than story text.

    Why shapes, not strings: real pages word their widgets a thousand ways, but widgets
    are short, lack the subject-verb sentences of reporting, and use a small vocabulary.
    Long paragraphs are never removed by vocabulary alone, so a story *about* a
    newsletter keeps its text. ``first``: the paragraph opens the text (a headline).
    ``notices``: the site-notice phrases the whole page holds (:func:`_notice_hints`;
    none: no paragraph of it is a notice), or None to look at this paragraph alone.
    """
    s = line.strip()
    if not s:
        return True
    if not _has_letter(s):
        return True
    if not s.isascii() and _is_language_menu(s):
        return True
    # Every rule below compares n_words with 40 or less: a split that stops after 41
    # words gives the same answers (41 or more) without cutting up a long paragraph
    # into all of its words.
    n_words = len(s.split(None, 41))
    if n_words <= 10 and _is_wire_markup(s, n_words, first):
        return True
    if n_words <= 12 and _BYLINE.match(s):
        return True
    if n_words <= 16 and _DATED_BYLINE.match(s):
        return True
    # Case-insensitive rules first look for a word they need in the lower-cased line:
    # exact for ASCII (re.IGNORECASE also folds "ſ", "K", "ı", "İ"), so only there.
    low = s.lower() if n_words <= 40 and s.isascii() else None
    if n_words <= 40 and (
        _MEDIA_OPENING.match(s)
        or (
            (low is None or "image" in low or "photo" in low or "slide" in low or "playback" in low)
            and _MEDIA_INSIDE.search(s)
        )
    ):
        return True
    if n_words <= 40 and _CREDIT_PARENS.match(s):
        return True
    if _STAMP.match(s):
        return True
    if (
        n_words <= 20
        and (low is None or "contributed" in low)
        and _CONTRIB.search(s)
        and '"' not in s
        and "“" not in s
    ):
        return True
    if n_words <= 6 and _NAV_ELLIPSIS.match(s):
        return True
    if n_words <= 12 and is_postal_address(s):  # a contact address: no reporting in it
        return True
    if (notices is None or notices) and _is_site_notice(s, notices):
        return True
    if n_words <= 25 and _LINK_LABEL.match(s) and _is_link_line(s):
        return True
    if n_words <= 40 and _SPACED_CREDIT.search(s):
        return True
    # Cheap necessary conditions first: ``s`` is stripped, so a trailing credit either
    # ends in ")" or has a "photo: ..." colon, and names a photo, image, file or credit;
    # most body lines have neither.
    if n_words <= 40 and (
        (_GLUED_HINT.search(s) and _GLUED_CREDIT.search(s))
        or (
            (s.endswith(")") or ":" in s)
            and (
                low is None
                or "photo" in low
                or "image" in low
                or "file" in low
                or "credit" in low
                or "picture" in low
            )
            and _TRAILING_CREDIT.search(s)
        )
    ):
        return True
    # Short widget text, or a short two-sentence promo ("Get alerts. Delivered daily.").
    # The length test and the vocabulary words run before the regexes, the costliest here.
    if n_words > 25 or (low is not None and not any(w in low for w in _CTA_WORDS)):
        return False
    return (n_words <= 8 or not _looks_like_reporting(s)) and bool(_CTA.search(s))


def _user_wrote(s: str) -> bool:
    """A forum's "NAME wrote:" header where NAME is a user name ("marco_p", "jk_1977",
    "@anna", "riverwatcher"): one word with a digit, "_" or "@" in it, or all in lower
    case, and no pronoun ("he wrote:"). A person's name or title ("President Macron",
    "the minister") is a reporter's lead-in to a quotation."""
    m = _WROTE.match(s.strip())
    if m is None:
        return False
    who = m.group("who")
    return " " not in who and who.lower() not in _PRONOUNS and _USER_NAME.search(who) is not None


_PRONOUNS = frozenset("he she they it we i you who one".split())


# Site furniture that is not a call to action: a cookie or consent banner ("We use cookies
# to improve your experience"), a "Please enable JavaScript" line, a browser warning. Why
# a clause and not a paragraph: a notice speaks to the reader or as the site *about* the
# site, the reader's browser or account in one breath ("we use cookies", "your browser",
# "enable JavaScript", "accept all cookies"): a clause that opens with a phrase of
# reader_address.txt (after an optional "please") and holds a phrase of site_terms.txt.
# News names its subject first and may hold both words apart ("Girl Scout cookies go on
# sale, and you can order them online"; "If you are a customer, check your account
# statements"): kept. A line that reports (a speech verb, a quote) is kept too.
_SITE_NOTICE_WORDS = 40  # longer paragraphs are never a notice (those of the tests: 2-32 words)
# Where a clause ends: a punctuation mark, or a word that opens a new clause ("It looks
# like | you are using an ad blocker", "We noticed that | you ...").
_CLAUSE_BREAK = re.compile(
    r"[.!?;:,()\[\]\u2013\u2014|]+|\s-+\s|\b(?:if|when|while|because|before|after|unless|"
    r"until|which|that|whether|although|though|since|like|so)\b",
    re.IGNORECASE,
)
# Words that may stand before a clause's opener: "and you ...", "Please enable ...".
_CLAUSE_LEAD = re.compile(r"^(?:(?:and|but|or|then|now|please|kindly)\s+)*", re.IGNORECASE)


@cache
def _items(name: str) -> tuple[str, ...]:
    """The phrases of ``data/<name>.txt`` (package data), comments left out."""
    text = files("newsbrief").joinpath(f"data/{name}.txt").read_text("utf-8")
    return tuple(x for x in (line.split("#", 1)[0].strip() for line in text.splitlines()) if x)


@cache
def _phrases(name: str) -> re.Pattern[str]:
    """A whole-word pattern of the phrases of ``data/<name>.txt``."""
    alternation = "|".join(sorted(map(re.escape, _items(name)), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE)


@cache
def _hints(name: str) -> dict[str, tuple[str, ...]]:
    """Few words, each with the phrases of ``data/<name>.txt`` (lower-cased) that hold it,
    such that every phrase holds one ("your" for "your device" and "your account", "site"
    for "this site" and "website", "cookie" for "cookies"): picked greedily, the word in
    most phrases first, among words of four letters or more (a short one, "ad" or "our",
    is inside too many other words to rule a page out). An ASCII text holding none of a
    word's phrases (lower-cased) cannot match :func:`_phrases` there."""
    phrases = sorted({x.lower() for x in _items(name)})
    words = sorted({w for x in phrases for w in x.split() if len(w) >= 4})
    left, out = set(phrases), {}
    while left:
        # ties: the longer word, then one that ends a phrase (its noun: "page", not "this")
        best = max(
            words,
            key=lambda w: (sum(w in x for x in left), len(w), any(x.endswith(w) for x in left)),
        )
        out[best] = tuple(x for x in sorted(left) if best in x)
        left -= set(out[best])
    return out


def _notice_hints(text: str) -> tuple[str, ...] | None:
    """The phrases of site_terms.txt (lower-cased) that ``text`` holds: a paragraph of it
    can only be a site notice if it holds one of these. One scan of the whole page per
    hint word (in C) instead of every phrase per paragraph: most pages hold none, the
    rest one or two. None where the shortcut does not apply: it is exact for ASCII only
    (re.IGNORECASE also folds "K" (Kelvin), "ſ", "İ")."""
    if not text.isascii():
        return None
    low = text.lower()
    return tuple(x for h, xs in _hints("site_terms").items() if h in low for x in xs if x in low)


# Reporting: a speech verb, or a quote mark of any kind (wire ``...'' included).
_SPEECH_OR_QUOTE = re.compile(
    r"\b(?:said|says|told|asked|wrote|according to)\b|[\"“”„«»]|``|''", re.IGNORECASE
)


def _is_site_notice(s: str, hints: tuple[str, ...] | None = None) -> bool:
    """Whether ``s`` is a line about the site, the reader's browser or account, said to
    the reader: consent banners, JavaScript and ad-blocker walls, browser warnings.
    ``hints``: those of the page ``s`` is a paragraph of (:func:`_notice_hints`)."""
    if hints is None:
        hints = _notice_hints(s)
    if hints is not None:
        low = s.lower()
        if not any(h in low for h in hints):
            return False
    return (
        len(s.split(None, _SITE_NOTICE_WORDS)) <= _SITE_NOTICE_WORDS
        and _SPEECH_OR_QUOTE.search(s) is None
        and any(_is_notice_clause(c) for c in _CLAUSE_BREAK.split(s))
    )


def _is_notice_clause(clause: str) -> bool:
    """A clause that opens with an address to the reader (or as the site) and names the
    site, browser or account after it: "we use cookies", "your browser is out of date",
    "enable JavaScript". The opener and the site term are separate words ("check your
    account statements" opens with "check": no notice)."""
    c = _CLAUSE_LEAD.sub("", clause.strip(), count=1)
    m = _phrases("reader_address").match(c)
    if m is None:
        return False
    if _phrases("site_terms").search(c, m.end()) is not None:
        return True
    # "Your account has been locked": a site term that holds its opener, read from the start
    term = _phrases("site_terms").match(c)
    return term is not None and term.end() > m.end()


def is_site_wall(raw: str) -> bool:
    """Whether a page that came out of cleaning without a sentence was a wall in front of
    the story (cookie consent, "enable JavaScript"), told to the user as such rather than
    as an empty file. A wall holds nothing else: every paragraph is a site notice or a
    button's label of a few words ("Manage preferences"), so a page of news about cookie
    rules is never called one. Read only for pages left empty."""
    lines = [t.strip() for t in raw.splitlines() if t.strip()]
    notices = [_is_site_notice(t) for t in lines]
    return any(notices) and all(
        n or len(t.split()) <= _WALL_LABEL_WORDS for n, t in zip(notices, lines, strict=True)
    )


_WALL_LABEL_WORDS = 3  # a consent dialog's button: "Manage preferences", "Reject all"


def _is_link_line(s: str) -> bool:
    """A link label followed by a headline: a line of at most 20 words with no sentence
    end (a sentence after "Related:" is reporting, kept)."""
    rest = _LINK_LABEL.sub("", s, count=1)
    return bool(rest) and looks_like_title(rest)


def _comment_thread(lines: list[str]) -> set[int]:
    """Indices of the lines of a reader-comment thread: each stamp line (a short name and
    a "5 hours ago"), the line after it (the comment) and a short heading just before
    the first stamp ("Comments", "Join the conversation"). Why a thread and not a line:
    a comment is a sentence like any other; what marks it is the stamp before it, and
    a page's comments come several in a row. A thread needs _COMMENT_STAMPS stamps, so
    a lone "Posted 2 hours ago" above an article (a stamp rule's job) is no thread."""
    stamps = [n for n, t in enumerate(lines) if len(t.split()) <= 8 and _is_comment_stamp(t)]
    if len(stamps) < _COMMENT_STAMPS:
        # one forum header alone is still no text of the story ("marco_p wrote:")
        return {n for n in stamps if _FORUM_QUOTE.match(lines[n].strip()) or _user_wrote(lines[n])}
    out: set[int] = set(stamps)
    # a set, not the list: one test per stamp, where a list scan made a page with
    # thousands of comments quadratic (benchmarks/cleaning_speed.py)
    for n in stamps:
        if n + 1 < len(lines) and n + 1 not in out and not _QUOTATION.match(lines[n + 1]):
            out.add(n + 1)
    head = stamps[0] - 1
    if (
        head >= 0
        and head not in out
        and len(lines[head].split()) <= 5
        and looks_like_title(lines[head])
    ):
        out.add(head)
    return out


def _is_comment_stamp(line: str) -> bool:
    """A reader comment's stamp ("jk_1977 5 hours ago") or a forum's header ("marco_p
    wrote:", "Quote from: river_watcher"). "NAME wrote:" counts only where NAME is a user
    name (:func:`_user_wrote`): a news story quoting two letters ("President Macron
    wrote:", "Chancellor Merz wrote:", "The minister wrote:") is reporting, and its
    quotes are the story."""
    t = line.strip()
    return bool(_COMMENT_STAMP.match(t) or _FORUM_QUOTE.match(t)) or _user_wrote(t)


_REPORTING = re.compile(
    r"\b(said|says|told|according to|reported|announced|officials?|police|"
    r"government|president|minister)\b|[\"“”]",
    re.IGNORECASE,
)


def _looks_like_reporting(s: str) -> bool:
    return bool(_REPORTING.search(s))


def looks_like_title(line: str) -> bool:
    """A first line that is short and ends without sentence punctuation reads as a headline."""
    s = line.strip()
    return 0 < len(s.split()) <= 20 and not _SENTENCE_END.search(s) and _has_letter(s)


_STRAY_LABEL_WORDS = 3


def _stray_label(line: str, following: list[str]) -> bool:
    """A short title-shaped first line (at most three words) sharing no content word with
    the lines after it: a navigation label, not a headline ("Menu" above "River floods
    three towns")."""
    if len(line.split()) > _STRAY_LABEL_WORDS or not looks_like_title(line):
        return False
    mine = set(content_stems(line))
    return bool(mine) and not mine & set(content_stems(" ".join(following)))


@dataclass(frozen=True, slots=True)
class CleanText:
    text: str
    raw_map: OffsetMap
    title: str | None
    removed: tuple[str, ...]  # the debris paragraphs, for reporting and tests


# Fixed replacements of _wire_replacement, looked up before calling it.
_WIRE_FIXED = {"``": '"', "''": '"', "_": "—"}
# One piece of cleaned text: (clean start, raw start, raw end, copied unchanged).
_Segment = tuple[int, int, int, bool]


def _add_normalised(
    piece: str, offset: int, parts: list[str], segments: list[_Segment], length: int
) -> int:
    """Append ``piece`` (the raw text at ``offset``) with wire conventions normalised.

    Each run of copied text and each replacement is one segment of the offset map.
    Returns the cleaned text's new length.
    """
    if "-" in piece and _AP_FRACTION.search(piece):
        piece = _AP_FRACTION.sub(_fraction, piece)
    runs = "  " in piece or "\t" in piece or "\u00a0" in piece
    if not (runs or "``" in piece or "''" in piece or "_" in piece or "&" in piece):
        # No wire convention can match (most lines): one copied segment, no regex scan.
        if not piece:
            return length
        parts.append(piece)
        segments.append((length, offset, offset + len(piece), True))
        return length + len(piece)
    pos = 0
    for m in (_WIRE if runs else _WIRE_NO_RUNS).finditer(piece):
        a, b = m.span()
        if a > pos:
            parts.append(piece[pos:a])
            segments.append((length, offset + pos, offset + a, True))
            length += a - pos
        token = m.group()
        if token == "_" and a and piece[a - 1] == ".":
            rep = "-"  # "U.S._British": the wire's hyphen after an abbreviation
        else:
            rep = _WIRE_FIXED.get(token) or _wire_replacement(token)
        if rep:
            parts.append(rep)
            segments.append((length, offset + a, offset + b, rep == token))
            length += len(rep)
        pos = b
    if pos < len(piece):
        parts.append(piece[pos:] if pos else piece)
        segments.append((length, offset + pos, offset + len(piece), True))
        length += len(piece) - pos
    return length


def _fraction(m: re.Match[str]) -> str:
    """An AP fraction with its slash ("2 1-2" -> "2 1/2") when the numerator is smaller."""
    if int(m.group(1)) >= int(m.group(2)):
        return m.group()
    return m.group()[: m.end(1) - m.start()] + "/" + m.group(2)


def _offset_map(segments: list[_Segment]) -> OffsetMap:
    if not segments:
        return OffsetMap((), (), (), ())
    clean_starts, raw_starts, raw_ends, copied = zip(*segments, strict=True)
    return OffsetMap(clean_starts, raw_starts, raw_ends, copied)


_LINE = re.compile(r"[^\n\r]+")


def _lines(raw: str, pos: int = 0) -> list[tuple[int, str]]:
    """``(m.start(), m.group())`` of each match of ``_LINE.finditer(raw, pos)``, found by
    ``str.split`` in C instead of a character-class test per character."""
    rest = raw[pos:] if pos else raw
    if "\r" in rest:
        rest = rest.replace("\r", "\n")  # one for one: offsets unchanged
    out = []
    for seg in rest.split("\n"):
        if seg:
            out.append((pos, seg))
        pos += len(seg) + 1
    return out


# YAML front matter: a block opening the file with a "---" line and closed by a "---" or
# "..." line (Jekyll, Hugo, Pandoc, Obsidian notes). It is metadata about the article,
# never text a reader sees.
_FRONT_MATTER = re.compile(
    r"\A\ufeff?---[ \t]*\r?\n(?:(.*?)\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL
)
_FRONT_KEY = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$", re.MULTILINE)
# Lines a YAML block is made of: "key: value", an indented or list line, a comment. A
# paragraph between two "---" rules is text, not front matter.
_YAML_LINE = re.compile(r"[A-Za-z_][\w-]*[ \t]*:(?:\s|$)|[ \t]|-[ \t]|#|\r?$")


# A markdown heading's marks: "# " before it, and "#"s closing it ("## Title ##").
_ATX_MARKS = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+|[ \t]+#+[ \t]*$")


def front_matter(raw: str) -> tuple[dict[str, str], int]:
    """The top-level scalar fields of a text's YAML front matter (lower-case
    keys, quotes removed) and where the block ends in ``raw``; ({}, 0) without one.
    Nested values and lists are left out: only fields that are one line are read."""
    m = _FRONT_MATTER.match(raw)
    block = (m.group(1) or "") if m is not None else ""
    if m is None or not all(_YAML_LINE.match(line) for line in block.split("\n")):
        return {}, 0
    if block.strip() and not _FRONT_KEY.search(block):
        return {}, 0  # only "#" lines: a markdown heading between two rules, not YAML
    fields: dict[str, str] = {}
    for k in _FRONT_KEY.finditer(block):
        value = _yaml_scalar(k.group(2))
        if value:
            fields.setdefault(k.group(1).lower(), value)
    return fields, m.end()


def _yaml_scalar(value: str) -> str:
    """A one-line YAML scalar as text: quotes removed ("a \\"b\\"", 'it''s'), a comment cut."""
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1].replace('\\"', '"').replace("\\\\", "\\").strip()
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'").strip()
    if value[:1] in ("|", ">", "[", "{", "&", "*"):
        return ""  # a block, a list, a map or an anchor: not one line of text
    return re.sub(r"\s+#.*$", "", value).strip()


def clean_text(raw: str, *, detect_title: bool = True, markdown: bool = False) -> CleanText:
    """Remove debris paragraphs, normalise wire conventions, keep offsets to ``raw``.

    Paragraphs in the result are separated by a blank line. With ``markdown``, markup
    (heading and list markers, emphasis, link targets, images) is left out of the text the
    way a reader sees the rendered page; the words themselves are copied as they are.
    """
    kept: list[list[tuple[int, int]]] = []  # per paragraph: the raw ranges it is made of
    removed: list[str] = []
    # YAML front matter is metadata, in markdown and in pasted plain text alike (ingest
    # reads its title, date, source, url and author: ingest.front_matter_metadata)
    body = front_matter(raw)[1] if raw.startswith(("---", "\ufeff---")) else 0
    # markdown text is joined from pieces of a line (emphasis left out): looked at per line
    notices = None if markdown else _notice_hints(raw)
    for line_start, seg in _lines(raw, body):
        text = seg.strip()
        if not text:
            continue
        start = line_start + len(seg) - len(seg.lstrip())
        end = start + len(text)
        if markdown:
            ranges = _markdown_ranges(raw, start, end)
            if not ranges:
                continue
            text = "".join(raw[a:b] for a, b in ranges)
        else:
            ranges = [(start, end)]
        if is_debris(text, first=detect_title and not kept and not removed, notices=notices):
            removed.append(text.strip())
            continue
        kept.append(ranges)

    if len(kept) > 1:
        thread = _comment_thread(["".join(raw[a:b] for a, b in r) for r in kept])
        if thread:
            removed.extend("".join(raw[a:b] for a, b in kept[n]).strip() for n in sorted(thread))
            kept = [r for n, r in enumerate(kept) if n not in thread]
    if len(kept) > 1 and not raw.isascii():
        kept = _drop_foreign_short_lines(raw, kept, removed)
    title: str | None = None
    if detect_title and len(kept) > 1:
        first = "".join(raw[a:b] for a, b in kept[0])
        # a line of a few words that names nothing the article goes on to tell is the
        # page's furniture ("Menu", "Sections"), not its headline: left out, and the next
        # line is read as the headline instead
        while len(kept) > 2 and _stray_label(first, [raw[a:b] for r in kept[1:4] for a, b in r]):
            removed.append(first.strip())
            kept.pop(0)
            first = "".join(raw[a:b] for a, b in kept[0])
        # a line ending with a colon introduces what follows ("The New York Times said
        # in an editorial on Monday:"): the text's first line, not a headline; so is a
        # sentence that lost its full stop (long, in lower case: text pasted without them)
        if (
            looks_like_title(first)
            and not first.rstrip().endswith((":", "："))
            and not unpunctuated_sentence(first)
        ):
            kept.pop(0)
            # "# Storm hits the coast" pasted as plain text: a markdown heading, whose
            # marks are no words of the title
            title = _normalise(_ATX_MARKS.sub("", first).strip())

    parts: list[str] = []
    segments: list[_Segment] = []
    length = 0
    previous_end: int | None = None
    for ranges in kept:
        if previous_end is not None:
            parts.append("\n\n")
            segments.append((length, previous_end, ranges[0][0], False))
            length += 2
        for a, b in ranges:
            length = _add_normalised(raw[a:b], a, parts, segments, length)
        previous_end = ranges[-1][1]
    return CleanText(
        text="".join(parts), raw_map=_offset_map(segments), title=title, removed=tuple(removed)
    )


def _drop_foreign_short_lines(
    raw: str, kept: list[list[tuple[int, int]]], removed: list[str]
) -> list[list[tuple[int, int]]]:
    """``kept`` less the headline-shaped lines (short, no sentence punctuation) that share
    no script with the rest of the text: site navigation in the site's language ("首页 新闻
    国际") over an English story is no headline and no text of it. A headline mixing
    scripts keeps its place when one of them is the body's ("Café Coffee Day के संस्थापक की
    मौत" over Hindi, "Pokémon Go: νέα έκδοση" over Greek).

    Only text beyond ASCII is looked at; English text keeps the fast path unchanged."""
    lines = ["".join(raw[a:b] for a, b in ranges) for ranges in kept]
    if all(map(is_plain, lines)):
        return kept
    per_line = [set(_scripts(line)) for line in lines]
    in_lines: Counter[str] = Counter()
    for scripts in per_line:
        in_lines.update(scripts)
    out: list[list[tuple[int, int]]] = []
    for ranges, line, scripts in zip(kept, lines, per_line, strict=True):
        # The scripts of the other lines: those some other line also writes in.
        shared = any(in_lines[x] > 1 for x in scripts)
        if scripts and not shared and not is_plain(line) and looks_like_title(line):
            removed.append(line.strip())
            continue
        out.append(ranges)
    return out or kept


# Markdown shapes, compiled on the first markdown input (most input is plain text).
_MD_BLOCK = r"(?:#{1,6}\s+|>\s*|[-*+]\s+|\d{1,3}[.)]\s+)+"
_MD_SKIP_LINE = r"^(?:```|~~~|[-*_=\s]{3,}$|\|?\s*:?-{3,})"
# A link destination as CommonMark reads it: "<...>", or characters other than spaces
# and controls in which parentheses are escaped or balanced ("wiki/Elm_(river)",
# "javascript:alert(1)"), nested here up to three deep (CommonMark asks implementations
# for some limit; past it the link is left as text, as an unbalanced one is). Ending the
# destination at its first ")" left a stray ")" in the sentence.
_MD_DEST_CHAR = r"(?:\\.|[^\s()\\\x00-\x1f])"


def _nested_parens(depth: int) -> str:
    """A destination character, or balanced parentheses nested up to ``depth`` deep."""
    inner = _MD_DEST_CHAR
    for _ in range(depth):
        inner = rf"(?:{_MD_DEST_CHAR}|\((?:{inner})*\))"
    return inner


_MD_PARENS = _nested_parens(3)
_MD_TITLE = r"""(?:"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'|\((?:\\.|[^()\\])*\))"""
_MD_TARGET = rf"\(\s*(?:<[^<>\n]*>|{_MD_PARENS}+)?(?:\s+{_MD_TITLE})?\s*\)"
_MD_INLINE = (
    rf"!\[[^\]]*\]{_MD_TARGET}"  # image: dropped
    rf"|\[([^\]]+)\]{_MD_TARGET}"  # link: keep its text
    r"|(?<![\w*_])[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}(?![\w*_])"  # emphasis markers
    r"|\s+#+\s*$"  # closing hashes of a heading
)


@lru_cache(maxsize=1)
def _markdown_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return re.compile(_MD_SKIP_LINE), re.compile(_MD_BLOCK), re.compile(_MD_INLINE)


def _markdown_ranges(raw: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of one markdown line that are text, as raw ranges (markup left out)."""
    skip_line, block, inline = _markdown_patterns()
    if skip_line.match(raw, start, end):
        return []
    m = block.match(raw, start, end)
    pos = m.end() if m else start
    ranges: list[tuple[int, int]] = []
    for t in inline.finditer(raw, pos, end):
        if t.start() > pos:
            ranges.append((pos, t.start()))
        if t.group(1) is not None:
            ranges.append((t.start(1), t.end(1)))
        pos = t.end()
    if pos < end:
        ranges.append((pos, end))
    ranges = [(a, b) for a, b in ranges if b > a]
    while ranges and not raw[ranges[0][0] : ranges[0][1]].strip():
        ranges.pop(0)
    if ranges:
        a, b = ranges[0]
        ranges[0] = (a + len(raw[a:b]) - len(raw[a:b].lstrip()), b)
    return ranges


def _normalise(s: str) -> str:
    parts: list[str] = []
    _add_normalised(s, 0, parts, [], 0)
    return "".join(parts).strip()
