"""Cue words: directions, grades, kinds of cooperation, question shapes. Language, not report facts."""

from __future__ import annotations

import re

# a direction word, or its first half sharing the other's "stream" ("up- and downstream", "down or upstream")
_SHARED_STREAM = r"(?=-?\s*(?:and|or|as well as|&|/)\s*(?:{other})-?stream\b)"
DOWN = re.compile(r"\bdown-?stream\b|\bdown" + _SHARED_STREAM.format(other="up"))
UP = re.compile(r"\bup-?stream\b|\bup" + _SHARED_STREAM.format(other="down"))
AOSI = re.compile(r"\b(aosi'?s?|aios|areas? of strong|strong(ly)? interdepend\w*|interdependenc\w*|hot[- ]?spots?)\b")
BOTH = re.compile(r"\b(both directions|both ways|in both|both down|both up|two-?way|mutual(ly)?(?! interdependenc)|each other)\b")
EITHER = re.compile(r"\b(either|any direction|one direction or|at least one direction)\b")
NEG = re.compile(r"\b(but not|and not|not|don'?t|doesn'?t|do not|does not|without|except|excluding|no longer|never|isn'?t|aren'?t)\b")
ONLY = re.compile(r"\bonly\b")
# the time words that open a bare event ("since covid", "after brexit", "post-pandemic"); one list for the event
# readers of assistant.salient and assistant.later
EVENT_OPENERS = r"after|following|post|since|during|amid"
# the verbs of change and effect, with their inflections ("affect", "affected", "affecting", "hitting"): one list for
# the readers of what a cause or an event did (assistant.causes, assistant.later)
EFFECT_VERB = (r"(?:affect|chang|impact|disrupt|hit|shap|influenc|alter|transform|reshap|hurt|harm|damag|boost|benefit|"
               r"slow|accelerat|threaten|weaken|strengthen|reduc|increas|hamper|disturb|shift|upend|mean|meant)"
               r"(?:e|es|ed|d|s|ing|ting|t)?")
# "only" right beside the one direction word said: that matrix and not the other ("upstream only", "only downstream")
ONLY_BESIDE = re.compile(r"\bonly (in |on )?(the )?(up|down)stream\b|\b(up|down)stream( side| matrix| direction| "
                         r"effects?| view)? only\b(?! (one|two|three|four|five|a single|\d))")  # "…upstream? only one?"
ALSO = re.compile(r"\b(of those|of these|of them|among (them|those|these)|which also|that also|also|as well)\b")

VERB = r"(feed\w*( back)?( into| in| on)?|fed (back )?(into|in|on)|push\w* back( on| against)?|influenc\w*|beeinfluss\w*|influenz\w*|influy\w*|driv\w*|drove|affect\w*|shap\w*|empower\w*|impact\w*|act\w* on|push\w*|propel\w*|boost\w*|hit\w*|touch\w*|matter\w* (for|to))"
# a degree between a participle and its "by" keeps it passive: "hit hardest by", "affected the most by", "shaped
# mainly by"
_DEGREE = r"(?:\s+(?:the\s+)?(?:most|more|least|less|\w+est|\w+ly|a lot|much))"
PASSIVE = re.compile(VERB + _DEGREE + r"{0,3}\s+(by|par|von|durch|por|da|door)\b|\b(influencées?|beeinflusst|influenciad[oa]s?|influenzat[ei]) (par|von|por|da)\b")
ACTIVE = re.compile(r"\b" + VERB)
AUX_SUBJECT = re.compile(r"\b(does|do|did|can|could|will)\s+(?P<subj>.+?)\s+" + VERB)

# "strong clusters", "strong polish clusters": a kind of cluster the report names, not a grade of cooperation
STRONG_CLUSTERS = re.compile(r"\b(strong|strongest|weak|weaker)\s+([a-z]+\s+)?clusters?\b")
YESNO = re.compile(r"^\s*(does|do|is|are|did|can|could|has|have|was|were|will)\b")
# a yes/no with its verb left out: "any region it has strong ties with?", "anything marked for X?" (not "any idea
# which …", a which-question in disguise)
ELLIPTIC_YESNO = re.compile(r"^\s*(any|anything|anyone|anywhere)\b(?! (idea|ideas|clue|thoughts?|info\w*|pointers?|"
                            r"hints?|tips?|help)\b)")
