"""Answer verification: a narrative answer is given only when its quotes hold what the question asks for.

After the quotes are picked, the question's focus (a figure of some measure, a named thing of a kind, a time, a claim
it says the report makes, a term the report never uses) is looked for in them. When it is not there the report does
not give it: the answer says plainly what was not found and shows the closest passage as a pointer, marked unsure.
Every word list below is generic English; what the report says comes from its own sentences (document frequency).
"""

from __future__ import annotations

import re

from assistant import render
from assistant.abbreviations import expansion
from assistant.answer import Answer, Citation
from assistant.beyond import outcome, unnamed
from assistant.cited import cited_results
from assistant.content import _content, _groups, _held, _rare
from assistant.coverage import FILLER, known
from assistant.fragment import SCENE_BREAK, SCENE_OPENS
from assistant.identity import identity_missing
from assistant.measures import unquantified, unscored
from assistant.periods import period_unheld
from assistant.premises import not_listed, place_clusters
from assistant.quantities import NEAR, _measure_missing, missing_figure  # noqa: F401 (NEAR, missing_figure: read from here)
from assistant.salient import before_name, salient
from assistant.spelling import corrected
from assistant.spelling import spelled as _spelled
from assistant.subnational import below_grain
from assistant.times import asked as _asked
from assistant.times import later_time, year_missing
from corpus.once import once
from retrieval import vocab
from retrieval.lexical import tokenize

# "which country …", "which megatrend …": the answer must name one of that kind (the vocabulary's kinds)
# (a country by its other English names: "which member state", "which nation"; up to two words of a kind before the noun:
# "which eu country", "which european nation")
_WHICH_KIND = re.compile(r"\b(?:which|what) (?:(?:one|single) )?(?:of the )?(?:(?!(?:do|does|did|is|are|was|were|has|have|"
                         r"had|can|could|will|would|should|of|in|for|the|a|an|to)\b)[\w-]+ ){0,2}?(?P<k>countr(?:y|ies)|"
                         r"member[- ]states?|nations?|regions?|mega ?trends?|trends?|industr(?:y|ies)|sectors?|sub-?trends?|"
                         r"parameters?)\b", re.IGNORECASE)
# the one of them that stands out: "… has the most clusters", "… will fade out first", "… comes out on top"
_SUPERLATIVE = re.compile(r"\b(?:most|least|fewest|best|worst|first|last|biggest|largest|smallest|strongest|weakest|"
                          r"highest|lowest|better|worse|more|less|top|leads?|leading|ahead)\b|\w+est\b", re.IGNORECASE)
_KINDS = {"countr": ("country",), "member": ("country",), "nation": ("country",), "region": ("region", "country"),
          "mega": ("trend",), "trend": ("trend",), "industr": ("industry",), "sector": ("industry",),
          "sub": ("subtrend",), "param": ("parameter",)}
# the report grades no country (only its region, Figure 10): any "which country …" the question asks needs a quote
# naming one (not one inside a clause: "where does the report define which countries …")
_UNGRADED = ("countr", "member", "nation")
_OPENS = re.compile(r"^\W*(?:(?:in|from|for|with|to|of|and|so|ok|but)\s+)?$", re.IGNORECASE)
# "which countries should clusters target": advice, which the report gives by region
_ADVICE = re.compile(r"\s+(?:should|could|would|might|can|must|may|to)\b", re.IGNORECASE)

# a claim the question says the report makes: "the report says X - which page / why / is that right"
_CLAIM = re.compile(r"\b(?:report|study|authors?|they)\s+(?:says?|claims?|states?|argues?|writes?|concludes?|finds?|"
                    r"found|shows?)\s+(?:that\s+)?(?!(?:about|on|regarding|concerning|anything|something|much|what|why|"
                    r"how|which|where|who|when|if|whether)\b)(?P<claim>[^?;:–—]+?)\s*(?:\s-\s|[?;:–—]|(?<!\b\w)\.\s|,\s*(?:which|"
                    r"where|why|what|how|is|does|do|can|so)\b|$)", re.IGNORECASE)
