"""Route a question to a tool plan, a retrieval, a refusal or a clarification. Rules first, no LLM."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from types import SimpleNamespace

from assistant import cues as C
from assistant.plan import Clarify, Plan, Recall, Refuse, Retrieve, Step, ToolPlan
from assistant.spot import Mention, by_kind, fold, spot
from assistant.state import State
from assistant.understand import read
from assistant.understand.direction import INDUSTRY_WORD as _INDUSTRY_WORD
from assistant.understand.direction import TREND_WORD as _TREND_WORD
from assistant.understand.direction import direction

MAX_CHARS = 2000
_FIGURE = re.compile(r"\bfig(?:ure)?\.?\s*(\d{1,2})\s*(b)?\b", re.I)
_ENGLISH = set("the a an of to in is are which what who how why does do and or for with by on from that this "
               "between most many region trends industries industry trend".split())
DIRECTION_OF_FIGURE = {"3": "downstream", "4": "upstream", "5": "aosi"}
KIND_OF_FIGURE = {"13": "rd", "16": "business"}


def route(question: str, state: State) -> Plan:
    """The plan for one question, given the conversation so far."""
    q = question.strip()
    if not re.search(r"[^\W_]", q):
        return Refuse("empty", "Please type a question about the report, for example "
                      "\"Which mega trends drive Logistical Services?\".")
    if len(q) > MAX_CHARS:
        inner = _question_in_paste(q)
        if inner is None:
            return Refuse("too_long", f"That is {len(q):,} characters; please ask one question in under "
                          f"{MAX_CHARS:,} characters.")
        q = inner
    text = fold(q)
    mentions = spot(q)
    if C.RECALL.search(text) and not _names(mentions) and state.last_citations:
        return Recall()
    if state.last_plan is not None and _is_followup(text, mentions) and not read(q).names_own_subject():
        plan = _followup(text, mentions, state)
        if plan is not None:
            return plan
        aug = _augment(q, text, mentions, state)
        if aug != q:
            plan = _rules(aug, fold(aug), spot(aug), state)
            if plan is not None:
                return plan
    plan = _rules(q, text, mentions, state)
    if plan is not None:
        return plan
    if not mentions and not _looks_english(text):
        return Refuse("not_english", "The assistant works in English and found none of the report's names in "
                      "this question. Please ask in English.")
    return Retrieve(q, sure=False)


def _partial_subtrend(text: str, inds: list[str]) -> str | None:
    """A sub-trend named by one distinctive word ("the prosument one", "the POCHT row") within the industry asked
    about, or across all sub-trends when that word is unique."""
    import tools

    m = re.search(r"\bthe ([\w-]{5,}) (one|row|sub-?trend|entry)\b", text)
    if not m:
        return None
    word = m[1]
    names = tools.subtrends_for(industry=inds[0]).items if inds else tools.canonical_names("subtrend")
    hits = [n for n in names if re.search(rf"\b{re.escape(word)}", fold(n))]
    return hits[0] if len(hits) == 1 else None


def _owners(subtrend: str) -> str:
    """The industries whose Figure 6 lists a sub-trend, for the reading note."""
    import tools

    return " and ".join(tools.subtrend_industries(subtrend).items) or "Figure 6"


def _names(mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if m.kind in ("industry", "trend", "subtrend", "parameter", "region", "country")]


def _question_in_paste(q: str) -> str | None:
    sentences = re.findall(r"[^.?!\n]{3,300}\?", q)
    for s in reversed(sentences):
        if spot(s):
            return s.strip()
    return None


def _looks_english(text: str) -> bool:
    words = re.findall(r"[a-z']+", text)
    return bool(words) and sum(w in _ENGLISH for w in words) >= max(1, len(words) // 8)


# --- rules -------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Q:
    """What the cue rules read from one question: its text, its names by kind, a named figure, a reading note."""

    q: str
    text: str
    mentions: list
    state: State
    inds: list
    trends: list
    subs: list
    params: list
    regions: list
    countries: list
    fkey: str | None
    reading: str | None


def _plan(c: _Q, *steps: Step) -> ToolPlan:
    return ToolPlan(tuple(steps), c.reading)


def _rules(q: str, text: str, mentions: list[Mention], state: State) -> Plan | None:
    inds, trends = by_kind(mentions, "industry"), by_kind(mentions, "trend")
    subs, params = by_kind(mentions, "subtrend"), by_kind(mentions, "parameter")
    regions, countries = by_kind(mentions, "region"), by_kind(mentions, "country")
    fig = _FIGURE.search(q)
    fkey = (fig[1] + (fig[2] or "").lower()) if fig else None
    if not subs:
        part = _partial_subtrend(text, inds)
        if part:
            subs = [part]
    trends, subs, reading = _shared_names(text, trends, subs, params)
    c = _Q(q, text, mentions, state, inds, trends, subs, params, regions, countries, fkey, reading)
    for rule in _RULES:
        plan = rule(c)
        if plan is not None:
            return plan
    return None


def _shared_names(text: str, trends: list, subs: list, params: list) -> tuple[list, list, str | None]:
    """A name that is both a mega trend and a sub-trend ("Big data"): the trend reading unless Figure 7/6 cues."""
    shared = [s for s in subs if fold(s) in {fold(t) for t in trends}] if trends else []
    if not shared:
        return trends, subs, None
    if (C.CROSSOVER.search(text) and not C.SUBTREND_WORD.search(text)) or params:
        trends = [t for t in trends if fold(t) not in {fold(s) for s in shared}]
        return trends, subs, f"Read \"{shared[0]}\" as the sub-trend (Figures 6–7), not the mega trend."
    subs = [s for s in subs if s not in shared]
    return trends, subs, f"Read \"{trends[0]}\" as the mega trend (Figure 3), not the sub-trend of {_owners(shared[0])}."


def _pasted_caption(c: _Q) -> Plan | None:
    """Why/explain questions, and a pasted caption looked up in the figure catalogue."""
    if re.search(r"\bwhy\b|\bexplain\w*\b", c.text):
        return Retrieve(c.q)
    # a pasted caption ("Cluster-driven trans-regional cooperation matrix … R&D cooperation")
    pasted = re.sub(r"\s*[-–—:,]?\s*(what|which|on which|on what) page.*$|\s*[-–—:,]?\s*where is (it|that|this).*$", "", c.text)
    asks_page = pasted != c.text
    if not c.fkey and not _names(c.mentions) and len(pasted.split()) >= 5 and not _OFF_TOPIC.search(c.text) and \
            _list_request(c.text, c.inds, c.trends, c.subs, c.params, c.regions, c.countries) is None and (
            asks_page or ("?" not in c.q and not re.search(r"\b(what|which|how|why|who|where|when|write|tell|give|list|show|name|"
                                                         r"count|rank|compare|find|all|are|is)\b", c.text))):
        import tools

        hit = tools.find_figure(pasted)
        if hit.rows and hit.rows[0].get("score", 0) >= 90:
            return _plan(c, Step("figure_info", {"figure": hit.rows[0]["key"]}))
    return None


def _figure_questions(c: _Q) -> Plan | None:
    """Figures and pages: what a figure shows, where one is, counts of its marks."""
    # figures and pages
    if c.fkey in ("3", "4", "5") and C.AOSI.search(c.text):
        combo = _aosi_combination(c.text)
        if combo is not None:
            return combo
    counting = bool(C.COUNT.search(c.text) and re.search(r"\b(marks?|marked|cells?|dots?|entries)\b", c.text))
    about_figure = bool(re.search(r"\b(page|where|caption|title)\b", c.text)) or not re.search(r"\b(which|how many|most|least|fewest|rank\w*|count|list all|is there|are there)\b", c.text) \
        or re.search(r"\b(what is|what does|show|describe|caption|page|where|title|about|display)\b", c.text) and \
        not re.search(r"\b(which|how many|most)\b", c.text)
    if c.fkey and not (c.inds or c.trends or c.subs or c.params or c.regions or c.countries) and not counting and about_figure:
        return _plan(c, Step("figure_info", {"figure": c.fkey}))
    if c.fkey == "7" and c.inds and not (c.subs or c.params) and not C.COUNT.search(c.text) and not C.check_grade(c.text) \
            and not _NO_MARK.search(c.text) and not C.MOST.search(c.text):
        return _plan(c, Step("crossover_block", {"industry": c.inds[0]}))
    if c.fkey in DIRECTION_OF_FIGURE and counting and not (c.inds or c.trends):
        return _plan(c, Step("compare_matrices", {"include": [DIRECTION_OF_FIGURE[c.fkey]], "exclude": []}))
    if not c.fkey and re.search(r"\b(where|which page|what page|which figure|what figure|find|on which page|page (for|of|with))\b.*\b(matrix|figure|table|chart|map|diagram|portfolio|overview|listed|grid)\b", c.text) \
            and not (c.inds or c.trends or c.subs or c.params or c.regions or c.countries):
        return _plan(c, Step("find_figure", {"query": _figure_query(c.text)}))

    return None


def _not_in_tables(c: _Q) -> Plan | None:
    """Off-topic measures, unknown sections and names, and narrative questions."""
    off = _off_topic(c.text)
    if off is not None:
        return off
    sec = _unknown_section(c.q)
    if sec is not None:
        return sec
    unknown = None if (c.countries or c.regions) else _unknown_name(c.q, c.text, c.mentions)
    if unknown is not None:
        return unknown
    if re.search(r"\bcluster organi[sz]ations?\b.*\b(offer|provide|services?)\b", c.text) and not _matrix_cues(c.text):
        return Retrieve(c.q)
    if re.search(r"\bexplain\w*\b|\bwhy\b|\bhow the report (describes|explains|defines|characteri[sz]es|sees)\b|"
                 r"\btell me (how|why)\b|\bin the conclusion\b|\bdescribed as\b|\bcalled the\b|\bexample\b|"
                 r"\baccording to the (report|text|conclusion)\b|\bdoes the report (credit|say|mention|recommend)\b", c.text):
        return Retrieve(c.q)
    if re.search(r"\b(general developments?|developments|barriers?|benefits?|challenges|success factors?|reasons?|drivers for|"
                 r"problems?|hamper\w*|obstacles?|initiatives?)\b", c.text) \
            and not _matrix_cues(c.text) and not C.SUBTREND_WORD.search(c.text) and not re.search(r"\bcharacteristic|\bkey area", c.text):
        return Retrieve(c.q)
    if (_explanatory(c.text) and not _matrix_cues(c.text)) or (_DEFINE_Q.search(c.text) and not c.fkey) or _definition(c.text):
        return Retrieve(c.q)

    return None


def _abbreviations_and_areas(c: _Q) -> Plan | None:
    """Abbreviations (Figure 1), key areas and common characteristics (§3.1)."""
    # abbreviations (Figure 1)
    short = [m for m in c.mentions if m.kind == "industry" and len(m.text) <= 5 and m.text.isalpha()]
    if short and (re.match(r"^\s*(what'?s|whats|what is|what does)\s+\w+\s*(mean|stand for)?\s*$", c.text)
                  or re.match(r"^\s*\w+\s*(=|means|stands for)\s*$", c.text)):
        return _plan(c, Step("abbreviation", {"name": short[0].text}))
    if c.inds and re.search(r"\bstand(s)? for\b|\babbreviat\w*\b|\bshort for\b|\bacronym\b", c.text) and not c.trends:
        typed = next(m.text for m in c.mentions if m.kind == "industry")
        asks_name = re.search(r"\bstand(s)? for\b|\bwhich industry is\b|\bshort for\b|\bwhat is [a-z]+$", c.text)
        return _plan(c, Step("abbreviation", {"name": typed if asks_name else c.inds[0]}))

    # a field of one entry of a list: "the focus of the key area Talents & Information"
    area = _named_key_area(c.text)
    if area and re.search(r"\bfocus\w*\b|\bcovers?\b|\bmeans?\b|\babout\b|\bstand for\b|\binclude\w*\b", c.text):
        return _plan(c, Step("list_items", {"name": "key_areas"}), Step("_field", {"contains": area, "field": "focus"}))
    if re.search(r"\bwhich key area\b|\bkey area (that|which|for)\b", c.text) and not area:
        return _plan(c, Step("list_items", {"name": "key_areas"}), Step("_best_row", {"question": c.text}))
    if re.search(r"\bcharacteristic\b", c.text) and not re.search(r"\bmost important\b|\b(list|all|five|5)\b|\bcharacteristics\b", c.text):
        return _plan(c, Step("list_items", {"name": "characteristics"}), Step("_best_row", {"question": c.text}))
    if re.search(r"\bwhich (common )?characteristic\b", c.text) and not re.search(r"\bmost important\b", c.text):
        return _plan(c, Step("list_items", {"name": "characteristics"}), Step("_best_row", {"question": c.text}))
    if re.search(r"\bcommon characteristics?\b", c.text) and re.search(r"\bmost important\b", c.text):
        return _plan(c, Step("list_items", {"name": "characteristics"}),
                    Step("_field", {"contains": "most important", "field": "name"}))

    return None


def _lists_regions_crossover(c: _Q) -> Plan | None:
    """The report's lists, regions and cooperation, value-chain crossover."""
    # the report's lists
    lst = _list_request(c.text, c.inds, c.trends, c.subs, c.params, c.regions, c.countries)
    if lst:
        steps = [Step("list_items", {"name": lst})]
        pick = re.search(r"\b(first|last|final|initial)\b", c.text)
        rel = re.search(r"\b(after|before|follows|precedes)\s+(?:the\s+)?([\w &-]+?)\s*\??$", c.text)
        if rel:
            steps.append(Step("_pick", {"position": "after" if rel[1] in ("after", "follows") else "before", "name": rel[2]}))
        elif pick and not C.COUNT.search(c.text):
            steps.append(Step("_pick", {"position": "last" if pick[1] in ("last", "final") else "first"}))
        return _plan(c, *steps)

    # regions and cooperation (Figures 10, 13, 16)
    rp = _region_plan(c.q, c.text, c.regions, c.countries, c.fkey)
    if rp is not None:
        return rp if isinstance(rp, Refuse) else replace(rp, reading=c.reading)

    # value-chain crossover (Figure 7)
    cp = _crossover_plan(c.text, c.inds, c.trends, c.subs, c.params, c.fkey)
    if cp is not None:
        return replace(cp, reading=c.reading)

    return None


