"""The search of a narrative follow-up that leans on the turn before ("why is that?", "what example does it give"):
on its own words first when it has some of the report's, else (or when they find nothing) with the subject of the
turn before; an example is then taken from beside what was quoted (assistant.beside), a reason asked of a table's
regions from the text on their own figure (assistant.figure_text), and the figures the passage discusses are cited;
a date or an amount asked that no quote gives is said to be missing (assistant.unsaid).
An answer built on the subject before is never sure, and its reading names that subject.
"""

from __future__ import annotations

from collections.abc import Callable

from assistant.among import among
from assistant.answer import Answer
from assistant.beside import answer_beside, with_figures
from assistant.figure_talk import on_figure_talk
from assistant.figure_text import reason_on_figure
from assistant.later import after_event
from assistant.plan import Retrieve
from assistant.state import State
from assistant.topic import own_first, swapped
from assistant.unsaid import unsaid


def leaning_search(run: Callable[[Retrieve], Answer], plan, about: Retrieve, frame, asked: str, state: State,
                   sents) -> tuple[Retrieve, Answer, Retrieve | None]:
    """Answer a narrative follow-up (``run`` runs a search; ``sents``: the report's sentences). Returns (the plan
    used, the answer, the subject search used or None when its own words answered)."""
    own = plan if isinstance(plan, Retrieve) else Retrieve(asked, sure=False)
    if own_first(frame) and swapped(frame, state) is None:  # words of its own ("why is the importance going down"): searched on them first
        ans = run(own)
        figured = reason_on_figure(asked, about.query, ans, state, sents) if ans.route != "refuse" else None
        if figured is not None:  # "and why X": the text on the last table's own figure, its subject inherited
            figured.inherited = state.topic
            return about, with_figures(figured, state.last_answer, sents, True), about
        if ans.route != "refuse" and not lost_subject(frame, ans, state.topic):
            return own, unsaid(asked, ans, None) or with_figures(ans, state.last_answer, sents, _reason(asked)), None
    ans = run(about)
    ans = answer_beside(asked, about.query, [state.last_answer, ans], sents) or \
        reason_on_figure(asked, about.query, ans, state, sents) or ans
    ans = unsaid(asked, ans, state.topic) or with_figures(ans, state.last_answer, sents, True)
    ans.sure, ans.inherited = False, state.topic
    return about, ans, about


def lost_subject(frame, ans: Answer, topic: str | None) -> bool:
    """A follow-up that points back with a pronoun ("why aren't they getting more services") answered on its own words
    by quotes that name none of the report's names the subject before named: "they" was never read, so the search
    goes with that subject instead."""
    from assistant.spot import spot

    if not frame.followup.pronoun or not topic or ans.route != "retrieval":
        return False
    subject = {m.canonical for m in spot(topic)}
    quoted = {m.canonical for c in ans.citations if c.quote for m in spot(c.quote)}
    return bool(subject) and not subject & quoted


def settled(asked: str, ans: Answer, last: Answer, sents) -> Answer:
    """Any passage answer to a follow-up (``last``: the answer before): an event the report never writes of is refused
    (assistant.later); a date or an amount asked that no quote gives is said to be missing; else the figure its lead
    quote's text discusses is cited."""
    subject = ans.inherited or f"\u201c{' '.join(last.question.split()).rstrip(' ?.!')}\u201d" if last.question else None
    refused = after_event(asked, ans, subject) or unsaid(asked, ans, subject, last)
    if refused is not None:
        return refused
    listed = among(asked, last, sents)  # "are digital industries among them?"
    if listed is not None:
        return with_figures(listed, last, sents, False)
    talk = on_figure_talk(asked, ans, last, _leans(asked), sents)  # "and who's expected to catch up"
    return with_figures(talk or ans, last, sents, False)


def _leans(asked: str) -> bool:
    """The follow-up points back: an opening "and", a pronoun, "those". A short question of its own ("why do clusters
    internationalise?") does not: it is a new question, whatever the answer before."""
    from assistant.understand import read

    fu = read(asked).followup
    return bool(fu.opener or fu.pronoun or fu.of_those)


def _reason(asked: str) -> bool:
    """A reason asked ("why so weak with central western"): of the table answered before, whose figure is cited too."""
    from retrieval.kinds import REASON, question_kind

    return question_kind(asked) == REASON
