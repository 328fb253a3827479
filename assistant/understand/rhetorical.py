"""A yes/no opened by a negated auxiliary ("but isn't appendix A just the list of figures?", "doesn't digital have
as many as mobility?"): the negation is the asker's expectation, not part of what is asked, so the clause is read as
the plain yes/no ("is appendix A …", "does digital have …"). The text keeps its length (the auxiliary is padded with
spaces), so the names found in it keep their places."""

from __future__ import annotations

import re

# a clause's opening: an optional joining word, then a negated auxiliary
_OPENING = re.compile(r"\s*(?:(?:but|so|and|then|well)\s+)?(does|do|is|are|did|has|have|was|were)(n't|nt)\b")


def plain_yes_no(text: str, starts: tuple[int, ...], joined: bool = False) -> str:
    """``text`` with each clause that opens (at 0 or at one of ``starts``) with a negated auxiliary read as the plain
    yes/no: its "n't" becomes spaces, and with ``joined`` the joining word before it too (for the extractors that
    read a clause's opening; the follow-up reader keeps "but")."""
    for at in (0, *starts):
        m = _OPENING.match(text, at)
        if m is None:
            continue
        lead = " " * (m.start(1) - at) if joined else text[at:m.start(1)]
        text = text[:at] + lead + m[1] + " " * len(m[2]) + text[m.end():]
    return text