def _subtrend_questions(c: _Q) -> Plan | None:
    """Sub-trends (Figure 6): membership, hot spots, shared sub-trends."""
    # sub-trends (Figure 6)
    if c.subs and c.inds and C.YESNO.search(c.text) and (C.SUBTREND_WORD.search(c.text) or re.search(r"\blisted\b|\bhot[- ]?spot|\bunder\b", c.text)):
        return _plan(c, Step("subtrend_industries", {"subtrend": c.subs[0]}), Step("_member", {"name": c.inds[0]}))
    if c.subs and not c.inds and not c.trends and re.search(r"\b(which|what) (emerging )?industr\w*\b", c.text):
        return _plan(c, Step("subtrend_industries", {"subtrend": c.subs[0]}))
    if re.search(r"\bhot[- ]?spots?\b", c.text) and (c.inds or c.trends) and not c.subs and not C.SUBTREND_WORD.search(c.text) \
            and not C.YESNO.search(c.text) and not C.MOST.search(c.text):
        return _plan(c, Step("hotspots", {"industry": c.inds[0] if c.inds else None, "trend": c.trends[0] if c.trends else None}))
    if re.search(r"\bhot[- ]?spots?\b", c.text) and not (c.inds or c.trends or c.subs):
        if (C.MOST.search(c.text) or C.LEAST.search(c.text)) and C.SUBTREND_WORD.search(c.text):
            return _plan(c, Step("rank_hotspots", {"order": "fewest" if C.LEAST.search(c.text) else "most", "by": "hotspot"}))
        if C.COUNT.search(c.text) or re.search(r"\b(list|which are|what are)\b", c.text) and not C.MOST.search(c.text):
            return _plan(c, Step("hotspots", {}))
        if C.MOST.search(c.text) or C.LEAST.search(c.text):
            by = "industry" if re.search(r"\bwhich (emerging )?industr", c.text) else "trend" if re.search(r"\bwhich (mega ?)?trends?", c.text) else "hotspot"
            return _plan(c, Step("rank_hotspots", {"order": "fewest" if C.LEAST.search(c.text) else "most", "by": by}))
    if C.SUBTREND_WORD.search(c.text) and (len(c.inds) == 2 or len(c.trends) == 2) and c.inds and c.trends and \
            re.search(r"\b(share\w*|common|both|overlap\w*|in each)\b", c.text):
        pairs = [(c.trends[min(n, len(c.trends) - 1)], c.inds[min(n, len(c.inds) - 1)]) for n in range(2)]
        return _plan(c, Step("subtrends_for", {"trend": pairs[0][0], "industry": pairs[0][1]}),
                    Step("subtrends_for", {"trend": pairs[1][0], "industry": pairs[1][1]}, "intersect"))
    return None


