"""The words of a question that checks a claim.

``CHECK``: against something else - the previous answer, another figure, or what the text says ("is that the same
as …", "does the table back that", "is it any better than in r&d", "do I get the same number"). Answering only the
lookup inside it would be a confident answer to a different question, so the caller marks it unsure unless the plan
computes the comparison itself. ``CLAIM``: a claim put to the figures, which the compiler answers as a yes/no."""

from __future__ import annotations

import re

# the words that make a check, each a way of saying "compare with"; "also true for" is not one (it asks the
# same question of another name, which the plan does answer)
CHECK = re.compile(
    r"\b(the )?same (number|count|total|list|set|ones?|result|answer|grade|figure|trends|industries|regions|thing)\b|"
    r"\bthe same\s*[?.!]*\s*$|\b(is|are|was|were) (it|that|this|they|those|these) the same\b|\bsame as\b|"
    r"\bback(s|ed)? (that|this|it|them|those|these) up\b|\bback (that|this|it|up)\b|"
    r"\b(agree|agrees|match|matches|confirm|confirms|consistent|contradict\w*|tally|tallies|line up|lines up)\b|"
    r"\b(any |much |a lot |far )?(better|worse|stronger|weaker|higher|lower|more|fewer|less) than (in|for|with|that|this|"
    r"it|those|these|the)\b")

# a claim put to the figures: "does the table back that", "is that right", "does figure 16 confirm it": yes/no
CLAIM = re.compile(
    r"\b(does|do|did|would|can) (the )?([\w&-]+ ){0,4}(table|figure|fig|matrix|grid|data|chart)( \d+)? (\w+ly |really |even )?(back|"
    r"confirm|support|agree|match|bear|show)\w*|\bis (that|this|it) (right|true|correct|so|accurate)\b|"
    r"\bis (that|this|it) what (the )?([\w&-]+ ){0,4}(table|figure|fig|matrix|grid|data|chart)( \d+)? (shows?|says?)\b|"
    r"\bis it true\b|\btrue that\b|\b(true|right|correct|accurate)\W*$")


def check(text: str) -> str | None:
    """The words of a check in the folded question, if it makes one."""
    m = CHECK.search(text)
    return m[0] if m else None