# "according to the report, X - which page": a claim followed by a question about it
_ACCORDING = re.compile(r"\baccording to (?:the|this) (?:report|study|authors?),?\s+(?!(?:what|why|how|which|where|who|when|"
                        r"if|whether|does|do|did|is|are|can|should)\b)(?P<claim>[^?;:–—]+?)\s*(?:\s-\s|[;:–—]|,\s*(?:which|"
                        r"where|why|what|how|is|does|do|can|so|right)\b)", re.IGNORECASE)
# "what does the report say …" asks what it says; "does the report say X" puts a claim to it
_ASKS_WHAT_IT_SAYS = re.compile(r"\b(?:what|how|where|why|when|who|which)\b[^.?!]*\b(?:does|do|did)\s+(?:the\s+|this\s+)?$",
                                re.IGNORECASE)
CLAIM_SUPPORT = 0.6  # share of the claim's information (idf) one sentence of the report must hold

# individual clusters, firms or people asked for by name: "the names of the 154 clusters", "biopharma clusters … by name",
# "the name of the cluster manager", "which named cluster"
_ONES = (r"clusters?|firms?|compan(?:y|ies)|organi[sz]ations?|members?|managers?|directors?|heads?|persons?|people|"
         r"contacts?|experts?|interviewees?|interviewers?|respondents?|panel(?:l)?ists?|participants?|authors?")
# … or with "names" after a dash, a colon or a comma at the end ("who sat on the expert panel - names please"), or one
# of them asked for ("which of the clusters is the most international", "which cluster has …", "top 3 … clusters")
_BY_NAME = re.compile(rf"\bnames? of (?:the |all |some )?(?:[\w-]+ ){{0,3}}(?P<what>{_ONES})\b|\b(?P<what2>{_ONES}) "
                      rf"(?:[\w-]+ ){{0,3}}?by name\b|\b(?:which|any|a|one) (?:specific )?named (?P<what3>{_ONES})\b|"
                      rf"\b(?P<what4>{_ONES}|panel)\b[^?]*?(?:\s-\s|[–—:,(])\s*(?:their |the |with )?names?\b(?:\s+(?:please|pls))?"
                      rf"\W*$|\bwhich (?:one )?of (?:the |these |those |its |all )?(?:\d+ )?(?:[\w-]+ )?(?P<what5>{_ONES}) "
                      rf"(?:is|was|has|had)\b|\bwhich (?:single |one |individual )?(?P<what6>cluster|cluster organi[sz]ation|"
                      rf"firm|company|sme)(?: (?:in|of|from|among) (?:the|its|their|all) [\w-]+)? (?:is|was|has|had|does|did)\b|\btop (?:\d+|three|five|ten) (?:[\w-]+ ){{0,2}}?"
                      rf"(?P<what7>{_ONES})\b", re.IGNORECASE)
# an unknown term next to this many specific words the quotes do not hold: the answer is about something else
UNHELD = 2
# an unknown word before the name of a kind of thing the report is about (with up to three words of a name between)
_KIND_NOUN = re.compile(r"(?:\s+(?!(?:in|of|for|with|to|on|at|by|from|and|or|is|are|was|were|the|a|an)\b)[\w&'-]+){0,3}?"
                        r"\s+(?:clusters?|industr(?:y|ies)|sectors?|(?:mega ?)?trends?|megatrends?|regions?|countr(?:y|ies)|"
                        r"firms?|compan(?:y|ies))\b", re.IGNORECASE)
# "3d printing in packaging, what does the report say": the phrase before the asking clause is the topic
_TOPIC_THEN_ASK = re.compile(r"^\W*(?P<topic>[^,:;?–—]+?)\s*(?:,|:|;|\s-\s|–|—)\s*(?:what|anything|does|do|is)\b[^?]*"
                             r"\b(?:say|says|said|mention|mentions|cover|covers|write|writes|recommend(?:s|ed)?|advi[sc]e[sd]?|"
                             r"suggest(?:s|ed)?|propose[sd]?)\b|^\W*(?P<topic2>[^,:;?–—]+?)\s*(?:,|:|;|\s-\s|–|—)\s*"
                             r"(?:what|how) (?:should|must|can|could)\b[^?]*\b(?:do|act|respond|react|prepare)\b",
                             re.IGNORECASE)
