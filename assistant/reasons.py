"""A why-question a rule sent to the passages, whose lead quote comes from the best passage and holds some of the
question's topic, yet no causal word ("because", "due to", "therefore"): the report often explains without one, so
that alone does not make the answer unsure (held-out FIT 0 wrong / 10 right, CHECK 0 / 6; one wrong answer whose
search margin was also low stays possible, since the Answer does not carry the search's score)."""

from __future__ import annotations

from assistant.answer import Answer
from assistant.coverage import Coverage
from assistant.frame import Frame
from assistant.leadquote import topic_held
from assistant.plan import Plan, Retrieve
from retrieval.kinds import REASON, question_kind, shows_kind


def reason_unmarked(ans: Answer, plan: Plan, frame: Frame, cov: Coverage) -> bool:
    """The only doubt of a sure search a rule asked for is a lead quote that holds no causal word."""
    if ans.sure or not isinstance(plan, Retrieve) or not plan.sure or frame.intent != "explain":
        return False
    if not ans.citations or not ans.passages or ans.citations[0].section != ans.passages[0].get("section"):
        return False
    lead = ans.citations[0].quote or ""
    if question_kind(frame.asked or frame.text) != REASON or shows_kind(REASON, lead):
        return False
    topic, held = topic_held(ans, frame, cov)
    return bool(held)
