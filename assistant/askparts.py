"""The questions a message asks, as the user means them: the clause parts (``clauses.parts``) regrouped where a
part asks nothing of its own. A lead-in that only names a new subject ("what about creative industries - are they
hit by it and do they push it upstream?") is the context of the question after it, and a word that only takes the
turn ("ok and who wrote it", "right, and where …") belongs to the question it opens: neither is answered as a
question of its own."""

from __future__ import annotations

import re

from assistant import cues as C
from assistant.spot import fold, spot
from assistant.understand.clauses import Part
from assistant.understand.clauses import parts as clause_parts

# "what about X", "how about X", "and for X", "same for X": a new subject and no question of its own
_LEAD_IN = re.compile(r"^(?:and |so |ok |okay |now )*(?:what about|how about|and for|same for|now for|then for|"
                      r"and what about|as for|regarding|re)\b")
_QUESTION_WORD = re.compile(r"\b(?:which|what|who|whose|where|when|why|how|is|are|does|do|did|can|could|has|have|"
                            r"was|were|will|list|name|show|give|tell)\b")
# what a clause that asks or restricts holds besides names: a relation, a figure, a grade, a focus noun
# (a focus noun, too, for a bare word: "industries?" asks; "what about creative industries" only names)
_RELATIONS = (C.DOWN, C.UP, C.AOSI, C.RD, C.BUSINESS, C.COOP, C.SUBTREND_WORD, C.CROSSOVER, C.CHART, C.FIGURE_REF,
              C.GRADE_WORDS, C.LOCATE, C.COUNT)
_CONTENT = (*_RELATIONS, *(p for _, p in C.FOCUS_WORDS))


def parts(question: str) -> tuple[Part, ...]:
    """The message's questions: its clause parts, each lead-in or turn-taking word joined to the part after it."""
    split = clause_parts(question)
    out: list[str] = []
    carried = ""  # a part that asks nothing, waiting for the question it opens
    for i, part in enumerate(split):
        text = carried + part.text
        if i < len(split) - 1 and (_leads_in(part.text) or _takes_turn(part.text)):
            carried = text.rstrip(" ,;:-") + ", "
            continue
        carried = ""
        out.append(text)
    return tuple(Part(t) for t in out) if len(out) > 1 else (Part(question),)


def _leads_in(text: str) -> bool:
    """"what about creative industries": a new subject named, and nothing asked about it."""
    folded = fold(text)
    m = _LEAD_IN.match(folded)
    if m is None or not spot(folded):
        return False
    rest = folded[m.end():]
    return not _QUESTION_WORD.search(rest) and not any(p.search(rest) for p in _RELATIONS)


def _takes_turn(text: str) -> bool:
    """"ok", "right", "well then": at most two words, no name, no question word, nothing a question asks about."""
    folded = fold(text)
    return len(folded.split()) <= 2 and not spot(folded) and not _QUESTION_WORD.search(folded) and \
        not any(p.search(folded) for p in _CONTENT)
