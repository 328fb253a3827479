"""Every tool is a typed function with a documented argument; the LangChain schemas are snapshot-tested.

Regenerate the snapshot with ``UPDATE_SNAPSHOTS=1 pytest tests/test_tools_schema.py``.
"""

from __future__ import annotations

import ast
import inspect
import json
import os
import re
import subprocess
import sys
import typing
from pathlib import Path

import pytest

import tools
import tools._data

SNAPSHOT = Path(__file__).with_name("snapshots") / "tool_schemas.json"
ROOT = Path(__file__).resolve().parents[1]


def _args_section(doc: str) -> dict[str, str]:
    m = re.search(r"^Args:\n(.*?)(?:^\S|\Z)", doc, re.MULTILINE | re.DOTALL)
    if not m:
        return {}
    return dict(re.findall(r"^ {4}(\w+): (.+)$", m.group(1), re.MULTILINE))


@pytest.mark.parametrize("func", tools.TOOLS, ids=lambda f: f.__name__)
def test_tool_is_typed_and_documented(func):
    doc = inspect.getdoc(func)
    assert doc, f"{func.__name__} has no docstring"
    hints = typing.get_type_hints(func)
    assert hints.get("return") is tools.ToolResult, f"{func.__name__} must return ToolResult"
    documented = _args_section(doc)
    for name in inspect.signature(func).parameters:
        assert name in hints, f"{func.__name__}: parameter {name!r} has no type hint"
        assert name in documented, f"{func.__name__}: parameter {name!r} has no Args: entry"
    assert set(documented) <= set(inspect.signature(func).parameters), f"{func.__name__}: Args: names a ghost"


def test_tools_registry_is_complete():
    names = [f.__name__ for f in tools.TOOLS]
    assert len(names) == len(set(names))
    for name in names:
        assert getattr(tools, name) is not None and name in tools.__all__


def _schemas() -> dict:
    from tools.langchain import as_langchain_tools

    return {t.name: {"description": t.description, "parameters": t.tool_call_schema.model_json_schema()}
            for t in as_langchain_tools()}


def test_langchain_schema_snapshot():
    current = _schemas()
    text = json.dumps(current, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    if os.environ.get("UPDATE_SNAPSHOTS") == "1" or not SNAPSHOT.exists():
        SNAPSHOT.parent.mkdir(exist_ok=True)
        SNAPSHOT.write_text(text, encoding="utf-8")
    assert json.loads(SNAPSHOT.read_text(encoding="utf-8")) == json.loads(text), \
        "tool schemas changed; rerun with UPDATE_SNAPSHOTS=1 if intended"


def test_langchain_tool_errors_are_readable_results():
    from tools.langchain import as_langchain_tools

    by_name = {t.name: t for t in as_langchain_tools()}
    out = by_name["trends_for_industry"].invoke({"industry": "Space Industries"})
    assert isinstance(out, str) and out.startswith("Space Industries is not one of the report's")
    out = by_name["cooperation_grade"].invoke({"region_a": "Nordics"})
    assert isinstance(out, str) and "not valid" in out
    msg = by_name["cooperation_grade"].invoke(
        {"type": "tool_call", "id": "c1", "name": "cooperation_grade",
         "args": {"region_a": "Nordics", "region_b": "Iberia", "kind": "rd"}})
    assert json.loads(msg.content)["value"] == "-"
    assert isinstance(msg.artifact, tools.ToolResult)


def test_import_is_light():
    code = ("import sys, tools; bad = [m for m in ('torch', 'chromadb', 'sentence_transformers', 'retrieval', "
            "'langchain_core') if m in sys.modules]; print(','.join(bad))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def _code_strings(path: Path) -> list[str]:
    """String constants of a module, except docstrings (their examples are descriptions, not logic) and the
    API's argument defaults (e.g. ``min_grade="✓✓"``, fixed by the spec)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            docs.update(id(d) for d in [*node.args.defaults, *node.args.kw_defaults] if d is not None)
        if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docs.add(id(first.value))
    return [n.value for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs]


def test_no_report_literals_in_tools():
    """Report facts come from structured/; the tools' code names no industry, trend, region or grade symbol."""
    from tools.names import canonical_names

    names = [n for k in ("industry", "trend", "region", "parameter", "subtrend") for n in canonical_names(k)]
    symbols = [e.symbol for e in tools._data.tables().legend if e.symbol]
    for path in (ROOT / "tools").glob("*.py"):
        strings = _code_strings(path)
        found = [n for n in names if any(n in s for s in strings)]
        found += [g for g in symbols if len(g) > 1 and any(g in s for s in strings)]
        found += [g for g in symbols if g in strings]
        assert not found, f"{path.name} writes report facts as literals: {found}"