def _subtrend_lists(c: _Q) -> Plan | None:
    """Sub-trends (Figure 6): the nth one, rankings, several industries or trends."""
    ordinal = re.search(r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|last|1st|2nd|3rd|[4-8]th)\b", c.text)
    if ordinal and C.SUBTREND_WORD.search(c.text) and (c.inds or c.trends):
        n = _ORDINALS.get(ordinal[1], -1)
        return _plan(c, Step("subtrends_for", {"trend": c.trends[0] if c.trends else None, "industry": c.inds[0] if c.inds else None}),
                    Step("_nth_row", {"n": n, "field": "subtrend"}))
    if C.SUBTREND_WORD.search(c.text) and not (c.inds or c.trends or c.subs) and C.MOST.search(c.text) and \
            re.search(r"\bhot-?spots?|\baosi|\barea", c.text):
        return _plan(c, Step("rank_hotspots", {"order": "fewest" if C.LEAST.search(c.text) else "most"}))
    if C.SUBTREND_WORD.search(c.text) and len(c.inds) > 1 and not C.WHY.search(c.text):
        op = "union" if re.search(r"\bor\b|\beither\b", c.text) else "intersect"
        return _plan(c, *[Step("subtrends_for", {"trend": c.trends[0] if c.trends else None, "industry": ind},
                           "set" if n == 0 else op) for n, ind in enumerate(c.inds)])
    if C.SUBTREND_WORD.search(c.text) and len(c.trends) > 1 and not c.inds and not C.WHY.search(c.text):
        op = "union" if re.search(r"\bor\b|\beither\b", c.text) else "intersect"
        return _plan(c, *[Step("subtrends_for", {"trend": t}, "set" if n == 0 else op) for n, t in enumerate(c.trends)])
    if c.subs and not c.inds and not c.trends and re.search(r"\b(which|what) (industr\w*|aosi\w*|hot[- ]?spots?|areas?|trends?|mega ?trends?)\b|\bwhere\b|\blist(ed)? (for|under)\b|\bhot[- ]?spots?\b", c.text):
        return _plan(c, Step("aosis_with_subtrend", {"subtrend": c.subs[0]}))
    if C.SUBTREND_WORD.search(c.text) and (c.inds or c.trends) and not C.WHY.search(c.text):
        return _plan(c, Step("subtrends_for", {"trend": c.trends[0] if c.trends else None,
                                           "industry": c.inds[0] if c.inds else None}))

    return None


def _definitions_and_matrix(c: _Q) -> Plan | None:
    """Definitions, the portfolio (Figure 9), a sub-trend's profile, the impact matrices."""
    # definitions of a trend or a parameter: the report's own description, quoted
    if c.trends and not c.inds and re.search(r"^\s*(what is|define|definition of|describe)\b", c.text) and not C.COUNT.search(c.text) \
            and not _direction_words(c.text):
        return _plan(c, Step("trend_info", {"trend": c.trends[0]}))

    # Figure 9, described in §4.3's text
    if c.inds and re.search(r"\b(portfolio|strategic importance|importance of internationali|internationali[sz]ed|status of internationali|support services)\b", c.text) \
            and not C.WHY.search(c.text):
        return _plan(c, Step("portfolio", {"industry": c.inds[0]}))

    # a sub-trend with its industry and no other cue: its Figure 7 profile
    if c.subs and not c.trends and not c.params and not _direction_words(c.text) and len(c.inds) <= 1 and \
            len(re.findall(r"[a-z]{3,}", c.text)) <= 6:
        return _plan(c, Step("subtrend_profile", {"subtrend": c.subs[0], "industry": c.inds[0] if c.inds else None}))

    # mega trends × industries (Figures 3, 4, 5)
    mp = _matrix_plan(c.text, c.inds, c.trends, c.fkey, c.mentions)
    if mp is not None:
        return replace(mp, reading=c.reading)
    lone = _lone_name(c.text, c.mentions)
    if lone is not None:
        return lone

    return None
    return None



_RULES = (_pasted_caption, _figure_questions, _not_in_tables, _abbreviations_and_areas, _lists_regions_crossover,
          _subtrend_questions, _subtrend_lists, _definitions_and_matrix)



def _named_key_area(text: str) -> str | None:
    """The §3.1 key area a question names ("Planning & Execution"), read from the list itself."""
    import tools

    for row in tools.list_items("key_areas").rows:
        if fold(row["name"]) in text:
            return row["name"]
    return None


_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5,
             "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8, "last": -1}


_FIG_STOP = set("where is are the a an in of on for with need which what page figure find report does do can i show me listed list has "
                "located printed given table".split())


def _figure_query(text: str) -> str:
    """The words of a figure look-up that can match a caption ("aosi matrix", "upstream matrix")."""
    words = [w for w in re.findall(r"[\w&'-]+", text) if w not in _FIG_STOP]
    if C.AOSI.search(text):
        words.append("interdependencies")  # the AOSI figure's caption spells the words out
    return " ".join(words) or text


_DEFINE_Q = re.compile(r"\b(difference between|what is the difference|approach|the concept of|concept of|meant by|definition|define[sd]?|"
                       r"meaning of|trap of|make-or-buy|springboard)\b")
_CUE_WORDS = re.compile(r"\b(sub-?trends?|trends?|industr\w*|parameters?|grades?|regions?|countr\w*|cooperat\w*|figure|"
                        r"list|abbreviation|aosi\w*|matrix|marked|reactions?|key areas?|spectrum|characteristics?|"
                        r"focus|steps?|hot-?spots?)|✓")


def _definition(text: str) -> bool:
    """"What is X?" about a concept rather than a table: answered by the report's passage."""
    m = re.match(r"^\s*what (is|are|was|were) (a |an |the )?(.+)$", text)
    return bool(m and not _CUE_WORDS.search(m[3]))


_EXPLAIN = re.compile(r"\bexplain\b|^\s*what (should|can|could|would|must|do|did) |^\s*what (\w+ )?(actions|measures|steps|recommendations|lessons|advice)\b|^\s*(why|how come|how (does|do|did|has|have|is|are|can|could|should|will)|explain|in what way|"
                      r"what (role|example|examples|reasons?|difference|happens|is meant|does the report (say|mean|explain))|"
                      r"what does .* (mean|describe|say)|what are the reasons|what kind of)\b")


def _explanatory(text: str) -> bool:
    """Questions asking why or how, or what the report says: answered by a passage, not a matrix."""
    return bool(_EXPLAIN.search(text))


def _matrix_cues(text: str) -> bool:
    return bool(C.DOWN.search(text) or C.UP.search(text) or re.search(r"✓|\bgrade|\bmatrix\b|\bhow strong\b|\bmarked\b|\bfigure \d", text))


def _list_request(text, inds, trends, subs, params, regions, countries) -> str | None:
    if re.search(r"\bkey areas?\b|\bareas of critical importance\b|\bcritical areas\b", text):
        return "key_areas"
    if re.search(r"\bcommon characteristics?\b", text):
        return "characteristics"
    if re.search(r"\bservice spectrum\b|\bspectrum of services\b|\bservices? .*\b(order|sequence|steps?|spectrum)\b", text) and not inds:
        return "service_spectrum"
    listy = C.LIST.search(text) or re.search(r"^\s*(what|which)\b", text) or C.COUNT.search(text)
    if not listy:
        return None
    if inds or trends or subs or regions or countries or params or C.SUBTREND_WORD.search(text):
        return None
    if re.search(r"(?<!-)\b(mega ?trends?|megatrends?|global trends?|trends)\b", text) \
            and not (C.COUNT.search(text) and re.search(r"\b(influenc|driv|shap|mark|affect|aosi|industr)", text)) \
            and not C.MOST.search(text) and not C.DOWN.search(text) and not C.UP.search(text) and not C.AOSI.search(text):
        return "mega_trends"
    if re.search(r"\b(emerging industries|industries|sectors|abbreviations?)\b", text) and not C.MOST.search(text) \
            and not C.AOSI.search(text) and not _direction_words(text) and not re.search(r"\bno\b|\bnone\b", text):
        return "industries"
    if re.search(r"\bparameters?\b", text) and not params and not C.MOST.search(text):
        return "parameters"
    if re.search(r"\b(european )?regions\b", text) and not C.COOP.search(text):
        return "european_regions" if "europe" in text else "regions"
    return None


