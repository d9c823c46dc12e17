"""Selection stage: choose which sentences make the summary, within the budget."""

from . import coverage, ilp, lead, lexrank, submodular  # noqa: F401  (registers the selectors)
from .base import REGISTRY, Choice, Problem, Selector

__all__ = ["REGISTRY", "Choice", "Problem", "Selector"]
