"""A question asking for a figure is answered only by a passage that holds one."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from assistant.scope import missing_figure


@dataclass
class _Quote:
    text: str


@dataclass
class _Result:
    question: str
    quotes: list


@pytest.mark.parametrize("question", ["what % of logistics cluster members are smes",
                                      "how many experts sat on the panel", "annual growth rate of the market",
                                      "forecast growth of the market to 2030"])
def test_a_figure_asked_and_none_quoted_is_not_given(question):
    res = _Result(question, [_Quote("Cluster organisations offer many services (see Figure 9 and section 4.3).")])
    ans = missing_figure(res)
    assert ans is not None and ans.route == "refuse" and "does not give" in ans.answer


@pytest.mark.parametrize("quote", ["The data covers 154 cluster organisations.", "About 40 % of them cooperate.",
                                   "The majority of clusters cooperate."])
def test_a_quoted_quantity_answers(quote):
    assert missing_figure(_Result("how many cluster organisations answered", [_Quote(quote)])) is None


@pytest.mark.parametrize("question", ["how do cluster managers rate internationalisation",
                                      "why is R&D cooperation with eastern asia weak"])
def test_questions_asking_no_figure_are_left_alone(question):
    assert missing_figure(_Result(question, [_Quote("Figure 9 shows it.")])) is None