_OPENS_PHRASE = re.compile(r"(?:^|[-–—:;,(]|\b(?:which|what|the|a|an|in|of|for|with|about|on|from|among|between|any|all|"
                           r"some|no))\W*$", re.IGNORECASE)
# a word followed by its object or particle is a verb ("fade out", "team up"): what happens, not what is asked about
_VERB_AFTER = re.compile(r"\s+(?:the|a|an|them|it|us|up|off|out|which|what|their|its|this|these|those|into|back|down)\b",
                         re.IGNORECASE)


def weighed(question: str, unknown: list[str]) -> list[str]:
    """The question's words the report never uses that count against it being covered: not a verb of the question
    ("how do I read the bubbles", "gadgets creeping into offices"), not another name written beside the report's own
    word ("RIS3 / smart spec strategies")."""
    return [w for w in unknown if not _is_verb(question, w) and not _beside_known(question, w)
            and not before_name(question, w)]


def _beside_known(question: str, word: str) -> bool:
    end = _end(question, word)
    after = re.match(r"\s*/\s*([\w&'-]+)", question[end:])
    before = re.search(r"([\w&'-]+)\s*/\s*$", question[: end - len(word)])
    return any(m and known(m[1].lower()) and m[1].lower() not in FILLER for m in (after, before))


def cue_read(question: str, word: str) -> bool:
    """``word`` names a part of a figure ("a blank cell", "get a dot") where the reader's cue vocabularies read the
    question (``assistant.coverage``): the question is about the report's figure, so the word is never a topic the
    report lacks. Not the values a figure holds ("what scores did regions get in <another study>"): a figure of the
    report holds no value of another thing."""
    from assistant.coverage import _cue_spans

    w = word.lower()
    return bool(_FIGURE_PART.fullmatch(w)) and any(w in question[a:b].lower().split() for a, b in _cue_spans(question))


# the parts of a table or chart, in generic English
_FIGURE_PART = re.compile(r"cells?|dots?|blank|empty|ticks?|ticked|rows?|columns?|box(?:es)?|symbols?|marks?|bubbles?")


# a sentence ends at a full stop or an exclamation mark followed by more words
_SENTENCE_END = re.compile(r"(?<=[.!])\s+(?=\w)")


def scene_words(question: str) -> frozenset[str]:
    """The words (lower case) of the sentences before the last when the question is several sentences: they set the
    scene ("my client makes shipping boxes. what changes …"); so does a first part before a dash or a colon that
    opens as a scene does ("my client runs a bakery - how …", ``assistant.fragment.SCENE_OPENS``). A topic before a
    dash or colon ("hydrogen trucks - which sub-trend …") is no scene."""
    sentences = _SENTENCE_END.split(question.strip())
    scene = sentences[:-1]
    parts = SCENE_BREAK.split(sentences[-1], maxsplit=1)
    if len(parts) == 2 and SCENE_OPENS.match(parts[0]):
        scene.append(parts[0])
    return frozenset(w.lower() for s in scene for w in re.findall(r"[\w&'’-]+", s))


def unverified(res, sentences) -> Answer | None:
    """The answer to ``res`` when its quotes do not hold the question's focus: what the report does not give, with
    the closest passage as a pointer (not sure); None when the quotes hold it. ``sentences``: the report's sentences
    with their terms (``Retriever.sentences``)."""
    if not res.quotes:
        return None
    for check in (later_time, outcome, year_missing, period_unheld, not_listed, _false_claim, unquantified, unscored,
                  cited_results, _measure_missing, below_grain, _kind_missing, _names_missing, identity_missing,
                  place_clusters, unnamed, _unknown_topic):
        gap = check(res, sentences)
        if gap:
            return pointer(res, gap)
    return None