_REGION_OF = re.compile(r"\b(which|what) region\b|\bregion (is|does|do)\b|\bbelong\w*\b|\bpart of\b|\bin which region\b|"
                        r"\bwhere (does|do|is|are) .*\b(put|place|placed|assign\w*|list\w*|count\w*|grouped)\b|"
                        r"\bassigned to\b|\bregional grouping\b|\bwhich group(ing)?\b|\bgrouped (in|under|with)\b|\bwelche[rn]? region\b|\bquelle r[ée]gion\b|\bqu[ée] regi[oó]n\b|\bliegt\b")


def _region_plan(q, text, regions, countries, fkey) -> ToolPlan | Refuse | None:
    kind = C.coop_kind(text) or KIND_OF_FIGURE.get(fkey or "")
    places = list(regions) + list(countries)
    coop = C.COOP.search(text.replace("region", ""))
    c = SimpleNamespace(q=q, text=text, regions=regions, countries=countries, fkey=fkey, kind=kind, places=places, coop=coop)
    for rule in (_region_membership, _region_partners, _region_pairs,):
        plan = rule(c)
        if plan is not None:
            return plan
    return None


def _region_membership(c: SimpleNamespace) -> ToolPlan | Refuse | None:
    """Which region a country is in, a region's countries, the grade of a pair."""
    if c.countries and len(c.regions) >= 2 and re.search(r"\bor\b", c.text) and not c.coop and not c.kind:
        return ToolPlan((Step("region_of", {"country": c.countries[0]}),))
    if c.countries and c.regions and C.YESNO.search(c.text) and not c.coop and not c.kind:
        # "Is Greece in Southeast Europe?": membership in Figure 10
        return ToolPlan((Step("countries_in", {"region": c.regions[0]}), Step("_member", {"name": c.countries[0]})))
    if c.countries and _REGION_OF.search(c.text) and not c.coop:
        return ToolPlan((Step("region_of", {"country": c.countries[0]}),))
    if c.regions and len(c.regions) == 1 and not c.kind and not C.grade_cue(c.text) and (
            re.search(r"\bcountr(y|ies)\b|\bcount as\b", c.text) or
            re.search(r"\b(members?|includ\w*|consist\w*|compris\w*|made up|contain\w*|entries|listed under|belong\w*)\b", c.text) and not c.coop):
        return ToolPlan((Step("countries_in", {"region": c.regions[0]}),))
    if len(c.places) >= 2:
        if re.search(r"\bstronger than\b|\bweaker than\b|\bhigher than\b|\blower than\b", c.text) and C.YESNO.search(c.text):
            return ToolPlan((Step("cooperation_grade", {"region_a": c.places[0], "region_b": c.places[1], "kind": "both"}),
                             Step("_compare_kinds", {"text": c.text})))
        g2 = C.grade_cue(c.text)
        if C.YESNO.search(c.text) and g2 and c.kind in ("rd", "business"):
            # "is it strong?" asks for strong or better; "is it medium/weak?" for that grade
            rel = "at_least" if g2[0] in ("+", "++") else g2[1]
            return ToolPlan((Step("cooperation_grade", {"region_a": c.places[0], "region_b": c.places[1], "kind": c.kind}),
                             Step("_is_grade", {"grade": g2[0], "relation": rel})))
        return ToolPlan((Step("cooperation_grade", {"region_a": c.places[0], "region_b": c.places[1], "kind": c.kind or "both"}),))
    return None


def _region_partners(c: SimpleNamespace) -> ToolPlan | Refuse | None:
    """One place's partners at a grade, or all regions but one."""
    g = C.grade_cue(c.text)
    exc = re.search(r"\b(every|all)( other)? regions? (except|but|other than)\b", c.text)
    if exc and len(c.places) == 1 and (g or c.kind):
        k = c.kind if c.kind in ("rd", "business") else "rd"
        gg = g or ("-", "exact")
        args = {"kind": k, "min_grade": gg[0], "except_region": c.places[0]}
        if gg[1] == "exact" or gg[0] == "-":
            args["max_grade"] = gg[0]
        return ToolPlan((Step("partners_of_all", args),))
    sym = re.search(r"\b(?:rated|graded|grade|marked|rate)\s+(\+\+|\+|o|-)(?:\s|$)", c.text)
    if sym:
        better = re.search(r"\s(or|and) (better|stronger|above|higher|more)\b", c.text[sym.end() - 1:sym.end() + 20])
        g = (sym[1], "at_least" if better else "exact")
    if len(c.places) == 1 and (c.coop or c.kind or g):
        k = c.kind if c.kind in ("rd", "business") else "rd"
        if C.STRONGEST.search(c.text) or C.MOST.search(c.text):
            return ToolPlan((Step("partners", {"region": c.places[0], "kind": k, "min_grade": "-"}), Step("_top", {})))
        if re.search(r"\bweak\w*\b", c.text) and not re.search(r"\bat least\b|\b(above|better than|more than) weak\b", c.text):
            return ToolPlan((Step("partners", {"region": c.places[0], "kind": k, "min_grade": "-", "max_grade": "-"}),))
        args = {"region": c.places[0], "kind": k, "min_grade": "+"}
        if g:
            sym, rel = g
            args["min_grade"] = sym
            if rel == "exact":
                args["max_grade"] = sym
        if C.YESNO.search(c.text) and re.search(r"\bany\b", c.text):
            return ToolPlan((Step("partners", args), Step("_any", {})))
        return ToolPlan((Step("partners", args),))
    return None


def _region_pairs(c: SimpleNamespace) -> ToolPlan | Refuse | None:
    """Pairs of regions by grade or by the difference between R&D and business; a region named in the text."""
    if not c.places and (c.kind or C.COOP.search(c.text)) and re.search(r"\bregions?\b|\bpairs?\b|\bcooperation\b", c.text):
        plan = _pair_differences(c) or _pairs_by_grade(c)
        if plan is not None:
            return plan
    return _region_named(c)


def _pair_differences(c: SimpleNamespace) -> ToolPlan | None:
    """Pairs whose R&D and business grades are the same or differ, or meet one grade in each."""
    if re.search(r"\bsame\b|\bidentical\b|\balike\b|\bequal\b", c.text):
        return ToolPlan((Step("grade_differences", {"direction": "same"}),))
    if re.search(r"\bdiffer\w*\b|\bstronger in\b|\bweaker in\b|\bcompared?\b|\bmore .* than\b|\bthan\b", c.text):
        if re.search(r"(stronger|more strongly|higher|better|more) in (r ?and ?d|r&d|research)|(r ?and ?d|r&d|research) (is |are )?stronger|weaker in business", c.text):
            return ToolPlan((Step("grade_differences", {"direction": "rd_stronger"}),))
        if re.search(r"(stronger|more strongly|higher|better|more) in business|business (is |are )?stronger|weaker in (r ?and ?d|r&d|research)", c.text):
            return ToolPlan((Step("grade_differences", {"direction": "business_stronger"}),))
        return ToolPlan((Step("grade_differences", {"direction": "any"}),))
    if c.kind == "both" and re.search(r"\bbut\b|\bwhile\b|\bwhereas\b", c.text):
        steps = []
        for part in re.split(r"\bbut\b|\bwhile\b|\bwhereas\b", c.text)[:2]:
            kp, gp = C.coop_kind(part), C.grade_cue(part)
            sp = re.search(r"\((\+\+|\+|o|-)\)", part)
            if sp:
                gp = (sp[1], "exact" if not re.search(r"or (better|stronger)", part) else "at_least")
            if kp in ("rd", "business") and gp:
                a = {"kind": kp, "min_grade": gp[0]}
                if gp[1] == "exact":
                    a["max_grade"] = gp[0]
                steps.append(Step("pairs_at_grade", a, "set" if not steps else "intersect"))
        if len(steps) == 2:
            return ToolPlan(tuple(steps))
    return None


def _pairs_by_grade(c: SimpleNamespace) -> ToolPlan | None:
    """Pairs at a grade, partners of every other region, the region with the most pairs at a grade."""
    g = _region_grade(c.text)
    k = c.kind if c.kind in ("rd", "business") else "rd"
    if g and re.search(r"\b(every|all) (the )?other\b|\bwith (all|every)\b", c.text):
        if g[0] == "-" or re.search(r"\bonly weak", c.text):
            return ToolPlan((Step("partners_of_all", {"kind": k, "min_grade": "-", "max_grade": "-"}),))
        return ToolPlan((Step("partners_of_all", {"kind": k, "min_grade": g[0]}),))
    if g and re.search(r"\b(which|what) region\b", c.text) and (C.MOST.search(c.text) or C.STRONGEST.search(c.text)):
        return ToolPlan((Step("rank_regions", {"kind": k, "grade": g[0]}),))
    if g:
        sym, rel = g
        args = {"kind": k, "min_grade": sym}
        if rel == "exact":
            args["max_grade"] = sym
        return ToolPlan((Step("pairs_at_grade", args),))
    if C.STRONGEST.search(c.text) or C.MOST.search(c.text):
        return ToolPlan((Step("strongest_pairs", {"kind": k}),))
    return None


