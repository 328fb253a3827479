"""A printed grade symbol means exactly that grade, a word at least it; industries ranked by Figure 7's marks.
Truth comes from the tools, never typed."""

import pytest

import tools
from assistant import Assistant
from assistant.understand import read


@pytest.mark.parametrize("question,scale,symbol,mode", [
    ("which partners does iberia have at a + in r&d", "cooperation", "+", "exact"),
    ("pairs rated one plus for business cooperation", "cooperation", "+", "exact"),
    ("nordic pairs with a + grade or better in business", "cooperation", "+", "at_least"),
    ("strong r&d links of central eastern europe", "cooperation", "+", "at_least"),  # a word: at least
    ("which logistics sub-trends carry a single tick for information sharing", "crossover", "✓", "exact"),
    ("sub-trends rated ✓ under business relationships", "crossover", "✓", "exact"),
    ("sub-trends with at least one tick under business relationships", "crossover", "✓", "at_least"),
])
def test_printed_symbol_is_exact_word_is_at_least(question, scale, symbol, mode):
    g = read(question).grade
    assert (g.scale, g.symbol, g.mode) == (scale, symbol, mode)


@pytest.mark.parametrize("question", ["drones + logistics, which trends drive them",
                                      "medtech + biopharma: which mega trends hit both downstream"])
def test_a_plus_between_names_is_no_grade(question):
    assert read(question).grade is None


def test_a_printed_single_tick_lists_that_grade_only():
    ans = Assistant.load().ask("which sub-trends are marked ✓ for business relationships in figure 7")
    col = tools.subtrends_at_grade("Business relationships", "✓")
    want = {tuple(i) for i, r in zip(col.items, col.rows, strict=True) if r["grade"] == "✓"}
    assert {tuple(i) for i in ans.items} == want and want != {tuple(i) for i in col.items}


@pytest.mark.parametrize("parameter,industry,grade", [("Agile implementation strategies", "Creative Industries", "✓"),
                                                      ("Information sharing", "Logistical Services", "✓✓"),
                                                      ("Virtual integration concepts", None, "✓")])
def test_a_column_below_a_grade_is_the_rest_of_the_column(parameter, industry, grade):
    whole = tools.subtrends_at_grade(parameter, "", industry)
    at, below = tools.subtrends_at_grade(parameter, grade, industry), tools.subtrends_at_grade(parameter, grade,
                                                                                             industry, below=True)
    as_set = [{tuple(i) if isinstance(i, list | tuple) else i for i in r.items} for r in (whole, at, below)]
    assert as_set[1].isdisjoint(as_set[2]) and as_set[1] | as_set[2] == as_set[0] and as_set[2]


@pytest.mark.parametrize("question,grade,nth", [
    ("in figure 7, which industry block carries the most double ticks", "✓✓", 1),
    ("which emerging industry has the most very strong crossover marks", "✓✓", 1),
    ("which industry has the second most ✓✓ in the crossover matrix", "✓✓", 2),
])
def test_industries_ranked_by_figure7_marks(question, grade, nth):
    rows = tools.count_crossover_marks("industry", grade, at_least=False).rows
    counts = sorted({r["count"] for r in rows}, reverse=True)
    want = {r["name"] for r in rows if r["count"] == counts[nth - 1]}
    ans = Assistant.load().ask(question)
    assert ans.tool == "count_crossover_marks" and set(ans.items) == want


@pytest.mark.parametrize("question", ["which areas of strong interdependency does medtech have",
                                      "is creative industries in any area of strong interdependency",
                                      "list the strongly interdependent pairs for logistics"])
def test_the_aosi_name_is_no_grade(question):
    assert read(question).grade is None


@pytest.mark.parametrize("question,industry,direction", [
    ("does biopharma have any area of strong interdependency at all", "Biopharmaceuticals", "aosi"),
    ("has blue growth got any upstream marks at all", "Blue Growth Industries", "upstream"),
    ("is there any AOSI for medical devices", "Medical Devices", "aosi"),
])
def test_any_marked_cell_is_a_yes_no(question, industry, direction):
    want = "yes" if tools.trends_for_industry(industry, direction).items else "no"
    ans = Assistant.load().ask(question)
    assert ans.value == want and ans.sure


@pytest.mark.parametrize("question,regions", [
    ("business grade CEE to SEE?", ["Central Eastern Europe", "Southeast Europe"]),
    ("how close are CWE and NWE in r&d", ["Central Western Europe", "Northwest Europe"]),
    ("SWE and the nordics, r&d grade", ["Southwest Europe", "Northern Europe"]),
    # a region written without "Europe", joined to another region
    ("how strong is R&D cooperation between northern and central western", ["Northern Europe", "Central Western Europe"]),
    ("business ties between south-west and central eastern europe", ["Southwest Europe", "Central Eastern Europe"]),
    ("do northwest and southeast cooperate on r&d", ["Northwest Europe", "Southeast Europe"]),
])
def test_region_initials_and_bare_names_are_the_regions(question, regions):
    from assistant.spot import by_kind, spot

    assert by_kind(spot(question), "region") == regions


@pytest.mark.parametrize("question", ["let us see what the report says about cee", "I see no answer"])
def test_initials_in_lower_case_are_words(question):
    from assistant.spot import by_kind, spot

    assert by_kind(spot(question), "region") == []


