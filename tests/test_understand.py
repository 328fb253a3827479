"""Golden tables for the frame's extractors: one table per slot, wordings in users' voices."""

import pytest

from assistant.frame import Aggregation, Grade, Scope
from assistant.spot import fold
from assistant.understand import read
from assistant.understand.aggregation import aggregation
from assistant.understand.combination import combination
from assistant.understand.figure import asks_page, figure
from assistant.understand.focus import focus
from assistant.understand.grade import grade
from assistant.understand.intent import intent
from assistant.understand.scope import scope


@pytest.mark.parametrize("question,expected", [
    ("Which mega trends drive Logistical Services?", "list"),
    ("list the parameters", "list"),
    ("how many industries does Big data affect", "count"),
    ("number of AOSIs for medtech", "count"),
    ("Does Big data influence Medical Devices?", "yesno"),
    ("is poland in central eastern europe", "yesno"),
    ("Which industry has the most AOSIs?", "rank"),
    ("which trend leads in the upstream matrix", "rank"),
    ("on which page is the business cooperation matrix", "locate"),
    ("where can I find the crossover table?", "locate"),
    ("What is Figure 13?", "locate"),
    ("Why do clusters internationalise?", "explain"),
    ("how does climate policy change things for boat builders?", "explain"),
    ("What does the report mean by vertical disintegration?", "define"),
    ("what does AP stand for", "define"),
    ("How strong is R&D cooperation between the Nordics and Iberia?", "value"),
    ("compare R&D and business cooperation for Northern Europe", "compare"),
    ("rank the industries by how many megatrends impact them", "rank"),
    # a yes/no with its verb left out ("any X …?"); "any idea which …" is a which-question
    ("any industry that pushes big data upstream?", "yesno"),
    ("anything marked as an AOSI for medtech?", "yesno"),
    ("any idea which trends drive medtech?", "list"),
])
def test_intent(question, expected):
    assert intent(fold(question)) == expected


@pytest.mark.parametrize("question,expected", [
    ("Which mega trends drive Logistical Services?", "trends"),
    ("which sectors are hit by big data", "industries"),
    ("what sub-trends does medtech have", "subtrends"),
    ("which parameters are ticked for urban mining", "parameters"),
    ("which countries are in the Nordic region", "countries"),
    ("who are the strongest partners of Southwest Europe", "regions"),
    ("which pairs of regions cooperate more in business", "pairs"),
    ("how strong is business cooperation between X and Y", "grade"),
    ("on which page is the upstream matrix", "figures"),
    ("what are the key areas of value chains", "key_areas"),
])
def test_focus(question, expected):
    assert focus(fold(question)) == expected


def test_focus_ignores_nouns_inside_names():
    f = read("same for environmental industries")
    assert f.focus is None and f.given("industry") == ["Environmental Industries"]


@pytest.mark.parametrize("question,expected", [
    ("Which mega trends drive Logistical Services?", "downstream"),
    ("Which trends does LS drive?", "upstream"),
    ("Which industries empower Big data?", "upstream"),
    ("Which industries are shaped by IoT?", "downstream"),
    ("which industries feed into big data upstream", "upstream"),
    ("Which industry has the most AOSIs?", "aosi"),
    ("Which sub-trends does Medical Devices have?", "subtrends"),
    ("which parameters are very strong for Fighting counterfeiting", "crossover"),
    ("How strong is R&D cooperation between the Nordics and Iberia?", "rd"),
    ("business ties of Poland", "business"),
    ("Which region is Poland in?", "membership"),
    ("What is in Figure 16?", "business"),
    ("list all mega trends", "lists"),
])
def test_relation(question, expected):
    assert read(question).relation == expected


@pytest.mark.parametrize("question,expected", [
    ("industries marked downstream but not upstream for big data",
     (Scope("downstream"), Scope("upstream", True))),
    ("cells marked downstream yet no AOSI", (Scope("downstream"), Scope("aosi", True))),
    ("pairs strong in R&D but not in business", (Scope("rd"), Scope("business", True))),
    ("AOSIs in neither figure 3 nor downstream", (Scope("aosi"), Scope("downstream", True))),
    ("which trends shape medtech", ()),
    # a negated verb after the figure it negates: "that figure 3 does not", "the downstream one doesn't"
    ("cells figure 5 marks that figure 4 does not", (Scope("aosi"), Scope("upstream", True))),
    ("pairs the downstream matrix marks and the upstream one doesnt", (Scope("downstream"), Scope("upstream", True))),
    ("does figure 3 mark it", (Scope("downstream"),)),
])
def test_scope(question, expected):
    assert scope(fold(question)) == expected