def _region_named(c: SimpleNamespace) -> ToolPlan | None:
    """"which region is X in" with X not one of the report's names: the region tool says so."""
    if re.search(r"\b(which|what) region\b|\bregion (is|of)\b", c.text) and not c.places:
        m = re.search(r"\bregion (?:is|does) ([A-Z][\w .'-]+?) (?:in|belong|part)\b", c.q) or \
            re.search(r"\bregion of ([A-Z][\w .'-]+?)\??$", c.q)
        if m:
            return ToolPlan((Step("region_of", {"country": m[1].strip()}),))
    return None


def _region_grade(text: str) -> tuple[str, str] | None:
    """The grade cue of a cooperation question; a symbol after "rated"/"graded" wins."""
    g = C.grade_cue(text)
    sym = re.search(r"\b(?:rated|graded|grade|marked|rate)\s+(\+\+|\+|o|-)(?:\s|$)", text)
    if sym:
        better = re.search(r"\s(or|and) (better|stronger|above|higher|more)\b", text[sym.end() - 1:sym.end() + 20])
        g = (sym[1], "at_least" if better else "exact")
    return g



PARAMS_NO_MARK = re.compile(r"\bparameters?\b.*\b(no mark|not marked|unmarked|never marked|left blank|blank|empty)\b")
_NO_MARK = re.compile(r"\b(no (\w+ ){0,4}marks?|not marked|unmarked|left blank|blank|empty|no tick|without (a )?(mark|tick))\b")


def _crossover_plan(text, inds, trends, subs, params, fkey) -> ToolPlan | None:
    fig7 = fkey == "7" or bool(params) or bool(re.search(r"✓|cross-?over|value[- ]chain", text)) or \
        bool(C.SUBTREND_WORD.search(text) and re.search(r"\bparameters?\b|\bmarked\b|\bmarks?\b|\banything\b|\bticks?\b|\bticked\b", text)) or \
        bool(re.search(r"\b(double|single) ticks?\b", text))
    if not fig7 and not (subs and C.CROSSOVER.search(text)):
        return None
    grade = C.check_grade(text)
    ind = inds[0] if inds else None
    c = SimpleNamespace(text=text, inds=inds, trends=trends, subs=subs, params=params, fkey=fkey, fig7=fig7, grade=grade, ind=ind)
    for rule in (_crossover_cells, _crossover_gaps, _crossover_counts,):
        plan = rule(c)
        if plan is not None:
            return plan
    return None


def _crossover_cells(c: SimpleNamespace) -> ToolPlan | None:
    """A sub-trend's grades, cells with many marks, a sub-trend's profile."""
    if c.subs and c.params:
        steps = [Step("crossover_grade", {"industry": c.ind, "subtrend": c.subs[0], "parameter": c.params[0]})]
        if C.YESNO.search(c.text) and c.grade and not re.search(r"\b(single|double|✓✓?) or (single|double|✓✓?)\b", c.text):
            steps.append(Step("_is_check", {"grade": c.grade, "at_least": c.grade == "✓" and not re.search(r"\bonly\b|\bsingle\b", c.text)}))
        return ToolPlan(tuple(steps))
    if c.params and _NO_MARK.search(c.text) and C.SUBTREND_WORD.search(c.text):
        return ToolPlan((Step("crossover_cells", {"industry": c.ind, "parameter": c.params[0], "grade": ""}),
                         Step("_col", {"i": 0 if c.ind else None})))
    many = re.search(r"\b(\d+|two|three|four|five) (or more )?(double ticks|✓✓|very strong marks|ticks|marks|single ticks)\b", c.text)
    if many and not c.params and not c.subs:
        n = {"two": 2, "three": 3, "four": 4, "five": 5}.get(many[1]) or int(many[1])
        g = "✓✓" if re.search(r"double|✓✓|very strong", many[3]) else "✓"
        return ToolPlan((Step("subtrends_with_many", {"grade": g, "min_parameters": n, "industry": c.ind}),))
    if c.subs and not c.params:
        steps = [Step("subtrend_profile", {"subtrend": c.subs[0], "industry": c.ind})]
        if c.grade:
            steps.append(Step("_group", {"key": c.grade, "at_least": bool(re.search(r"\bmarked\b|\bany mark|\bat least\b|\bor very strong\b|\bor stronger\b|\bticked\b|\bat all\b|\ba tick\b|\ba mark\b", c.text))}))
            if C.YESNO.search(c.text):
                steps.append(Step("_any", {}))
        return ToolPlan(tuple(steps))
    nograde = re.search(r"\bno (very strong|✓✓|strong|✓) (mark|cross)", c.text)
    if nograde and c.ind and C.SUBTREND_WORD.search(c.text):
        g = "✓✓" if nograde[1] in ("very strong", "✓✓") else "✓"
        return ToolPlan((Step("crossover_block", {"industry": c.ind}),
                         Step("subtrends_with_many", {"grade": g, "min_parameters": 1, "industry": c.ind}, "subtract")))
    return None


def _crossover_gaps(c: SimpleNamespace) -> ToolPlan | None:
    """Parameters never marked, cells with no mark, counts and rankings of marks."""
    if PARAMS_NO_MARK.search(c.text) and c.ind:
        return ToolPlan((Step("parameter_ranking", {"industry": c.ind, "grade": "✓", "at_least": True}), Step("_zero", {})))
    if re.search(r"\bparameters?\b.*\bnever (get|gets|have|has|receive)\b", c.text) and c.ind:
        g = "✓✓" if re.search(r"double|✓✓|very strong", c.text) else "✓"
        return ToolPlan((Step("parameter_ranking", {"industry": c.ind, "grade": g, "at_least": True}), Step("_zero", {})))
    if re.search(r"\bno (\w+ )?(marks?|ticks?)\b|\bnot marked\b|\bunmarked\b|\bwithout (any )?(\w+ )?marks?", c.text) and not c.params:
        return ToolPlan((Step("crossover_gaps", {}), Step("_group_pairs", {"contains": "no mark"})))
    if C.GAPS.search(c.text) and not c.params:
        return ToolPlan((Step("crossover_gaps", {}),))
    if re.search(r"\b(which|what) (\w+ )?parameters?\b", c.text) and (C.MOST.search(c.text) or C.COUNT.search(c.text)):
        return ToolPlan((Step("parameter_ranking", {"industry": c.ind, "grade": c.grade or "✓✓"}), Step("_leader", {"nth": 1})))
    if C.COUNT.search(c.text) and not c.params and re.search(r"cross-?over points?|✓|cells?|marks?|ticks?", c.text):
        return ToolPlan((Step("crossover_cells", {"industry": c.ind, "grade": c.grade or "✓✓"}),))
    if C.MOST.search(c.text) and re.search(r"\bsub-?trends?\b", c.text):
        return ToolPlan((Step("rank_subtrends", {"industry": c.ind, "grade": c.grade or "✓"}),))
    if re.search(r"\b(anything|any parameter|at least one parameter|some parameter)\b", c.text) and not c.params:
        return ToolPlan((Step("subtrends_with_many", {"grade": c.grade or "✓✓", "min_parameters": 1, "industry": c.ind}),))
    return None


def _crossover_counts(c: SimpleNamespace) -> ToolPlan | None:
    """Sub-trends marked for several parameters, outside an industry, for one parameter."""
    m = re.search(r"\b(\d+|two|three|four|five|several|multiple|many) (or more )?(parameters|columns)\b", c.text)
    if m and not c.params:
        n = {"two": 2, "three": 3, "four": 4, "five": 5, "several": 2, "multiple": 2, "many": 3}.get(m[1], None)
        n = n if n is not None else int(m[1])
        return ToolPlan((Step("subtrends_with_many", {"grade": c.grade or "✓✓", "min_parameters": n, "industry": c.ind}),))
    outside = re.search(r"\b(outside|except|other than|apart from|besides|excluding)\b", c.text)
    if c.params and outside and c.ind:
        return ToolPlan((Step("subtrends_at_grade", {"parameter": c.params[0], "min_grade": c.grade or "✓✓"}),
                         Step("_exclude_first", {"name": c.ind})))
    if c.params:
        return ToolPlan((Step("subtrends_at_grade", {"parameter": c.params[0], "min_grade": c.grade or "✓✓",
                                                      "industry": c.ind, "trend": c.trends[0] if c.trends else None}),))
    if c.ind and (C.MOST.search(c.text)):
        return ToolPlan((Step("parameter_ranking", {"industry": c.ind, "grade": c.grade or "✓✓"}),))
    return None
    return None



