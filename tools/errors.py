"""The tools' errors. The UI catches ``ToolError`` only and shows ``str(e)``, which is a sentence for the user."""

from __future__ import annotations

_LIST_LIMIT = 20
_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve"]


def number_word(n: int) -> str:
    """``10`` -> ``"ten"`` for small numbers, digits otherwise."""
    return _WORDS[n] if 0 <= n < len(_WORDS) else str(n)


def join_names(names: list[str], limit: int = _LIST_LIMIT) -> str:
    """Names joined with commas; long lists are cut with "and N more"."""
    if len(names) <= limit:
        return ", ".join(names)
    return ", ".join(names[:limit]) + f" and {len(names) - limit} more"


class ToolError(Exception):
    """Base class: a question the tools cannot answer as asked; ``str(e)`` explains why."""


class UnknownName(ToolError):
    """A name that matches none of the report's names of its kind."""

    def __init__(self, kind: str, name: str, valid: list[str], nearest: list[str], described_as: str = "names",
                 listing: str | None = None):
        self.kind = kind
        self.name = name
        self.valid = list(valid)
        self.nearest = list(nearest)
        counted = described_as if listing else f"{number_word(len(valid))} {described_as}"
        msg = f"{name} is not one of the report's {counted}: {listing or join_names(valid)}."
        if nearest:
            msg += f" Nearest: {', '.join(nearest)}."
        super().__init__(msg)


class AmbiguousName(ToolError):
    """A name that fits several of the report's names equally well."""

    def __init__(self, kind: str, name: str, candidates: list[str], message: str | None = None):
        self.kind = kind
        self.name = name
        self.candidates = list(candidates)
        super().__init__(message or f"{name} could mean any of: {', '.join(candidates)}. Please name one.")


class InvalidArgument(ToolError):
    """An argument outside what the tool accepts (a grade that is not in the legend, an empty list, ...)."""


class NotInMatrix(ToolError):
    """A valid name that the asked figure does not cover (e.g. a region outside Figure 13's six)."""