def pointer(res, gap: str) -> Answer:
    """"The report does not give …", then the closest passage, cited, as a pointer only."""
    q = res.quotes[0]
    where = f"{'Appendix ' if q.section in ('A', 'B') else '§'}{q.section} {q.section_title}, p. {q.page}"
    text = f"{gap} The closest passage ({where}{' (est.)' if q.page_estimated else ''}) does not answer it: \u201c{q.text}\u201d"
    cite = Citation(section=q.section, page=q.page, page_estimated=q.page_estimated, quote=q.text, title=q.section_title)
    return Answer(route="refuse", answer=text, citations=[cite], reason="out_of_scope", sure=False,
                  reading=f"Not in the report: {_asked(res.question)}")



# --- the checks: each returns what the report does not give (a sentence), or "" -------------------------------------

def _false_claim(res, sentences) -> str:
    """A claim the question says the report makes that no sentence of the report holds."""
    m = _CLAIM.search(res.question)
    if not m or _ASKS_WHAT_IT_SAYS.search(res.question[: m.start()]):
        m = _ACCORDING.search(res.question)
    if not m:
        return ""
    terms = _content(corrected(m["claim"]))  # "logisitcs": the report's word mistyped weighs as that word
    top = max(sentences.idf.values())
    weight = {t: sentences.idf.get(t, top) for t in terms}
    total = sum(weight.values())
    if len(terms) < 2 or total <= 0:
        return ""
    forms = {t: _forms(t, sentences) for t in terms}  # "driving" is held by "driver"
    ids = {i for t in terms for f in forms[t] for i in sentences.where.get(f, ())}
    best = max((sum(w for t, w in weight.items() if forms[t] & set(sentences.items[i].tokens)) for i in ids),
               default=0.0)
    if best >= CLAIM_SUPPORT * total:
        return ""
    return f"The report does not say that {m['claim'].strip()}."


# a word's other forms differ from it only in an ending of up to this many letters ("drive", "driver", "drives")
ENDING = 3


def _forms(term: str, sentences) -> set[str]:
    """``term`` and the report's words that extend it, or that it extends, by a short ending (both at least five
    letters long): the same word in another form, as a paraphrase of a claim writes it."""
    if len(term) < 5:
        return {term}
    return {term} | {t for t in sentences.where if len(t) >= 5 and abs(len(t) - len(term)) <= ENDING
                     and (t.startswith(term) or term.startswith(t))}


def _kind_missing(res, sentences) -> str:
    """"Which country has the most …" answered by quotes (and a best passage) that name no country."""
    m = _WHICH_KIND.search(res.question)
    if not m or not (_SUPERLATIVE.search(res.question, m.end()) or m["k"].lower().startswith(_UNGRADED)
                     and _OPENS.match(res.question[: m.start()]) and not _ADVICE.match(res.question, m.end())):
        return ""
    kinds = next(v for k, v in _KINDS.items() if m["k"].lower().startswith(k))
    text = " ".join(" ".join(t.split()) for t in [q.text for q in res.quotes] + [p.text for p in res.passages[:1]]).lower()
    for kind in kinds:
        if any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text) for n in vocab.names_of(kind) if len(n) > 2):
            return ""
    return f"The report does not say which {m['k'].lower()} (\u201c{_asked(res.question)}\u201d)."


def _names_missing(res, sentences) -> str:
    """Individual clusters or firms asked for by name, answered by quotes that name none: only the report's own
    kinds (industries, regions, countries) and common words are written there."""
    m = _BY_NAME.search(_spelled(res.question))  # "the names of the cluster orgs"
    if not m or any(_proper_names(q.text) for q in res.quotes):
        return ""
    return f"The report does not name individual {next(g for g in m.groupdict().values() if g).lower()} (\u201c{_asked(res.question)}\u201d)."


def _proper_names(text: str) -> list[str]:
    """Capitalised words inside a sentence that are no name of the report's vocabulary and that the report never
    writes in lower case (a firm, a place, a project: "Volvo", "Skane")."""
    lower = _lower_words()
    names = {w for n in [*vocab.all_names(), *(e.lower() for _, e in vocab.report_acronyms())]
             for w in re.findall(r"[a-z]+", n)}  # "European Secretariat for Cluster Analysis" names no cluster
    return [w for w in re.findall(r"(?<=[a-z,;] )[A-Z][a-z]{2,}\b(?!\s+(?:[A-Z]\b|\d))", text)  # not "Appendix A", "Figure 5"
            if w.lower() not in lower | names | _MONTHS]


