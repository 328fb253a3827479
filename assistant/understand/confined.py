"""The one name a question confines something to: "only a logistics thing", "specific to medtech", "medtech
alone", "digital industries and nothing else", "the only industry …" with that industry named. Read from the words
around the name, so it holds for any name of the kind."""

from __future__ import annotations

import re

from assistant.frame import Frame, Name

# "only / solely / just (a|for|in) <name>", "unique / specific / exclusive / limited to <name>"
_BEFORE = re.compile(r"\b((only|solely|purely|exclusively|just)\s+([a-z]+\s+){0,2}|(unique|specific|exclusive|limited|"
                     r"confined|restricted) to\s+)((a|an|the|for|in|under|to|with|by)\s+){0,2}$")
# "medtech alone", "a logistics-only aosi", "… logistics only", "… DI and nothing else", "… BG and nowhere else",
# "… MT and no other industry", "… CI but no other"
_AFTER = re.compile(r"^(\s*alone\b|-only\b|\s+only\W*$|,?\s+(and|but) (nothing|nowhere|no ?one|none) else\b|"
                    r",?\s+(and|but) (to |for |in |with |by )?no other\b|\s+exclusively\b)")


def confined_to(frame: Frame, kind: str = "industry") -> Name | None:
    """The one name of ``kind`` the question confines something to, else None."""
    names = [n for n in frame.names if n.kind == kind]
    if len({n.canonical for n in names}) != 1:
        return None
    name = names[0]
    if frame.combination == "only" or _BEFORE.search(frame.text[:name.start]) or _AFTER.search(frame.text[name.end:]):
        return name
    return None