# a yes/no opened after a first clause: "big data is a trend, but is it also …", "…; do they …"
SECOND_YESNO = re.compile(r"(\band|\bbut|,|;) (are|is|do|does|did|was|were) (they|it|these|those|all|any|both|"
                          r"there|that|this)\b")
# "count as / for", "count turkey as southeast europe": "qualify", not a count
COUNT = re.compile(r"\bhow many\b|\bnumber of\b|\bcount\b(?! (for|towards?)\b)(?!(?: [\w&-]+){0,4} as\b)")
MOST = re.compile(r"\b(most|highest|largest|greatest|biggest|top|rank\w*|leading(?! to\b))\b")
LEAST = re.compile(r"\b(fewest|least|lowest|smallest)\b")
STRONGEST = re.compile(r"\b(strongest|best|closest|most intense|most intensive|tightest)\b")

RD = re.compile(r"\b(r ?and ?d|r ?n ?d|r&d|r & d|rd|r-d|research|innovation cooperation|scientific|forschung\w*|recherche)\b|i\+d|f&e|f\+e|r\+d")
BUSINESS = re.compile(r"\b(business|commercial|trade|economic cooperation|market)\b|gesch[äa]ft\w*|negocio\w*|affaires|commerci\w*|empresarial")
COOP = re.compile(r"\b(cooperat\w*|co-?op|co-operat\w*|collaborat\w*|partner\w*|ties|links?|relations?\w*|work\w* with|grade|strength|strong|intensity|weak\w*|medium|kooperation|cooperaci[oó]n|coop[ée]ration|zusammenarbeit)\b|kooperation")

SUBTREND_WORD = re.compile(r"\b(sub[- ]?trends?|reactions?|underlying trends?|entry points?)\b")
CROSSOVER = re.compile(r"\b(cross-?over\w*|value[- ]chain|transformation\w*|parameters?|✓+|ticks?|checks?|marks?)\b")
PARAMETERS_WORD = re.compile(r"\bparameters?\b")
GAPS = re.compile(r"\b(lack\w*|missing|absent|not (in|covered|listed)|gaps?|left out|omit\w*)\b")

WHY = re.compile(r"^\s*(why|how come|how do|how does|how can|how should|how is|how are|explain|what drives the|in what way)\b")
DEFINE = re.compile(r"\b(what is meant|what does .* mean|meaning of|define|definition|describe|description|explain|what is|what are|tell me about)\b")

# the sources of the previous answer: "that" standing alone ("which page is that from"), not "that spectrum"
RECALL = re.compile(r"\b(which|what) (section|page|figure|source)s?\b.*\b((that|this|it)\b(?=\s*($|[?.!,]|(in|on|from|at|of|"
                    r"come|came|shown|given|printed|said|taken|stated|answer|start\w*|begin\w*|appear\w*|end\w*)\b))|answer|from)\b|\bwhere (is|was|does) (that|this|it) (come )?from\b|"
                    r"\bwhere'?s (that|this|it)\b|\bwhere (is|are) (that|this|those|these) (table|figure|matrix|list|passage)\b|\b(source|citation)s? (for|of) (that|this)\b|\bcite (that|this|it)\b")
FOLLOW = re.compile(r"^\s*(and|what about|how about|same for|and for|now|then|so|ok|okay)\b")
# "that region", "this sector", "that area": a name of a kind the conversation said before
# the kinds of name "that …" can point back to (no named group: coverage reads a cue's named groups as slots)
KIND_NOUNS = "country|region|area|industry|sector|trend"
_THAT_KIND = r"(?:that|this) (?:" + KIND_NOUNS + ")"

