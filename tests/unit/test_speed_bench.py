"""The speed benchmark's helpers work offline (no timing is asserted here)."""

import sys
from collections import namedtuple

from benchmarks import speed


def test_sumy_tokenizer_needs_no_nltk_data() -> None:
    tok = speed.PunktSumyTokenizer()
    text = "Col. Ann Lee met the mayor on Jan. 5 in the U.S. capital. They talked for an hour."
    assert tok.to_sentences(text) == (
        "Col. Ann Lee met the mayor on Jan. 5 in the U.S. capital.",
        "They talked for an hour.",
    )
    assert tok.to_words("They talked, for 1 hour.") == ("They", "talked", "for", "hour")
    assert tok.language == "english"


def test_sentences_are_taken_until_the_word_budget() -> None:
    Info = namedtuple("Info", "sentence order rating")
    ranked = [Info("one two three", 0, 0.9), Info("four five", 1, 0.5), Info("six", 2, 0.1)]
    assert speed._until_words(4)(ranked) == ranked[:2]
    assert speed._until_words(100)(ranked) == ranked


def test_run_process_reports_exit_code_and_memory() -> None:
    run = speed.run_process([sys.executable, "-c", "raise SystemExit(3)"])
    assert run.returncode == 3
    assert run.max_rss_mb > 0