@pytest.mark.parametrize("question,expected", [
    ("which regions does Northern Europe cooperate with strongly in business", Grade("cooperation", "+", "at_least")),
    ("partners with only strong R&D ties", Grade("cooperation", "+", "exact")),
    ("at least medium business cooperation", Grade("cooperation", "o", "at_least")),
    ("very strong r&d cooperation", Grade("cooperation", "++", "exact")),
    ("weak business links", Grade("cooperation", "-", "exact")),
    ("sub-trends with a double tick for information sharing", Grade("crossover", "✓✓", "at_least")),
    ("parameters ticked at all for urban mining", Grade("crossover", "✓", "at_least")),
    # both of Figure 7's grades named together: every mark, "✓" or better (not "✓" exactly, not "✓✓")
    ("the sub-trend with most ticks, ✓ and ✓✓ alike", Grade("crossover", "✓", "at_least")),
    ("single plus double ticks: which sub-trend has more of them", Grade("crossover", "✓", "at_least")),
    ("the sub-trend with the most marks of either kind", Grade("crossover", "✓", "at_least")),
    ("strong and very strong crossover points of medtech", Grade("crossover", "✓", "at_least")),
    ("How strong is R&D cooperation between the Nordics and Iberia?", None),
    ("which regions do strong nordic clusters work with in business", None),  # "strong clusters": no grade
    ("the strongest clusters of the region: their partners", None),
    ("which trends shape medtech", None),
])
def test_grade(question, expected):
    assert grade(fold(question)) == expected


@pytest.mark.parametrize("question,expected", [
    ("which industry has the most aosis", Aggregation("most")),
    ("which trend drives the fewest industries", Aggregation("least")),
    ("the second most connected industry", Aggregation("nth", 2)),
    ("the first sub-trend of medtech", Aggregation("nth", 1)),
    ("trends marked for at least three industries", Aggregation("at_least", 3)),
    ("trends driving more than 4 industries", Aggregation("more_than", 4)),
    ("trends that shape exactly two industries", Aggregation("exactly", 2)),
    ("trends not driven by any industry", Aggregation("none")),
    ("for each region", Aggregation("each")),
    ("rank the industries, top 3", Aggregation("top", 3)),
    ("which trends shape medtech", None),
])
def test_aggregation(question, expected):
    assert aggregation(fold(question)) == expected


@pytest.mark.parametrize("question,n,expected", [
    ("trends that hit both medtech and logistics", 2, "both"),
    ("trends shaping either AP or BP", 2, "either"),
    ("trends shaping neither AP nor BP", 2, "neither"),
    ("the only industry with an AOSI for big data", 1, "only"),
    ("industries except logistics", 1, "minus"),
    ("trends shaping AP or BP", 2, "or"),
    ("trends shaping AP and BP", 2, "and"),
    ("trends and industries", 0, None),
])
def test_combination(question, n, expected):
    assert combination(fold(question), n) == expected


@pytest.mark.parametrize("question,key,page", [
    ("What is Figure 13?", "13", False),
    ("what does fig. 17b show", "17b", False),
    ("on which page is the R&D matrix", None, True),
    ("which trends shape medtech", None, False),
])
def test_figure_and_page(question, key, page):
    assert figure(question) == key and asks_page(fold(question)) == page


@pytest.mark.parametrize("question,new", [
    ("Which trends shape medtech?", True),
    ("and upstream?", False),
    ("what about medtech?", False),
    ("which of those are also AOSIs", False),
    ("what sub-trends sit under the personalisation one", False),
    ("Which regions does Poland cooperate with in R&D?", True),
])
def test_a_question_naming_its_subject_and_relation_is_new(question, new):
    assert read(question).names_own_subject() is new


@pytest.mark.parametrize("question,switch,group,nth", [
    ("new question: which trends drive medtech", True, None, None),
    ("different topic - which region is cyprus in", True, None, None),
    ("forget that. which industry has the most AOSIs", True, None, None),
    ("ok switching: which megatrends influence experience industries", True, None, None),
    ("unrelated: who wrote this report", True, None, None),
    ("which do both of them push", False, "both", None),
    ("does either of those have an AOSI", False, "either", None),
    ("which trends shape neither of them", False, "neither", None),
    ("what do those two have in common", False, "and", None),
    ("is business between them stronger?", False, "and", None),
    ("how does r&d compare between these two", False, "and", None),
    ("which region is between northern europe and southwest europe", False, None, None),
    ("which trends do both push", False, "both", None),
    ("which trends do they share", False, "both", None),
    ("do either get an AOSI", False, "either", None),
    ("which trends drive both directions", False, None, None),
    ("which of them are very strong on information sharing", False, None, None),
    ("which trends drive the first one", False, None, 1),
    ("and the second one?", False, None, 2),
    ("what sub-trends does the last one have", False, None, -1),
    ("which is the first mega trend in figure 3", False, None, None),
    ("is the new question about business", False, None, None),
    ("which trends shape both medtech and logistics", False, None, None),
])
def test_followup_signs(question, switch, group, nth):
    from assistant.understand.followup import followup

    f = followup(fold(question))
    assert (f.switch, f.group, f.nth) == (switch, group, nth)


