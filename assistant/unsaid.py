"""A follow-up that asks for a date or an amount about the subject before ("when was it founded", "and when", "how
many of them") that no quote of its answer gives: the report does not say, and the answer says so plainly, naming
what was asked and showing the closest passage as a pointer, instead of quoting a passage that only names the subject.
A quote that gives a number answers only when it names what the asked clause names, in the report's own words.
"""

from __future__ import annotations

import re

from assistant.answer import Answer

# a clause this short ("and when") says what is asked only with the rest of the question
MIN_WORDS = 3
# asking when: "when" opening a clause ("and when", "when was it …"), a year or a date asked
_WHEN = re.compile(r"(?:^|[,;:]\s*|\b(?:and|or|but)\s+)when\b|\bwhen (?:did|does|do|was|were|will|is|are|has|have)\b"
                   r"|\b(?:what|which) (?:year|date|month)\b|\bsince when\b", re.IGNORECASE)
# asking an amount: how many or much, a share
_AMOUNT = re.compile(r"\bhow (?:many|much)\b|\bper ?cent(?:age)?\b|%|\b(?:what|which) (?:share|proportion|number)\b",
                     re.IGNORECASE)
# asking a share ("what share", "in %", "what percentage"), and what gives one: a share, never any number
_SHARE = re.compile(r"\b(?:what|which|whats|what's)\s+(?:\w+\s+)?(?:share|percentage|proportion)\b|\bper ?cent(?:age)?\b|%",
                    re.IGNORECASE)
_SHARE_HELD = re.compile(r"%|\bper ?cent\b|\bhalf\b|\bthird\b|\bquarter\b", re.IGNORECASE)
# what gives a date: a year or a month
_DATE = re.compile(r"\b(?:1[89]|20)\d\d\b|\b(?:january|february|march|april|may|june|july|august|september|october"
                   r"|november|december)\b", re.IGNORECASE)
# what gives an amount: a number in digits or words, a share
_NUMBER = re.compile(r"(?<![\w^])\d[\d,.]*(?!\w)|%|\bper ?cent\b|\b(?:two|three|four|five|six|seven|eight|nine|ten"
                     r"|eleven|twelve|twenty|thirty|hundred|thousand|million|billion|half|third|quarter|dozen)s?\b",
                     re.IGNORECASE)


def asked_clause(question: str) -> tuple[str, re.Pattern] | None:
    """The clause of ``question`` that asks for a date or an amount, and what would give it; None if none does."""
    for ask, gives in ((_WHEN, _DATE), (_SHARE, _SHARE_HELD), (_AMOUNT, _NUMBER)):
        m = ask.search(question)
        if m:
            rest = question[m.start():]
            clause = re.split(r"\s*(?:,|;|\band\b(?! when)|\?)\s*", rest.strip(" ,;"), maxsplit=1)[0]
            clause = clause.strip(" ?.!")
            return (clause if len(clause.split()) >= MIN_WORDS else question.strip(" ?.!")), gives
    return None


def unsaid(asked: str, ans: Answer, subject: str | None, before: Answer | None = None) -> Answer | None:
    """The refusal of a follow-up asking a date or an amount that none of ``ans``'s quotes gives; None when the
    question asks neither, the answer is not a passage, or a quote gives it. What the report does give is shown: the
    passage that answered the turn before (``before``), else the closest passage, as a pointer."""
    found = asked_clause(asked)
    quotes = [c for c in ans.citations if c.quote] if ans.route == "retrieval" else []
    if found is None or not quotes:
        return None
    clause, gives = found
    if any(gives.search(c.quote) and _holds(c.quote, clause) for c in quotes):
        return None
    given = next((c for c in before.citations if c.quote), None) if before and before.route == "retrieval" else None
    lead = given or quotes[0]
    about = f" (the subject of the turn before: {subject})" if subject else ""
    table = f"What it does give on that subject is the table answer before ({before.reading}). " \
        if before and before.route == "tool" and before.reading else ""
    pointer = "What it does give is the passage that answered the turn before" if given else \
        "The closest passage says only"
    text = (f"The report does not give that: none of its passages says \u201c{clause}\u201d{about}. {table}"
            f"{pointer} ({lead.chip}): \u201c{lead.quote}\u201d")
    return Answer(route="refuse", answer=text, citations=[lead], reason="out_of_scope", sure=False,
                  reading=f"Not in the report: \u201c{clause}\u201d{about}", inherited=ans.inherited)


def _holds(quote: str, clause: str) -> bool:
    """A quote that gives a number gives the one asked only when it names what the clause names ("how many of them
    are in bulgaria": Bulgaria) and the clause asks in no word the report never uses ("add to EU GDP": GDP)."""
    from assistant.coverage import known
    from assistant.spot import spot

    if any(not known(w) for w in re.findall(r"[a-z]{3,}", clause.lower())):
        return False
    held = {m.canonical for m in spot(quote)}
    return all(m.canonical in held for m in spot(clause))
