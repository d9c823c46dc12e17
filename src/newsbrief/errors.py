"""Every error newsbrief raises on purpose, under one root.

::

    NewsbriefError            a user can fix it; the CLI prints one line and exits 2
    ├── InputError            bad or empty input: names the file, line or id
    ├── OptionsError          an option out of range or in conflict
    ├── FetchError            a URL or feed could not be fetched
    └── MissingExtraError     an optional feature needs ``pip install newsbrief[extra]``

Any other exception is a bug and keeps its traceback.
"""

from __future__ import annotations


class NewsbriefError(Exception):
    """Root of the errors a user can act on; ``where`` and ``hint`` say where and how."""

    def __init__(self, message: str, *, where: str | None = None, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.where = where
        self.hint = hint

    def __str__(self) -> str:
        text = f"{self.where}: {self.message}" if self.where else self.message
        if self.hint:
            text += f" ({self.hint})"
        return text

    @property
    def error_name(self) -> str:
        """The public class a program tests for: ``InputError`` for any of its subclasses
        (``segment.UnsupportedScript``), so an answer names only classes this module lists."""
        public = (InputError, OptionsError, FetchError, MissingExtraError)
        return next((c.__name__ for c in public if isinstance(self, c)), type(self).__name__)

    def to_dict(self) -> dict[str, str | None]:
        return {
            "error": self.error_name,
            "message": self.message,
            "where": self.where,
            "hint": self.hint,
        }


class InputError(NewsbriefError, ValueError):
    """Input that cannot be read or has nothing to summarize."""


class OptionsError(NewsbriefError, ValueError):
    """An option value that is not allowed."""


class FetchError(NewsbriefError):
    """A URL, page or feed that could not be fetched or used."""


class MissingExtraError(NewsbriefError, ImportError):
    """A feature whose dependencies are an optional extra."""

    def __init__(self, feature: str, extra: str):
        super().__init__(
            f"{feature} needs the optional dependencies of newsbrief[{extra}]",
            hint=f"from a clone: pip install '.[{extra}]'; from an index: pip install "
            f"'newsbrief[{extra}]'",
        )
        self.extra = extra
