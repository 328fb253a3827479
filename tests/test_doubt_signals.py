"""Golden tables for doubt signals: an answer of another shape than asked (assistant/shapes.py), a relation said
but never read, the sources of an unsure answer recalled, the signals recorded for measurement
(assistant/signals.py) and the calibration report built on them (bench/sureness.py). Wordings written for these
tests (not from any question set), one class per block, each with controls that must stay sure."""

import pytest

from assistant import Assistant, signals
from assistant.answer import Answer
from assistant.coverage import coverage
from assistant.plan import Step, ToolPlan
from assistant.shapes import comparison_unchosen, grade_for_name, kind_unlike
from assistant.understand import read

A = Assistant.load()


def _ask(*turns: str):
    cid = f"doubts-{hash(turns)}"
    for t in turns[:-1]:
        A.ask(t, conversation_id=cid)
    with signals.recording() as fired:
        ans = A.ask(turns[-1], conversation_id=cid)
    return ans, fired


# (turns, the signal that must fire, words the reading says)
DOUBTED = [
    # (compile8, session 8: the three rows of "a relation said in words that no step of the matrix plan reads" —
    # a verb's matrix joined to an AOSI — are now read as the intersection of both matrices; their plans are golden
    # rows of tests/test_compile_one_way.py, JOINED and ACROSS)
    # how something happens, answered with a table's list (a table says whether and which, not how)
    (("packaging angle - how do shorter lifetime cycles affect them",), "unread.how_asked", "not how"),
    (("medical devices angle: how do the digital trends feed into hospitals",), "unread.how_asked", "I'm not sure"),
    (("advanced packaging question - how does personalisation drive it",), "unread.how_asked", "I'm not sure"),
    # a yes/no about what a figure's marks mean, answered with the table's rows and no yes or no
    (("does a cell in figure 5 need marks in figure 3 and figure 4 too?",), "unread.yesno_unanswered", "I'm not sure"),
    (("in figure 4, is a dot the same thing as an aosi?",), "unread.yesno_unanswered", "I'm not sure"),
    (("is an aosi in figure 5 always marked in both other matrices?",), "unread.yesno_unanswered",
     "the yes or no asked"),
    # a figure look-up whose two best figures fit as well and show different charts
    (("where are the total cooperation charts of all the regions",), "figures.tied", "I'm not sure"),
    # cooperation asked about with neither R&D nor business said: one matrix picked, the other offered
    (("who does poland cooperate with most",), "doubts.cooperation_kind_guessed", "in business cooperation?"),
    (("which regions are the closest partners of northern europe",), "doubts.cooperation_kind_guessed",
     "neither R&D nor business"),
    (("name the best partner region for southeast european clusters",), "doubts.cooperation_kind_guessed",
     "neither R&D nor business"),
    # the sources of an answer whose table was a guess (a cue rule's): a guess too
    (("packaging angle - how do shorter lifetime cycles affect them", "where is that from?"),
     "doubts.recalled_unsure", "whose table was a guess"),
    (("my client makes medical devices. how does big data hit them", "which figure is that from?"),
     "doubts.recalled_unsure", "whose table was a guess"),
    (("which emerging industry is most exposed to the mega trends", "what page"), "doubts.recalled_unsure",
     "whose table was a guess"),
]


@pytest.mark.parametrize(("turns", "signal", "said"), DOUBTED)
def test_an_answer_of_another_shape_than_asked_is_unsure(turns, signal, said):
    ans, fired = _ask(*turns)
    assert ans.route == "tool" and not ans.sure, ans.reading
    assert signal in fired
    assert said in ans.answer


