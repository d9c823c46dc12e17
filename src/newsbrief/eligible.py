"""Which sentences may appear in a summary at all.

A summary sentence is read out of context, so sentences that cannot stand alone are not
candidates: fragments, questions, dangling openers ("But", "He also said"), sentences that
open on a pronoun whose referent is in the sentence before ("He urges others..."),
quotations attributed only to a pronoun ('"...," he said.'), quote pieces with unbalanced
quotation marks, and very short or very long sentences.

The two pronoun rules cost about 0.2 ROUGE-1 on the DUC 2003 dev set (within noise; see
docs/quality.md) and keep summaries from quoting or naming nobody.
"""

from __future__ import annotations

import re

from .model import Sentence

MIN_WORDS = 6  # shorter sentences are mostly headlines, captions and fragments
MAX_WORDS = 60  # longer ones are run-on paragraphs the splitter could not break

_DANGLING = re.compile(
    r"^(?:and|but|or|so|also|still|yet|instead|meanwhile|however|moreover|furthermore|"
    r"nevertheless|otherwise|then|there|that|this|these|those|such|both|thus|hence|"
    r"(?:he|she|they|it|we|i|you)\s+(?:also|added|continued|further)|"
    r"(?:in|by)\s+(?:addition|contrast|comparison)|on the other hand)\b",
    re.IGNORECASE,
)
_PRONOUN_OPENER = re.compile(
    r"^[\"“']?(?:he|she|they|it|his|her|their|its|him|them)\b", re.IGNORECASE
)
# A quotation whose only attribution is a pronoun ('"...," he said.'): out of its
# article nobody knows who is speaking.
_PRONOUN_QUOTE = re.compile(
    r"[,!?]['\"”’]\s+(?:he|she|they|it|i|we)\s+(?:said|says|added|adds|told\s+\w+|asked)\.$",
    re.IGNORECASE,
)
_QUOTES = re.compile(r'["“”]')


def is_eligible(sentence: Sentence, *, allow_pronoun_openers: bool = False) -> bool:
    text = sentence.text
    n = sentence.n_words
    if n < MIN_WORDS or n > MAX_WORDS:
        return False
    first = text.lstrip("\"“'‘(")[:1]
    if not first or not (first.isupper() or first.isdigit()):
        return False
    if text.rstrip("\"”’') ").endswith(("?", ":", ",", ";")):
        return False
    if text.rstrip()[-1:] not in ".!\"”’')":
        return False
    if len(_QUOTES.findall(text)) % 2 == 1:
        return False
    if _DANGLING.match(text) or _PRONOUN_QUOTE.search(text):
        return False
    return allow_pronoun_openers or not _PRONOUN_OPENER.match(text)
