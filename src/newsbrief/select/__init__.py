"""Selection stage: choose which sentences make the summary, within the budget."""

from . import coverage, ilp, lead, lexrank, submodular  # noqa: F401  (registers the selectors)
from .base import REGISTRY, Choice, Problem, Selector

# Selectors that read ``Problem.concepts`` (ICSISumm's bigram table). The others build their
# own representation, so the API leaves the table empty for them instead of paying for it.
USES_CONCEPT_TABLE = frozenset({"ilp"})

__all__ = ["REGISTRY", "USES_CONCEPT_TABLE", "Choice", "Problem", "Selector"]
