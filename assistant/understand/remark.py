"""A question, then a remark of the asker's own after it ("… one of the AOSIs? I can't find it in the sub-trend
table", "… for Southwest Europe? the text points to figure 11 but that seems wrong"): what they looked for, what
the text points to, how it seems to them. The remark is context; the question before it is what is asked, so its
words (a figure, a table) do not bend the reading. A remark that narrows the question ("I mean upstream", "I only
need the R&D side") is no remark here: it has no such opening."""

from __future__ import annotations

import re

from assistant.spot import fold

# the remark's opening: the asker's own search or belief, what a part of the report points to, how it seems
_REMARK = re.compile(
    r"^(?:but |and |though |also |btw |by the way )?(?:"
    r"(?:i|we)(?: really| just| still)? (?:(?:can't|cannot|couldn't|could not|can not|don't|do not|didn't|did not) )?"
    r"(?:(?:find|see|spot|locate|found|saw)\b|(?:thought|remember|recall|noticed|notice|read) (?:that|it|the|there|this|"
    r"you|a|an)\b|got confused\b|am confused\b)"
    r"|(?:the|this|that) (?:text|report|section|caption|paragraph|introduction|conclusion|summary)\b.{0,40}?"
    r"\b(?:points?|refers?|says?|said|mentions?|cites?|claims?|links?|sends?)\b"
    r"|(?:it|that|this) (?:seems|looks|sounds|appears)\b)")


def before_remark(question: str) -> str | None:
    """The question before a trailing remark of the asker's own (up to its last "?"), or None when nothing after
    the last question mark reads as such a remark."""
    end = question.rfind("?")
    if end <= 0:
        return None
    rest = fold(question[end + 1:]).strip()
    if not rest or _REMARK.match(rest) is None:
        return None
    return question[:end + 1]