_MONTHS = frozenset("january february march april may june july august september october november december".split())


@once
def _lower_words() -> frozenset[str]:
    import corpus

    return frozenset(re.findall(r"\b[a-z]{3,}\b", corpus.report_text()))


def _unknown_topic(res, sentences) -> str:
    """A term the report never uses, as the topic, beside specific words of the report none of which the quotes hold
    ("blockchain … track and trace"): the quotes are about the question's common words only. A user's own
    abbreviation ("NW", "VC") is not a topic the report lacks."""
    topics = [w for w in res.unknown_terms if not _is_verb(res.question, w) and not known(w.lower())
              and not (w.isupper() and len(w) <= 3) and not (w.isalpha() and len(w) <= 2)]
    if not topics:
        return ""
    lead = _TOPIC_THEN_ASK.match(res.question)
    placed = salient(res.question, topics)  # not a word of the user's that sets the scene or frames the question
    kinds = [w for w in placed if _KIND_NOUN.match(res.question, _end(res.question, w))
             and _OPENS_PHRASE.search(res.question[: _end(res.question, w) - len(w)])
             or lead and _end(res.question, w) <= max(lead.end("topic"), lead.end("topic2"))]
    if kinds:  # "luxembourg clusters", "3d printing …, what does the report say": the question's topic
        return f"The report does not mention {' or '.join(f'“{t}”' for t in kinds[:3])}. {render.covers()}"
    if res.passing:  # the quote is the passing mention that answers
        return ""
    topics = [w for w in topics if not _FRAMING.match(res.question, _end(res.question, w))
              and not _SAYS.search(res.question[: _end(res.question, w) - len(w)])]
    if not topics:  # "loads of …", "a sequence of …", "does the report warn …": words that frame the topic
        return ""
    held = _held(res)
    unknown = set(tokenize(" ".join(topics)))
    specific = [g for g in _groups(res.question) if not g & unknown and _rare(g, sentences)]
    if len(specific) < UNHELD or any(_holds(g, held) for g in specific):
        return ""
    return f"The report does not mention {' or '.join(f'“{t}”' for t in topics[:3])}. {render.covers()}"


def _holds(group: frozenset[str], held: set[str]) -> bool:
    """The quotes hold the group's term, or the report's word it abbreviates ("org" held by "organisations")."""
    return bool(group & held) or any(set(tokenize(expansion(t) or "")) & held for t in group)


# a word before "of" is a quantity or a kind of what follows ("loads of services", "a sequence of services"); a word
# right after the report as subject is what it does ("does the report warn about …")
_FRAMING = re.compile(r"\s+of\b", re.IGNORECASE)
_SAYS = re.compile(r"\b(?:the|this) (?:report|study|paper|document|authors?)\s+$|\b(?:it|they)\s+$", re.IGNORECASE)



def _end(question: str, word: str) -> int:
    m = re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", question)
    return m.end() if m else len(question)


def _is_verb(question: str, word: str) -> bool:
    """A verb before its object or particle, or a past participle after an auxiliary of its clause and before a
    preposition or the clause's end ("were the ten industries picked in the first place", "was it drafted?")."""
    end = _end(question, word)
    if _VERB_AFTER.match(question, end):
        return True
    w = word.lower()
    return len(w) >= 5 and w.endswith("ed") and not w.endswith("eed") and bool(_PARTICIPLE_AFTER.match(question, end)) \
        and bool(_AUXILIARY.search(question[: end - len(word)]))


# an auxiliary earlier in the same clause, and what may follow a participle: a preposition, an adverb, the clause's end
_AUXILIARY = re.compile(r"\b(?:is|are|was|were|be|been|being|has|have|had|gets?|got)\b[^,;:?!.()]*$", re.IGNORECASE)
_PARTICIPLE_AFTER = re.compile(r"\s*(?:$|[,;:?!.)]|(?:in|on|at|by|for|from|with|to|into|as|out|up|and|or|first|"
                               r"again|together|before|after|later|so)\b)", re.IGNORECASE)
