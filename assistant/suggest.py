"""Follow-up questions offered under a table answer, drawn from the matrix structure of the answer just given."""

from __future__ import annotations

import tools
from assistant.answer import Answer


def suggestions(ans: Answer) -> list[str]:
    """2–3 follow-up questions drawn from the matrix structure of the answer just given."""
    if ans.route != "tool" or not ans.tool:
        return []
    a = ans.args
    out = []
    if ans.tool in ("trends_for_industry", "industries_for_trend", "matrix_cell"):
        d = a.get("direction")
        out.append("And upstream?" if d != "upstream" else "And downstream?")
        if a.get("industry"):
            out.append(f"Which sub-trends does {a['industry']} have?")
        out.append("Of those, which also have an AOSI?")
    elif ans.tool in ("cooperation_grade", "partners", "region_of"):
        out.append("And for business?" if a.get("kind") == "rd" else "And for R&D?")
        out.append("Which partner regions?")
    elif ans.tool in ("subtrends_for",):
        if a.get("industry"):
            first = tools.list_items("parameters").items[0]
            out.append(f"Which of them are very strong in {first}?")
        else:
            out.append("Which industries?")
        if a.get("industry"):
            out.append(f"Which mega trends drive {a['industry']}?")
    elif ans.tool in ("crossover_grade", "subtrend_profile", "subtrends_at_grade", "crossover_block", "crossover_cells",
                      "parameter_ranking", "rank_subtrends", "subtrends_with_many"):
        if a.get("industry"):
            out.append(f"Which sub-trends does {a['industry']} have?")
            out.append(f"Which mega trends drive {a['industry']}?")
        else:
            out.append("Which parameter has the most very strong marks?")
    elif ans.tool in ("countries_in",):
        out.append("Which partner regions?")
    return out[:3]