# (turns, the signal that must not fire): controls for each class above
KEPT = [
    # the things counted or listed are of the kind asked for
    (("how many industries does big data shape downstream",), "unread.kind_unlike"),
    (("which countries are in the nordic region",), "unread.kind_unlike"),
    (("how many pairs of regions are rated weak for r&d",), "unread.kind_unlike"),
    (("how many trend-industry hot-spots list e-commerce as a sub-trend",), "unread.kind_unlike"),
    # a plain comparison, not a choice between two
    (("how strong is business cooperation between northern and southeast europe",
      "is that stronger than their r&d ties"), "unread.comparison_unchosen"),
    # every relation said is read: kept, taken away, or the one the plan reads
    (("what trends shape digital industries downstream", "of those, which are aosis too"), "judged.relations.unread"),
    (("which cells are marked in figure 5 but in neither figure 3 nor figure 4",), "judged.relations.unread"),
    (("which trends have an aosi with medical devices",), "judged.relations.unread"),
    # "mutual" describes an AOSI; it does not say downstream and upstream in words of their own
    (("which trends are in a mutual interdependency with logistical services",), "judged.relations.unread"),
    # a yes/no answered with a yes, a no or the value asked about; whether such things exist, answered by their list
    (("does big data shape logistics downstream?",), "unread.yesno_unanswered"),
    (("is italy in southwest europe?",), "unread.yesno_unanswered"),
    (("are there trends that shape only one industry downstream",), "unread.yesno_unanswered"),
    # the same chart printed twice (in the text and in the appendix), its captions differing in a dash or a hyphen
    (("r&d target regions of central western europe: which chart?",), "figures.tied"),
    (("southeast europe r&d target regions - figure?",), "figures.tied"),
    (("which chart has the r&d target regions for south east europe",), "figures.tied"),
    # a grade asked for, a grade given; a name asked for, the partners ranked
    (("how strong is r&d between northern and central western europe",), "unread.grade_for_name"),
    (("client in poland looking at nordic partners - how strong is r&d between those regions",),
     "unread.grade_for_name"),
    (("how strong is business between northwest europe and central eastern europe", "and for southwest europe?"),
     "unread.grade_for_name"),
    (("r&d grades for central western europe with the other regions?",
      "and northern europe - which partner is strongest for it"), "unread.grade_for_name"),
    # the kind of cooperation said, in the question or the turn before
    (("northern europe's r&d partners",), "doubts.cooperation_kind_guessed"),
    (("which partner regions does central eastern europe have in business",), "doubts.cooperation_kind_guessed"),
    (("which partner regions does central eastern europe have in business", "and northern europe?"),
     "doubts.cooperation_kind_guessed"),
    # the sources of a sure answer, or of one unsure for another reason than its table (its figure is the one)
    (("which industries does big data shape downstream", "which figure is that from?"), "doubts.recalled_unsure"),
    (("how many mega trends have no downstream marks at all", "which figure is that from?"), "doubts.recalled_unsure"),
    (("is an aosi in figure 5 always marked in both other matrices?", "what page is that on"),
     "doubts.recalled_unsure"),
    # how strongly: a grade answers it
    (("regional angle: how does northern europe rate for r&d with southwest europe",), "unread.how_asked"),
]


@pytest.mark.parametrize(("turns", "signal"), KEPT)
def test_an_answer_of_the_shape_asked_is_not_doubted_for_it(turns, signal):
    ans, fired = _ask(*turns)
    assert ans.route == "tool"
    assert signal not in fired, ans.reading


def test_signals_are_kept_only_while_recording():
    ans = Answer(route="tool", answer="x", reading="r")
    signals.unsure(ans, "test.outside")  # nobody records: the answer is still marked
    assert not ans.sure
    with signals.recording() as fired:
        signals.doubted(ans, "test.after", "a note")  # already unsure: the reading keeps no second note
        signals.raised("test.after")
    assert fired == ["test.after"]
    assert ans.reading == "r"
    assert not signals.recording_on()


def _shape(question: str, step: Step, **answer) -> tuple:
    frame = read(question)
    return Answer(route="tool", answer="", **answer), ToolPlan((step,)), frame, coverage(frame, question)


CELLS = Step("compare_matrices", {"include": ["downstream"], "exclude": []})
PAIR_GRADE = Step("cooperation_grade", {"region_a": "Southeast Europe", "region_b": "Northern Europe", "kind": "rd"})