@pytest.mark.parametrize("question,clauses", [
    ("which trends hit medtech, and where in the value chain?", ["which trends hit medtech", "and where in the value chain"]),
    ("Which mega trends drive LS? Is it also upstream?", ["which mega trends drive ls", "is it also upstream"]),
    ("not an expert here - which industries does big data hit", ["not an expert here -", "which industries does big data hit"]),
    ("what is in fig. 7, p. 12", ["what is in fig 7", "p 12"]),
    ("e.g. which trends shape medtech", ["e g which trends shape medtech"]),
    ("Which mega trends drive Logistical Services?", ["which mega trends drive logistical services"]),
])
def test_clause_marks(question, clauses):
    from assistant.understand.clauses import clause_spans, marked

    text, marks = marked(question)
    assert text == fold(question)
    assert [text[a:b].strip() for a, b in clause_spans(text, marks)] == clauses


@pytest.mark.parametrize("question,kept", [
    ("I'm not sure, but which trends drive logistics?", "which trends drive logistics"),
    ("not an expert here - which industries does big data hit", "which industries does big data hit"),
    ("sorry if this is not the right place but which regions are in the nordics", "which regions are in the nordics"),
    ("which trends do not drive logistics", "which trends do not drive logistics"),
    ("which trends drive logistics, but not upstream", "which trends drive logistics but not upstream"),
    ("not upstream: which trends does medtech shape", "not upstream which trends does medtech shape"),
    # a clause that sets a reading aside is no part of what is asked
    ("which trends drive logistics? I don't mean upstream", "which trends drive logistics"),
    ("which regions cooperate with poland, not talking about business", "which regions cooperate with poland"),
])
def test_a_clause_that_only_hedges_negates_nothing(question, kept):
    from assistant.understand.clauses import blank_hedges, marked

    text, marks = marked(question)
    spans = tuple((n.start, n.end) for n in read(question).names)
    assert " ".join(blank_hedges(text, marks, spans).split()).endswith(kept)
    assert read(question).negation is ("not" in kept.split())


@pytest.mark.parametrize("question,expected", [
    ("which trends drive logistics? not upstream, downstream", (Scope("upstream", True), Scope("downstream"))),
    ("industries shaped by big data downstream, not upstream", (Scope("downstream"), Scope("upstream", True))),
    ("is it upstream; not sure about downstream", (Scope("upstream"), Scope("downstream", True))),
    ("neither upstream, nor downstream", (Scope("upstream", True), Scope("downstream", True))),
])
def test_scope_ends_at_punctuation(question, expected):
    assert read(question).scope == expected


@pytest.mark.parametrize("question,expected", [
    ("which trends drive logistics? not upstream, downstream", "downstream"),
    ("which trends does logistics shape, upstream not downstream", "upstream"),
    ("which trends drive logistics downstream", "downstream"),
    # the negated direction set aside, the verb says which
    ("which trends drive logistics, not upstream", "downstream"),
    ("which trends does logistics shape, not downstream", "upstream"),
    ("which trends drive logistics? I don't mean upstream", "downstream"),
    # no verb: the negated direction is the table the complement is taken in
    ("which trends are not upstream for logistics", "upstream"),
])
def test_the_relation_asked_is_the_one_not_negated(question, expected):
    assert read(question).relation == expected


