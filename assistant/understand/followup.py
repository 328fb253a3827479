"""Signs that a question leans on the previous turn."""

from __future__ import annotations

import re

from assistant import cues as C
from assistant.frame import Followup


def followup(text: str) -> Followup:
    return Followup(opener=bool(C.FOLLOW.search(text)), pronoun=bool(C.PRONOUN_REF.search(text)),
                    of_those=bool(C.OF_THOSE.search(text)), short=len(re.findall(r"\w+", text)) <= 4)
