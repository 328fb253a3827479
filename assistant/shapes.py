"""The kind of answer a question asks for against the shape of the table answer it got: a count or list of one kind
of thing answered with things of another kind ("how many trends …" counted in cells), a choice between two
comparisons ("higher or lower than …") answered with a yes or a no, a question of how something happens answered
with a table's list, a yes/no answered with rows only, and a name asked for answered with one pair's grade. Each is a
guess at best: the answer is shown, marked unsure, and its reading says what it did not give."""

from __future__ import annotations

import re
from functools import cache

from assistant.answer import Answer
from assistant.coverage import Coverage
from assistant.frame import KIND_OF_FOCUS, Frame
from assistant.plan import ToolPlan

_PLURAL = {"trend": "mega trends", "industry": "industries", "subtrend": "sub-trends", "parameter": "parameters",
           "region": "regions", "country": "countries"}


@cache
def _kinds_of(name: str) -> frozenset[str]:
    """The kinds the report's vocabulary gives a name ("Big data" is a trend and a sub-trend)."""
    from tools import vocabulary

    return frozenset(v.kind for v in vocabulary() if v.canonical.casefold() == name.casefold())


def _item_kinds(ans: Answer) -> set[str] | None:
    """The kinds every listed item could be: "pair" for rows of two names; None when an item is no known name."""
    kinds: set[str] = set()
    for item in ans.items:
        if isinstance(item, tuple | list):
            kinds.add("pair")
            continue
        own = _kinds_of(str(item))
        if not own:
            return None
        kinds |= own
    return kinds


# the words that ask for things of a kind, and what may stand between them and the noun ("how many of the 12 …")
_ASKING = re.compile(r"\b(?:how many|count(?: the)?|number of|which|what)\s+(?:of (?:the|these|those)\s+)?"
                     r"(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty)\s+)?"
                     r"(?:emerging\s+)?")


def asked_kind(text: str) -> str | None:
    """The kind of name a count or list asks for, from the noun right after its asking words ("how many of the 12
    mega trends" asks for trends); the last noun of a compound ("region pairs": pairs, not regions; "trend-industry
    hot-spot": a hot-spot); None when no noun of a kind follows the first asking words ("how many ✓✓ …, and for
    which sub-trends", "which ones")."""
    from assistant.cues import FOCUS_WORDS

    for m in _ASKING.finditer(text):
        kind, at = None, m.end()
        while True:
            hit = next(((k, h) for k, p in FOCUS_WORDS if (h := p.match(text, at))), None)
            if hit is None:
                break
            end = hit[1].end()
            if text[end:end + 1] == "-":  # "trend-industry hot-spot": a modifier of the noun that follows
                kind, at = None, end + len(text[end:].split(" ", 1)[0]) + 1
                continue
            kind, at = hit[0], end + (1 if text[end:end + 1] == " " else 0)
        return KIND_OF_FOCUS.get(kind or "")  # the first asking words say what is counted or listed
    return None


def kind_unlike(ans: Answer, plan: ToolPlan, frame: Frame, cov: Coverage) -> str | None:
    """"how many of the mega trends …" answered with a number of cells, "which regions …" with a list of countries:
    the things counted or listed are not of the kind the question's own noun asks for."""
    if frame.intent not in ("count", "list") or not ans.items:
        return None
    want = asked_kind(frame.text)
    kinds = _item_kinds(ans) if want else None
    if kinds is None or want in kinds and (frame.intent == "list" or "pair" not in kinds):
        return None
    if "pair" in kinds and frame.intent == "list":
        return None  # pairs listed show each thing asked for beside its partner
    return f"the {_PLURAL[want]} asked \u2014 this {'counts' if frame.intent == 'count' else 'lists'} other things"


_MORE = r"(?:higher|lower|stronger|weaker|better|worse|more|less|greater|smaller|bigger|above|below)"
# "higher or lower than …", "is it better or worse", "stronger or weaker": the question offers two comparisons
_COMPARED = re.compile(rf"\b({_MORE})\s+or\s+({_MORE})\b")


def comparison_unchosen(ans: Answer, plan: ToolPlan, frame: Frame, cov: Coverage) -> str | None:
    """A choice between two comparisons ("is that higher or lower than …") answered with a yes or a no: a "no" to
    "is it higher" does not say "lower", so which of the two holds was not said."""
    m = _COMPARED.search(frame.text)
    if m is None or m[1] == m[2] or (ans.value or "").casefold() not in ("yes", "no"):
        return None
    return f"the choice \u201c{m[0]}\u201d \u2014 a yes or no does not say which"


# "how does X hit Y", "in what way do they feed into …": how something happens, which the text explains
_HOW = re.compile(r"\b(?:how|in what way)\s+(?:do|does|did|can|could|will|would|should|has|have)\b")
# tools whose answer is how strongly (a grade, a score, a rank): "how does X rate / score / compare"
_HOW_STRONG = frozenset({"cooperation_grade", "crossover_grade", "partners", "grade_differences", "strongest_pairs",
                         "parameter_ranking", "subtrend_profile", "portfolio", "rank_matrix", "rank_regions",
                         "rank_subtrends", "rank_hotspots", "compare_matrices"})


def how_asked(ans: Answer, plan: ToolPlan, frame: Frame, cov: Coverage) -> str | None:
    """"how do the IT trends feed into diagnostics" answered with a table's list: a table says whether and which,
    not how; the passage that explains it is what was asked."""
    if _HOW.search(frame.text) is None or {s.tool for s in plan.steps} & _HOW_STRONG:
        return None
    return "how \u2014 the tables say whether and which, not how"


# "is there a …", "are there …", "is X ever …": whether such things exist, which the list of them answers
_EXISTS = re.compile(r"\b(?:is|are) there\b|\bever\b")


def yesno_unanswered(ans: Answer, plan: ToolPlan, frame: Frame, cov: Coverage) -> str | None:
    """A yes/no question ("does the effect have to run both ways, or is one enough?") answered with a table's rows
    and neither a yes, a no nor a value: the rows are shown, what was asked is not said."""
    if frame.intent != "yesno" or ans.value is not None or _EXISTS.search(frame.text):
        return None
    return "the yes or no asked \u2014 this lists the table's rows"


# tools whose answer is one grade of one pair (a cell), never a name
_GRADE_OF_PAIR = frozenset({"cooperation_grade", "crossover_grade"})


def grade_for_name(ans: Answer, plan: ToolPlan, frame: Frame, cov: Coverage) -> str | None:
    """"and for X - who's its best partner" answered with the grade of one pair (X and a region kept from the turn
    before): a name was asked for, a grade was given."""
    want = KIND_OF_FOCUS.get(frame.focus or "")
    tools = {s.tool for s in plan.steps if not s.tool.startswith("_")}
    if want is None or frame.intent not in ("rank", "list", "value") or not tools or not tools <= _GRADE_OF_PAIR:
        return None
    if ans.value is None or _kinds_of(ans.value) or _asks_grade(frame.text):
        return None  # a name, no single value, or a grade asked for too ("how strong is it between those regions")
    return f"the {_PLURAL[want]} asked \u2014 this gives the grade of one pair"


def _asks_grade(text: str) -> bool:
    from assistant.cues import FOCUS_WORDS

    return any(p.search(text) for k, p in FOCUS_WORDS if k == "grade")