LIST = re.compile(r"\b(list|name|enumerate|what are|which are|show( me)?|give( me)?|all|overview|the (12|twelve|10|ten|8|eight|4|four|5|five|6|six))\b")

# a grade bound said negatively: "not weak" is "o" or better, a bound, not a negation of the question
# "not" folded into a verb, with or without the apostrophe users skip ("didnt", "hasn't", "cant", "wont")
CONTRACTED_NOT = r"(?:is|are|was|were|do|does|did|has|have|had|can|could|would|should|wo|ca|must|need)n'?t"
# the "n't" of a contraction sits inside its word ("aren't", "don't"): no word boundary before it
NOT_WEAK = re.compile(r"(?:\b(?:not|never|non-?|" + CONTRACTED_NOT + r")|n't) ?"
                      r"(?:(?:rated|graded|marked|classed|scored?|scoring|counts?|counted|considered|seen) (?:as )?|)weak")
# the small words a bound may put before or after its grade: "at least at medium level", "at a strong level or above"
_AT = r"(?:(?:at|a|an|the|on|of)\s+)*"
_LEVEL = r"(?:\s+(?:level|levels|grade|intensity))?"
_GRADE_WORDS = [
    (re.compile(r"\bonly weak\b|\bjust weak\b"), "coop", "-", "exact"),
    (re.compile(r"\bvery strong or strong\b|\bstrong or very strong\b|\bat least " + _AT + r"strong\b|\bstrong" + _LEVEL +
                r" or (more|above|better|higher)\b|"
                r"\b(above|better than|more than|stronger than) (medium|moderate|average|o)\b"), "coop", "+", "at_least"),
    (re.compile(r"\bat least " + _AT + r"medium\b|\bmedium" + _LEVEL + r" or (stronger|more|above|better|higher)\b|"
                r"\bat least " + _AT + r"(moderate|average)\b|"
                r"\bo or (better|stronger|above|higher)\b|\bat least o\b|\babove weak\b|\bbetter than weak\b|\bmore than weak\b|"
                + NOT_WEAK.pattern + r"\b"),
     "coop", "o", "at_least"),
    (re.compile(r"\bvery strong\b|\bvery intensive\b|\bstrongest grade\b|\+\+|\b(two|double) plus(es)?\b|\bplus plus\b"),
     "coop", "++", "exact"),
    # the legend's own symbol, printed or spelled, is exactly that grade: "rated +", "one plus"
    (re.compile(r"\b(rated|graded|grade|marked|scored|score|rating|as|at|a|only|just|exactly|is|are|get|gets|got|"
                r"with|of) \+(?![+\w])|(?<![+\w])\+ (grade|rating|mark)|\b(one|single|a) plus\b"), "coop", "+", "printed"),
    (re.compile(r"\bmedium\b|\bmoderate\b"), "coop", "o", "exact"),
    (re.compile(r"\bweak\w*\b"), "coop", "-", "exact"),
    (re.compile(r"\bstrong(ly)?\b"), "coop", "+", "exact"),
]


# a comparative grade said alone ("and worse?", "any higher?", "the better ones?"): a grade next to the last answer's
# (assistant.regrade); the whole question, so "worse" elsewhere stays a word to understand
GRADE_COMPARED = re.compile(r"^\W*(?:(?:and|or|what about|how about|any|the|those|ones?|even|still|then|so)\s+)*"
                            r"(?:(worse|weaker|lower|poorer|less strong)|(better|stronger|higher|more strong))"
                            r"(?:\s+(?:ones?|grades?|ties|links|partners|cells|then|too))?\W*$")


def grade_cue(text: str) -> tuple[str, str] | None:
    """("+", "at_least") for "very strong or strong", ("o", "at_least") for "at least medium", …"""
    for pat, _, sym, rel in _GRADE_WORDS:
        if pat.search(text):
            return sym, rel
    return None


