"""A person asked for by office, or organisations of a kind asked for by name: answered only by quotes that name one.
Wordings written for these tests, not taken from any question set."""

from __future__ import annotations

import pytest
from test_scope_times import _result, _sentences  # one real quote of the report as a retrieval result

from assistant.identity import identity_missing
from retrieval.records import Quote, RetrievalResult


def _plain():
    """A sentence of the report about clusters that names no one."""
    return next(s for s in _sentences().items if "cluster managers" in s.text and not any(
        w[:1].isupper() for w in s.text.split()[1:]))


# class: a person asked for by office, or organisations of a kind by name, with quotes that name none
@pytest.mark.parametrize(("question", "what"), [
    ("who is the chairman of the board of the european cluster observatory", "chairman"),
    ("name of the coordinator running the biopharma cluster network", "coordinator"),
    ("which banks fund blue growth clusters", "banks"),
    ("list the investors behind medical devices clusters", "investors"),
    ("which hospitals work with medical devices clusters on R&D", "hospitals"),
])
def test_no_one_named_is_not_an_answer(question, what):
    assert what in identity_missing(_result(question, _plain()), _sentences())


def test_a_quote_naming_the_office_holder_answers():
    text = "The cluster is led by its coordinator Anna Lindqvist since the merger."
    quote = Quote(text, 0, len(text), "4.4", "Regions", 37, False, 0.5)
    res = RetrievalResult("name of the coordinator running the biopharma cluster network", [], [quote], True, 0.6, 0.37)
    assert identity_missing(res, _sentences()) == ""


def test_a_quote_naming_organisations_answers():
    named = next(s for s in _sentences().items if "Research Institute" in s.text)
    assert identity_missing(_result("which research institutes near the car makers are named", named), _sentences()) == ""


@pytest.mark.parametrize("question", [
    "who usually gets cross-regional cooperation started",  # a role, not a person asked by office
    "what do cluster managers say about internationalisation",  # no one asked for
])
def test_no_office_or_kind_asked_no_check(question):
    assert identity_missing(_result(question, _plain()), _sentences()) == ""
