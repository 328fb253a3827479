"""A table answer beside a noun phrase nothing bound: a term the report never uses where the topic stands, or two of
its words it never writes together typed as a name, is said plainly (refused, not sure, the phrase named, the
covered reading offered); the same question without the phrase is answered from the table."""

from __future__ import annotations

import pytest

import tools
from assistant import Assistant
from assistant.coverage import known
from assistant.unbound import versioned, written_together


@pytest.fixture(scope="module")
def assistant():
    return Assistant()


def _regions() -> tuple[str, str]:
    a, b = tools.list_items("european_regions").items[:2]
    return a, b


def _refused_naming(ans, term: str) -> None:
    """Refused naming the term (by the tool-gap check, or before it by the report's vocabulary); the tool-gap
    refusal is not sure and offers the covered reading without the term."""
    assert ans.route == "refuse" and term.lower() in ans.answer.lower(), ans.answer
    if "gives nothing on" in ans.answer:
        assert not ans.sure and ans.alternatives and term.lower() not in ans.alternatives[0].question.lower()


# a term the report never uses, where the topic stands, beside a region the table does hold
@pytest.mark.parametrize("question", ["What impact does the pandemic have on R&D cooperation of {a}?",
                                      "how do tariffs change business cooperation between {a} and {b}",
                                      "does inflation weaken the business ties between {a} and {b}?"])
def test_an_unknown_topic_beside_a_known_region_is_not_answered_from_the_table(assistant, question):
    a, b = _regions()
    term = next(w for w in ("pandemic", "tariffs", "inflation") if w in question)
    assert not known(term)
    _refused_naming(assistant.ask(question.format(a=a, b=b)), term)


@pytest.mark.parametrize("question", ["which regions does {a} work with on R&D",
                                      "how strong is business cooperation between {a} and {b}"])
def test_the_same_table_question_without_an_unknown_topic_is_answered(assistant, question):
    a, b = _regions()
    assert assistant.ask(question.format(a=a, b=b)).route == "tool"


# two of the report's words it never writes together, typed as the name of a trend or given as an example
@pytest.mark.parametrize(("question", "pair"), [
    ("upstream influence of {x} on the food waste trend", "food waste"),
    ("which sub-trends of {x} are like smart waste", "smart waste"),
    ("downstream: does the space mining trend touch {x}?", "space mining")])
def test_a_pair_of_words_the_report_never_writes_together_is_not_a_name_it_holds(assistant, question, pair):
    first, second = pair.split()
    assert known(first) and known(second) and not written_together(first, second)
    industry = tools.list_items("industries").items[0]
    _refused_naming(assistant.ask(question.format(x=industry.lower())), pair)


def test_a_pair_the_report_writes_together_is_bound():
    assert written_together("value", "chain") and written_together("value-chain", "parameters")


@pytest.mark.parametrize("question", [
    "my client builds zyxwvut boats - which mega trends touch {x} downstream",  # a scene clause
    "zyxwvut makers sell {x}, which mega trends touch them downstream",
    "wich megatrends influnce {x} downstream",  # typos one edit from the report's words
    "which of the twelve global mega trends touch {x} downstream",  # a number word
    "Quelles mégatendances touchent {x} ?",  # another language: the router's own checks read it
    "upstream, which megatrends are fed by {x}",  # a verb in the passive, however irregular
    "which trends are spun off by {x} upstream",
    "which mega trends are sped up by {x} downstream"])
def test_scene_typos_numbers_and_other_languages_are_not_unbound_topics(assistant, question):
    industry = tools.list_items("industries").items[0]
    ans = assistant.ask(question.format(x=industry))
    assert "gives nothing on" not in ans.answer, ans.answer


@pytest.mark.parametrize("question", ["what does the report say about Society 5.0",
                                      "How will Industry 4.0 change {x}?",
                                      "downstream influence of logistics 4.0 on {x}"])
def test_a_name_with_a_version_number_the_report_never_writes_is_refused(assistant, question):
    industry = tools.list_items("industries").items[0]
    ans = assistant.ask(question.format(x=industry))
    term = next(t for t in ("society 5.0", "industry 4.0", "logistics 4.0") if t in question.lower())
    assert ans.route == "refuse" and term in ans.answer.lower(), ans.answer


def test_a_section_number_is_a_reference_not_a_versioned_name():
    from corpus.parse import sections

    number = next(s.number for s in sections() if "." in s.number)
    assert versioned(f"what does section {number} say about partners") == []
    assert versioned("what about web 3.0") == ["web 3.0"]


@pytest.mark.parametrize("question", ["how many SMEs are cluster members in {c}",
                                      "how many startups join clusters in {c}?",
                                      "{c}: how many spin-offs take part in its clusters"])
def test_a_count_answered_with_one_value_of_another_kind_is_not_given(question):
    from assistant.plan import Step, ToolPlan
    from assistant.toolgaps import tool_gap

    country = next(c for c in tools.list_items("countries").items if len(tools.region_of(c).items) == 1)
    plan = ToolPlan((Step("region_of", {"country": country}),))
    result = tools.region_of(country)
    ans = tool_gap(question.format(c=country), plan, result)
    assert ans is not None and ans.route == "refuse" and not ans.sure and "no number" in ans.answer, ans
    assert tool_gap(f"which region is {country} in", plan, result) is None


def test_a_count_of_something_no_table_holds_is_refused_end_to_end(assistant):
    ans = assistant.ask("how many firms in poland are cluster members")
    assert ans.route == "refuse" and not ans.sure and "firms" in ans.answer, ans.answer
