"""Batch mode: JSON lines in, one JSON record out per non-blank line, in order.

Each line is an object with an ``id`` and a ``question`` (or ``turns``: a conversation whose last question is
answered). Bytes that are not UTF-8 are replaced, never fatal. A line that cannot be read gets an error record
of the same shape as every answer (``Answer.to_dict``), keeping the line's ``id`` when it has one and saying in
a sentence what was wrong.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from assistant import clean
from assistant.answer import Answer
from assistant.state import State

EXPECTED = 'expected an object with "id" and "question"'
_ID = re.compile(r'"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?)')
_JSON_TYPES = {list: "a JSON list", dict: "a JSON object", str: "a JSON string", int: "a JSON number",
               float: "a JSON number", bool: "a JSON true/false", type(None): "JSON null"}
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Line:
    """One readable input line: its number, its id and the questions to ask in turn (the last is answered)."""

    number: int
    id: object
    turns: tuple[str, ...]


class BadLine(ValueError):
    """A line that cannot be asked; the message is the sentence the error record carries."""

    def __init__(self, number: int, id_: object, message: str):
        super().__init__(message)
        self.number = number
        self.id = id_


def parse(number: int, raw: bytes | str) -> Line:
    """Read one input line, or raise BadLine with a sentence saying what is wrong with it."""
    text = raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else raw
    text = text.lstrip("\ufeff").strip()
    try:
        item = json.loads(text, strict=False)
    except (ValueError, RecursionError) as e:
        why = "nested too deeply" if isinstance(e, RecursionError) else f"{getattr(e, 'msg', e)}"
        raise BadLine(number, _salvage_id(text), f"line {number} is not valid JSON ({why}); {EXPECTED}.") from None
    if not isinstance(item, dict):
        raise BadLine(number, None, f"line {number} is {_kind(item)}, {EXPECTED}.")
    id_ = _clean_id(item.get("id"))
    if "turns" in item:
        turns = item["turns"]
        if not isinstance(turns, list) or not turns:
            what = "an empty list" if turns == [] else _kind(turns)
            raise BadLine(number, id_, f'line {number}: "turns" is {what}, expected a list of questions.')
        return Line(number, id_, tuple(_text(number, id_, "turns", t) for t in turns))
    if "question" not in item:
        raise BadLine(number, id_, f'line {number} has no "question", {EXPECTED}.')
    return Line(number, id_, (_text(number, id_, "question", item["question"]),))


def _text(number: int, id_: object, field: str, value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise BadLine(number, id_, f'line {number}: "{field}" holds {_kind(value)}, expected text.')


def _kind(value: object) -> str:
    return _JSON_TYPES.get(type(value), "a JSON value")


def _clean_id(value: object) -> object:
    return clean.text(value) if isinstance(value, str) else value


def _salvage_id(text: str) -> object:
    """The id of a line that is not valid JSON, when its "id" field can still be read."""
    m = _ID.search(text[:10_000])
    if m is None:
        return None
    try:
        return _clean_id(json.loads(m[1]))
    except ValueError:
        return None


def error_record(number: int, id_: object, message: str, reason: str = "bad_input") -> dict:
    """An answer-shaped record for a line that was not answered."""
    ans = Answer(route="refuse", answer=message, reason=reason, error=message)
    return {"id": id_, "line": number, **ans.to_dict()}


def answer(assistant, line: Line) -> dict:
    """Ask a line's turns in one fresh conversation; the record of the last answer."""
    state = State()
    try:
        for turn in line.turns[:-1]:
            assistant.ask(turn, state=state)
        ans = assistant.ask(line.turns[-1], state=state)
    except Exception as e:  # noqa: BLE001 - ask never raises; this guard keeps one line from stopping a batch
        log.exception("batch line %d failed", line.number)
        return error_record(line.number, line.id, f"line {line.number} could not be answered (an internal "
                            f"error, {type(e).__name__}); please report it.", reason="internal_error")
    return {"id": line.id, "line": line.number, **ans.to_dict()}


def run(assistant, lines: Iterable[bytes | str]) -> Iterator[dict]:
    """One record per non-blank line, in order."""
    for number, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        try:
            line = parse(number, raw)
        except BadLine as e:
            yield error_record(e.number, e.id, str(e))
            continue
        yield answer(assistant, line)


__all__ = ["EXPECTED", "BadLine", "Line", "answer", "error_record", "parse", "run"]
