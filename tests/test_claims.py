"""Claims put to the figures: a count the question states is checked, not listed; a claim the text makes before a
question that checks it against a figure is context, not what is asked. Truth comes from the tools, never typed."""

import pytest

import tools
from assistant import Assistant
from assistant.compile import compile_frame
from assistant.understand import read
from assistant.understand.stated import Stated, stated


@pytest.fixture(scope="module")
def assistant():
    return Assistant.load()


@pytest.mark.parametrize("question,n,op", [
    ("does the upstream matrix hold 25 marks", 25, "=="),
    ("are there exactly seven parameters in figure 7", 7, "=="),
    ("is medtech hit by more than three megatrends downstream", 3, ">"),
    ("has creative industries got at least 2 areas of strong interdependency", 2, ">="),
    ("is section 4.4 about 6 regions", 6, "=="),  # "4.4" names a section, "6 regions" is the count
])
def test_a_stated_count_is_read(question, n, op):
    from assistant.spot import fold

    assert stated(fold(question)) == Stated(n, op)


@pytest.mark.parametrize("question", [
    "is poland one of the countries of central eastern europe",  # "one of" is membership, not a count
    "what does figure 5 show",  # a figure's number counts nothing
    "which 12 areas of strong interdependency does the report name",  # no yes/no
    "is tier 1 supplier shown in figure 8",
])
def test_numbers_that_count_nothing_are_no_claim(question):
    from assistant.spot import fold

    assert stated(fold(question)) is None


def _count(steps) -> int:
    result = None
    for s in steps:
        if s.tool.startswith("_"):
            break
        r = getattr(tools, s.tool)(**{k: v for k, v in s.args.items() if v is not None})
        result = r if result is None else tools.intersect(result, r)
    return result.count


@pytest.mark.parametrize("question,listing", [
    ("does the upstream matrix hold {n} marks", "how many marks does the upstream matrix hold"),
    ("is medical devices shaped by {n} mega trends downstream", "how many mega trends shape medical devices downstream"),
    ("does digital industries have {n} sub-trends", "how many sub-trends does digital industries have"),
])
@pytest.mark.parametrize("shift", [0, 1])
def test_a_stated_count_is_answered_yes_or_no(assistant, question, listing, shift):
    real = _count(compile_frame(read(listing)).steps)
    ans = assistant.ask(question.format(n=real + shift))
    assert ans.route == "tool" and ans.value == ("yes" if shift == 0 else "no")
    assert ans.count == real and str(real) in ans.answer


def test_a_figure_against_the_texts_own_count_names_both(assistant):
    aosi = tools.compare_matrices(["aosi"], []).count
    notes = [n for n in tools.compare_matrices(["aosi"], []).notes if n.kind == "count_mismatch"]
    text_count = next(int(x) for x in __import__("re").findall(r"\d+", notes[0].message) if int(x) != aosi)
    ans = assistant.ask(f"the report keeps talking about {text_count} AOSIs - does figure 5 really mark {text_count} cells?")
    assert ans.value == "no" and ans.count == aosi and ans.sure
    assert str(text_count) in ans.answer and str(aosi) in ans.answer


@pytest.mark.parametrize("question,asked", [
    ("The summary says medtech is hit hardest. Does figure 3 give medical devices more marks than biopharmaceuticals?",
     "Does figure 3 give medical devices more marks than biopharmaceuticals?"),
    ("the conclusion states that creative industries have many AOSIs; does the AOSI matrix show more for them than "
     "for blue growth?", None),  # "them" points back into the claim: not cut
    ("section 2.3 mentions twelve areas. is it right that figure 5 has 12?", None),  # "it right": checks the claim
])
def test_a_reported_claim_before_a_figure_check_is_context(question, asked):
    from assistant.understand.clauses import after_claim

    assert after_claim(question) == asked


def test_the_claims_names_are_not_compared(assistant):
    """Names said in the claim are not the question's: only the two the question compares are counted."""
    ans = assistant.ask("the conclusion says biopharma and logistics stand out. does figure 5 give medtech more "
                        "AOSIs than creative industries?")
    rows = {r["name"]: r["count"] for r in tools.rank_matrix("industry", "aosi").rows}
    want = "yes" if rows["Medical Devices"] > rows["Creative Industries"] else "no"
    assert ans.value == want and "Logistical Services" not in ans.reading


@pytest.mark.parametrize("question,key", [
    ("which chart has OEMs and R&D providers along a value chain", "8"),
    ("on which page is the picture of tier suppliers and OEMs with business links abroad", "8"),
    ("on which page is the R&D cooperation matrix", "13"),  # the relation alone: its own figure
    ("where is the business cooperation chart", "16"),  # tied with its regional charts: the relation's figure
])
def test_a_relation_word_among_other_content_does_not_pick_the_figure(assistant, question, key):
    ans = assistant.ask(question)
    assert ans.citations and ans.citations[0].figure == key


@pytest.mark.parametrize("question,subtrend,industry,n", [
    ("Urban mining under environmental industries - is only one parameter marked?", "Urban mining",
     "Environmental Industries", 1),
    ("renewable energy in environmental industries: are exactly two parameters marked?", "Renewable energy",
     "Environmental Industries", 2),
    ("e-commerce for logistics - are three parameters marked?", "e-Commerce", "Logistical Services", 3),
])
def test_a_topic_then_a_stated_count_of_marked_parameters(assistant, question, subtrend, industry, n):
    profile = tools.subtrend_profile(subtrend, industry)
    marked = sum(len(v) for g, v in profile.groups.items() if g and g != "?")
    ans = assistant.ask(question)
    assert read(question).intent == "yesno" and read(question).grade.mode == "at_least"
    assert ans.value == ("yes" if marked == n else "no") and ans.count == marked


def test_a_claim_clause_keeps_its_own_intent():
    """"X is an AOSI in fig 5. is that pair …": the first clause states, so the question is not a topic + yes/no."""
    assert read("social media x logistics is an AOSI in fig 5 - is that pair marked upstream?").intent != "yesno"


@pytest.mark.parametrize("question,first", [
    ("how many countries does figure 10 put in eastern asia, and is india one of them",
     "how many countries does figure 10 put in eastern asia"),
    ("which trends drive medtech downstream and is big data among them", "which trends drive medtech downstream"),
    ("list the R&D partners of the nordics - is poland on the list?", "list the R&D partners of the nordics -"),
])
def test_a_yes_no_pointing_back_at_a_list_is_a_second_question(question, first):
    from assistant.understand.clauses import parts

    got = parts(question)
    assert len(got) == 2 and got[0].text.strip() == first.strip()
