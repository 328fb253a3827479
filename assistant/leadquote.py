"""Whether a passage answer's lead quote says what the question asks about: it holds the question's topic words
(most, every one, or all but one), or it only announces what follows. The checks that make a passage answer sure
again, or unsure, from its lead quote (``assistant.understood``)."""

from __future__ import annotations

import re

from assistant.answer import Answer
from assistant.coverage import FILLER, Coverage, common, stem
from assistant.frame import Frame

# a passage answer found by the router's last resort is sure when its lead quote holds at least this share of the
# question's topic words (measured on the tuning sets: below it, wrong lead quotes and right ones mix)
TOPIC_SHARE = 0.6


_LISTS = re.compile(r"\s*(?:list|name|enumerate|count|how many)\b")


def lead_at(ans: Answer) -> tuple[int, int] | None:
    """Where a passage answer's lead quote (its first citation's) stands in the report: (start, end), or None for
    any other answer or a quote not found verbatim."""
    import corpus

    lead = ans.citations[0].quote if ans.route == "retrieval" and ans.citations else None
    at = corpus.report_text().find(lead) if lead else -1
    return (at, at + len(lead)) if at >= 0 else None


def lead_holds_topic(ans: Answer, frame: Frame, cov: Coverage) -> bool:
    """A plain narrative question (no table relation or figure, not leaning on the turn before) whose lead quote
    holds most of the words that say what it is about: the report's words the question uses beyond its everyday
    vocabulary, and the names it says."""
    fu = frame.followup
    if frame.relation or frame.figure or fu.opener or fu.of_those or fu.group or fu.nth or not ans.citations:
        return False
    if _lists_names(frame):
        return False
    topic, held = topic_held(ans, frame, cov)
    return bool(topic) and len(held) >= TOPIC_SHARE * len(topic)


# a guessed search whose lead quote holds every one of at least this many topic words is answered, whatever table
# words the frame holds (bench/sureness.py: lifted the guess from 5 right answers and no wrong one, FIT and CHECK)
HELD_EVERY = 2


def lead_holds_every(ans: Answer, frame: Frame, cov: Coverage) -> bool:
    """A question that does not lean on the turn before, whose lead quote, from the best passage's section, holds
    every topic word (at least ``HELD_EVERY``): a relation, a figure or "the two" in the frame did not make a table
    question of it."""
    fu = frame.followup  # leaning on the turn before ("and which ones …"): what it points at is no word of it
    if fu.opener or fu.pronoun or fu.of_those or fu.nth is not None or pointed_at(frame.text) or _lists_names(frame):
        return False
    if not ans.citations or not ans.passages or ans.citations[0].section != ans.passages[0].get("section"):
        return False
    topic, held = topic_held(ans, frame, cov)
    return len(topic) >= HELD_EVERY and len(held) == len(topic)


def _lists_names(frame: Frame) -> bool:
    """"list everything under <a region>": a table's question, whatever passage holds the name."""
    return bool(frame.names) and bool(_LISTS.match(frame.text))


def topic_held(ans: Answer, frame: Frame, cov: Coverage) -> tuple[list[str], list[str]]:
    """The question's topic words (the report's words beyond its everyday vocabulary, and the names said), and
    those of them the lead quote holds."""
    topic = [w for w in cov.unused if not common(w)]
    topic += [w for n in frame.names for w in re.findall(r"[a-z][\w'-]*", n.text.lower()) if w not in FILLER]
    lead = {stem(w) for w in re.findall(r"[a-z][\w'-]*", (ans.citations[0].quote or "").lower())}
    return topic, [w for w in topic if stem(w) in lead]


# a lead quote that holds this many topic words of a longer question may miss one: the word that frames the asking
# ("what role does X play", "why is it happening"), not what it is about
HELD_ALL_BUT_ONE = 3


# "in that chain", "what does this figure show": a thing of the turn before, pointed at by a demonstrative
_POINTED = re.compile(r"\b(?:in|of|on|for|from|about|with|to|at|by|does|do|did|is|are|was|were) "
                      r"(?:that|this|these|those) ([a-z][\w-]+)")


def pointed_at(text: str) -> str | None:
    """The words that point at a thing of the turn before by a demonstrative ("that chain"), not at the report
    itself ("this report", "this study")."""
    m = next((m for m in _POINTED.finditer(text) if m[1] not in FILLER), None)
    return m[0].split(" ", 1)[1] if m else None


def lead_answers(ans: Answer, frame: Frame, cov: Coverage) -> bool:
    """A plain narrative question whose lead quote, taken from the best passage, holds every one of its topic
    words (all but one, when it holds at least three): the quote says what was asked about, so the passage
    search's own doubts (a word the report mentions only in passing, a lead that does not read like the kind of
    answer asked) do not make the answer unsure. A question that leans on the turn before by a pronoun or a
    demonstrative ("that chain") is not plain: what it stands for is not a word of it."""
    if frame.followup.pronoun or pointed_at(frame.text) or not lead_holds_topic(ans, frame, cov) or not ans.passages:
        return False
    topic, held = topic_held(ans, frame, cov)
    missed = len(topic) - len(held)
    enough = missed == 0 or missed == 1 and len(held) >= HELD_ALL_BUT_ONE
    return enough and ans.citations[0].section == ans.passages[0].get("section")


# a question about where something is: a lead that announces it ("… regions were defined:") answers that
_ASKS_WHERE = re.compile(r"\bwhere\b|\bpages?\b|\bwhich (?:section|chapter|part)\b")
# the kinds of question whose answer is the things themselves: a list, a ranking, a number, a value
_ASKS_ITEMS = frozenset({"list", "rank", "count", "value"})


def announced_only(ans: Answer, frame: Frame) -> str | None:
    """A passage answer whose lead quote ends by announcing what follows ("… leads to the following areas:") while
    what follows is not quoted, for a question that asks for the things themselves: the quote says there is an
    answer, not what it is (a question about where it is stands answered)."""
    lead = (ans.citations[0].quote or "").rstrip() if ans.citations else ""
    if not lead.endswith(":") or frame.intent not in _ASKS_ITEMS or _ASKS_WHERE.search(frame.text):
        return None
    return "what the lead passage announces \u2014 it is not quoted"
