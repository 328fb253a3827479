"""Two figures of one family compared on their totals; truth computed from the tools."""

import pytest

import tools
from assistant import Assistant


def _marks(relation: str) -> int:
    return tools.compare_matrices([relation], []).count


@pytest.mark.parametrize("question,first,second,fewer", [
    ("does the downstream matrix hold more marks than the upstream matrix", "downstream", "upstream", False),
    ("are there fewer AOSI cells than upstream cells", "aosi", "upstream", True),
    ("does figure 4 show more dots than figure 5", "upstream", "aosi", False),
])
def test_two_impact_matrices_compared_on_their_marks(question, first, second, fewer):
    a, b = _marks(first), _marks(second)
    ans = Assistant.load().ask(question)
    assert ans.value == ("yes" if (a < b if fewer else a > b) else "no")
    assert f"{a}" in ans.reading and f"{b}" in ans.reading


@pytest.mark.parametrize("question,grade", [
    ("does business cooperation have more pairs rated ++ than R&D cooperation", "++"),
    ("are there fewer strong pairs in R&D than in business", "+"),
])
def test_two_cooperation_matrices_compared_on_their_pairs(question, grade):
    exact = grade == "++"
    rd = tools.pairs_at_grade("rd", grade, grade if exact else None).count
    bus = tools.pairs_at_grade("business", grade, grade if exact else None).count
    want = bus > rd if question.startswith("does business") else rd < bus
    ans = Assistant.load().ask(question)
    assert ans.value == ("yes" if want else "no") and ans.sure


def test_a_which_question_names_the_figure_with_more():
    ans = Assistant.load().ask("which has more marks, the upstream or the downstream matrix")
    want = "Figure 3" if _marks("downstream") > _marks("upstream") else "Figure 4"
    assert ans.value == want


@pytest.mark.parametrize("question", ["which region pairs cooperate more strongly in business than in R&D",
                                      "is any pair rated higher for R&D than for business",
                                      "which pairs are weaker in business than in research"])
def test_a_grade_compared_pair_by_pair_is_no_total(question):
    from assistant.compile import compile_frame
    from assistant.understand import read

    plan = compile_frame(read(question))
    assert plan is None or all(s.tool != "_versus" for s in getattr(plan, "steps", ()))


@pytest.mark.parametrize("question,a,b", [
    ("Which sub-trends do medtech (personalisation) and biopharma (personalisation) have in common?",
     ("Personalisation of products & services", "Medical Devices"),
     ("Personalisation of products & services", "Biopharmaceuticals")),
    ("what sub-trends do digital industries under consumerisation of IT and mobility under convergence have in common",
     ("Consumerisation, proliferation and ubiquity of IT", "Digital Industries"),
     ("Convergence of products, devices and services", "Mobility Technologies")),
])
def test_two_hotspots_sub_trends_in_common(question, a, b):
    want = set(tools.subtrends_for(*a).items) & set(tools.subtrends_for(*b).items)
    ans = Assistant.load().ask(question)
    assert set(ans.items) == want


@pytest.mark.parametrize("question,subject,backers", [
    ("is every AOSI also marked in the downstream matrix", "aosi", ["downstream"]),
    ("is each mark in figure 4 also in figure 3", "upstream", ["downstream"]),
    ("are all cells of figure 5 found in figure 3 or figure 4", "aosi", ["downstream", "upstream"]),
])
def test_every_cell_of_one_matrix_checked_against_the_others(question, subject, backers):
    left = tools.compare_matrices([subject], backers)
    ans = Assistant.load().ask(question)
    assert ans.value == ("yes" if not left.items else "no") and set(map(tuple, ans.items)) == set(left.items)
    assert ans.sure


def test_backed_by_both_at_once_is_not_read_as_either():
    from assistant.compile import compile_frame
    from assistant.understand import read

    plan = compile_frame(read("is every AOSI marked in both figure 3 and figure 4"))
    assert plan is None or all(s.tool != "_none_left" for s in getattr(plan, "steps", ()))
