"""A follow-up that asks about the turn before in the light of an event the report never writes of ("has that changed
since covid", "what about with the uk after brexit", "did the pandemic hit those too"): the report cannot say, so the
answer is a refusal naming the event and the subject of the turn before, never a passage that shares only the
follow-up's other words ("changed", "shifted").

Structural: the event is the phrase a time or cause word opens ("since", "after", "post-", "during", "because of"),
or the subject of a verb of change ("did X change …", "how has X affected …"); it counts when a word of it is one the
report never uses (``assistant.coverage.known``, which forgives typos of the report's words).
"""

from __future__ import annotations

import re

from assistant import cues as C
from assistant.answer import Answer

# a phrase opened by a time or cause word: "since covid", "after the brexit vote", "post-pandemic", "amid the war"
_OPENED = re.compile(rf"\b(?:{C.EVENT_OPENERS}|amidst|because of|due to|in the wake of)[\s-]+"
                     r"(?:the\s+|a\s+|an\s+)?(?P<e>[\w'-]+(?:\s+[\w'-]+){0,2})", re.IGNORECASE)
# the subject of a verb of change: "did the pandemic change that", "how has brexit affected them"
_CHANGER = re.compile(r"\b(?:(?:how\s+)?(?:did|has|have|had|does|do|will|would|could|might|can)|how)\s+(?:the\s+)?"
                      rf"(?P<e>[\w'-]+(?:\s+[\w'-]+)?)\s+{C.EFFECT_VERB}\b", re.IGNORECASE)
_WORD = re.compile(r"[a-z][a-z'-]*[a-z]|\d+", re.IGNORECASE)


def _unknown(phrase: str) -> list[str]:
    """The words of ``phrase`` the report never uses (numbers and the report's own words, typos of them, left out)."""
    from assistant.coverage import known

    return [w for w in _WORD.findall(phrase) if not w.isdigit() and not known(w.lower())]


def event_of(question: str) -> str | None:
    """The event ``question`` asks about that the report never writes of (as the question writes it, up to its first
    unknown word), or None."""
    for pat in (_OPENED, _CHANGER):
        for m in pat.finditer(question):
            unknown = _unknown(m["e"])
            if unknown:
                words = m["e"].split()
                last = next(i for i, w in enumerate(words) if unknown[0] in w)
                return " ".join(words[: last + 1]).strip(" ?.!,")
    return None


def after_event(asked: str, ans: Answer, subject: str | None) -> Answer | None:
    """The refusal of a follow-up asking about an event the report never writes of; None when it asks of none."""
    from assistant.times import report_date

    event = event_of(asked)
    if event is None:
        return None
    about = f" \u2014 you asked it of the turn before ({subject})" if subject else ""
    text = (f"The report does not cover {event}: it never mentions it, and its latest source is from {report_date()}, "
            f"so it cannot say how things changed with it{about}. What the report says is in the answer before.")
    return Answer(route="refuse", answer=text, reason="out_of_scope", sure=True,
                  reading=f"Not in the report: {event}{about}", inherited=subject or ans.inherited)