def _direction_words(text: str) -> bool:
    return bool(C.DOWN.search(text) or C.UP.search(text) or C.AOSI.search(text) or C.ACTIVE.search(text))


_ZERO = re.compile(r"\b(no|none|not .* by any|not .* any|zero|never)\b|n't \w+ any\b")
_ONE = re.compile(r"\b(exactly one|only one|only a single|a single|just one|exactly 1|only 1)\b")
_N_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_EXACT_N = re.compile(r"\bexactly (\d+|one|two|three|four|five|six)\b")
_MORE_N = re.compile(r"\b(more than|over|at least) (\d+|one|two|three|four|five)\b")
_NOT_VERB = re.compile(r"\b(not|n't|never|neither|nor|none of|untouched|unaffected|unmarked)\b|n't\b")


def _first_between(text: str, a: int, b: int, pat: re.Pattern) -> bool:
    return bool(pat.search(text[min(a, b):max(a, b)]))


def _aosi_combination(text: str) -> ToolPlan | None:
    """AOSI cells filtered by the other matrices: "AOSIs marked downstream but not upstream", "in neither 3 nor 4"."""
    if not C.AOSI.search(text):
        return None
    refs = []
    for name, pat in (("downstream", r"\bdown-?stream\b|\bfigure 3\b"), ("upstream", r"\bup-?stream\b|\bfigure 4\b")):
        m = re.search(pat, text)
        if m:
            before = text[max(0, m.start() - 25):m.start()]
            neg = bool(re.search(r"\b(not|neither|nor|n't|without)\b", before)) or bool(re.search(r"\bneither\b", text))
            refs.append((name, neg))
    if not refs:
        return None
    include = ["aosi"] + [n for n, neg in refs if not neg]
    exclude = [n for n, neg in refs if neg]
    if re.search(r"\bneither\b", text):
        include, exclude = ["aosi"], ["downstream", "upstream"]
    return ToolPlan((Step("compare_matrices", {"include": include, "exclude": exclude}),))


def _matrix_plan(text, inds, trends, fkey, mentions) -> ToolPlan | None:
    d = direction(text, inds, trends, mentions) or DIRECTION_OF_FIGURE.get(fkey or "")
    mixed = d in ("both", "either", "downstream_only", "upstream_only")
    c = SimpleNamespace(text=text, inds=inds, trends=trends, fkey=fkey, mentions=mentions, d=d, mixed=mixed)
    for rule in (_matrix_names, _matrix_whole,):
        plan = rule(c)
        if plan is not None:
            return plan
    return None


def _matrix_names(c: SimpleNamespace) -> ToolPlan | None:
    """Named industries or trends: a cell, their marked cells, combined or negated."""
    if c.inds and c.trends:
        cell_dir = c.d if c.d in ("downstream", "upstream", "aosi") else None
        if c.mixed:
            return ToolPlan((Step("trends_for_industry", {"industry": c.inds[0], "direction": c.d}),
                             Step("restrict", {"names": c.trends}, "intersect")))
        return ToolPlan((Step("matrix_cell", {"trend": c.trends[0], "industry": c.inds[0],
                                              "direction": cell_dir or "downstream"}),))
    for names, tool, key, everything in ((c.inds, "trends_for_industry", "industry", "mega_trends"),
                                         (c.trends, "industries_for_trend", "trend", "industries")):
        if not names:
            continue
        dd = c.d or "downstream"
        pos = [m.start for m in c.mentions if m.canonical in names]
        if tool == "trends_for_industry" and len(names) == 1 and re.search(r"\bno other\b|\bonly (that|this) industry\b", c.text):
            return ToolPlan((Step("rank_matrix", {"entity": "trend", "direction": dd, "count": 1}),
                             Step(tool, {key: names[0], "direction": dd}, "intersect")))
        if len(names) == 1 and _NOT_VERB.search(c.text) and not c.mixed:
            # "Which mega trend does NOT influence Digital Industries?": everything minus the marked ones
            return ToolPlan((Step("list_items", {"name": everything}),
                             Step(tool, {key: names[0], "direction": dd}, "subtract")))
        if len(names) > 1 and re.search(r"\bnone of\b|\bneither\b", c.text):
            steps = [Step("list_items", {"name": everything})]
            steps += [Step(tool, {key: n, "direction": dd}, "subtract") for n in names]
            return ToolPlan(tuple(steps))
        steps = [Step(tool, {key: names[0], "direction": dd})]
        for n, other in enumerate(names[1:], 1):
            if len(pos) > n and _first_between(c.text, pos[n - 1], pos[n], _NOT_VERB):
                op = "subtract"
            elif re.search(r"\bor\b|\beither\b", c.text) and not re.search(r"\bboth\b", c.text):
                op = "union"
            else:
                op = "intersect"
            steps.append(Step(tool, {key: other, "direction": dd}, op))
        return ToolPlan(tuple(steps))
    return None


def _matrix_whole(c: SimpleNamespace) -> ToolPlan | None:
    """No name: AOSI combinations, rankings and counts over a whole matrix."""
    combo = _aosi_combination(c.text)
    if combo is not None:
        return combo
    ranking = C.MOST.search(c.text) or C.LEAST.search(c.text) or re.search(r"\b(second|third|fourth|fifth)\b.*\b(how many|most|number)\b", c.text)
    zero, one = _ZERO.search(c.text), _ONE.search(c.text)
    exact, more = _EXACT_N.search(c.text), _MORE_N.search(c.text)
    if (ranking or zero or one or exact or more) and (_INDUSTRY_WORD.search(c.text) or _TREND_WORD.search(c.text)):
        i_at = _INDUSTRY_WORD.search(c.text)
        t_at = re.search(r"(?<!-)\b(mega ?trends?|megatrends?|trends?)\b", c.text)
        ent = "industry" if i_at and (not t_at or i_at.start() < t_at.start()) else "trend"
        args = {"entity": ent, "direction": c.d if c.d else ("aosi" if C.AOSI.search(c.text) else "downstream")}
        if exact and not ranking:
            args["count"] = _N_WORDS.get(exact[1]) or int(exact[1])
        elif more and not ranking:
            n = _N_WORDS.get(more[2]) or int(more[2])
            args["min_count"] = n + 1 if more[1] in ("more than", "over") else n
        elif zero and not ranking:
            args["count"] = 0
        elif one and not ranking:
            args["count"] = 1
        elif C.LEAST.search(c.text):
            args["order"] = "fewest"
        nth = re.search(r"\b(second|third|fourth|fifth)\b", c.text)
        if nth and ranking:
            return ToolPlan((Step("rank_matrix", args),
                             Step("_leader", {"nth": ["second", "third", "fourth", "fifth"].index(nth[1]) + 2})))
        return ToolPlan((Step("rank_matrix", args),))
    if c.mixed or (c.d and (C.COUNT.search(c.text) or re.search(r"\bcells?\b|\bpairs?\b|\bcombinations?\b|\blist all\b|\ball (the )?areas?\b|\bwhich (areas|aosi)", c.text))):
        include, exclude = {"downstream": (["downstream"], []), "upstream": (["upstream"], []), "aosi": (["aosi"], []),
                            "both": (["downstream", "upstream"], []), "downstream_only": (["downstream"], ["upstream"]),
                            "upstream_only": (["upstream"], ["downstream"]), "either": (["downstream"], [])}[c.d]
        if c.d == "both" and C.AOSI.search(c.text) and C.NEG.search(c.text):
            exclude = ["aosi"]
        return ToolPlan((Step("compare_matrices", {"include": include, "exclude": exclude}),))
    return None
    return None



