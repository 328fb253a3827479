"""Which emerging industries a figure has entries for: a block of rows in Figure 7, a hot-spot in Figure 6, a
marked cell in Figures 3-5 — and which of the report's industries it leaves out."""

from __future__ import annotations

from tools import crossover as _x
from tools import subtrends as _s
from tools._data import cite
from tools.errors import InvalidArgument
from tools.matrix import _cells as _marks
from tools.names import canonical_names
from tools.result import ToolResult

# the matrix each impact figure holds (Figures 3-5 have a column for every industry: "shown" means marked)
_MATRICES = ("downstream", "upstream", "aosi")


def _shown_by(figure: str) -> tuple[list[str], str]:
    """The industries ``figure`` has entries for, in the report's order, and what an entry is there."""
    order = canonical_names("industry")
    if figure == _x._figure_key():
        have = {c.industry for c in _x._cells()}
        what = "rows (sub-trend blocks)"
    elif figure == _s._figure_key():
        have = {r.industry for r in _s._rows()}
        what = "hot-spots"
    else:
        matrix = next((m for m in _MATRICES if str(next(iter(_marks(m).values())).figure) == figure), None)
        if matrix is None:
            keys = [_x._figure_key(), _s._figure_key(), *(str(next(iter(_marks(m).values())).figure) for m in _MATRICES)]
            raise InvalidArgument(f"Figure {figure} has no entries per emerging industry; ask about Figure "
                                  f"{', '.join(sorted(keys))}.")
        have = {c.industry for c in _marks(matrix).values() if c.marked}
        what = "marked cells"
    return [i for i in order if i in have], what


def industries_shown(figure: str, shown: bool = True) -> ToolResult:
    """The emerging industries a figure has entries for (Figure 7: a block of sub-trend rows; Figure 6: a
    hot-spot; Figures 3-5: a marked cell), or the ones it leaves out.

    Args:
        figure: The figure's number: "3", "4", "5", "6" or "7".
        shown: True for the industries the figure has entries for, False for the report's other industries.
    """
    key = str(figure).strip()
    have, what = _shown_by(key)
    items = have if shown else [i for i in canonical_names("industry") if i not in have]
    title = f"Emerging industries with {what} in Figure {key}" if shown else \
        f"Emerging industries with no {what} in Figure {key}"
    return ToolResult(tool="industries_shown", args={"figure": key, "shown": shown}, title=title, items=items,
                      count=len(items), citations=[cite(key)])
