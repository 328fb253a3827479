"""LangChain wrappers for ``tools.TOOLS`` and ``FIGURE_TOOLS``: one StructuredTool per function, docstring as
description.

Import this module only where LangChain is wanted; ``import tools`` does not load langchain-core.
A ToolError (or invalid arguments) becomes a readable string result, never a crash. The tool's content is the
result as JSON; the ToolResult itself is the artifact (``response_format="content_and_artifact"``).
"""

from __future__ import annotations

import functools
import inspect
import json
from collections.abc import Callable

from langchain_core.tools import StructuredTool, ToolException
from langchain_core.tools.base import create_schema_from_function

from tools import TOOLS
from tools.errors import ToolError
from tools.figure_find import figure_lookup
from tools.result import ToolResult

#: Tools wrapped here besides ``tools.TOOLS``: the figure look-up by what a figure shows.
FIGURE_TOOLS = [figure_lookup]


def _description(func: Callable) -> str:
    """The docstring's summary (the part before ``Args:``); arguments are described in the schema."""
    doc = inspect.getdoc(func) or ""
    return doc.split("\nArgs:")[0].strip()


def _wrap(func: Callable) -> Callable:
    @functools.wraps(func)
    def run(**kwargs) -> tuple[str, ToolResult]:
        try:
            result = func(**kwargs)
        except ToolError as e:
            raise ToolException(str(e)) from e
        return json.dumps(result.to_dict(), ensure_ascii=False), result

    return run


def _handle_error(error: ToolException) -> str:
    return str(error)


def _handle_validation(error: Exception) -> str:
    return f"The tool's arguments were not valid: {error}"


def as_langchain_tool(func: Callable) -> StructuredTool:
    """One tool function as a StructuredTool (schema from its signature, argument docs from ``Args:``)."""
    schema = create_schema_from_function(func.__name__, func, parse_docstring=True,
                                         error_on_invalid_docstring=True)
    return StructuredTool.from_function(
        func=_wrap(func), name=func.__name__, description=_description(func), args_schema=schema,
        response_format="content_and_artifact", handle_tool_error=_handle_error,
        handle_validation_error=_handle_validation,
    )


def as_langchain_tools() -> list[StructuredTool]:
    """Every tool of ``tools.TOOLS`` and ``FIGURE_TOOLS`` as a LangChain StructuredTool."""
    return [as_langchain_tool(f) for f in [*TOOLS, *(f for f in FIGURE_TOOLS if f not in TOOLS)]]
