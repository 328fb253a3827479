"""The compiler's table, second part: rows over places and cooperation (Figures 10, 13, 16), the report's lists
and abbreviations, and figures and pages — a question, and the tool plan its frame compiles to. Read by
tests/test_compile.py."""

PLACES_TABLE = [
    # "the industries the study selected" names the list; how or why they were selected asks something else
    ("give me the twelve mega trends the authors identified", [("list_items", {"name": "mega_trends"})]),
    ("list all ten industries the study selected, each with its abbreviation", [
        ("list_items", {"name": "industries"})]),
    # "how does X rate Y" between two places asks their grade, not an explanation — session 7 wordings
    ("how do nordic clusters rate iberia for r&d", [("cooperation_grade", {
        "region_a": "Northern Europe", "region_b": "Southwest Europe", "kind": "rd"})]),
    ("how do polish clusters grade their business ties with germany", [("cooperation_grade", {"kind": "business"})]),
    ("how does northern europe rate southwest europe on business, and on R&D?", [("cooperation_grade", {
        "region_a": "Northern Europe", "region_b": "Southwest Europe", "kind": "both"})]),
    # the report's lists: the list, its count, an entry by position or next to a named one
    ("List the 12 mega trends.", [("list_items", {"name": "mega_trends"})]),
    ("How many mega trends does the report consider?", [("list_items", {"name": "mega_trends"})]),
    ("what are the eight parameters", [("list_items", {"name": "parameters"})]),
    ("5 common characteristics of value chains pls", [("list_items", {"name": "characteristics"})]),
    ("Name the four areas of critical importance common to value chains.", [("list_items", {"name": "key_areas"})]),
    ("how many regions are defined in figure 10", [("list_items", {"name": "regions"})]),
    ("what's the last step of the service spectrum", [
        ("list_items", {"name": "service_spectrum"}), ("_pick", {"position": "last"})]),
    ("In the service spectrum, what comes after matchmaking services?", [
        ("list_items", {"name": "service_spectrum"}), ("_pick", {"position": "after", "name": "matchmaking services"})]),
    # one entry of a list: a named key area's focus, the entry the words describe (a parameter-like word in it is
    # a description, not a crossover cell); an abbreviation either way
    ("what is the focus of the key area Talents & Information?", [
        ("list_items", {"name": "key_areas"}), ("_field", {"contains": "Talents & Information", "field": "focus"})]),
    ("Planning & Execution focuses on what?", [("list_items", {"name": "key_areas"}), ("_field", {"field": "focus"})]),
    ("which key area covers agility and strategic orientation", [
        ("list_items", {"name": "key_areas"}), ("_best_row", {})]),
    ("which common characteristic is about outsourcing non-core activities", [
        ("list_items", {"name": "characteristics"}), ("_best_row", {})]),
    ("MT stands for?", [("abbreviation", {"name": "mt"})]),
    ("whats Expl", [("abbreviation", {"name": "expl"})]),
    ("What's the abbreviation for Blue Growth Industries?", [("abbreviation", {"name": "Blue Growth Industries"})]),
    # "is there a region X has only weak ties with": one partner at that grade, not "are all its partners weak"
    ("is there any region with only weak business links to southeast europe", [
        ("partners", {"region": "Southeast Europe", "kind": "business", "min_grade": "-"}), ("_any", {})]),
    ("does southeast europe have only weak business links", [
        ("partners", {"region": "Southeast Europe", "kind": "business"}), ("_all_grade", {"grade": "-"})]),
    # a place set apart from a partner list ("besides Y", "apart from Y,"): the other place's partners, Y left out
    ("which regions work with the nordics in business, besides central western europe", [
        ("partners", {"region": "Northern Europe", "kind": "business"}),
        ("_exclude", {"name": "Central Western Europe"})]),
    ("apart from iberia, who are germany's R&D partners", [
        ("partners", {"region": "Germany", "kind": "rd"}), ("_exclude", {"name": "Southwest Europe"})]),
    ("how many areas of strong interdependency does figure 5 show altogether", [("compare_matrices", {"include": ["aosi"]})]),
    # a pair's two kinds compared, asked yes/no after a topic clause
    ("CE europe and SE europe: is their R&D cooperation weaker than their business cooperation?", [
        ("cooperation_grade", {"region_a": "Central Eastern Europe", "region_b": "Southeast Europe", "kind": "both"}),
        ("_compare_kinds", {"stronger": "business"})]),
    ("name the regions whose R&D cooperation is graded higher than their business cooperation", [
        ("grade_differences", {"direction": "rd_stronger"})]),
    # "which of the four key areas …": one entry of a list named whole
    ("which of the four key areas is about talents", [("list_items", {"name": "key_areas"}), ("_best_row", {})]),
    # a claim put to a cooperation table: a negation inside the quoted claim is the claim's, not the question's
    ("the report writes that northwest europe has 'no strong ties, only weak ones' in business. does the business "
     "cooperation matrix back that?", [("partners", {"region": "Northwest Europe", "kind": "business"}),
                                       ("_all_grade", {"grade": "-", "at_least": False})]),
    ("the text says central eastern europe has no strong business ties, just weak ones. does the business matrix "
     "confirm that?", [("partners", {"region": "Central Eastern Europe", "kind": "business"}),
                       ("_all_grade", {"grade": "-", "at_least": False})]),
    ("according to the text, central eastern europe has 'only weak business links'. is that what figure 16 shows?",
     [("partners", {"region": "Central Eastern Europe", "kind": "business"}), ("_all_grade", {"grade": "-"})]),
    ("abbrev of the logistics industry", [("abbreviation", {"name": "Logistical Services"})]),
    ("what short form does figure 1 give medtech", [("abbreviation", {"name": "Medical Devices"})]),
    ("the initials used for creative industries", [("abbreviation", {"name": "Creative Industries"})]),
    # figures and pages: by number, by the relation whose table a figure is, by caption words; marks of a matrix
    ("What does Figure 17 show?", [("figure_info", {"figure": "17"})]),
    ("which page is figure 16 on", [("figure_info", {"figure": "16"})]),
    ("On which page is the downstream matrix?", [("figure_info", {"figure": "3"})]),
    ("I need the page with the business cooperation grid", [("figure_info", {"figure": "16"})]),
    ("Where are the sub-trends of the hot-spots listed?", [("figure_info", {"figure": "6"})]),
    ("page of the crossover points table (ticks)", [("figure_info", {"figure": "7"})]),
    ("where is the bubble chart of strategic importance against services offered", [("figure_lookup", {})]),
    ("how many marks does figure 5 have", [("compare_matrices", {"include": ["aosi"], "exclude": []})]),
    ("On which page is the regions table?", [("figure_info", {"figure": "10"})]),
    ("which figure has the OEM, tier 1 to tier 3 suppliers and raw material supplier paths", [("figure_lookup", {})]),
    # the section of a figure found by its words: that figure's place, not the section whose title has "figures"
    ("which section has the service spectrum figure", [("figure_lookup", {})]),
    ("the bubble chart of internationalisation importance - what section is that in", [("figure_lookup", {})]),
    ("which chapter holds the figure with the OEM and tier suppliers", [("figure_lookup", {})]),
    ("where does the table of figures start", [("section_info", {})]),
    ("where exactly is the bubble chart of internationalisation importance", [("figure_lookup", {})]),
    # figures in the plural, asked where: the section whose title has that word (Appendix A), not a figure
    ("which page lists all the figures and tables", [("section_info", {})]),
    ("on what page do I find the index of figures", [("section_info", {})]),
    ("where are the figures on R&D cooperation", [("figure_info", {"figure": "13"})]),
    # a region's membership asked with no kind noun ("what does the report count as X", "what counts as X"), and a
    # region asked of a name that is itself one (in other words): that region, its countries beside it
    ("which places does the report count as central eastern europe", [
        ("countries_in", {"region": "Central Eastern Europe"})]),
    ("what exactly counts as the nordics", [("countries_in", {"region": "Northern Europe"})]),
    ("the nordics - which region is that in the report", [
        ("countries_in", {"region": "Northern Europe"}), ("_as_value", {"value": "Northern Europe"})]),
    # membership (Figure 10): a region's countries, a country's region, yes/no; a name both region and country
    ("countries in central eastern europe", [("countries_in", {"region": "Central Eastern Europe"})]),
    ("How many entries are listed under Southeast Europe?", [("countries_in", {"region": "Southeast Europe"})]),
    ("list the countries under Africa in figure 10", [("countries_in", {"region": "Africa"})]),
    ("Where does the report put Turkey?", [("region_of", {"country": "Turkey"})]),
    # cooperation (Figures 13, 16): a pair's grade, yes/no against a grade ("strong" = strong or better)
    ("how strong is nordic cooperation with southwest europe", [("cooperation_grade",
     {"region_a": "Northern Europe", "region_b": "Southwest Europe", "kind": "both"})]),
    ("are Greek clusters strong R&D partners of Belgian ones?", [
        ("cooperation_grade", {"region_a": "Greece", "region_b": "Belgium", "kind": "rd"}),
        ("_is_grade", {"grade": "+", "relation": "at_least"})]),
    ("does the R&D matrix rate Northwest Europe - Central Eastern Europe as medium?", [
        ("cooperation_grade", {"kind": "rd"}), ("_is_grade", {"grade": "o", "relation": "exact"})]),
    # one place's partners at a grade on the figure's own scale, written in words or symbols
    ("which regions does Central Western Europe have very strong business ties with", [("partners",
     {"region": "Central Western Europe", "kind": "business", "min_grade": "++", "max_grade": "++"})]),
    ("Which regions are Northern Europe's medium-or-better business partners?", [("partners",
     {"region": "Northern Europe", "kind": "business", "min_grade": "o", "max_grade": None})]),
    ("which regions get a + or better R&D grade with the nordics", [("partners",
     {"region": "Northern Europe", "kind": "rd", "min_grade": "+", "max_grade": None})]),
    ("Who does Poland work with on R&D?", [("partners", {"region": "Poland", "kind": "rd", "min_grade": "o"}),
                                            ("_weak_if_none", {})]),
    ("Northwest Europe's best R&D partner?", [("partners", {"min_grade": "-"}), ("_top", {})]),
    ("who is the weakest business partner of Iberia", [("partners", {"min_grade": "-"}), ("_top", {"weakest": True})]),
    ("We're a Hungarian medtech cluster - which regions rate at least medium for business cooperation with us",
     [("partners", {"region": "Hungary", "kind": "business", "min_grade": "o"})]),
    # no place: pairs at a grade, regions with most partners at a grade, bands with every other region
    ("how many region pairs are rated ++ for R&D", [("pairs_at_grade",
     {"kind": "rd", "min_grade": "++", "max_grade": "++"})]),
    ("Counting each pair of European regions once, how many are rated weak for R&D cooperation?", [
        ("pairs_at_grade", {"kind": "rd", "min_grade": "-", "max_grade": "-"})]),
    ("which region has the most very strong business ties", [("rank_regions", {"kind": "business", "grade": "++"})]),
    # pairs read across the R&D and business figures: "than" decides which kind is stronger, whatever the wording
    ("Are there region pairs where R&D cooperation is rated higher than business cooperation?", [
        ("grade_differences", {"direction": "rd_stronger"})]),
    ("which region pairs are weaker for business than for R&D", [("grade_differences", {"direction": "rd_stronger"})]),
    ("which pairs are stronger in business coop than in R&D", [
        ("grade_differences", {"direction": "business_stronger"})]),
    ("Which region pairs have the same grade in R&D and business cooperation?", [
        ("grade_differences", {"direction": "same"})]),
    ("Which region pairs are only weak (-) for R&D but medium or better for business?", [
        ("pairs_at_grade", {"kind": "rd", "min_grade": "-", "max_grade": "-"}),
        ("pairs_at_grade", {"kind": "business", "min_grade": "o", "max_grade": None})]),
    ("which pair is ++ in both the R&D and the business matrix", [
        ("pairs_at_grade", {"kind": "rd", "min_grade": "++"}), ("pairs_at_grade", {"kind": "business", "min_grade": "++"})]),
    ("is turkey counted as southeast europe or something else", [("region_of", {"country": "Turkey"})]),
    ("is renewable energy rated for information sharing", [
        ("crossover_grade", {"subtrend": "Renewable energy"}), ("_is_check", {"grade": "✓", "at_least": True})]),
    ("Which European region is weak in R&D with every other region?", [("partners_of_all",
     {"kind": "rd", "min_grade": "-", "max_grade": "-"})]),
    # cooperation against a band: no link at one end of the scale, every region but one, a pair's two kinds
    ("which regions have no weak R&D link", [("partners_of_all", {"kind": "rd", "min_grade": "o"})]),
    ("which region has no very strong business partner", [("partners_of_all",
     {"kind": "business", "min_grade": "-", "max_grade": "+"})]),
    ("Which regions have only weak business cooperation with every region except Central Western Europe?", [
        ("partners_of_all", {"kind": "business", "min_grade": "-", "max_grade": "-",
                             "except_region": "Central Western Europe"})]),
    ("Is business cooperation between Northern Europe and Central Western Europe stronger than their R&D cooperation?",
     [("cooperation_grade", {"kind": "both"}), ("_compare_kinds", {"stronger": "business"})]),
    ("is R&D between poland and spain weaker than business", [
        ("cooperation_grade", {"region_a": "Poland", "kind": "both"}),
        ("_compare_kinds", {"stronger": "business"})]),
]
