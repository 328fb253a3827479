"""Small explicit set algebra over ``ToolResult.items``; order follows the first operand."""

from __future__ import annotations

from tools._data import merge_notes
from tools.result import ToolResult


def _key(item) -> object:
    return tuple(item) if isinstance(item, list) else item


def _combine(op: str, a: ToolResult, b: ToolResult, items: list, symbol: str, value=None) -> ToolResult:
    return ToolResult(
        tool=op, args={"a": {"tool": a.tool, **a.args}, "b": {"tool": b.tool, **b.args}},
        title=f"({a.title}) {symbol} ({b.title})", items=items, count=len(items), value=value,
        citations=list(dict.fromkeys(a.citations + b.citations)), notes=merge_notes(a.notes, b.notes),
    )


def intersect(a: ToolResult, b: ToolResult) -> ToolResult:
    """Items of ``a`` that are also items of ``b``.

    Args:
        a: The first result.
        b: The second result.
    """
    keep = {_key(i) for i in b.items}
    items = [i for i in a.items if _key(i) in keep]
    # the one ``b`` names (a ranking's leader), when it is among ``a``'s items: "which of those has the most"
    value = b.value if b.value is not None and _key(b.value) in {_key(i) for i in items} else None
    return _combine("intersect", a, b, items, "∩", value)


def subtract(a: ToolResult, b: ToolResult) -> ToolResult:
    """Items of ``a`` that are not items of ``b``.

    Args:
        a: The result to subtract from.
        b: The result whose items are removed.
    """
    drop = {_key(i) for i in b.items}
    return _combine("subtract", a, b, [i for i in a.items if _key(i) not in drop], "∖")


def union(a: ToolResult, b: ToolResult) -> ToolResult:
    """Items of ``a`` followed by the items of ``b`` not already in ``a``.

    Args:
        a: The first result.
        b: The second result.
    """
    seen = {_key(i) for i in a.items}
    extra = [i for i in b.items if _key(i) not in seen and not seen.add(_key(i))]
    return _combine("union", a, b, list(a.items) + extra, "∪")


def restrict(a: ToolResult, names: set[str], position: int | None = None) -> ToolResult:
    """Items of ``a`` that are in ``names`` (for pair items, whose element at ``position`` is in ``names``).

    Args:
        a: The result to filter.
        names: The names to keep.
        position: For pair items, which element (0 or 1) to test; None tests the whole item (or either element).
    """
    def ok(item) -> bool:
        if isinstance(item, tuple | list):
            return item[position] in names if position is not None else any(x in names for x in item)
        return item in names

    items = [i for i in a.items if ok(i)]
    kept = {i for i in items if isinstance(i, str)}  # a kept name keeps its row (its abbreviation, its grade)
    rows = [r for r in a.rows if isinstance(r, dict) and kept & {v for v in r.values() if isinstance(v, str)}]
    return ToolResult(
        tool="restrict", args={"a": {"tool": a.tool, **a.args}, "names": sorted(names), "position": position},
        title=f"{a.title}, restricted to {', '.join(sorted(names))}", items=items, count=len(items),
        groups={}, rows=rows, citations=list(a.citations), notes=list(a.notes),
    )