# both of Figure 7's grades named in one bound, or marks of every kind: the union of the two, "✓" or better
BOTH_GRADES = re.compile(r"(?<!✓)✓(?!✓).*✓✓|✓✓.*(?<!✓)✓(?!✓)|"
                         r"\b(single|one|strong) (ticks? )?(and|or|plus|as well as|together with|/) (very strong|double|two)\b|"
                         r"\b(very strong|double|two) (ticks? )?(and|or|plus|as well as|together with|/) (strong|single|one)\b|"
                         r"\b(ticks?|marks?|grades?) of (any|either|both|every|all) (kind|grade|type|sort)s?\b|"
                         r"\b(both|either|all|any) (kinds?|grades?|types?|sorts?) of (ticks?|marks?)\b")


def check_grade(text: str) -> str | None:
    """The Figure 7 grade a question asks for: "✓✓" (very strong / double tick) or "✓" (strong / any mark). Both
    grades named together ("counting ✓ and ✓✓", "single and double ticks", "ticks of either kind") are every mark."""
    if BOTH_GRADES.search(text):
        return "✓"
    if re.search(r"strong or very strong|very strong or strong|at least strong|at least ✓|✓ or ✓✓|✓✓ or ✓|any mark|"
                 r"marked(?! (as )?(very strong|✓✓|double|with (two|double)))|"
                 r"\ba tick\b|\bany tick|(?<!double-)(?<!double )\bticked\b|\bat least one tick|\ba mark\b|\bany mark\b|\bget a tick\b", text):
        return "✓"
    if re.search(r"✓✓|very strong|double|two ticks|cross-?over points?", text):
        return "✓✓"
    if re.search(r"✓|\bstrong\b|single tick|\bone (tick|check|mark)\b|\bany mark|\bmarked\b", text):
        return "✓"
    return None


def coop_kind(text: str) -> str | None:
    rd, bus = bool(RD.search(text)), bool(BUSINESS.search(text))
    if rd and bus:
        return "both"
    return "rd" if rd else "business" if bus else None


# --- the frame's cues: one list of each kind, read by the extractors in assistant.understand ---------------

LOCATE = re.compile(r"\b(which|what|on which|on what) (page|pages|figure|fig|section|chapter|appendix|table|chart)\b|"
                    r"\bwhere (exactly |actually |really )?(is|are|can i find|do i find|does the report (show|print|list|give)|"
                    r"in the report)\b|"
                    r"\bwhere'?s\b|"
                    r"\b(page|caption|title) (number )?(of|for)\b|\bpage\b|\b(pg|pgs|pp)\b|\b(figure|fig|section|chart|table) (number|no|#)\b")
# "where's their strongest partner", "where is it strongest": "where" asking which one ranks first, not a place in
# the report (no report, figure, section, page or chart words on the way)
WHERE_MOST = re.compile(r"\bwhere(?:'s| is| are| does| do)\b(?:\s+(?!report|figure|fig|section|chapter|page|chart|table)"
                        r"[\w'-]+){0,4}?\s+(strongest|weakest|most|least|highest|lowest|best|worst|biggest|closest)\b")
EXPLAIN = re.compile(r"^\s*(why|how come|how (does|do|did|has|have|is|are|was|were|can|could|should|will|would|might)|explain|"
                     r"what (holds?|held|hinders?|hampers?|prevents?|stops?|keeps?) |"
                     r"in what way|what (role|example|examples|reasons?|happens|lessons?|advice|recommendations?|measures|"
                     r"actions|steps) |what (should|can|could|would|must) |what (does|do) the (report|text|study|authors?) (say|write|recommend|suggest|advise))\b|"
                     r"\bexplain\w*\b|\bwhy\b|\baccording to the (report|text)\b|\bdoes the report (say|mention|recommend|credit)\b")
DEFINE_CUE = re.compile(r"\b(what is meant|meant by|what does .{1,60} (mean|stand for)|meaning of|define[sd]?|definition|"
                        r"stands? for|short for|abbreviat\w*|acronym|difference between|the concept of|describe)\b")
