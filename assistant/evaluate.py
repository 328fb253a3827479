"""Score the assistant on a JSONL question file: each line's expected route and answer, accuracy per category."""

from __future__ import annotations

import json
import re
import uuid
from collections import defaultdict
from functools import cache
from pathlib import Path

from assistant.answer import Answer

# the floors each category of the dev sets (training data) must keep in CI (tests/test_eval.py). Not 100%: a
# dev case that expected a guess may now get "I'm not sure" (sure=False, or a clarifying question) instead,
# which is the better answer. What must not grow is a wrong answer given as sure: at most WRONG_SURE_MAX.
THRESHOLDS = {"matrix": 0.97, "followup": 0.9, "narrative": 0.95, "refuse": 0.95, "bad_input": 1.0}
WRONG_SURE_MAX = 0.03


def load_questions(path: str | Path) -> list[dict]:
    out = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise ValueError(f"{path}:{n}: not JSON ({e.msg})") from None
    return out


def answer_case(assistant, case: dict) -> Answer:
    """Ask the case's earlier turns, then its question, in one fresh conversation."""
    cid = f"eval-{uuid.uuid4().hex}"
    for turn in case.get("turns", []):
        assistant.ask(turn, conversation_id=cid)
    return assistant.ask(case["question"], conversation_id=cid)


def _norm(x):
    return " ".join(str(x).split()).casefold()


def _values(ans: Answer) -> set[str]:
    """The values an answer states: its value, and the one grade shared by every row of the items it lists
    (a partner list shows each name with its grade, so "o" is as much its value as the name)."""
    vals = {_norm(ans.value if ans.value is not None else "<none>")}
    grade = _shared(ans, "grade")
    if grade is not None:
        vals.add(_norm(grade))
    if vals & {"no", "none"} and not ans.items:  # "any X …?" answered "none", or "which X …?" answered "no":
        vals |= {"no", "none"}                     # an empty answer says both
    names = [i for i in ans.items if isinstance(i, str)]
    if len(names) == 1 and len(ans.items) == 1:  # "which one …" answered with a list of exactly one name
        vals.add(_norm(names[0]))
    return vals


_ROW_NAMES = ("region", "name", "subtrend", "parameter", "industry", "trend")  # the keys a row names its entry by


def _shared(ans: Answer, field: str):
    """The one ``field`` (a grade, a count) every row of the answer's listed names shows, if they share one."""
    names = {_norm(i if isinstance(i, str) else " × ".join(i)) for i in ans.items}  # a pair row is "a × b"
    got = {row.get(field) for row in ans.rows if names & {_norm(row.get(k) or "") for k in _ROW_NAMES}}
    return got.pop() if names and len(got) == 1 else None


def check(ans: Answer, expect: dict) -> list[str]:
    """The ways an answer misses its expectation (empty list: correct)."""
    bad = []
    want_route = expect.get("route")
    # tool vs retrieval is how an answer was found, not what the user sees: only a refusal where an answer was
    # expected (or an answer where a refusal was) is a route error; the content checks below decide the rest
    if want_route and ans.route != want_route and "refuse" in (ans.route, want_route):
        bad.append(f"route {ans.route} != {want_route}")
        return bad
    figs = {c.figure for c in ans.citations}
    if "figure" in expect and str(expect["figure"]) not in figs:
        bad.append(f"figure {expect['figure']} not cited ({sorted(f for f in figs if f)})")
    bad += _set_problems(ans, expect)
    if "value" in expect and _canon(expect["value"]) not in {_canon(v) for v in _values(ans)} and \
            not _quoted(ans, expect["value"]):
        bad.append(f"value {ans.value!r} != {expect['value']!r}")
    if "count" in expect:
        got = ans.count if ans.count is not None else len(ans.items)
        if got != expect["count"] and _shared(ans, "count") != expect["count"] and \
                not _both_sides(ans, got, expect["count"]):
            bad.append(f"count {got} != {expect['count']}")
    if "page" in expect and int(expect["page"]) not in {c.page for c in ans.citations}:
        bad.append(f"page {expect['page']} not cited")
    if "sections" in expect:
        secs = {c.section for c in ans.citations} | {p.get("section") for p in ans.passages[:3]}
        if not secs & {str(s) for s in expect["sections"]}:
            bad.append(f"sections {sorted(s for s in secs if s)} miss {expect['sections']}")
    phrases = expect.get("phrases") or []
    if phrases:
        quoted = _norm(" ".join(c.quote or "" for c in ans.citations) + " " + ans.answer)
        if not any(_norm(p) in quoted for p in phrases):
            bad.append("no quote carries an answering phrase")
    for word in expect.get("mentions", []):
        if _norm(word) not in _norm(ans.answer):
            bad.append(f"answer does not mention {word!r}")
    return bad


