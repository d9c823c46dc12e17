import pytest

from newsbrief.eval.rouge import rouge_su4, score_summary, skip_bigrams, truncate_words


def test_skip_bigrams_by_hand() -> None:
    # a b c d e f g: pairs with at most 4 words between -> each i pairs with i+1..i+5
    toks = list("abcdefg")
    sb = skip_bigrams(toks, max_gap=4)
    assert sum(sb.values()) == 5 + 5 + 4 + 3 + 2 + 1  # 20
    assert ("a", "f") in sb and ("a", "g") not in sb


def test_su4_by_hand() -> None:
    # reference "police killed the gunman": 4 unigrams + 6 skip-bigrams = 10 units
    # candidate "police kill the gunman": stems match police/kill/the/gunman -> all 10
    _p, r, _f = rouge_su4("police kill the gunman", "police killed the gunman")
    assert r == pytest.approx(1.0)
    # candidate "the gunman": unigrams the, gunman (2) + skip (the, gunman) (1) = 3 of 10
    p, r, _f = rouge_su4("the gunman", "police killed the gunman")
    assert r == pytest.approx(3 / 10)
    assert p == pytest.approx(1.0)


def test_truncation_counts_whitespace_words() -> None:
    assert truncate_words("a b c\nd e f", 4) == "a b c\nd"


def test_recall_is_averaged_over_references() -> None:
    s = score_summary("the cat sat", ["the cat sat", "a dog ran far"], words=100)
    assert s["rouge1_r"] == pytest.approx((1.0 + 0.0) / 2)


def test_cut_at_budget() -> None:
    s = score_summary("alpha beta gamma delta", ["gamma delta"], words=2)
    assert s["rouge1_r"] == 0.0
