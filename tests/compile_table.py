"""The compiler's table of frame → plan rows over the trend and industry figures (impact matrices, hot-spots,
crossover points): a question, and the tool plan (tool and arguments per step) its frame compiles to. The rows over
places, lists and figures are in tests/compile_table_places.py. Read by tests/test_compile.py."""

TABLE = [
    ("Which mega trends drive Logistical Services?", [("trends_for_industry",
     {"industry": "Logistical Services", "direction": "downstream"})]),
    ("which megatrends do creative industries feed into", [("trends_for_industry",
     {"industry": "Creative Industries", "direction": "upstream"})]),
    ("Which industries are influenced by Big data downstream but don't influence it upstream?",
     [("industries_for_trend", {"trend": "Big data", "direction": "downstream_only"})]),
    ("Does Big data influence Medical Devices?", [("matrix_cell",
     {"trend": "Big data", "industry": "Medical Devices", "direction": "downstream"})]),
    ("which trends hit both digital industries and medical devices", [
        ("trends_for_industry", {"industry": "Digital Industries"}),
        ("trends_for_industry", {"industry": "Medical Devices"})]),
    ("which emerging industry gets hit by the fewest mega trends", [("rank_matrix",
     {"entity": "industry", "direction": "downstream", "order": "fewest"})]),
    ("which mega trends are not pushed back on by any of the industries", [("rank_matrix",
     {"entity": "trend", "direction": "upstream", "count": 0})]),
    ("is immediate availability an AOSI for any industry", [
        ("industries_for_trend", {"direction": "aosi"}), ("_any", {})]),
    ("which AOSI in fig 5 isnt backed by either the downstream or the upstream matrix", [("compare_matrices",
     {"include": ["aosi"], "exclude": ["downstream", "upstream"]})]),
    ("which of the AOSIs come from the downstream side only", [("compare_matrices",
     {"include": ["aosi", "downstream"], "exclude": ["upstream"]})]),
    ("rank the industries by how many megatrends impact them, top 3", [
        ("rank_matrix", {"entity": "industry", "direction": "downstream"}), ("_top_n", {"n": 3})]),
    ("Which region is Poland in?", [("region_of", {"country": "Poland"})]),
    ("is Austria grouped under Central Western Europe or Central Eastern Europe?", [("region_of",
     {"country": "Austria"})]),
    ("Is Greece in Southeast Europe?", [("countries_in", {"region": "Southeast Europe"}),
                                        ("_member", {"name": "Greece"})]),
    ("How strong is R&D cooperation between the Nordics and Iberia?", [("cooperation_grade",
     {"region_a": "Northern Europe", "region_b": "Southwest Europe", "kind": "rd"})]),
    ("business cooperation chart for polish clusters", [("figure_lookup", {})]),
    # the impact matrices: a direction said without a verb, minus / in common, none marked, runners-up, experiencers
    ("CI downstream", [("trends_for_industry", {"industry": "Creative Industries", "direction": "downstream"})]),
    ("AOSIs for EnvI", [("trends_for_industry", {"industry": "Environmental Industries", "direction": "aosi"})]),
    ("trends hitting pharma but not medtech", [
        ("trends_for_industry", {"industry": "Biopharmaceuticals"}), ("trends_for_industry", {"industry": "Medical Devices"})]),
    ("Which downstream trends do creative industries and experience industries have in common?", [
        ("trends_for_industry", {"industry": "Creative Industries"}),
        ("trends_for_industry", {"industry": "Experience Industries"})]),
    ("which megatrends have no AOSI with any industry", [("rank_matrix",
     {"entity": "trend", "direction": "aosi", "count": 0})]),
    ("Which industry comes second in terms of how many mega trends act on it downstream?", [
        ("rank_matrix", {"entity": "industry", "direction": "downstream"}), ("_leader", {"nth": 2})]),
    ("which industries feel the immediate availability of products & services trend", [("industries_for_trend",
     {"trend": "Immediate availability of products & services", "direction": "downstream"})]),
    ("Welche Megatrends beeinflussen Logistical Services?", [("trends_for_industry",
     {"industry": "Logistical Services", "direction": "downstream"})]),
    # complement and exclusivity inside one figure
    ("Which mega trend does NOT influence Digital Industries?", [
        ("list_items", {"name": "mega_trends"}), ("trends_for_industry", {"industry": "Digital Industries"})]),
    ("which industries are left untouched by big data in the downstream matrix", [
        ("list_items", {"name": "industries"}), ("industries_for_trend", {"trend": "Big data"})]),
    ("Which industries are influenced by none of Big data, IoT or geo-economics?", [
        ("list_items", {"name": "industries"}), ("industries_for_trend", {"trend": "Big data"}),
        ("industries_for_trend", {}), ("industries_for_trend", {})]),
    ("Which mega trend influences Digital Industries and no other industry downstream?", [
        ("rank_matrix", {"entity": "trend", "count": 1}), ("trends_for_industry", {"industry": "Digital Industries"})]),
    # Figure 6: one hot-spot's sub-trends (either name first, "x", "in", "for"), a count, the nth one
    ("what sub-trends does big data bring to the digital industries", [("subtrends_for",
     {"trend": "Big data", "industry": "Digital Industries"})]),
    ("Personalisation x Logistical Services: what are the sub-trends?", [("subtrends_for",
     {"trend": "Personalisation of products & services", "industry": "Logistical Services"})]),
    ("subtrends blue growth", [("subtrends_for", {"industry": "Blue Growth Industries", "trend": None})]),
    ("how many sub-trends are listed for carbon footprint x environmental industries", [("subtrends_for",
     {"trend": "Carbon foot-print reduction", "industry": "Environmental Industries"})]),
    ("the second sub-trend listed for personalisation in medtech", [
        ("subtrends_for", {"industry": "Medical Devices"}), ("_nth_row", {"n": 2, "field": "subtrend"})]),
    # several hot-spots: names paired in order of mention, a shared name repeated; both → intersect, or → union
    ("sub-trends shared by the social media hot spots of logistics and creative industries", [
        ("subtrends_for", {"trend": "Impact of social media", "industry": "Logistical Services"}),
        ("subtrends_for", {"trend": "Impact of social media", "industry": "Creative Industries"})]),
    ("which sub-trends are in the big data x digital industries or the personalisation x medtech hot-spot", [
        ("subtrends_for", {"trend": "Big data", "industry": "Digital Industries"}),
        ("subtrends_for", {"trend": "Personalisation of products & services", "industry": "Medical Devices"})]),
    # a named sub-trend: listed for a hot-spot (yes/no), which industries, under which hot-spots
    ("is Cocooning one of the mobility technologies sub-trends", [
        ("subtrends_for", {"industry": "Mobility Technologies"}), ("_member", {"name": "Cocooning"})]),
    ("Which industries have Digitalisation as a sub-trend?", [("subtrend_industries", {"subtrend": "Digitalisation"})]),
    ("theranostics - which hot spot is it under", [("aosis_with_subtrend", {"subtrend": "Theranostics"})]),
    # the hot-spots themselves, and rankings by counts
    ("hot spots involving logistics - which trends", [("hotspots", {"industry": "Logistical Services"})]),
    ("which hot spot has the fewest sub-trends", [("rank_hotspots", {"order": "fewest", "by": "hotspot"})]),
    ("which industry appears in the most hot-spots", [("rank_hotspots", {"order": "most", "by": "industry"})]),
    ("which mega trend shows up in the most hot spots", [("rank_hotspots", {"order": "most", "by": "trend"})]),
    # Figure 7, one cell: its grade; yes/no against a grade on the ✓✓/✓ scale ("very strong" = ✓✓, a mark = ✓ or
    # better); "one tick or two?" asks the grade itself
    ("what grade does urban mining get for agile implementation strategies", [("crossover_grade",
     {"subtrend": "Urban mining", "parameter": "Agile implementation strategies"})]),
    ("Does Deep sea mining score very strong on knowledge-based learning orientation?", [
        ("crossover_grade", {"subtrend": "Deep sea mining"}), ("_is_check", {"grade": "✓✓", "at_least": False})]),
    ("is there a mark for More years, better life under information sharing", [
        ("crossover_grade", {"parameter": "Information sharing"}), ("_is_check", {"grade": "✓", "at_least": True})]),
    ("Renewable energy / sustainable competitive advantage orientation - one tick or two?", [("crossover_grade",
     {"subtrend": "Renewable energy"})]),
    # a pick between grades that opens like a count claim ("is its mark one tick or two"): the grade, no count check
    ("is urban mining's mark for information sharing one tick or two", [("crossover_grade",
     {"subtrend": "Urban mining", "parameter": "Information sharing"})]),
    ("for customer service orientation, is the cocooning mark one tick or two?", [("crossover_grade",
     {"subtrend": "Cocooning"})]),
    # one sub-trend's row: the parameters at a grade, any at all
    ("which parameters are very strong for internet everywhere", [
        ("subtrend_profile", {"subtrend": "Internet Everywhere"}), ("_group", {"key": "✓✓"})]),
    ("does risk evaluation get a double tick anywhere", [
        ("subtrend_profile", {}), ("_group", {"key": "✓✓"}), ("_any", {})]),
    # one parameter's column: at a grade (in an industry, outside it), the strongest, blank
    ("which blue growth sub-trends are very strong on customer service orientation", [("subtrends_at_grade",
     {"parameter": "Customer service orientation", "min_grade": "✓✓", "industry": "Blue Growth Industries"})]),
    ("which environmental industries sub-trends have a tick under business relationships", [("subtrends_at_grade",
     {"parameter": "Business relationships", "min_grade": "✓"})]),
    ("outside logistical services, which sub-trends get ✓✓ for customer service orientation", [
        ("subtrends_at_grade", {"min_grade": "✓✓"}), ("_exclude_first", {"name": "Logistical Services"})]),
    ("Creative Industries: which sub-trends get the strongest grade for business process orientation?", [
        ("subtrends_at_grade", {"min_grade": "✓"}), ("_top", {})]),
    # a figure named by its number is where to look, not the focus ("how many … does figure 5 mark"); the report's
    # own "strong mutual interdependencies" names the AOSI, not both directions — session 7 wordings
    ("the report talks of areas of strong mutual interdependencies - how many does figure 5 mark for logistics?", [
        ("trends_for_industry", {"industry": "Logistical Services", "direction": "aosi"})]),
    ("which industries have strong mutual interdependencies with big data", [
        ("industries_for_trend", {"trend": "Big data", "direction": "aosi"})]),
    ("how many dots does figure 3 have for medtech", [
        ("trends_for_industry", {"industry": "Medical Devices", "direction": "downstream"})]),
    # what a figure named by number gives for names: its part for them; after a reported claim, that question alone
    # (the claim's grade words are context) — session 7 wordings
    ("The report states that R&D cooperation is very strong between Central Western and Northern Europe. What does "
     "Figure 16 give for Northern Europe and Southeast Europe?", [("cooperation_grade", {
         "region_a": "Northern Europe", "region_b": "Southeast Europe", "kind": "business"})]),
    ("what does figure 3 show for medtech", [
        ("trends_for_industry", {"industry": "Medical Devices", "direction": "downstream"})]),
    ("what does fig 10 say about poland", [("region_of", {"country": "Poland"})]),
    # a strength superlative over one name's cells of an impact matrix, which grades nothing: all its marked cells
    # ("not just" bounds, it negates nothing) — session 7 wordings
    ("which megatrends form the strongest interdependencies with medtech, not just any link", [
        ("trends_for_industry", {"industry": "Medical Devices", "direction": "aosi"})]),
    ("the strongest interdependencies of big data - which industries", [
        ("industries_for_trend", {"trend": "Big data", "direction": "aosi"})]),
    ("which trends hit logistics strongest downstream", [
        ("trends_for_industry", {"industry": "Logistical Services", "direction": "downstream"})]),
    # a table named by the report's own words for it ("the consolidated matrix" is Figure 5) — session 7 wordings
    ("which trend leads the consolidated matrix", [("rank_matrix", {"entity": "trend", "direction": "aosi"})]),
    ("which industries have the most marks in the consolidated matrix", [
        ("rank_matrix", {"entity": "industry", "direction": "aosi"})]),
    ("the report says logistics and medtech top the list. which industry has the third most in the consolidated "
     "matrix?", [("rank_matrix", {"entity": "industry", "direction": "aosi"}), ("_leader", {"nth": 3})]),
    # "without any …" asks for none marked in that matrix — session 7 wordings
    ("industries without any AOSI", [("rank_matrix", {"entity": "industry", "direction": "aosi", "count": 0})]),
    ("mega trends without a single upstream mark", [
        ("rank_matrix", {"entity": "trend", "direction": "upstream", "count": 0})]),
    ("which trends come without any downstream dot", [
        ("rank_matrix", {"entity": "trend", "direction": "downstream", "count": 0})]),
    # industries asked of one parameter's column: the industries of its cells, each once — session 7 wordings
    ("which industries have at least one double tick for information sharing", [
        ("subtrends_at_grade", {"parameter": "Information sharing", "min_grade": "✓✓", "industry": None}),
        ("_col", {"i": 0, "of": "Industries"})]),
    ("in which industries does business process orientation get a ✓✓", [
        ("subtrends_at_grade", {"parameter": "Business process orientation", "min_grade": "✓✓"}), ("_col", {"i": 0})]),
    ("which industries score very strong on customer service orientation somewhere", [
        ("subtrends_at_grade", {"parameter": "Customer service orientation", "min_grade": "✓✓"}), ("_col", {"i": 0})]),
    # "but not" before a direction sets the direction aside, not a name: the names keep their "both" — session 7
    ("which mega trends hit both medtech and logistics downstream but not upstream", [
        ("trends_for_industry", {"industry": "Medical Devices", "direction": "downstream_only"}),
        ("trends_for_industry", {"industry": "Logistical Services", "direction": "downstream_only"})]),
    ("which industries do both big data and personalisation shape downstream but not upstream", [
        ("industries_for_trend", {"trend": "Big data", "direction": "downstream_only"}),
        ("industries_for_trend", {"trend": "Personalisation of products & services", "direction": "downstream_only"})]),
    ("trends acting on medtech but not on logistics", [
        ("trends_for_industry", {"industry": "Medical Devices"}),
        ("trends_for_industry", {"industry": "Logistical Services"})]),
    # two parameters and no sub-trend: the two columns combined as the question joins them — session 7 wordings
    ("medtech sub-trends ticked for both information sharing and business relationships", [
        ("subtrends_at_grade", {"parameter": "Information sharing", "min_grade": "✓", "industry": "Medical Devices"}),
        ("subtrends_at_grade", {"parameter": "Business relationships", "min_grade": "✓"})]),
    ("which sub-trends of digital industries have a double tick for information sharing but not for business "
     "relationships", [("subtrends_at_grade", {"parameter": "Information sharing", "min_grade": "✓✓"}),
                       ("subtrends_at_grade", {"parameter": "Business relationships", "min_grade": "✓✓"})]),
    ("which sub-trends are strong on either agile implementation strategies or virtual integration concepts", [
        ("subtrends_at_grade", {"parameter": "Agile implementation strategies", "min_grade": "✓"}),
        ("subtrends_at_grade", {"parameter": "Virtual integration concepts", "min_grade": "✓"})]),
    # "only" beside the one direction said: that matrix and not the other — session 7 wordings
    ("which trend-industry links show up downstream only", [
        ("compare_matrices", {"include": ["downstream"], "exclude": ["upstream"]})]),
    ("which trends does medtech push, upstream only", [
        ("trends_for_industry", {"industry": "Medical Devices", "direction": "upstream_only"})]),
    ("how many pairs are marked only in the upstream matrix", [
        ("compare_matrices", {"include": ["upstream"], "exclude": ["downstream"]})]),
    # "no crossover point": no very strong (✓✓) cell, the reading of a crossover point everywhere — session 7
    ("which logistics sub-trends have no crossover points", [("crossover_block", {"industry": "Logistical Services"}),
     ("subtrends_with_many", {"grade": "✓✓", "min_parameters": 1, "industry": "Logistical Services"})]),
    ("blue growth sub-trends without a single crossover point", [
        ("crossover_block", {"industry": "Blue Growth Industries"}),
        ("subtrends_with_many", {"grade": "✓✓", "min_parameters": 1})]),
    ("which parameters have no crossover point in medtech", [
        ("parameter_ranking", {"industry": "Medical Devices", "grade": "✓✓"}), ("_zero", {})]),
    # a count of the names with no marks is not a count of the matrix's marks — session 7 wordings
    ("how many mega trends get no dots at all in the upstream matrix", [
        ("rank_matrix", {"entity": "trend", "direction": "upstream", "count": 0})]),
    ("how many of the ten industries lack any AOSI", [
        ("rank_matrix", {"entity": "industry", "direction": "aosi", "count": 0})]),
    ("count the trends that have no downstream marks", [
        ("rank_matrix", {"entity": "trend", "direction": "downstream", "count": 0})]),
    # a yes/no clause that states a count inside a count question: the count, checked against it
    ("does the upstream matrix have 20 dots? count them for me", [
        ("compare_matrices", {"include": ["upstream"]}), ("_count_is", {"n": 20, "check_only": False})]),
    ("the text says twelve hot-spots. does figure 6 list twelve hot-spots? please count", [
        ("hotspots", {}), ("_count_is", {"n": 12})]),
    # a parameter and an industry with no grade and no noun asked ("where does P come in for X"): the column's
    # cells in that industry's block, not the whole block (the parameter is a constraint) — session 7 wordings
    ("my client makes smart labels. where does business process orientation come in at all for packaging", [
        ("subtrends_at_grade", {"parameter": "Business process orientation", "min_grade": "✓",
                                "industry": "Advanced Packaging"})]),
    ("for blue growth, where does information sharing show up at all", [("subtrends_at_grade",
     {"parameter": "Information sharing", "min_grade": "✓", "industry": "Blue Growth Industries"})]),
    ("in mobility technologies, where does customer service orientation come in", [("subtrends_at_grade",
     {"parameter": "Customer service orientation", "min_grade": "✓✓", "industry": "Mobility Technologies"})]),
    # the question's verb negated over one column: the column's rows under the grade said (no mark when none is)
    ("which blue growth sub-trends does agile implementation strategies not reach", [("subtrends_at_grade",
     {"parameter": "Agile implementation strategies", "min_grade": "✓", "industry": "Blue Growth Industries",
      "below": True})]),
    ("which logistics sub-trends aren't rated very strong for information sharing", [("subtrends_at_grade",
     {"parameter": "Information sharing", "min_grade": "✓✓", "industry": "Logistical Services", "below": True})]),
    ("medtech: which of its sub-trends never touch virtual integration concepts", [("subtrends_at_grade",
     {"min_grade": "✓", "industry": "Medical Devices", "below": True})]),
    ("which logistics sub-trends have no mark for customer service orientation", [
        ("crossover_cells", {"grade": "", "industry": "Logistical Services"}), ("_col", {"i": 0})]),
    # blanks, many marks, counts and rankings by counts
    ("which parameters are left blank for every creative industries sub-trend", [
        ("parameter_ranking", {"industry": "Creative Industries"}), ("_zero", {})]),
    ("which blue growth subtrends have no very strong mark", [
        ("crossover_block", {"industry": "Blue Growth Industries"}),
        ("subtrends_with_many", {"grade": "✓✓", "min_parameters": 1})]),
    ("which sub-trends have two or more double ticks", [("subtrends_with_many",
     {"grade": "✓✓", "min_parameters": 2})]),
    ("which value-chain parameter has the most very strong crossover points", [
        ("parameter_ranking", {"grade": "✓✓"}), ("_leader", {"nth": 1})]),
    ("which logistics sub-trends have the most marked parameters", [("rank_subtrends",
     {"industry": "Logistical Services", "grade": "✓"})]),
    ("how many very strong crossover points does blue growth have", [("crossover_cells",
     {"industry": "Blue Growth Industries", "grade": "✓✓"})]),
    ("How many Creative Industries sub-trends appear in the crossover table?", [("crossover_block",
     {"industry": "Creative Industries"})]),
    ("show me figure 7 for blue growth", [("crossover_block", {"industry": "Blue Growth Industries"})]),
    ("where is virtual integration concepts very strong", [("subtrends_at_grade",
     {"parameter": "Virtual integration concepts", "min_grade": "✓✓"})]),
    ("the prosument one in creative industries: which parameters get a tick?", [
        ("subtrend_profile", {"subtrend": "Emergence of the Prosument"}), ("_group", {"key": "✓"})]),
    # "the downstream one" after "the upstream matrix" names a matrix of the same question (no follow-up), and
    # "marked" in an impact matrix is no Figure 7 grade
    ("which pairs does the downstream matrix mark but not the upstream one", [("compare_matrices",
     {"include": ["downstream"], "exclude": ["upstream"]})]),
    ("count the cells marked in the AOSI figure but not in the downstream one", [("compare_matrices",
     {"include": ["aosi"], "exclude": ["downstream"]})]),
    # a column's rest asked yes or no
    ("does any medtech sub-trend lack a mark for information sharing", [
        ("subtrends_at_grade", {"industry": "Medical Devices", "below": True}), ("_any", {})]),
    # Figure 6 ranked: sub-trends counted per industry or trend when the question ranks those
    ("which industry lists the most sub-trends in figure 6", [("rank_hotspots", {"by": "industry", "unit": "subtrends"})]),
    ("which trend has the fewest hot-spots", [("rank_hotspots", {"by": "trend", "unit": "hotspots", "order": "fewest"})]),
    ("which industry hot-spot has the longest list of sub-trends", [("rank_hotspots", {"by": "hotspot"})]),
    # ranked by single ticks only: that grade exactly
    ("the sub-trend with the most single ticks only", [("rank_subtrends", {"grade": "✓", "at_least": False})]),
    ("which sub-trend has the most ticks", [("rank_subtrends", {"grade": "✓", "at_least": True})]),
    # one parameter asked about as such: its §3.2 definition, not its Figure 7 column
    ("information sharing as a parameter: what is it about?", [("parameter_info", {"parameter": "Information sharing"})]),
    ("the virtual integration concepts parameter - what does it cover", [("parameter_info",
     {"parameter": "Virtual integration concepts"})]),
    ("which sub-trends does the information sharing parameter rate very strong", [("subtrends_at_grade",
     {"parameter": "Information sharing"})]),
    # "not … in both A and B" is outside their overlap, "in neither" outside both
    ("which areas of strong interdependency are not marked in both fig 3 and fig 4", [
        ("compare_matrices", {"include": ["aosi"], "exclude": ["downstream"]}),
        ("compare_matrices", {"include": ["aosi"], "exclude": ["upstream"]})]),
    # a sub-trend set apart from a column, a country from a region's list
    ("which sub-trends other than internet everywhere get a double tick for information sharing", [
        ("subtrends_at_grade", {"parameter": "Information sharing", "min_grade": "✓✓"}),
        ("_exclude", {"name": "Internet Everywhere"})]),
    ("besides denmark, which countries does figure 10 put in northern europe", [
        ("countries_in", {"region": "Northern Europe"}), ("_exclude", {"name": "Denmark"})]),
    # two or more names compared on a count: the tool that counts it for every name, then the typed compare
    ("which has more AOSIs, logistics or mobility", [
        ("rank_matrix", {"entity": "industry", "direction": "aosi"}),
        ("_compare", {"names": ["Logistical Services", "Mobility Technologies"], "order": "most", "than": False})]),
    ("is medtech or biopharma hit by more trends", [
        ("rank_matrix", {"entity": "industry", "direction": "downstream"}),
        ("_compare", {"names": ["Medical Devices", "Biopharmaceuticals"], "than": False})]),
    ("does logistics have fewer sub-trends than mobility?", [
        ("count_subtrends", {"by": "industry"}), ("_compare", {"order": "fewest", "than": True})]),
    ("which of big data and social media affects more industries upstream", [
        ("rank_matrix", {"entity": "trend", "direction": "upstream"}), ("_compare", {})]),
    ("which has more crossover marks, medtech or logistics", [
        ("count_crossover_marks", {"by": "industry", "grade": "✓", "at_least": True}), ("_compare", {})]),
    ("which region has more very strong business partners, the nordics or iberia?", [
        ("rank_regions", {"kind": "business", "grade": "++"}),
        ("_compare", {"names": ["Northern Europe", "Southwest Europe"]})]),
    ("how many AOSIs do logistics, mobility and medtech each have", [
        ("rank_matrix", {"direction": "aosi"}), ("_compare", {})]),
    # one name on its own: the portfolio (§4.3), a trend's description, a sub-trend's profile, a name typed alone
    ("internationalisation portfolio of logistics", [("portfolio", {"industry": "Logistical Services"})]),
    ("what support services do blue growth clusters get", [("portfolio", {"industry": "Blue Growth Industries"})]),
    ("describe the personalisation trend", [("trend_info", {"trend": "Personalisation of products & services"})]),
    ("Cocooning in mobility", [("subtrend_profile", {"subtrend": "Cocooning", "industry": "Mobility Technologies"})]),
    ("Poland?", [("region_of", {"country": "Poland"})]),
    ("Central Eastern Europe", [("countries_in", {"region": "Central Eastern Europe"})]),
    ("customer service orientation", [("parameter_info", {"parameter": "Customer service orientation"})]),
    # a trend and an industry across two matrices: the industry's trends marked so, kept to the named trend
    ("does big data shape medtech in both directions", [
        ("trends_for_industry", {"industry": "Medical Devices", "direction": "both"}),
        ("restrict", {"names": ["Big data"]}), ("_any", {})]),
    ("is big data marked for logistics downstream but not upstream", [
        ("trends_for_industry", {"direction": "downstream_only"}), ("restrict", {}), ("_any", {})]),
    # a cell stated of one impact matrix (by number, by the report's name for it, or as an AOSI), then asked of the
    # others: the cell in those, the stated figure cited beside them
    ("the AOSI matrix links personalisation to advanced packaging. is that pair marked in figure 4?", [
        ("matrix_cell", {"trend": "Personalisation of products & services", "industry": "Advanced Packaging",
                         "direction": "upstream"}), ("_cite", {"figure": "5"})]),
    ("according to the consolidated matrix carbon footprint reduction and blue growth form an area of strong "
     "interdependency; does the downstream matrix or the upstream matrix show that link?", [
        ("trends_for_industry", {"industry": "Blue Growth Industries", "direction": "either"}),
        ("restrict", {"names": ["Carbon foot-print reduction"]}), ("_any", {}), ("_cite", {"figure": "5"})]),
    ("big data with logistics is listed as an area of strong interdependency. is it marked in both fig 3 and fig 4?", [
        ("trends_for_industry", {"industry": "Logistical Services", "direction": "both"}),
        ("restrict", {"names": ["Big data"]}), ("_any", {}), ("_cite", {"figure": "5"})]),
    # no name and no side: the marked cells themselves ("combos" is everyday English for the pairs)
    ("which trend-industry combos are marked in both matrices", [("compare_matrices",
     {"include": ["downstream", "upstream"], "exclude": []})]),
    ("List all areas of strong interdependencies.", [("compare_matrices", {"include": ["aosi"], "exclude": []})]),
    ("How many AOSIs are there?", [("compare_matrices", {"include": ["aosi"], "exclude": []})]),  # "there": no pronoun
    ("List all trend-industry pairs that are marked both downstream and upstream.", [("compare_matrices",
     {"include": ["downstream", "upstream"], "exclude": []})]),
    ("Which upstream effects are not matched by a downstream effect?", [("compare_matrices",
     {"include": ["upstream"], "exclude": ["downstream"]})]),
    ("the report says strong R&D ties link Southwest and Northern Europe - does fig 13 agree", [
        ("cooperation_grade", {"region_a": "Southwest Europe", "region_b": "Northern Europe", "kind": "rd"}),
        ("_is_grade", {"grade": "+"})]),  # the claim checked: is the pair graded strong or better
]