RANK = re.compile(r"\b(most|least|fewest|highest|lowest|largest|smallest|greatest|biggest|top|rank\w*|"
                  r"leading(?! to\b)|leads?(?! to\b)|strongest|weakest|best|worst|more than any|the majority)\b")
COMPARE = re.compile(r"\b(compare\w*|comparison|versus|vs\.?|stronger than|weaker than|higher than|lower than|"
                     r"more than|fewer than|less than|differ\w*|in common|same as)\b")
# the question asks what the report's text says (a passage answers), not what a table holds
REPORT_SAYS = re.compile(r"\bin the conclusion\b|\bthe footnote\b|\bmentioned\b|\baccording to the (report|text|conclusion)\b|\bcalled the\b|"
                         r"\bdescribed as\b|\bdoes the report (credit|say|mention|recommend)\b|\bhow the report "
                         r"(describes|explains|defines|characteri[sz]es|sees)\b|"
                         # the text's own judgement asked, not a figure's ranking: "which ones does the conclusion
                         # single out as most relevant", "what does the summary highlight"
                         r"\b(does|do|did) the (conclusion|conclusions|summary|introduction|report|text|authors?)"
                         r" (single\w* out|highlight\w*|emphasi[sz]e\w*|stress\w*|point\w* out)\b")
# what a passage answers, not a table: reasons, obstacles, benefits, developments ("what holds back …")
REASONS = re.compile(r"\b(general developments?|developments|barriers?|benefits?|challenges|success factors?|reasons?|"
                     r"drivers for|problems?|hamper\w*|obstacles?|initiatives?|holds? back|held back)\b")
WH = re.compile(r"^\s*(which|what|who|whose|where|when|how|list|name|show|give|tell|enumerate)\b|\b(which|what)\b")

# what the answer consists of: the first of these nouns after the question word is the focus
FOCUS_WORDS = [
    ("subtrends", re.compile(r"\b(sub[- ]?trends?|reactions?|underlying trends?)\b")),
    ("trends", re.compile(r"(?<!-)\b(mega ?-?trends?|megatrends?|global trends?|trends?|drivers?)\b")),
    ("industries", re.compile(r"\b(emerging industr(y|ies)|industr(y|ies)|sectors?|branch(es)?|fields?)\b")),
    ("parameters", re.compile(r"\b(parameters?|columns?)\b")),
    ("countries", re.compile(r"\b(countr(y|ies)|nations?|member states?)\b")),
    ("regions", re.compile(r"\b(regions?|macro-?regions?|areas of europe|partners?)\b")),
    ("pairs", re.compile(r"\b(pairs?|combinations?|combos?|cells?)\b")),
    ("grade", re.compile(r"\b(grade|grading|how strong|how strongly|how intense|strength|intensity|rating|rated|level)\b")),
    ("figures", re.compile(r"\b(figures?|fig|charts?|tables?|matrix|matrices|diagrams?|maps?|page|graphs?|plots?|"
                           r"visuals?|visuali[sz]ations?|illustrations?|graphics?|(?<!big )(?<!bigger )(?<!whole )pictures?)\b")),
    ("sections", re.compile(r"\b(sections?|chapters?|appendix)\b")),
    ("key_areas", re.compile(r"\bkey areas?\b")),
    ("characteristics", re.compile(r"\bcharacteristics?\b")),
    ("services", re.compile(r"\bservice spectrum\b|\bspectrum of services\b")),
]

# the nouns of both sides of an impact matrix joined into one ("trend/industry combos", "industry-trend pairs",
# "trend × industry cells"): what is asked is their cells, whatever noun follows (a cue: its words are read)
_TREND_NOUN = r"(mega ?-?trends?|megatrends?|trends?)"
_INDUSTRY_NOUN = r"(industr(y|ies)|sectors?)"
_JOIN = r"\s*(/|-|x|×|and|&)\s*"
PAIR_COMPOUND = re.compile(rf"\b({_TREND_NOUN}{_JOIN}{_INDUSTRY_NOUN}|{_INDUSTRY_NOUN}{_JOIN}{_TREND_NOUN})\s+\w+")

