"""Text at the edge: every question is bounded and cleaned once, where it enters (``ask``, ``batch``, the UI).

Nothing below this module sees lone surrogates, control or format characters, or more than a bounded amount of
text. The length is bounded first, before any pass over the text, so the cost of a paste does not grow with it:
a question longer than MAX_CHARS is looked for in the last and first PASTE_WINDOW characters of the paste (the
last question there that names something in the report), and the pipeline sees only that question; a paste with
no such question reaches the router as one bounded window, which it refuses as too long.
"""

from __future__ import annotations

import re
import unicodedata

# one question; the router refuses longer text unless a question is found inside it
MAX_CHARS = 2000
# how much of a long paste is searched for a question, from each end
PASTE_WINDOW = 2000
# at most this many candidate sentences of a paste are checked for the report's names
MAX_CANDIDATES = 24
_BOUNDARY = re.compile(r"([.?!\n])")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_LINES = {"\r": "\n", "\u2028": "\n", "\u2029": "\n", "\x85": "\n", "\t": "\t", "\n": "\n"}


def text(value: object) -> str:
    """Any input as clean text: bytes decoded as UTF-8 with replacement, surrogate pairs joined and lone ones
    replaced by U+FFFD, control characters turned into spaces (line breaks into newlines), invisible format
    characters (zero-width spaces, bidirectional overrides, BOM) removed, then NFC. Unbounded: callers bound."""
    if value is None:
        return ""
    if isinstance(value, bytes | bytearray | memoryview):
        s = bytes(value).decode("utf-8", errors="replace")
    else:
        s = value if isinstance(value, str) else str(value)
    if s.isprintable():  # the common case, checked in C: nothing to remove
        return unicodedata.normalize("NFC", s)
    if _SURROGATE.search(s):
        s = s.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    s = s.replace("\r\n", "\n")
    return unicodedata.normalize("NFC", "".join(_char(c) for c in s))


def _char(c: str) -> str:
    if c.isprintable():
        return c
    if c in _LINES:
        return _LINES[c]
    cat = unicodedata.category(c)
    if cat == "Cf":
        return ""
    if cat == "Cs":
        return "\ufffd"
    return " " if cat in ("Cc", "Zs") else c


def question(value: object) -> str:
    """The question as the pipeline should see it: clean, and at most MAX_CHARS long unless it is a paste with
    no question inside, which comes back as its two ends, just over MAX_CHARS (the router refuses it as too long).

    The work done here is bounded too: only the two windows of a long paste are ever read.
    """
    if isinstance(value, bytes | bytearray | memoryview):
        value = _decode_ends(bytes(value))
    elif not isinstance(value, str):
        value = "" if value is None else str(value)
    if len(value) <= MAX_CHARS:
        return text(value)
    head, tail = text(value[:PASTE_WINDOW]), text(value[-PASTE_WINDOW:])
    inner = question_in_paste(tail, head)
    if inner is not None:
        return inner
    half = MAX_CHARS // 2  # a paste without a question: just over the limit, so the router refuses it at once
    return f"{head[:half]} … {tail[-half:]}" if len(value) > MAX_CHARS + 3 else text(value)


def _decode_ends(raw: bytes) -> str:
    """Bytes as text, reading at most the two windows of a long input (4 bytes per character at most)."""
    if len(raw) <= 8 * PASTE_WINDOW:
        return raw.decode("utf-8", errors="replace")
    ends = raw[: 4 * PASTE_WINDOW], raw[-4 * PASTE_WINDOW :]
    return " … ".join(e.decode("utf-8", errors="replace") for e in ends)


def question_in_paste(*windows: str) -> str | None:
    """The last question (a sentence ending in "?") that names something in the report, searched in each
    window in turn (most recent text first), checking at most MAX_CANDIDATES sentences in all."""
    from assistant.spot import spot

    seen = 0
    for window in windows:
        for s in reversed(_questions(window)):
            seen += 1
            if seen > MAX_CANDIDATES:
                return None
            if spot(s):
                return s.strip()
    return None


def _questions(window: str) -> list[str]:
    """The sentences of a window that end in "?" (their last 300 characters), in one linear pass."""
    parts = _BOUNDARY.split(window)
    return [parts[i][-300:] + "?" for i in range(0, len(parts) - 1, 2) if parts[i + 1] == "?" and len(parts[i]) >= 3]


__all__ = ["MAX_CHARS", "PASTE_WINDOW", "question", "question_in_paste", "text"]
