"""A question that ends offering its answers ("… single or double tick?", "is that link downstream, upstream or
both") answered with a list or a yes/no instead of one of them: the pick asked for was not made.

The options are the words the question ends on, joined by commas and "or"; the choice is the question when the
clause holding it (after a dash or a colon that sets the scene) opens with an auxiliary or holds nothing but the
options. Generic English only: no word of the report or of any question set."""

from __future__ import annotations

import re

from assistant.answer import Answer
from assistant.frame import Frame

# "single or double tick?", "downstream only, upstream only, both or neither": the question ends on options; not a
# grade bound ("strong or better") nor a list ("none of A, B or C")
_OPTION = r"\w[\w-]*(?: \w[\w-]*){0,2}"
_CHOICE = re.compile(rf"\b((?:{_OPTION},\s*)*{_OPTION}),?\s+or\s+({_OPTION})\s*[?.!]*\s*$")
_NOT_CHOICE = re.compile(r"\byes or no\b|\bor (?:not|something|else|anything|better|more|stronger|higher|above|weaker|"
                         r"less|worse)\b|\b(?:none|neither|either|any|all|both) of\b|"
                         rf"\beither (?:{_OPTION}) or\b")  # "is it marked in either figure 3 or figure 4": a yes/no
# where the asking clause starts: after the last dash, colon, comma or arrow that sets the scene ("X and Y - is that …")
_SCENE_END = re.compile(r"\s[-\u2013\u2014]\s|[:,]\s|\s->\s")
# the choice is the question: its clause opens with an auxiliary ("was that downstream only or both ways") or holds
# only the options ("… looks odd - single or double tick")
_AUXILIARY = re.compile(r"\s*(?:is|are|was|were|does|do|did|has|have)\b")
# two options of a word or two each: "single or double tick", "one way or mutual", "a single or a double tick"
_PAIR = re.compile(r"\b(\w[\w-]*(?: \w[\w-]*)?) or (?:an? |the )?(\w[\w-]*(?: \w[\w-]*)?)\s*[?.!]*\s*$")
# this many options are a pick whatever the plan reads ("downstream, upstream or both"); two options the plan
# reads both of are part of what is asked ("is it found in figure 3 or figure 4")
_LIST_OF_OPTIONS = 3


def offered(text: str) -> list[str] | None:
    """The options a question ends on when it asks to pick one of them, else None."""
    m = _CHOICE.search(text)
    if m is None or _NOT_CHOICE.search(text):
        return None
    options = [o.strip() for o in re.split(r",\s*(?:or\s+)?|\s+or\s+", m[0].strip(" ?.!")) if o.strip()]
    if len(options) < _LIST_OF_OPTIONS:  # two options of a word or two each ("single or double tick")
        m = _PAIR.search(text)
        if m is None:  # "a dot in the downstream or upstream matrix though": a yes/no about either, no pick
            return None
        options = [m[1], m[2]]
    elif len(options[0].split()) > len(options[1].split()):  # the first as long as the next ("is it downstream, …")
        options[0] = " ".join(options[0].split()[-len(options[1].split()):])
    clause = _SCENE_END.split(text[: m.start()])[-1]
    if clause.strip() and not _AUXILIARY.match(clause):  # "which trends shape X downstream or upstream" lists
        return None
    return options


def choice_unanswered(ans: Answer, frame: Frame) -> str | None:
    """The options the question offers, when the answer is a list or a yes/no rather than one of them."""
    options = offered((frame.asked or frame.text).lower())  # as typed: its commas and colons part the options
    if not options or (ans.value or "").lower() not in ("", "yes", "no", "none"):
        return None
    read = (ans.reading or "").casefold()
    if len(options) < _LIST_OF_OPTIONS and all(o.casefold() in read for o in options):
        return None  # the plan reads every option, so the "or" is part of what is asked, not a choice left open
    return f"the choice \u201c{', '.join(options[:-1])} or {options[-1]}\u201d \u2014 none is named"
