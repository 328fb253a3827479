"""What the last answered turn was about, kept as words a passage search can use, and the narrative follow-up that
leans on it: "why is that?", "what example does it give", "what does it advise cluster managers there to do" ask
for an explanation, name nothing of their own and point back. They are searched with the subject of the turn
before (its names and table, or its words), and the reading names that subject, so the user sees what was searched.
"""

from __future__ import annotations

import re

from assistant import cues as C
from assistant.answer import Answer
from assistant.frame import Frame
from assistant.plan import Retrieve
from assistant.state import State

# the kinds of answer a table never gives: a reason, a definition, an example, a piece of advice, a method
_NARRATIVE = ("reason", "definition", "example", "recommendation", "method")
# a general question that asks what the report says of something ("what does it say about them")
_SAYS = re.compile(r"\b(say|says|said|write|writes|wrote|mention\w*|describ\w*|explain\w*|discuss\w*|more about|"
                   r"details?|elaborat\w*)\b")
# words of a turn that say how it leans, not what it is about
_OPENING = re.compile(r"^\W*(?:and|so|ok|okay|then|now|what about|how about|same for)\b\W*", re.IGNORECASE)
_TABLE_WORDS = {"downstream": "downstream", "upstream": "upstream", "aosi": "areas of strong interdependency",
                "rd": "R&D cooperation", "business": "business cooperation", "subtrends": "sub-trends",
                "crossover": "value-chain crossover points", "membership": "regions and their countries"}


def _asks_narrative(text: str) -> bool:
    # the passage search's own reading of what kind of answer is asked (imported late: the search's package)
    from retrieval.kinds import question_kind

    kind = question_kind(text)
    return kind in _NARRATIVE or kind == "general" and bool(_SAYS.search(text))


def leans_back(frame: Frame) -> bool:
    """The words point at the turn before and name nothing themselves: "it", "there", "that", "those", "why is
    that", an opening "and"."""
    fu = frame.followup
    return not frame.names and (fu.pronoun or fu.of_those or fu.opener or bool(C.THAT_ANSWER.search(frame.text)))


def narrative_followup(frame: Frame, asked: str, plan, state: State) -> Retrieve | None:
    """The passage search for a question that asks for an explanation of the turn before ("why is that?"), with
    that turn's subject added to its words; None when the question is not of that kind, names its own subject,
    or nothing was answered before. A table plan guessed from the pronoun alone gives way: no table gives a
    reason, an example or advice."""
    if not state.topic or not leans_back(frame) or not _asks_narrative(frame.text):
        return None
    if not isinstance(plan, Retrieve) and frame.relation_said:
        return None  # "why does it push logistics upstream" names a table of its own
    return Retrieve(f"{asked.strip().rstrip('?.! ')} \u2014 about {state.topic}", sure=False)


def topic_of(ans: Answer, frame: Frame, asked: str, state: State, leaned: bool) -> str | None:
    """The subject of an answered turn as words to search with: a table answer's names and table, else its own
    title; a passage answer's own words, quoted (a narrative follow-up keeps the subject it leaned on)."""
    if ans.route == "tool":
        last = state.last_frame
        names = [n.canonical for n in last.names] if last is not None else []
        words = list(dict.fromkeys(names)) + ([_TABLE_WORDS[last.relation]] if last is not None and
                                               last.relation in _TABLE_WORDS else [])
        return ", ".join(words) if names else ans.reading.split(" (")[0] or None
    if ans.route != "retrieval":
        return state.topic
    if leaned:
        return state.topic
    words = _OPENING.sub("", asked.strip()).rstrip("?.! ")  # all its words: "figure 9" is as much its subject
    return f"\u201c{words}\u201d" if words else state.topic