_OFF_TOPIC = re.compile(r"\bhow many (people|employees|workers|jobs|staff|firms|companies)\b|\b(total|annual|yearly) (turnover|revenue|sales)\b|"
                        r"\b(turnover|revenue|gdp|market size) (of|in)\b|\bin (19|20)\d\d\b|\bstock (tips?|prices?|market)\b|"
                        r"\bshare prices?\b|\binvest(ment)? (tips?|advice)\b|\bsalar(y|ies)\b|\bweather\b|\bpoem\b|\bjoke\b|"
                        r"\brecipe\b|\bworld cup\b|\bfootball\b|\bceo of\b|\bwho won\b|\bbitcoin\b|\bhoroscope\b")


def _off_topic(text: str) -> Refuse | None:
    """Questions no figure or passage of the report can answer (head-counts, stock tips, poems)."""
    if _OFF_TOPIC.search(text):
        return Refuse("out_of_scope", "The report does not cover this: it gives no such figures or advice.")
    return None


def _unknown_section(text: str) -> Refuse | None:
    """"Summarise section 7.3": a section the report does not have."""
    import corpus

    m = re.search(r"(?:\b(?:section|chapter)\s*|§\s*)(\d+(?:\.\d+)*)", text, re.I)
    if not m:
        return None
    nums = [s.number for s in corpus.sections() if s.number not in ("0",)]
    if m[1] in nums:
        return None
    return Refuse("unknown_name", f"The report has no section {m[1]}. Its sections are: "
                  + ", ".join(s for s in nums if s not in ("A", "B")) + ", and Appendices A and B.")


_NAME_AFTER_VERB = re.compile(r"\b(?:influenc\w*|driv\w*|affect\w*|shap\w*|impact\w*|empower\w*)\s+(?:by\s+)?(?:the\s+)?"
                              r"([A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)")


def _lone_name(text: str, mentions: list[Mention]) -> ToolPlan | None:
    """A name typed on its own ("Poland?", "Central Eastern Europe"): what the report's tables say of it."""
    names = _names(mentions)
    rest = text
    for m in names:
        rest = rest.replace(m.text, " ")
    if len(names) != 1 or len(re.findall(r"[a-z]{3,}", rest)) > 2:
        return None
    m = names[0]
    tool = {"country": ("region_of", "country"), "region": ("countries_in", "region"),
            "subtrend": ("aosis_with_subtrend", "subtrend"), "parameter": ("parameter_info", "parameter")}.get(m.kind)
    if tool is None:
        return None
    return ToolPlan((Step(tool[0], {tool[1]: m.canonical}),))


def _unknown_name(q: str, text: str, mentions: list[Mention] = ()) -> Refuse | None:
    """Names that look like an industry, trend or region of the report but are none: say so plainly."""
    from tools import ToolError, canonical_names, resolve

    pats = [
        ("industry", re.search(r"\b((?:[A-Z][\w-]+ )+(?:Industries|Industry|Services|Technologies|Devices|Sector))\b", q)),
        ("industry", _NAME_AFTER_VERB.search(q) if not any(m.kind in ("industry", "trend") for m in mentions) else None),
        ("industry", re.search(r"\bthe ([\w-]+(?: [\w-]+)?) (?:industry|industries|sector)\b", q, re.I)),
        ("trend", re.search(r"\bthe ([\w -]{3,40}?) (?:mega ?trend|megatrend|trend)\b", q, re.I)),
        ("region", re.search(r"\b(?:region is|region does|region of|in which region is) ([A-Z][\w .'-]{2,30}?)(?: in| belong| part|\?|$)", q)),
    ]
    from tools import UnknownName

    for kind, m in pats:
        if not m:
            continue
        name = m[1].strip()
        if name.split()[0].lower() in _NOT_A_NAME:
            continue
        if any(fold(name) in mt.text or mt.text in fold(name) for mt in mentions if not mt.fuzzy or mt.kind == kind):
            continue  # the spotter read it as a name of the report (perhaps with a typo)
        try:
            resolve("country" if kind == "region" else kind, name)
        except UnknownName as e:
            return Refuse("unknown_name", str(e))
        except ToolError:
            continue
        if kind == "industry" and fold(name) not in {fold(v.alias) for v in _industry_aliases()}:
            valid = canonical_names("industry")
            return Refuse("unknown_name", f"{name} is not one of the report's {len(valid)} emerging industries: "
                          f"{', '.join(valid)}.")
    return None


def _industry_aliases():
    from tools import vocabulary

    return [v for v in vocabulary() if v.kind == "industry"]


_NOT_A_NAME = set("most main same first last other each every which this that these those strongest biggest key current "
                  "mega global new emerging underlying whole entire overall given above following respective one "
                  "what any all such more less important report single only ten twelve eight four five six two three selected emerging".split())


# --- follow-ups ----------------------------------------------------------------------------------------------

def _is_followup(text: str, mentions: list[Mention]) -> bool:
    if C.FOLLOW.search(text) or C.ALSO.search(text) and re.search(r"\b(those|these|them)\b", text):
        return True
    if re.search(r"\bsame (pair|regions|countries|ones?|question)\b", text):
        return True
    if _THEM.search(text) or _ITS.search(text) or re.search(r"^\s*how many (is|are) (that|those|these|they|there)\b|^\s*how many\s*\??$", text):
        return True
    if C.PRONOUN.search(text) and not _names(mentions):
        return True
    words = re.findall(r"\w+", text)
    return len(words) <= 4 and (bool(_names(mentions)) or bool(re.search(r"stream|aosi|r ?and ?d|business|sub-?trends?|partner", text)))


_THEM = re.compile(r"\b(of them|of those|of these|which one|which ones|them|those|these|they|the same|that one|the [\w-]+ one|the [\w-]+ hot[- ]?spot)\b")
_ITS = re.compile(r"\b(its|it|that region'?s?|this region'?s?|there|that country'?s?|the region|this one|us|we|our)\b")
_WORD_STOP = set("products services devices industries industry reduction dynamics changes impact culture "
                 "technologies trends trend mega".split())


def _augment(q: str, text: str, mentions: list[Mention], state: State) -> str:
    """The question with the conversation's context written in: the region meant by "its", the industry and
    trend whose sub-trends "them" are, the figure "there" points at, a last item named by one word."""
    extra = []
    last = state.last_plan.steps[0] if state.last_plan is not None else None
    kinds = {m.kind for m in mentions}
    if last is not None and last.tool == "figure_info":
        extra.append(f"figure {last.args.get('figure')}")
    reg = state.last_of("region")
    if _ITS.search(text) and reg and fold(reg) not in text and ("region" not in kinds or re.search(r"\b(that|this|its|the) region", text) or
                                                                 re.search(r"\bwith\b", text)):
        extra.append(reg)
    sub = state.last_of("subtrend")
    if _ITS.search(text) and sub and "subtrend" not in kinds and last is not None and \
            (last.args.get("subtrend") or re.search(r"\bparameters?\b|\btick|\bmark|\bgrade", text)):
        extra.append(last.args.get("subtrend") or sub)
    elif _ITS.search(text) and last is not None and not (kinds & {"industry", "trend"}) and not reg:
        for key in ("industry", "trend"):
            v = last.args.get(key) or state.last_of(key)
            if v:
                extra.append(v)
                break
    if _THEM.search(text) and last is not None:
        for key in ("industry", "trend"):
            v = last.args.get(key)
            if v and key not in kinds:
                extra.append(v)
        if last.tool == "subtrends_for":
            extra.append("sub-trends")
        if last.tool == "list_items" and last.args.get("name") == "parameters":
            extra.append("parameters")
    for item in state.last_items:
        if isinstance(item, str):
            words = [w for w in re.findall(r"[a-z][\w-]{4,}", fold(item)) if w not in _WORD_STOP]
            if any(re.search(rf"\b{re.escape(w)}\b", text) for w in words) and fold(item) not in text:
                extra.append(item)
                break
    return q if not extra else f"{q.rstrip(' ?')} — {', '.join(extra)}?"


def _followup(text: str, mentions: list[Mention], state: State) -> Plan | None:
    last = state.last_plan
    assert last is not None  # noqa: S101 - guarded by the caller
    step = last.steps[0]
    args = dict(step.args)
    inds, trends = by_kind(mentions, "industry"), by_kind(mentions, "trend")
    regions = by_kind(mentions, "region") + by_kind(mentions, "country")
    d = direction(text, inds, trends, mentions)
    kind = C.coop_kind(text)
    c = SimpleNamespace(text=text, mentions=mentions, state=state, last=last, step=step, args=args, inds=inds, trends=trends, regions=regions, d=d, kind=kind)
    for rule in (_followup_flip, _followup_pick, _followup_those, _followup_elliptic,):
        plan = rule(c)
        if plan is not None:
            return plan
    return None