HOTSPOT = re.compile(r"\bhot[- ]?spots?\b")
AOSI_PROPER = re.compile(r"\b(aosi'?s?|aios|areas? of strong|strong(ly)? interdepend\w*|interdependenc\w*)\b")
CHART = re.compile(r"\b(charts?|figures?|fig|graphs?|graphics?|maps?|diagrams?|pictures?|plots?|bars?|visuals?)\b")
TOP_N = re.compile(r"\btop\s*(\d+|two|three|four|five|six|seven|eight|nine|ten)\b")
RANK_VERB = re.compile(r"^\s*(rank|sort|order)\b")
MEMBERSHIP = re.compile(r"\b(belong\w*|part of|member\w*|includ\w*|consist\w*|compris\w*|made up|contain\w*|"
                        r"(which|what) region|in which region|grouped|assign\w*|allocat\w*|counts? as|counted as)\b")
# "the other way round", "the reverse", "vice versa": a clause that asks about the claim before it, turned round
REVERSE = re.compile(r"\b(the )?other way (a)?round\b|\bthe (reverse|opposite|inverse)\b|\bvice versa\b|"
                     r"\b(reversed|inverted|flipped)\b")
FIGURE_REF = re.compile(r"\bfig(?:ure)?\.?\s*(\d{1,2})\s*(b)?\b", re.I)

BOTH_COMB = re.compile(r"\bboth\b|\bin common\b|\bshared?\b|\boverlap\w*\b")
EITHER_COMB = re.compile(r"\beither\b|\bat least one of\b")
NEITHER_COMB = re.compile(r"\bneither\b|\bnone of\b|\bnor\b")
ONLY_COMB = re.compile(r"\bthe only\b|\bonly one\b|\bno other\b|\bexclusive\w*\b")
MINUS_COMB = re.compile(r"\b(but not|and not|except|excluding|other than|apart from|besides|outside|minus|without)\b")
OR_COMB = re.compile(r"\bor\b(?! not\b)")  # "… or not" asks yes or no, it joins no names
AND_COMB = re.compile(r"\band\b")

ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5,
            "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8, "last": -1}
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "single": 1, "sole": 1, "lone": 1}
# the number words a count is written in, beyond ten: a count a question states or a quote gives
COUNT_WORDS = {**NUMBER_WORDS, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "twenty": 20}
_NUM = r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
NTH = re.compile(r"\b(second|third|fourth|fifth|sixth|2nd|3rd|[4-6]th)\b(?:[\w -]{0,20})\b(most|highest|largest|biggest|strongest|place|rank\w*)\b|"
                 r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|last|1st|2nd|3rd|[4-8]th)\b")
AT_LEAST_N = re.compile(r"\b(at least|minimum of|no fewer than|or more)\s*" + _NUM + r"\b|\b" + _NUM + r" or more\b")
MORE_THAN_N = re.compile(r"\b(more than|over|above)\s+" + _NUM + r"\b")
# "only one", "just a single", "only influences one single industry": the bound may stand a verb or two before its
# number, and "a single" / "a sole" / "one lone" is one (not "only single-ticked": a kind of mark)
EXACTLY_N = re.compile(r"\b(exactly|precisely|just|only)\s+(?:(?!and\b|or\b|but\b)[a-z-]+\s+){0,2}?"
                       r"(" + _NUM[1:-1] + r"|(?<=\ba )(?:single|sole|lone)|(?<=\bone )(?:single|sole|lone))(?![\w-])")
NONE_AGG = re.compile(r"\b(none|no \w+ at all|(without|lacks?|lacking) (any|a single|one single)|(not|no|arent|isnt|dont|doesnt|werent|wasnt) ([\w-]+ ){1,4}"
                      r"((by|to|into|with|from|for|on) )?any|zero|never|untouched|unaffected|unmarked|left blank)\b|"
                      r"n't ([\w-]+ ){1,4}((by|to|into|with|from|for|on) )?any\b")
