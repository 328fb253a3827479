"""What lies beyond the report although its words are all the report's: a name it never writes, made of words it uses
("Enterprise Europe Network", "the european green deal"), how its forecasts turned out and what was published after it.

Each check takes a retrieval result and the report's sentences and returns what the report does not give (a
sentence), or "". The patterns are generic English; what the report writes comes from its text.
"""

from __future__ import annotations

import re
from functools import cache

from assistant.coverage import common, known
from assistant.times import asked, report_date
from retrieval import vocab

# whether a forecast came true: the report, written before, cannot say
_OUTCOME = re.compile(r"\b(?:come|came|comes|coming) true\b|\bmateriali[sz](?:e[ds]?|ing)\b|\bpan(?:ned)? out\b|"
                      r"\bturn(?:s|ed)? out (?:to be )?(?:right|wrong|true|correct|accurate)\b|\bprove[dn]? (?:to be )?"
                      r"(?:right|wrong|correct|true|accurate)\b|\bhow accurate (?:was|were|is|are)\b", re.IGNORECASE)


# a later work than the report: "a more recent edition", "the newest version", "has a follow-up been published",
# "updated since"; the report, written before, cannot know of one
_LATER_WORK = re.compile(r"\b(?:newer|newest|latest|more recent|most recent|updated|later|next|second|subsequent|revised)\s+"
                         r"(?:edition|version|update|issue|release)s?\b|\bfollow[- ]?ups?\b(?!\s+(?:question|on)\b)|"
                         r"\b(?:published|released|updated|revised|reissued|came out)\b[^?.;]*\bsince\b|\b(?:after|since)\s+"
                         r"(?:reading|publishing|releasing|the (?:publication|release) of)\s+(?:the|this|that|it)\b|\bwhen will\b[^?.;]*"
                         r"\b(?:be )?(?:released|published|issued|updated|out|available)\b",
                         re.IGNORECASE)
# another edition of the report: "the 2012 edition", "the previous version"; the report describes none
_OTHER_EDITION = re.compile(r"\b(?:(?:19|20)\d\d|previous|earlier|older|old|first|prior|original|other|last year'?s)\s+"
                            r"(?:edition|version|issue)s?\b", re.IGNORECASE)


def outcome(res, sentences) -> str:
    """A question whether one of the report's forecasts came true, or about a later edition, update or follow-up of
    it: it cannot know what happened or was published after it."""
    for pattern, what in ((_OUTCOME, "whether its forecasts came true"), (_LATER_WORK, "what was published after it")):
        if pattern.search(res.question):
            return (f"The report's latest source is from {report_date()}: it cannot say {what} "
                    f"(\u201c{asked(res.question)}\u201d).")
    if _OTHER_EDITION.search(res.question):
        return f"The report describes no other edition of itself (\u201c{asked(res.question)}\u201d)."
    return ""


# the head word of a name of an institution, a programme or a policy: "… Network", "… Deal", "… Initiative"
_HEADS = (r"networks?|deals?|programmes?|programs?|initiatives?|platforms?|agendas?|funds?|directives?|partnerships?|"
          r"alliances?|facilit(?:y|ies)|panoramas?|conferences?|awards?|labels?|schemes?|treat(?:y|ies)|pacts?|acts?|"
          r"regulations?|strateg(?:y|ies)|plans?|agreements?|protocols?")
_SMALL = r"(?:of|for|and|the|on|in)"
# a run of capitalised words (small words between): what a user writes as a name
_CAPITALISED = re.compile(rf"(?<![\w-])[A-Z][\w-]*(?:\s+(?:{_SMALL}\s+)?[A-Z][\w-]*)+")
# two or three words before a head word, opening a noun phrase, in any case: "the european green deal", "enterprise
# europe network role …"; no determiner, pronoun, adverb or participle among them
_OPENER = "|".join(rf"(?<=\b{w} )" for w in ("the", "a", "an", "about", "on", "of", "with", "or", "and", "any")) + \
    r"|(?<=[,:;(\u2013\u2014-] )|^"
_NAMED = re.compile(rf"(?:{_OPENER})(?:(?!(?:{_SMALL}|a|an|any|what|which|how|does|do|is|are|about|say|says|these|those|"
                    rf"this|that|its|their|our|my|your|some|all|more|other|such)\b)[a-z][\w-]*(?<!ly)(?<!ed)\s+){{2,3}}"
                    rf"(?:{_HEADS})\b", re.IGNORECASE)


def unnamed(res, sentences) -> str:
    """A name the question gives that the report never writes, though it uses each of its words ("the Enterprise
    Europe Network"): the quotes hold its words in other senses, not the name."""
    names = [m[0] for m in _CAPITALISED.finditer(res.question) if re.search(rf"(?:{_HEADS})$", m[0], re.IGNORECASE)]
    names += [m[0] for m in _NAMED.finditer(res.question)]
    for name in dict.fromkeys(names):
        if _never_written(name):
            return f"The report does not mention \u201c{name}\u201d."
    return ""


NEAR = 8  # words between a name's word and its head in the report's own way of naming it ("the Vanguard or the … Initiative")


def _never_written(name: str) -> bool:
    """No two of the name's neighbouring words stand together in the report, none is a name of its vocabulary, each
    word is the report's own and one of them is not among its commonest (a name, not the report's own phrase)."""
    words = [w for w in re.findall(r"[\w-]+", name.lower()) if not re.fullmatch(_SMALL, w)]
    if len(words) < 2 or not all(known(w) for w in words) or all(common(w) for w in words):
        return False
    if any(n in name.lower() or name.lower() in n for n in vocab.all_names() if len(n) > 3):
        return False
    text = _report_text()
    if any(f"{a} {b}" in text for a, b in zip(words, words[1:], strict=False)):
        return False
    head, rest = words[-1].rstrip("s"), [w for w in words[:-1] if not common(w)]
    return not any(re.search(rf"\b{re.escape(w)}\b(?:\W+\w+){{0,{NEAR}}}?\W+{re.escape(head)}|\b{re.escape(head)}\w*(?:\W+\w+)"
                             rf"{{0,{NEAR}}}?\W+{re.escape(w)}\b", text) for w in rest)


@cache
def _report_text() -> str:
    import corpus

    return " ".join(re.findall(r"[\w-]+", corpus.report_text().lower()))