def _quoted(ans: Answer, value) -> bool:
    """A passage answer states a fact of the text (a number, a period, a name) when its own text shows it; a
    yes/no or a grade is never read from a quote, since a quote holding the word is not an answer."""
    v = _norm(value)
    if ans.route != "retrieval" or v in {"yes", "no", "none"} or not re.search(r"\w{2}", v):
        return False
    return re.search(rf"(?<!\w){re.escape(v)}(?!\w)", _norm(ans.answer)) is not None


def _both_sides(ans: Answer, got: int, want: int) -> bool:
    """The report gives two numbers for one count (a figure and its text) and the answer names both in one data
    note: the question's writer read the other side, which the brief counts as right."""
    return any({str(got), str(want)} <= set(re.findall(r"\d+", note)) for note in ans.notes)


@cache
def _aliases() -> dict[str, str]:
    from tools import vocabulary

    return {_norm(v.alias): _norm(v.canonical) for v in vocabulary()}


def _canon(name) -> str:
    """A name as the report's vocabulary spells it ("Mobility Technology" is "Mobility Technologies")."""
    return _aliases().get(_norm(name), _norm(name))


def _set_problems(ans: Answer, expect: dict) -> list[str]:
    """Differences between the answer's items (or pairs) and the expected set."""
    bad = []
    if "items" in expect:
        names = [i for i in ans.items if not isinstance(i, tuple | list)]
        if not names:  # (industry, sub-trend) rows listed for sub-trends: the sub-trend is the item
            names = [i[-1] for i in ans.items if isinstance(i, tuple | list) and i]
        got = {_canon(i) for i in names}
        want = {_canon(i) for i in expect["items"]}
        if got != want:
            bad.append(f"items differ: missing {sorted(want - got)}, extra {sorted(got - want)}")
    if "items_pairs" in expect:
        got = {frozenset(_canon(p) for p in i) for i in ans.items if isinstance(i, tuple | list)} or _row_pairs(ans)
        want = {frozenset(_canon(p) for p in i) for i in expect["items_pairs"]}
        if got != want:
            bad.append(f"pairs differ: missing {len(want - got)}, extra {len(got - want)}")
    return bad


# the two fields a listed row pairs: a country with its region, a name with its grade
_PAIR_KEYS = (("country", "region"), ("region", "grade"), ("name", "grade"), ("subtrend", "grade"),
              ("parameter", "grade"))


def _row_pairs(ans: Answer) -> set[frozenset]:
    """The pairs an answer of plain names shows row by row ("Poland — Central Eastern Europe", "Northern Europe
    ++"): for each row of a listed name, its first pair of fields."""
    names = {_norm(i) for i in ans.items if isinstance(i, str)}
    out = set()
    for row in ans.rows:
        keys = next(((a, b) for a, b in _PAIR_KEYS if row.get(a) and row.get(b)), None)
        if keys and names & {_norm(row[k]) for k in keys}:
            out.add(frozenset(_canon(row[k]) for k in keys))
    return out


def confident(ans: Answer) -> bool:
    """The answer asserts something: not a refusal or a clarifying question, and not marked unsure."""
    return ans.route != "refuse" and ans.sure


def evaluate(assistant, cases: list[dict]) -> dict:
    """Per-category accuracy, wrong-yet-sure rate (a wrong answer given as if sure) and the failures."""
    per = defaultdict(lambda: [0, 0, 0])  # correct, total, wrong-yet-sure
    right_unsure = defaultdict(int)  # right, yet marked unsure (not counting expected refusals)
    failures = []
    for case in cases:
        ans = answer_case(assistant, case)
        bad = check(ans, case.get("expect", {}))
        cat = case.get("category", "other")
        per[cat][1] += 1
        if not bad:
            per[cat][0] += 1
            right_unsure[cat] += not confident(ans) and case.get("expect", {}).get("route") != "refuse"
        else:
            per[cat][2] += confident(ans)
            failures.append({"id": case.get("id"), "category": cat, "question": case["question"][:200],
                             "problems": bad, "answer": ans.answer[:300], "sure": confident(ans),
                             "reading": ans.reading})
    total = sum(t for _, t, _ in per.values())
    return {"categories": {k: {"correct": c, "total": t, "accuracy": c / t if t else 0.0, "wrong_sure": w,
                               "wrong_sure_rate": w / t if t else 0.0, "right_unsure": right_unsure[k]}
                           for k, (c, t, w) in sorted(per.items())},
            "total": total, "correct": sum(c for c, _, _ in per.values()),
            "wrong_sure": sum(w for _, _, w in per.values()), "right_unsure": sum(right_unsure.values()),
            "failures": failures}
