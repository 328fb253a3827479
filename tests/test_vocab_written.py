"""A word typed with accents that the report writes without them is looked for as the report writes it."""

from __future__ import annotations

import re

import corpus
from retrieval.vocab import as_written


def _report_word() -> str:
    """A word of the report, long enough to be a name, with a vowel an accent can sit on."""
    return next(w for w in re.findall(r"\b[a-z]{6,}\b", corpus.report_text()) if "a" in w[1:] and "o" in w)


def test_an_accented_spelling_of_a_report_word_is_written_as_the_report_writes_it():
    word = _report_word()
    typed = word[0] + word[1:].replace("a", "\u00e5", 1).replace("o", "\u00f6", 1)
    assert as_written(f"what about {typed.capitalize()} and {typed}?") == f"what about {word.capitalize()} and {word}?"


def test_words_the_report_does_not_write_are_left_as_typed():
    assert as_written("any news on zy\u00f6xq or caf\u00e9s?") == "any news on zy\u00f6xq or caf\u00e9s?"
