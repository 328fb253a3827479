"""`python -m bench.quality`: right and wrong-yet-sure per category on every question set, in one run.

The dev and tuning sets say how well the assistant fits what it was tuned on; the held-out sets (written by
helpers who read only the report, never tuned on, never read by developers) say what the next user gets.
Only the summary lines are printed for held-out sets: their failures are not for reading.

    python -m bench.quality                 # every set, one summary each
    python -m bench.quality --pooled        # the held-out sets, each and pooled: the standing measure of quality
"""

from __future__ import annotations

import sys
from pathlib import Path

from assistant import Assistant
from assistant.evaluate import evaluate, load_questions

DATA = Path(__file__).parents[1] / "tests" / "data"
TUNING = ["questions.jsonl", "questions_more.jsonl", "questions_third.jsonl", "questions_fourth.jsonl",
          "questions_fifth.jsonl", "paraphrases.jsonl", "round6.jsonl", "narrative1.jsonl",
          "round7_mixed.jsonl", "round7_narr.jsonl", "round8_followups.jsonl",
          "round9_mixed.jsonl", "round9_followups.jsonl", "round9_narr.jsonl",
          "round11_mixed.jsonl", "round11_followups.jsonl", "round11_narr.jsonl",
          "round13_mixed.jsonl", "round13_followups.jsonl", "round13_narr.jsonl",
          "round14_mixed.jsonl", "round14_followups.jsonl", "round14_narr.jsonl",
          "round15_mixed.jsonl", "round15_followups.jsonl", "round15_narr.jsonl",
          "round16_mixed.jsonl", "round16_followups.jsonl", "round16_narr.jsonl",
          "round17_mixed.jsonl", "round17_followups.jsonl", "round17_narr.jsonl", "round18_followups.jsonl",
          "round18_mixed.jsonl", "round18b_followups.jsonl", "round18_narr.jsonl",
          "round20_mixed.jsonl", "round20_followups.jsonl",
          "round19_mixed.jsonl", "round19_followups.jsonl", "round19_narr.jsonl",
          "round22_mixed.jsonl", "round22_followups.jsonl", "round22_narr.jsonl",
          "round21_mixed.jsonl", "round21_followups.jsonl", "round21_narr.jsonl",
          "round23_mixed.jsonl", "round23_followups.jsonl", "round23_narr.jsonl",
          "round24_mixed.jsonl", "round24_followups.jsonl", "round24_narr.jsonl",
          "round25_mixed.jsonl", "round25_followups.jsonl", "round25_narr.jsonl",
          "round26_mixed.jsonl", "round26_followups.jsonl", "round26_narr.jsonl",
          "round27_mixed.jsonl", "round27_followups.jsonl"]
# kept in their own folders so that no glob over tests/data/*.jsonl ever prints a held-out question
HELD_OUT = [f"heldout/{n}" for n in ("heldout1.jsonl", "heldout2_mixed.jsonl", "heldout2_narr.jsonl",
                                      "heldout3_mixed.jsonl", "heldout3_narr.jsonl", "heldout4_mixed.jsonl",
                                      "heldout4_narr.jsonl", "heldout5_mixed.jsonl", "heldout5_narr.jsonl",
                                      "heldout6_mixed.jsonl", "heldout6_narr.jsonl", "heldout7_mixed.jsonl",
                                      "heldout7b_mixed.jsonl", "heldout7_narr.jsonl", "heldout8_mixed.jsonl",
                                      "heldout8b_mixed.jsonl", "heldout8_narr.jsonl", "heldout9_mixed.jsonl",
                                      "heldout9_narr.jsonl", "heldout10_mixed.jsonl", "heldout10_narr.jsonl",
                                      "heldout11_mixed.jsonl", "heldout11_narr.jsonl",
                                      "heldout12_mixed.jsonl", "heldout12_narr.jsonl")]
VALIDATION = [f"validation/{n}" for n in ("round10_mixed.jsonl", "round10_followups.jsonl", "round10_narr.jsonl",
                                          "round12_mixed.jsonl", "round12_narr.jsonl")]


def summary(name: str, report: dict) -> list[str]:
    """One line per category and one for the whole set."""
    lines = [f"{name}"]
    for cat, r in report["categories"].items():
        lines.append(f"  {cat:<10} right {r['correct']:>4}/{r['total']:<4} {r['accuracy']:6.1%}   "
                     f"wrong-yet-sure {r['wrong_sure']:>3} ({r['wrong_sure_rate']:.1%})   right-but-unsure {r['right_unsure']:>3}")
    n = report["total"] or 1
    lines.append(f"  {'all':<10} right {report['correct']:>4}/{report['total']:<4} {report['correct'] / n:6.1%}   "
                 f"wrong-yet-sure {report['wrong_sure']:>3} ({report['wrong_sure'] / n:.1%})   "
                 f"right-but-unsure {report['right_unsure']:>3}")
    return lines


def pooled(reports: list[dict]) -> dict:
    """The reports of several sets as one: counts summed per category and over all (no failures kept)."""
    cats: dict[str, dict] = {}
    for report in reports:
        for cat, r in report["categories"].items():
            into = cats.setdefault(cat, {"correct": 0, "total": 0, "wrong_sure": 0, "right_unsure": 0})
            for key in into:
                into[key] += r[key]
    for r in cats.values():
        r["accuracy"] = r["correct"] / r["total"] if r["total"] else 0.0
        r["wrong_sure_rate"] = r["wrong_sure"] / r["total"] if r["total"] else 0.0
    return {"categories": dict(sorted(cats.items())), "total": sum(r["total"] for r in reports),
            "correct": sum(r["correct"] for r in reports), "wrong_sure": sum(r["wrong_sure"] for r in reports),
            "right_unsure": sum(r["right_unsure"] for r in reports)}


def main(names: list[str] | None = None) -> int:
    pool = names == ["--pooled"]
    assistant = Assistant.load()
    reports = []
    for name in HELD_OUT if pool else names or TUNING + VALIDATION + HELD_OUT:
        path = DATA / name
        if not path.is_file():
            print(f"{name}: missing")
            continue
        label = f"{name} (held out)" if name in HELD_OUT else f"{name} (validation)" if name in VALIDATION else name
        reports.append(evaluate(assistant, load_questions(path)))
        print("\n".join(summary(label, reports[-1])), flush=True)
    if pool:
        print("\n".join(summary(f"all {len(reports)} held-out sets, pooled", pooled(reports))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or None))
