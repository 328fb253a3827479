"""`python -m bench.sureness --set FILE …`: how well "unsure" tells a wrong answer, signal by signal, set by set.

Every check that marks an answer unsure names itself (``assistant.signals``). For each question of each set this
records the signals that fired on its final answer and whether the answer was right; then, for each signal and
each set, it prints how often it fired on wrong answers and on right ones (its precision for "wrong"), how often it
was the only doubt (so dropping it would make that answer sure), and, per set, the wrong answers given as sure
(no signal fired: what a new signal has to catch) and the right answers marked unsure. A signal worth keeping
fires on wrong answers in sets by different writers; one that fires mostly on right answers tells users to doubt
good answers.

    python -m bench.sureness --set tests/data/round16_mixed.jsonl tests/data/round15_mixed.jsonl
    python -m bench.sureness --set … --save /tmp/sure.json      # keep the records
    python -m bench.sureness --load /tmp/sure.json --cases      # report again, with the ids behind each count
    python -m bench.sureness --load /tmp/sure.json --paths route,plan,followup,doubts   # by answer path, FIT/CHECK

``--paths`` counts right and wrong answers among sure and unsure ones per answer path (any of the fields of
``PATH_FIELDS``), split into the groups of ``GROUPS``: a path whose sure answers are often wrong on the FIT group
is worth a doubt only if the same holds on the CHECK group (sets by other writers, never looked at while fitting).

Refusals are left out (a refusal is never an answer given as sure); signals whose names start with "+" make a
passage answer sure again, those starting with "probe." only measure a candidate signal; both are listed apart.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import uuid
from collections import Counter, defaultdict
from contextlib import contextmanager
from pathlib import Path

from assistant import signals
from assistant.evaluate import check, confident, load_questions
from bench.quality import TUNING

# the rounds written by people who read only the report, each by other writers (the dev sets are not: written
# with the code)
ROUNDS = [f"tests/data/{n}" for n in TUNING[TUNING.index("round7_mixed.jsonl"):]]  # bench.quality's, from round 7 on


@contextmanager
def _search_signals():
    """While recording, say why a passage search was unsure as it was made (the parts of ``render``'s rule), and,
    as a probe, whether a question word was found only in passing (no doubt since sure7's measure)."""
    from assistant import render
    from retrieval.kinds import shows_kind

    made = render.retrieval_answer

    def traced(res):
        ans = made(res)
        lead = res.quotes[0] if res.quotes else None
        parts = {"search.out_of_scope": not res.in_scope, "probe.search.passing": bool(res.passing),
                 "search.margin": res.best_score < res.threshold + render.SURE_MARGIN,
                 "search.lead_elsewhere": bool(lead and res.passages and lead.section != res.passages[0].section),
                 "search.kind_unshown": bool(lead) and not shows_kind(res.kind, lead.text)}
        for name, fired in parts.items():
            if fired:
                signals.raised(name)
        above = res.best_score - res.threshold  # the search's score over its scope threshold, in steps of 0.05
        signals.raised(f"probe.search.above.{max(-1, min(5, int(above // 0.05)))}")
        return ans

    render.retrieval_answer = traced
    try:
        yield
    finally:
        render.retrieval_answer = made


@contextmanager
def _conversation_signals():
    """While recording, name the conversation's own doubts (``assistant.replan.leaning_doubts`` and
    ``assistant.core`` mark the answer unsure themselves): a plan built on an unsure answer, the last answer again,
    and "which ones" read as the last answer's items."""
    from assistant import core, replan

    leans, repeats, guessed = replan.leans_on_doubt, replan.repeats_last, core.guessed

    def traced(check, signal):
        def run(*args):
            fired = check(*args)
            if fired:
                signals.raised(signal)
            return fired
        return run

    replan.leans_on_doubt = traced(leans, "core.leans_on_doubt")
    replan.repeats_last = traced(repeats, "core.repeats_last")
    core.guessed = traced(guessed, "core.ones_guessed")
    try:
        yield
    finally:
        replan.leans_on_doubt, replan.repeats_last, core.guessed = leans, repeats, guessed


_SEEN: list[dict] = []  # the path of the question being answered (the last ``annotate`` call's)


@contextmanager
def _path_traced():
    """While recording, keep what ``annotate`` is given for each answer: the plan, the frame as asked and as
    completed from the conversation (its structure, never its words)."""
    from assistant import core
    from assistant.leadquote import topic_held

    made = core.annotate

    def traced(ans, plan, frame, cov, done=None):
        _SEEN.append(path_of(plan, frame, done))
        if ans.route == "retrieval" and ans.citations:  # how much of the question's topic the lead quote holds
            topic, held = topic_held(ans, frame, cov)
            signals.raised(f"probe.lead.held.{len(held) * 4 // len(topic) if topic else 'none'}")
        return made(ans, plan, frame, cov, done)

    core.annotate = traced
    try:
        yield
    finally:
        core.annotate = made


def path_of(plan, frame, done) -> dict:
    """The structure of one answer's reading: the plan's kind (and whether a cue rule guessed it), its tools and
    post-steps, and what the frame holds (intent, focus, names by kind, relation said or implied, follow-up signs)."""
    steps = getattr(plan, "steps", ())
    fu = frame.followup
    return {"plan": type(plan).__name__ + ("" if getattr(plan, "sure", True) else "?"),
            "tool": steps[0].tool if steps else None, "post": [s.tool for s in steps[1:]],
            "intent": frame.intent, "focus": frame.focus, "names": sorted({n.kind for n in frame.names}),
            "n_names": len(frame.names), "relation": frame.relation, "said": frame.relation_said,
            "completed": done is not None and done != frame,
            "fu": [k for k in ("opener", "pronoun", "of_those", "short") if getattr(fu, k)] +
                  (["group"] if fu.group else []) + (["nth"] if fu.nth is not None else [])}


def record(assistant, case: dict) -> dict:
    """The final answer of one case: right or wrong, sure or not, the signals that fired on it and its path."""
    cid = f"sure-{uuid.uuid4().hex}"
    for turn in case.get("turns", []):
        assistant.ask(turn, conversation_id=cid)
    _SEEN.clear()
    with signals.recording() as fired:
        ans = assistant.ask(case["question"], conversation_id=cid)
    problems = check(ans, case.get("expect", {}))
    return {"id": case.get("id"), "category": case.get("category", "other"), "route": ans.route,
            "right": not problems, "sure": confident(ans), "signals": list(fired), "problems": problems,
            "shape": {"value": ans.value, "count": ans.count, "items": len(ans.items), "tool": ans.tool,
                      "citations": len(ans.citations)},
            "expect_refuse": case.get("expect", {}).get("route") == "refuse", "turns": len(case.get("turns", [])),
            "inherited": ans.inherited is not None, "parts": len(_SEEN), "path": _SEEN[-1] if _SEEN else None}


def run(paths: list[str]) -> dict[str, list[dict]]:
    from assistant import Assistant

    assistant = Assistant.load()
    out = {}
    with _search_signals(), _conversation_signals(), _path_traced():
        for path in paths:
            out[Path(path).stem] = [record(assistant, c) for c in load_questions(path)]
            print(f"{Path(path).stem}: {len(out[Path(path).stem])} answers recorded", file=sys.stderr, flush=True)
    return out


def _doubts(rec: dict) -> list[str]:
    """The signals that make an answer unsure (not those that make it sure again, nor probes that only measure)."""
    return [s for s in rec["signals"] if not s.startswith(("+", "probe."))]


def tally(records: list[dict]) -> dict[str, dict[str, list]]:
    """Per signal: the ids it fired on among wrong and right answers, and those where it was the only doubt."""
    out: dict[str, dict[str, list]] = defaultdict(lambda: {"wrong": [], "right": [], "only_wrong": [],
                                                            "only_right": []})
    for rec in records:
        if rec["route"] == "refuse":
            continue
        side = "right" if rec["right"] else "wrong"
        doubts = _doubts(rec)
        for s in rec["signals"]:
            out[s][side].append(rec["id"])
            if doubts == [s]:
                out[s][f"only_{side}"].append(rec["id"])
    return out


def calibration(records: list[dict]) -> dict[str, list]:
    """The answers (not refusals) by right/wrong and sure/unsure."""
    out: dict[str, list] = {"wrong_sure": [], "wrong_unsure": [], "right_sure": [], "right_unsure": []}
    for rec in records:
        if rec["route"] == "refuse" or rec["expect_refuse"] and rec["right"]:
            continue
        out[f"{'right' if rec['right'] else 'wrong'}_{'sure' if rec['sure'] else 'unsure'}"].append(rec["id"])
    return out


def _line(name: str, t: dict[str, list], ids: bool) -> str:
    w, r = len(t["wrong"]), len(t["right"])
    prec = f"{w / (w + r):.2f}" if w + r else "  - "
    text = f"  {name:<34} wrong {w:>3}  right {r:>3}  precision {prec}  only: wrong {len(t['only_wrong']):>3} " \
           f"right {len(t['only_right']):>3}"
    if ids:
        text += f"\n      wrong: {' '.join(map(str, t['wrong']))}\n      right: {' '.join(map(str, t['right']))}"
    return text


def report(data: dict[str, list[dict]], ids: bool = False) -> list[str]:
    """Per set: the calibration counts and each signal's counts; then every set together, with the number of sets
    each signal fired on wrong answers in."""
    lines = []
    everything = [r for recs in data.values() for r in recs]
    for name, recs in [*data.items(), ("ALL SETS", everything)]:
        cal = calibration(recs)
        n = sum(1 for r in recs)
        lines.append(f"{name} ({n} questions): wrong-yet-sure {len(cal['wrong_sure'])}, wrong and unsure "
                     f"{len(cal['wrong_unsure'])}, right and sure {len(cal['right_sure'])}, right-but-unsure "
                     f"{len(cal['right_unsure'])}")
        if ids:
            lines.append(f"    wrong-yet-sure: {' '.join(map(str, cal['wrong_sure']))}")
            lines.append(f"    right-but-unsure: {' '.join(map(str, cal['right_unsure']))}")
        tallied = tally(recs)
        for sig in sorted(tallied, key=lambda s: (s.startswith(("+", "probe.")), -len(tallied[s]["wrong"]), s)):
            lines.append(_line(sig, tallied[sig], ids and name != "ALL SETS"))
        if name == "ALL SETS":
            lines.append("  signals by the sets they fired on wrong / right answers in:")
            for sig in sorted(tallied):
                on_wrong = sum(1 for rs in data.values() if any(sig in r["signals"] and not r["right"] and
                                                               r["route"] != "refuse" for r in rs))
                on_right = sum(1 for rs in data.values() if any(sig in r["signals"] and r["right"] and
                                                               r["route"] != "refuse" for r in rs))
                lines.append(f"    {sig:<34} {on_wrong:>2} / {on_right:>2} sets")
    return lines


# the group a set belongs to, by its file name: signals are fitted on FIT and kept only if CHECK agrees
GROUPS = (("FIT", re.compile(r"^(heldout[1-9]b?(_|$)|round24_)")), ("CHECK", re.compile(r"^heldout10")))


def group_of(name: str) -> str:
    return next((g for g, pat in GROUPS if pat.search(name)), "OTHER")


def groups(data: dict[str, list[dict]]) -> list[str]:
    """Per group of sets: wrong-yet-sure among all questions, right-but-unsure among right answers (expected
    refusals left out), and sure-precision (right among the answers given as sure)."""
    lines = ["group: questions, right, wrong-yet-sure (of all), right-but-unsure (of right), sure-precision"]
    for group in dict.fromkeys([*(g for g, _ in GROUPS), *map(group_of, data)]):
        recs = [r for name, rs in data.items() if group_of(name) == group for r in rs]
        if not recs:
            continue
        right = [r for r in recs if r["right"]]
        sure = [r for r in recs if r["sure"]]
        wys = sum(not r["right"] for r in sure)
        rbu = sum(not r["sure"] and not r["expect_refuse"] for r in right)
        shown = [r for r in right if not r["expect_refuse"]]
        lines.append(f"  {group:<6} {len(recs):>5}  right {len(right):>5}  wrong-yet-sure {wys:>3} "
                     f"({wys / len(recs):.1%})  right-but-unsure {rbu:>3} ({rbu / max(1, len(shown)):.1%})  "
                     f"sure-precision {(len(sure) - wys) / max(1, len(sure)):.3f}")
    return lines


def _path(rec: dict) -> dict:
    return rec.get("path") or {}


# the fields an answer path can be keyed by (``--paths``): how the answer was found, never the question's words
PATH_FIELDS = {
    "route": lambda r: r["route"],
    "plan": lambda r: _path(r).get("plan", "?"),
    "followup": lambda r: "follow-up" if r.get("turns") else "first",
    "signs": lambda r: "+".join(_path(r).get("fu", [])) or "no signs",
    "inherited": lambda r: "inherited" if r.get("inherited") else "own",
    "tool": lambda r: _path(r).get("tool") or "-",
    "post": lambda r: "+".join(_path(r).get("post", [])) or "-",
    "intent": lambda r: _path(r).get("intent", "?"),
    "focus": lambda r: _path(r).get("focus") or "no focus",
    "said": lambda r: "said" if _path(r).get("said") else "unsaid",
    "doubts": lambda r: "+".join(sorted(_doubts(r))) or "no doubt",
    "probes": lambda r: "+".join(sorted(s for s in r["signals"] if s.startswith("probe."))) or "no probe",
}


def paths(data: dict[str, list[dict]], fields: list[str]) -> list[str]:
    """Per answer path: wrong and right answers among the sure and the unsure ones, for each group of sets; the
    paths with the most wrong-yet-sure answers first."""
    counts: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for name, recs in data.items():
        for rec in recs:
            if rec["route"] == "refuse" or rec["expect_refuse"] and rec["right"]:
                continue
            key = " | ".join(PATH_FIELDS[f](rec) for f in fields)
            cell = f"{'sure' if rec['sure'] else 'unsure'} {'right' if rec['right'] else 'wrong'}"
            counts[key][group_of(name)][cell] += 1
    groups = [g for g, _ in GROUPS] + (["OTHER"] if any(group_of(n) == "OTHER" for n in data) else [])
    cells = ("sure wrong", "sure right", "unsure wrong", "unsure right")
    lines = [f"{' × '.join(fields)}: per group {' / '.join(cells)}"]
    for key in sorted(counts, key=lambda k: (-sum(c["sure wrong"] for c in counts[k].values()), k)):
        row = "   ".join(f"{g} " + " ".join(f"{counts[key][g][c]:>3}" for c in cells) for g in groups)
        lines.append(f"  {row}   {key}")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.sureness", description=__doc__.splitlines()[0])
    ap.add_argument("--set", nargs="+", dest="sets", help="question files (default: the round sets)")
    ap.add_argument("--save", help="write the per-answer records to this JSON file")
    ap.add_argument("--load", help="report on records saved by --save instead of answering again")
    ap.add_argument("--cases", action="store_true", help="list the question ids behind each count")
    ap.add_argument("--paths", help=f"comma-separated fields of an answer path to count by: {', '.join(PATH_FIELDS)}")
    args = ap.parse_args(argv)
    fields = args.paths.split(",") if args.paths else []
    if any(f not in PATH_FIELDS for f in fields):
        ap.error(f"--paths takes fields among: {', '.join(PATH_FIELDS)}")
    if args.load:
        data = json.loads(Path(args.load).read_text(encoding="utf-8"))
    else:
        data = run(args.sets or ROUNDS)
    if args.save:
        Path(args.save).write_text(json.dumps(data), encoding="utf-8")
    print("\n".join([*(paths(data, fields) if fields else report(data, args.cases)), *groups(data)]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
