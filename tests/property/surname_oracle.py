"""The surname keys ``eligible.Surnames`` starts from, worked out again on their own, so
property tests can feed the regex path the same keys the constructor found."""

from newsbrief.eligible import _names


def surname_keys(texts: list[str]) -> set[str]:
    """Last names first seen after a first name, later used alone, in any of ``texts``."""
    keys: set[str] = set()
    for t in texts:
        first_long: set[str] = set()
        seen: set[str] = set()
        for tokens in _names(t):
            last = tokens[-1]
            if len(tokens) >= 2 and not last.endswith("."):
                if last not in seen:
                    first_long.add(last)
            elif last in first_long:
                keys.add(last)
            seen.add(last)
    return keys