def _followup_flip(c: SimpleNamespace) -> Plan | None:
    """Compare kinds, the other direction, the same question for another name."""

    if c.step.tool == "cooperation_grade" and c.kind in ("rd", "business") and re.search(r"\b(better|stronger|weaker|worse|higher|lower)\b", c.text):
        other = "r and d" if c.kind == "business" else "business"
        word = "stronger" if re.search(r"\b(better|stronger|higher)\b", c.text) else "weaker"
        name = "business" if c.kind == "business" else "r and d"
        return ToolPlan((Step("cooperation_grade", {**c.args, "kind": "both"}),
                         Step("_compare_kinds", {"text": f"is {name} cooperation {word} than {other}"})))
    if re.search(r"\b(other|opposite|reverse) direction\b|\bthe other way\b|\bvice versa\b", c.text) and c.args.get("direction") in ("downstream", "upstream"):
        flipped = "upstream" if c.args["direction"] == "downstream" else "downstream"
        return ToolPlan((Step(c.step.tool, {**c.args, "direction": flipped}),) + c.last.steps[1:])
    same_kind = [m.canonical for m in c.mentions if m.kind in ("industry", "trend") and m.kind in c.args]
    if _THEM.search(c.text) and C.ALSO.search(c.text) and same_kind:
        key = next(k for k in ("industry", "trend") if k in c.args and any(m.kind == k for m in c.mentions))
        new_name = next(m.canonical for m in c.mentions if m.kind == key)
        dd = direction(c.text, c.inds, c.trends, c.mentions)
        extra_args = {"direction": dd} if dd and "direction" in c.args and not dd.endswith("_only") else {}
        return ToolPlan(c.last.steps + (Step(c.step.tool, {**c.args, key: new_name, **extra_args}, "intersect"),))
    return None


def _followup_pick(c: SimpleNamespace) -> Plan | None:
    """The nth one, how many, which not, who else, another sub-trend."""
    nth = re.search(r"\b(first|second|third|fourth|fifth|sixth|last) one\b", c.text)
    if nth and c.step.tool == "list_items":
        n = ["first", "second", "third", "fourth", "fifth", "sixth"].index(nth[1]) + 1 if nth[1] != "last" else -1
        field = "focus" if "focus" in c.text else "name"
        return ToolPlan((c.step, Step("_nth_row", {"n": n, "field": field})))
    if re.search(r"^\s*how many( is that| are there| are they| in all| in total)?\s*$", c.text) or \
            re.search(r"^\s*how many (is|are) (that|those|these|they)\b", c.text):
        return c.last
    if re.search(r"\b(which|what) (one|ones)\b.*\b(doesn'?t|don'?t|does not|do not|isn'?t|aren'?t|not)\b", c.text) \
            and c.step.tool in ("trends_for_industry", "industries_for_trend"):
        everything = "mega_trends" if c.step.tool == "trends_for_industry" else "industries"
        return ToolPlan((Step("list_items", {"name": everything}), Step(c.step.tool, c.args, "subtract")))
    if re.search(r"\bother countries\b|\bwhich else\b|\bwho else\b", c.text) and c.state.last_of("region"):
        steps = [Step("countries_in", {"region": c.state.last_of("region")})]
        if c.state.last_of("country"):
            steps.append(Step("_exclude", {"name": c.state.last_of("country")}))
        return ToolPlan(tuple(steps))
    subs_now = by_kind(c.mentions, "subtrend")
    if subs_now and "subtrend" in c.args and not c.inds and not c.trends:
        return ToolPlan((Step(c.step.tool, {**c.args, "subtrend": subs_now[0]}),) + c.last.steps[1:])

    return None


def _followup_those(c: SimpleNamespace) -> Plan | None:
    """Of those, their sub-trends, partners, region, same pair, rankings."""
    # "of those, which also have an AOSI?" / "which of them are not upstream?"
    if re.search(r"\b(those|these|them)\b", c.text) and "direction" in c.args and c.d:
        op = "subtract" if C.NEG.search(c.text) else "intersect"
        return ToolPlan(c.last.steps + (Step(c.step.tool, {**c.args, "direction": c.d if not c.d.endswith("_only") else c.d.split("_")[0]}, op),))
    if re.search(r"\bsub-?trends?\b", c.text) and not (_THEM.search(c.text) or _ITS.search(c.text)):
        ind = c.inds[0] if c.inds else c.args.get("industry") or c.state.last_of("industry")
        tr = c.trends[0] if c.trends else c.args.get("trend") or c.state.last_of("trend")
        if ind or tr:
            return ToolPlan((Step("subtrends_for", {"trend": tr, "industry": ind}),))
    if re.search(r"\bpartners?\b|\bpartner regions?\b", c.text) and (c.regions or c.state.last_of("region")):
        reg = c.regions[0] if c.regions else c.state.last_of("region")
        k = c.kind if c.kind in ("rd", "business") else "rd"
        if C.STRONGEST.search(c.text) or C.MOST.search(c.text):
            return ToolPlan((Step("partners", {"region": reg, "kind": k, "min_grade": "-"}), Step("_top", {})))
        g = C.grade_cue(c.text)
        args2 = {"region": reg, "kind": k, "min_grade": g[0] if g else "+"}
        if g and g[1] == "exact":
            args2["max_grade"] = g[0]
        return ToolPlan((Step("partners", args2),))
    if re.search(r"\bwhich region\b|\bwhat region\b", c.text) and not c.regions:
        c = c.state.last_of("country")
        if c:
            return ToolPlan((Step("region_of", {"country": c}),))
    if c.step.tool == "cooperation_grade" and c.kind in ("rd", "business") and not c.regions and \
            re.search(r"\bsame (pair|regions|countries)\b|\bside\b|^\s*(and|what about|how about)\b", c.text):
        return ToolPlan((Step("cooperation_grade", {**c.args, "kind": c.kind}),))
    if c.step.tool == "cooperation_grade" and len(c.regions) == 1 and re.search(r"\bwith\b", c.text):
        return ToolPlan((Step("cooperation_grade", {**c.args, "region_b": c.regions[0]}),))
    if c.step.tool in ("crossover_block", "subtrends_for") and (C.MOST.search(c.text) or C.LEAST.search(c.text)) and \
            re.search(r"\bticks?\b|\bmarks?\b|\bcross-?over|✓", c.text) and c.args.get("industry"):
        g = C.check_grade(c.text) or "✓"
        return ToolPlan((Step("rank_subtrends", {"industry": c.args["industry"], "grade": g}),))
    return None


def _followup_elliptic(c: SimpleNamespace) -> Plan | None:
    """An elliptic follow-up: the previous step with the names or direction changed."""
    elliptic = (bool(C.FOLLOW.search(c.text)) or len(re.findall(r"\w+", c.text)) <= 5) and not _ITS.search(c.text)
    if not elliptic:
        return None
    new = dict(c.args)
    changed = False
    if c.d and "direction" in c.args and c.d != c.args["direction"]:
        new["direction"] = c.d
        changed = True
    if c.kind and "kind" in c.args and c.kind != c.args["kind"]:
        new["kind"] = c.kind
        changed = True
    for key, names in (("industry", c.inds), ("trend", c.trends)):
        if names and key in c.args:
            new[key] = names[0]
            changed = True
    countries_now = by_kind(c.mentions, "country")
    if c.regions:
        for key in ("region", "region_a"):
            if key in c.args:
                new[key] = c.regions[0]
                changed = True
                break
        else:
            if "country" in c.args and countries_now:
                new["country"] = countries_now[0]
                changed = True
    if c.inds and "industry" not in c.args and c.step.tool == "industries_for_trend":
        return ToolPlan((Step("matrix_cell", {"trend": c.args["trend"], "industry": c.inds[0],
                                              "direction": c.args.get("direction", "downstream") if c.args.get("direction") in ("downstream", "upstream", "aosi") else "downstream"}),))
    if c.trends and "trend" not in c.args and c.step.tool == "trends_for_industry":
        return ToolPlan((Step("matrix_cell", {"trend": c.trends[0], "industry": c.args["industry"],
                                              "direction": c.args.get("direction", "downstream") if c.args.get("direction") in ("downstream", "upstream", "aosi") else "downstream"}),))
    if changed:
        return ToolPlan((Step(c.step.tool, new),) + tuple(s for s in c.last.steps[1:] if s.tool == "restrict"))
    return None
    return None



__all__ = ["MAX_CHARS", "Clarify", "Plan", "direction", "route"]