EACH_AGG = re.compile(r"\b(each|every|per)\b")
AGG_MOST = re.compile(r"\b(most|highest|largest|greatest|biggest|longest|top|leading(?! to\b)|leads?(?! to\b)|strongest|more than any)\b")
AGG_LEAST = re.compile(r"\b(fewest|(?<!at )least|lowest|smallest|shortest|weakest)\b")

# the previous turn's context
OF_THOSE = re.compile(r"\bthe [\w-]+ (one|ones|hot[- ]?spot|row|block|entry)\b|\b(of those|of these|of them|among (them|those|these)|which of (them|those|these)|"
                      r"those|these|them|the same|that one|this one|which one|which ones)\b")
# "it" standing for nothing: "is it true that …", "is it the case that …", "it is correct that …"
_DUMMY_IT = r"(?!\s+(?:(?:is|was)\s+)?(?:true|the case|correct|right|accurate|fair to say|possible)\b)"
# "it" in an idiom that points at nothing: "when it comes to business", "as it stands", "it seems (that)", "it looks
# like", "it appears", "as it were"
_IDIOM_IT = (r"(?!\s+(?:comes?|came|coming) to\b|\s+(?:seems|seemed|appears|appeared|looks|looked)"
             r"(?:\s+(?:that|like|as if|as though)\b|\s*[,.;:?!]|\s*$))")
# "it" that stands for something said before (the pattern of the word itself, for the pronoun readers)
IT_REF = r"(?<!\bas )it" + _DUMMY_IT + _IDIOM_IT
PRONOUN_REF = re.compile(r"\b(" + IT_REF + r"|its|they|their|there|" + _THAT_KIND + r")\b")
# "that" standing for the previous answer as a whole: "how many is that", "does the table back that"
THAT_ANSWER = re.compile(r"\b(is|was|are|were) that\b|\bthat\s*[?.!]*\s*$")

# verbs whose subject undergoes a trend ("industries that feel / face / are exposed to it"): downstream either way
EXPERIENCE = re.compile(r"\b(feel\w*|felt|fac(e|es|ing)|experienc\w*|undergo\w*|exposed to|suffer\w*)\b")
# words that name a relation, a grade or a tie without a direction of their own (consumed, not directional)
NEUTRAL_VERBS = re.compile(r"\b(feel\w*|felt|acts?|acting|trigger\w*|sits?|sitting|attach\w*|appl(y|ies)|relat\w*|"
                           r"connect\w*|link\w*|touch\w*|concern\w*|involv\w*|show\w* up|appear\w*|carr(y|ies))\b")
GRADE_WORDS = re.compile(r"\b(double|single|ticked|ticks?|scor\w*|dots?|marks?|marked|grades?|graded|rat\w*|"
                         r"cross(es)?|crossed|blank|empty|coop)\b")
TIES = re.compile(r"\b(ties?|tied|draws?|equal\w*|joint\w*)\b")
FIGURE_WORDS = re.compile(r"\b(grids?|plots?|graphics?|visuals?|images?|pictures?|rows?|columns?|entries|entry|"
                          r"blocks?|appendix|caption\w*)\b")

# --- follow-ups: a fresh start, the previous turn's names taken together, an item by its place ---------------
# a turn's opening words that are no part of what it asks, one vocabulary each (read by understand.followup.opening):
# a marker that starts a new subject ("unrelated:", "new q -", "and separately,"): the rest inherits nothing
_LEAD = r"(?:(?:ok(?:ay)?|so|now|right|and|but|also|alright|well|hmm+|one more thing|quick(?:ly)?)\W+)*"
_NEW_SUBJECT = (r"(?:a |an )?(?:new|different|another|other|separate|unrelated|next|fresh|diff|"
                r"(?:totally|completely|entirely|something) different) (?:question|q|topic|subject|thing|matter|issue|point)",
                r"unrelated(?: question| q)?", r"separately", r"(?:totally|completely|entirely|something) different",
                r"on (?:a |an )?(?:another|different|other|separate|unrelated|new) (?:note|topic|subject|matter)",
                r"moving on", r"switching(?: (?:topics?|subjects?|gears))?", r"change of (?:topic|subject|gears)",
                r"chang(?:e|ing) (?:the )?(?:topic|subject)", r"forget (?:that|this|it|about (?:that|this|it))",
                r"never ?mind(?: (?:that|this|it))?", r"something else", r"(?:leaving|setting|putting) (?:that|this|it) aside")