def test_the_texts_own_pick_of_parameters_is_parsed_from_its_ranking_list():
    """The parameters a bullet list names in bold after a sentence that ranks them, with that sentence verbatim."""
    import corpus

    picked = [p for p in tools.list_items("parameters").items
              if p in tools.list_items("singled_out_parameters").items]
    r = tools.list_items("singled_out_parameters")
    quote = r.citations[0].quote
    assert 0 < len(picked) < len(tools.list_items("parameters").items)
    assert quote in corpus.report_text() and "most" in quote
    section = corpus.section(r.citations[0].section).text
    assert all(f"**{p.lower()}**" in section.lower() for p in picked)


@pytest.mark.parametrize("question", [
    "which parameters does the conclusion pick out as most important for transitions",
    "what value chain parameters does the report highlight",
    "according to the report, which parameters are particularly challenging for inducing transitions",
    "in the conclusion, which parameters are called the most relevant",  # the text's list, parsed with its quote
])
def test_the_texts_judgement_of_parameters_is_its_list_not_figure7(question):
    ans = Assistant.load().ask(question)
    assert ans.tool == "list_items" and set(ans.items) == set(tools.list_items("singled_out_parameters").items)


def test_a_figure7_ranking_of_parameters_stays_a_ranking():
    assert Assistant.load().ask("which parameter has the most double ticks in figure 7").tool == "parameter_ranking"


@pytest.mark.parametrize("question,industry", [
    ("does the crossover matrix include digital industries at all", "Digital Industries"),
    ("is blue growth covered by the crossover table", "Blue Growth Industries"),
    ("is advanced packaging in the crossover table at all", "Advanced Packaging"),
])
def test_is_an_industry_in_figure7_at_all(question, industry):
    want = "yes" if tools.crossover_block(industry).count else "no"
    assert Assistant.load().ask(question).value == want


@pytest.mark.parametrize("question", ["which trends drive the northern part of logistics",
                                      "between north america and the rest", "central and eastern asia"])
def test_a_compass_word_alone_is_no_european_region(question):
    from assistant.spot import by_kind, spot

    assert not {"Northern Europe", "Central Eastern Europe", "Central Western Europe"} & set(by_kind(spot(question), "region"))


@pytest.mark.parametrize("question,industry", [
    ("where are the crossover points (✓✓) for creative industries", "Creative Industries"),
    ("where does logistics have its very strong crossover points", "Logistical Services"),
])
def test_where_are_an_industrys_crossover_points(question, industry):
    cells = tools.crossover_cells(industry, grade="✓✓")
    assert set(map(tuple, Assistant.load().ask(question).items)) == set(map(tuple, cells.items))


@pytest.mark.parametrize("question,n,grade", [
    ("which sub-trends in figure 7 have more than three ticks across the parameters", 4, "✓"),
    ("sub-trends with at least two double ticks", 2, "✓✓"),
])
def test_sub_trends_with_more_than_n_marks(question, n, grade):
    want = tools.subtrends_with_many(grade=grade, min_parameters=n)
    assert set(map(tuple, Assistant.load().ask(question).items)) == set(map(tuple, want.items))


@pytest.mark.parametrize("question,country,region", [
    ("Greece belongs to southeast europe in their grouping? yes or no", "Greece", "Southeast Europe"),
    ("japan is grouped under eastern asia, yes or no", "Japan", "Eastern Asia"),
])
def test_a_question_that_asks_for_yes_or_no_is_a_yes_no(question, country, region):
    want = "yes" if country in tools.countries_in(region).items else "no"
    assert Assistant.load().ask(question).value == want


@pytest.mark.parametrize("question,country,kind", [
    ("bulgarian firm, which region is the best partner for business cooperation", "Bulgaria", "business"),
    ("polish cluster - which region is the closest r&d partner", "Poland", "rd"),
])
def test_a_countrys_best_partner_region_is_its_regions_strongest(question, country, kind):
    region = tools.region_of(country).value
    rows = tools.partners(region, kind, min_grade="-").rows
    top = max(tools.grade_rank("cooperation", r["grade"]) for r in rows)
    want = {r["region"] for r in rows if tools.grade_rank("cooperation", r["grade"]) == top}
    assert set(Assistant.load().ask(question).items) == want


@pytest.mark.parametrize("question,a,b,kind", [
    ("scandinavia <-> germany/austria, R&D cooperation grade", "Northern Europe", "Central Western Europe", "rd"),
    ("business grade between norway, sweden and spain", "Northern Europe", "Southwest Europe", "business"),
])
def test_countries_of_one_region_listed_together_stand_for_it(question, a, b, kind):
    assert Assistant.load().ask(question).value == tools.cooperation_grade(a, b, kind).value


def test_a_region_with_its_own_countries_is_no_pair():
    from assistant.compile.cooperation import _places
    from assistant.understand import read

    assert _places(read("total cooperation chart for northwest europe (UK/Ireland)")) == \
        ["Northwest Europe", "UK", "Ireland"]


@pytest.mark.parametrize("question,industry,parameter", [
    ("creative industries: which sub-trends touch agile implementation strategies at all", "Creative Industries",
     "Agile implementation strategies"),
    ("logistics sub-trends that touch information sharing in any way", "Logistical Services", "Information sharing"),
])
def test_touching_a_parameter_at_all_is_any_mark(question, industry, parameter):
    want = tools.subtrends_at_grade(parameter, "✓", industry)
    assert set(Assistant.load().ask(question).items) == set(want.items)