# (check, question, the plan's step, the answer's fields, fires): each shape check on the answer a plan gave (the
# pipeline now reads these wordings right, so the checks are the safety net for the wordings it will not)
SHAPES = [
    # a count of one kind of thing answered with a number of another kind (cells of a matrix)
    (kind_unlike, "how many mega trends have no downstream marks at all", CELLS,
     {"items": [("Big data", "Logistical Services")], "count": 1}, True),
    (kind_unlike, "count the industries with no upstream dot", CELLS,
     {"items": [("Big data", "Logistical Services")], "count": 1}, True),
    (kind_unlike, "how many industries does big data shape downstream",
     Step("industries_for_trend", {"trend": "Big data", "direction": "downstream"}),
     {"items": ["Logistical Services"], "count": 1}, False),
    # a choice between two comparisons answered with a yes or a no
    (comparison_unchosen, "is that stronger or weaker than their r&d ties", PAIR_GRADE, {"value": "no"}, True),
    (comparison_unchosen, "is their business cooperation higher or lower than that", PAIR_GRADE, {"value": "yes"},
     True),
    (comparison_unchosen, "is business better or worse than that", PAIR_GRADE, {"value": "R&D"}, False),
    (comparison_unchosen, "is that stronger than their r&d ties", PAIR_GRADE, {"value": "no"}, False),
    # a name asked for, the grade of one pair given
    (grade_for_name, "and for southeast europe - who is its best r&d partner", PAIR_GRADE, {"value": "-"}, True),
    (grade_for_name, "and central eastern europe - who is its best business partner", PAIR_GRADE, {"value": "o"},
     True),
    (grade_for_name, "client in poland looking at nordic partners - how strong is r&d between those regions",
     PAIR_GRADE, {"value": "-"}, False),
]


@pytest.mark.parametrize(("check", "question", "step", "fields", "fires"), SHAPES)
def test_each_shape_check_fires_on_an_answer_of_another_shape(check, question, step, fields, fires):
    assert (check(*_shape(question, step, **fields)) is not None) is fires


def test_every_signal_that_fires_is_recorded_not_only_the_first():
    from assistant.unread import unread

    # a count of cells, in a question quoting the conclusion: two checks fire, the reading names the first only
    ans, plan, frame, cov = _shape("how many mega trends does the conclusion say have no upstream marks at all", CELLS,
                                   items=[("Big data", "Logistical Services")], count=1)
    with signals.recording() as fired:
        unread(ans, plan, frame, cov)
    assert not ans.sure
    assert {"unread.prose_cited", "unread.kind_unlike"} <= set(fired), fired
    assert ans.reading.count("(not read:") == 1


def _rec(rid, right, sure, sigs, route="tool"):
    return {"id": rid, "category": "matrix", "route": route, "right": right, "sure": sure, "signals": sigs,
            "expect_refuse": False}


def test_the_calibration_report_counts_each_signal_on_right_and_wrong_answers():
    from bench.sureness import calibration, report, tally

    recs = [_rec("a", False, False, ["x.one"]), _rec("b", True, False, ["x.one", "x.two"]),
            _rec("c", False, True, []), _rec("d", True, True, ["+rescue"]), _rec("e", True, False, ["x.two"]),
            _rec("f", False, False, ["x.one"], route="refuse")]
    t = tally(recs)
    assert t["x.one"]["wrong"] == ["a"] and t["x.one"]["right"] == ["b"]  # the refusal is left out
    assert t["x.one"]["only_wrong"] == ["a"] and t["x.one"]["only_right"] == []
    assert t["x.two"]["only_right"] == ["e"]
    assert t["+rescue"]["right"] == ["d"]
    cal = calibration(recs)
    assert cal["wrong_sure"] == ["c"] and sorted(cal["right_unsure"]) == ["b", "e"]
    lines = report({"set1": recs[:3], "set2": recs[3:]})
    assert any(line.startswith("ALL SETS") and "wrong-yet-sure 1" in line for line in lines)
    assert any("x.one" in line and "precision 0.50" in line for line in lines)