@pytest.mark.parametrize("question,expected", [
    ("which trends hit medtech, and where in the value chain?", ["which trends hit medtech", "and where in the value chain"]),
    ("which trends hit medtech and where in the value chain", ["which trends hit medtech", "and where in the value chain"]),
    ("Which mega trends drive LS? Is it also upstream?", ["Which mega trends drive LS", "Is it also upstream"]),
    ("which sub-trends get a double tick, and are they all logistics", ["which sub-trends get a double tick",
                                                                       "and are they all logistics"]),
    # context before the question, and additions after it, stay with it
    ("For LS, which trends drive it? and which does it shape?", ["For LS, which trends drive it", "and which does it shape"]),
    # a bare "and why?" or "why those …" asks why about the question before it: one question for the text's passage
    ("which trends drive medtech and why?", None),
    ("which region is latvia in, how come?", None),
    ("who does northern europe do business with, and why those regions", None),
    ("which industries push carbon footprint reduction upstream - why so many?", None),
    # a bare "how?" still asks about the question before it; a why with a name of its own is a question of its own
    ("which trends hit logistics, how?", ["which trends hit logistics", "how: which trends hit logistics"]),
    ("which trends drive medtech, and why is northern europe so strong in business",
     ["which trends drive medtech", "and why is northern europe so strong in business"]),
    ("for medical devices, which mega trends act in both directions", None),
    ("which industry shapes the most trends upstream, list all if tied", None),
    ("which trend gets influenced by most industries upstream? can be more than one", None),
    ("X is downstream, but which are not upstream", None),
    ("Which mega trends drive Logistical Services?", None),
])
def test_two_questions_in_one(question, expected):
    from assistant.understand.clauses import parts

    got = [p.text for p in parts(question)]
    assert got == (expected or [question])


@pytest.mark.parametrize("question,expected", [
    ("norway, which region is it in the cooperation study", "membership"),
    ("in which region is latvia, for the R&D analysis", "membership"),
    ("does poland belong to central eastern europe", "membership"),
    ("which regions does poland cooperate with", None),
])
def test_the_region_of_a_country_whatever_cooperation_words_surround_it(question, expected):
    f = read(question)
    assert (f.relation == "membership") is (expected == "membership")


@pytest.mark.parametrize("question,intent,relation,others", [
    ("how are logistics and the megatrends linked", "list", "aosi", ("downstream", "upstream")),
    ("how is medtech connected to the mega trends", "list", "aosi", ("downstream", "upstream")),
    ("what's the relationship between big data and the emerging industries", "list", "aosi", ("downstream", "upstream")),
    ("what is the relationship between big data and medtech", "value", "aosi", ("downstream", "upstream")),
    ("how do big data and medtech interact", "value", "aosi", ("downstream", "upstream")),
    # a direction said, or no trend/industry pair: not an undirected link
    ("which industries are linked to big data downstream", None, "downstream", ()),
    ("which trends are connected to logistics through the value chain", None, None, ()),
    ("which regions are linked with poland", None, None, ()),
])
def test_an_undirected_link_reads_as_the_interdependencies_with_both_directions_offered(question, intent, relation,
                                                                                        others):
    from assistant.understand.link import best_reading

    f = read(question)
    if others:
        assert f.relation is None and f.other_readings == (relation, *others)
        best = best_reading(f)
        assert (best.intent, best.relation, best.other_readings) == (intent, relation, others)
    else:
        assert f.other_readings == () and f.relation == relation


@pytest.mark.parametrize("question,intent_,relation_,grade_,new", [
    # a pronoun after a name of the same question points at that name: a new question
    ("norway, which region is it in", "list", "membership", None, True),
    ("where's the upstream matrix", "locate", "upstream", None, False),
    ("how were the clusters selected", "explain", None, None, False),
    ("what holds back R&D cooperation", "explain", "rd", None, False),
    # a name's own words are no grade words; a parameter named puts grades on Figure 7's scale
    ("which sub-trends are very strong on business relationships", "list", "crossover",
     Grade("crossover", "✓✓", "at_least"), True),
    ("which regions are medium-or-better business partners of poland", "list", "business",
     Grade("cooperation", "o", "at_least"), True),
    # "each other" between places is a tie, not the impact matrices' "both directions"
    ("do the nordics and iberia cooperate with each other in R&D", "yesno", "rd", None, False),
    # a yes/no with its verb left out after a topic clause
    ("northern europe - any partner it has very strong business ties with", "yesno", "business",
     Grade("cooperation", "++", "exact"), True),
])
def test_compile_reported_misreadings(question, intent_, relation_, grade_, new):
    f = read(question)
    assert (f.intent, f.relation, f.grade, f.names_own_subject()) == (intent_, relation_, grade_, new)


@pytest.mark.parametrize("question", [
    "which of them didnt make it into the aosi matrix",
    "of those which ones havent got an upstream mark",
    "trends that medtech doesnt shape upstream",
    "which regions cant be found in the r&d matrix",
    "the ones that werent graded in business cooperation",
    "which of those hasn't got an aosi",
])
def test_a_not_folded_into_a_verb_negates_with_or_without_its_apostrophe(question):
    assert read(question).negation
    assert any(s.negated for s in scope(fold(question)))
