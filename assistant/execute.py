"""Running a tool plan: its steps in order, post-steps over the result so far, set operations between steps."""

from __future__ import annotations

import tools
from assistant.plan import ToolPlan
from assistant.poststeps import post


def execute(plan: ToolPlan):
    """The result of a tool plan: its steps run in order, each combined with the result so far by its op."""
    result = None
    for step in plan.steps:
        if step.tool == "restrict":
            result = tools.restrict(result, set(step.args["names"]), step.args.get("position"))
            continue
        if step.tool.startswith("_"):
            result = post(step.tool, step.args, result)
            continue
        fn = getattr(tools, step.tool)
        args = {k: v for k, v in step.args.items() if v is not None}
        if step.tool == "crossover_grade" and "industry" not in args:
            args["industry"] = _single_industry(args["subtrend"])
        r = fn(**args)
        if result is None or step.op == "set":
            result = r
        else:
            result = {"intersect": tools.intersect, "subtract": tools.subtract, "union": tools.union}[step.op](result, r)
    return result


def _single_industry(subtrend: str) -> str:
    """The one industry whose sub-trend this is; several: ask which (an AmbiguousName the user reads)."""
    inds = tools.subtrend_industries(subtrend).items
    if len(inds) > 1:  # Figure 7 has rows for some industries only: keep those
        inds = [i for i in inds if tools.crossover_block(i).count] or inds
    if len(inds) == 1:
        return inds[0]
    raise tools.AmbiguousName("industry", subtrend, list(inds),
                              f"{subtrend} is a sub-trend of {' and of '.join(inds)}. Which industry do you mean?")