# what follows a marker: punctuation, or the question's own first word
_AFTER = (r"(?:\s*[:,.;!?\u2014\u2013-]+\s*|\s+(?=(?:which|what|who|whose|where|when|how|why|does|do|did|is|are|was|were|"
          r"can|could|would|should|list|name|tell|show|give|i|my|our|we|in which|for which)\b))")
SWITCH = re.compile(r"^\s*" + _LEAD + r"(?:" + "|".join(_NEW_SUBJECT) + r")" + _AFTER, re.I)
# a correction of the previous question ("no sorry, I meant upstream", "correction: for norway"): the rest is a
# follow-up that changes the turn before
CORRECTION = re.compile(r"^\s*(?:(?:no|nope|oops|sorry|wait|actually|hmm+|ah|oh|well|my bad|my mistake)\W+)*"
                        r"(?:i (?:meant|mean|was asking about|wanted to ask about|was asking)|correction\s*:)\s*[:,.;\u2014\u2013-]*\s*",
                        re.I)
# sounds and courtesies that say nothing ("hmm", "um,", "… pls")
FILLER_START = re.compile(r"^\s*(?:(?:hmm+|um+|uh+|erm|ah+|oh+|oops|sorry)\b[\s,.!\u2014\u2013-]*)+", re.I)
FILLER_END = re.compile(r"[\s,]+(?:pls|plz|please|thx|thanks|thank you|ty)\s*([?.!]*)\s*$", re.I)
# the previous turn's names taken together: "both of them", "either of those", "those two", "the two of them"
GROUP_REF = re.compile(r"\b(?P<comb>both|either|neither|each|all|any) (of )?(them|those|these|the two)\b|"
                       r"\bbetween (them|those|these|those two|these two)\b|"  # a pair: the two names said last
                       r"\b(?P<two>those|these|the) two\b( (of them|industries|trends|regions|countries|sectors))?|"
                       r"\b(they|them) (?P<after>both|all)\b|"
                       r"\b(?P<bare>both|either|neither)\b(?= (do|does|did|are|is|have|has|push\w*|shap\w*|driv\w*|"
                       r"hit\w*|share[sd]?|influenc\w*|affect\w*|feed\w*|impact\w*|get|see)\b|\s*$)")
# "which trends do they share", "what do they have in common": a plural pronoun and a shared set
SHARED = re.compile(r"\b(they|them|those|these)\b.*\b(share[sd]?|in common|overlap(s|ped)?)\b|"
                    r"\b(share[sd]?|in common|overlap(s|ped)?)\b.*\b(they|them|those|these)\b")
# one item of the previous answer by its place: "the first one", "the second entry", "the last one"
NTH_REF = re.compile(r"\b(the )?(?P<nth>first|second|third|fourth|fifth|sixth|last|1st|2nd|3rd|[4-6]th) "
                     r"(one|item|entry|name|of (them|those|these))\b")

# whether an industry has entries in a block figure at all (Figures 6-7): a verb of being there, or of being left out
SHOWN_IN = re.compile(r"\b(appears?|appearing|show(s|n)? up|covers?|covered|cover(ing)?|includes?|included|features?|"
                      r"featured|listed|represented|present|part of|has (a |any |no )?(block|rows?|entries|section|place)|"
                      r"have (a |any |no )?(block|rows?|entries|section|place|hot-?spots?|sub-?trends?)|blocks?)\b")
LEFT_OUT = re.compile(r"\b(leaves? out|left out|leaving out|missing|absent|omit\w*|excluded|excludes?|skip\w*|lacks?)\b")
