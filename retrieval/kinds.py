"""What kind of answer a question asks for, and whether a sentence of the report is that kind of answer.

A why-question is answered by a reason ("due to", "because", "results in"), a what-is question by a
definition, an advice question by a recommendation, a how-many question by a number, a which-N question by a
list. The cues are English function words and phrasing, not facts of the report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

REASON = "reason"
DEFINITION = "definition"
EXAMPLE = "example"
RECOMMENDATION = "recommendation"
NUMBER = "number"
LIST = "list"
METHOD = "method"
AGENT = "agent"
POINTER = "pointer"  # where to read more: "where can I find more detail on X", answered where the report points on
WHOLE = "whole report"
GENERAL = "general"
# the kinds that ask for an explanation: never answered by a caption, a table row or front matter alone
EXPLANATORY = frozenset({REASON, DEFINITION, EXAMPLE, RECOMMENDATION, METHOD, WHOLE})

# How a question asks for each kind; the first that matches wins (order matters: "why should" is a reason).
# A question about what the report itself set out to do: the report (or its authors) as the subject of a verb of
# aim and one of inquiry, and nothing after it ("what is this study trying to figure out", "what questions does the
# paper set out to answer", "what was the report investigating"). A topic after it ("… to find out about X") is not.
_DOC = r"(?:this|the) (?:report|study|document|paper|work|analysis|publication)"
AIM = (rf"\b{_DOC}(?:'s)?(?: \w+){{0,3}}? (?:(?:is|was|are|were) )?(?:trying|tries|try|sets? out|setting out|aims?|aiming"
       r"|seeks?|seeking|wants?|wanted|intends?|intended|meant|hopes?|hoped) to (?:find out|figure out|answer|learn"
       r"|show|discover|establish|understand|achieve|do|accomplish|investigate|explore|examine|look at|look into"
       r"|work out|prove|test)\W*$"
       rf"|\bwhat (?:questions?|issues?|problems?)(?: \w+)? (?:does|did|do|is|was) {_DOC}(?: \w+){{0,3}}? (?:ask|asking"
       r"|address|addressing|answer|answering|tackle|tackling|raise|investigate|investigating|explore|exploring"
       r"|examine|examining|look at|looking at|cover|set out to answer)\W*$"
       rf"|\bwhat (?:is|was|are|were) {_DOC}(?: \w+){{0,2}}? (?:investigating|exploring|examining|researching|asking"
       r"|studying|looking (?:at|into)|getting at|after)\W*$"
       r"|\bwhat did (?:they|the authors?|the researchers) (?:want|set out|try|aim|seek|hope) to (?:find out|figure out"
       r"|learn|answer|show|discover|investigate)\W*$")

# Whom the report is for: its readers ("who is this report meant for", "who should read the study", "target audience")
AUDIENCE = (rf"|\bwho (?:is|was|are|were) {_DOC}(?: (?:actually|really|mainly|mostly))?(?: (?:meant|supposed|intended"
            r"|designed|written|aimed|targeted|addressed))?(?: to be)? (?:for|at|to)\b"
            r"|\bwhom? (?:is|are|does) (?:it|this|the (?:report|study|document))(?: (?:actually|really|mainly|mostly))? (?:meant|supposed"
            r"|intended|aimed|written|designed) (?:for|to (?:use|read|help|serve|support|inform|guide))\b"
            rf"|\bwho (?:should|would|is meant to|is supposed to|is expected to) (?:read|use) (?:it|this|{_DOC})\b"
            r"|\b(?:target|intended) (?:audience|readers?|readership|users?)\b")

_COMPILED_AIM = re.compile(AIM, re.IGNORECASE)
_COMPILED_AUDIENCE = re.compile(AUDIENCE[1:], re.IGNORECASE)
_AIM_WORDS = re.compile(r"\b(?:point|purpose|aims?|goals?|objectives?|questions?)\b", re.IGNORECASE)


def sets_out(question: str) -> bool:
    """Does ``question`` ask what the report set out to do ("what is this study trying to figure out")?"""
    return bool(_COMPILED_AIM.search(" ".join(question.replace("’", "'").split())))


def asks_aim(question: str) -> bool:
    """A whole-report question about what the report set out to do or ask (its point, purpose, questions), rather
    than what it is about or what it found."""
    return sets_out(question) or bool(_AIM_WORDS.search(question))


_AUTHORS = re.compile(rf"\bwho (?:wrote|authored|prepared|compiled|produced|is behind|was behind|made)\b(?: \w+){{0,2}}?"
                      rf" (?:{_DOC}|it|this)\b|\bauthors? of {_DOC}\b|\b(?:report|study|document|paper)(?:'s)? "
                      r"(?:authors?|writers?)\b|\bwho (?:is|are|were) the (?:authors?|writers?)\b|\bwritten by whom\b"
                      r"|\bwho (?:is|are) (?:it|this|the (?:report|study)) (?:written|prepared|authored) by\b",
                      re.IGNORECASE)


def asks_authors(question: str) -> bool:
    """Does ``question`` ask who wrote the report ("who wrote this report", "the study's authors")?"""
    return bool(_AUTHORS.search(" ".join(question.replace("’", "'").split())))


def asks_audience(question: str) -> bool:
    """A whole-report question about whom the report is for ("who is this study meant for")."""
    return bool(_COMPILED_AUDIENCE.search(question))


# where the report names its readers: the people it means to support
READERS = re.compile(r"\b(?:policy[- ]?makers?|practitioners|decision[- ]makers?|stakeholders|users|readers"
                     r"|managers)\b", re.IGNORECASE)


def leans_to_findings(question: str) -> bool:
    """A whole-report question about what the report found or recommends (rather than what it is about or set out
    to find out: "what is this study trying to find out" asks for its aim, in the introduction)."""
    if sets_out(question):
        return False
    return bool(re.search(r"find|conclu|result|recommend|lesson|takeaway|learn", question, re.IGNORECASE))


_ASKS = (
    (WHOLE, AIM + r"|\b(what(?:'s| is| are| was)?|whats) (?:this|the) (?:report|study|document|paper|publication)(?:'s)?"
            r"(?: (?:actually|really|even|all|mainly|mostly|basically|exactly|ultimately|here))?"
            r"(?: (?:meant|supposed|intended|designed|written)(?: to be)?)? (?:about|for)\b" + AUDIENCE +
            r"|\b(?:the )?(?:main|key|central|overall|principal) (?:findings?|messages?|conclusions?|results?|points?"
            r"|takeaways?|questions?|aims?|recommendations?)\b"
            r"(?! (?:on|about|for|of) (?!(?:the|this) (?:report|study|document|paper)\b)\w)"
            r"|\b(?:point|purpose|aim|goal|objective|scope)s? of (?:this|the) (?:report|study|document|paper|work)\b"
            r"|\bsumm(?:ary|arise|arize)\b|\bin a nutshell\b|\btl;?dr\b|\boverview of the (?:report|study)\b"
            r"|\bwhat does (?:the|this) (?:report|study) (?:recommend|conclude|find|set out to)\W*$"),
    (POINTER, r"\bwhere (?:can|could|do|would|should|might) (?:i|we|you|one) (?:find|get|read|look up|look|see)\b"
              r"|\b(?:more|further) (?:detail|details|detailed|information|reading)\b|\bin more depth\b"),
    (EXAMPLE, r"\bexamples?\b|\bfor instance\b|\billustrat|\bcase stud|\bgive me an? (?:case|instance)\b"),
    (REASON, r"^\W*why\b|\bwhy\b|\breasons?\b|\bhow come\b|\bwhat (?:causes|caused|explains|drives|hampers|hinders"
             r"|limits|prevents|holds? back|stops|keeps|makes)\b|\b(?:hamper|hinder|obstacle|barrier|constrain|"
             r"held back|holding back)|\bwhat is (?:behind|the cause)|\bexplain why\b|\bdue to what\b"),
    (RECOMMENDATION, r"\bshould\b|\b(?:need|needs|have|has|ought) to do\b(?! with\b)|\badvi[sc]e|\brecommend|\bsuggest|\bwhat (?:must|needs? to|has to|have to|to do)"
                     r"\b|\bwhat can \w+ do\b|\bought\b|\bhow (?:can|could|do|should) \w+(?: \w+)? (?:best )?"
                     r"(?:respond|react|prepare|support|help|promote|improve)\b|\bpolicy (?:implications?|"
                     r"lessons?)\b"),
    (METHOD, r"\bhow (?:were|was|did (?:they|the (?:authors?|study|report))|do (?:they|the authors?)) (?:\w+ ){0,4}"
             r"(?:chose|chosen|choose|select|selected|pick|picked|identif\w*|assess\w*|measur\w*|rat(?:e|ed)"
             r"|evaluat\w*|decide\w*|get)\b|\bwhat (?:data|sources?|method\w*|criteria)\b|\b(?:is|are|was|were)"
             r" (?:\w+ ){0,4}based on\b|\bmethodolog"),
    # "who is ESCA", "who are the prosumers": a name to define, not someone who did something
    (DEFINITION, r"^\W*who (?:is|are|was|were) (?:the |an? )?(?!\w+ing\b|\w+ed\b|behind\b|responsible\b)[\w&-]+"
                 r"(?: [\w&-]+)?\W*$"),
    (AGENT, r"^\W*who\b|\bwho (?:\w+ )?(?:is|are|was|were|does|did|do|has|have|had|usually|typically|mostly|actually|"
            r"really|first|\w+ed|\w+s)\b|\bby whom\b"),
    (NUMBER, r"\bhow (?:many|much|big|large|long|often)\b|\bwhat (?:share|percentage|proportion|number|amount)\b"
             r"|\bper ?cent\b|%|\bwhich (?:years?|period)\b|(?:^\W*|[,;:?!-]\s*|\b(?:and|or|but|by|since|until) )when\b(?! (?:it|they|we|you|the|a|an|this|these|those|there|firms?|clusters?|companies|smes?)\b)|\bwhen (?:did|does|do|was|were|will|is|are|has|have|had|would|could|should|can)\b|\b(?:over|in|during|for) (?:what|which) (?:period|time ?frame"
             r"|time span|years?|dates?)\b|\bwhat (?:period|time ?frame|time span|years?)\b|\bsince when\b"),
    (LIST, r"\bwhich (?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b|\bwhat are the (?:two|three|four|five|"
           r"six|seven|eight|nine|ten|\d+)\b|\b(?:list|name|enumerate)\b|\bwhat (?:services|capabilities|steps|"
           r"factors|aspects|parameters|elements|measures|activities|tasks)\b"),
    # how two terms differ is answered by what each means: "X vs Y - does the study distinguish them"
    (DEFINITION, r"\bdistinguish|\bdistinction\b|\btell\b(?: \w+){1,5} apart\b|\bwhat(?:'s| is) the difference\b|\bdifference (?:between|in (?:how|the way)"
                 r" (?:\w+ ){1,2}(?:use|define|mean|understand)\w*)\b|"
                 r"\bdefin|\bwhat (?:is|are) (?:meant|understood)\b|\bmean(?:s|t|ing)?\b(?! for\b| to (?!be\b))|\bwhat (?:is|are) (?:an?"
                 r"|the)?\s*['\"“‘]|\bwhat(?:'s| is| are) (?:an? )?\w+(?:[ -]\w+){0,4}\W*$|\bstand for\b"
                 r"|\bwhat (?:does|do) \w+(?: \w+){0,3} refer to\b|\bconcept of\b|\bterm\b"),
)

# Sentences that carry each kind of answer.
_CUES = {
    REASON: r"\bdue to\b|\bbecause\b|\bsince\b|\bas a (?:result|consequence)\b|\bresult(?:s|ed|ing)? (?:in|from)\b"
            r"|\bcan (?:best )?be explained\b|\breasons?\b|\bcaused\b|\bowing to\b|\black(?:s|ing)? (?:of )?\b"
            r"|\btherefore\b|\bthus\b|\bhence\b|\bconsequen|\blead(?:s|ing)? to\b|\bled to\b|\bdriven by\b|\bas\b.*\b"
            r"(?:is|are) (?:still|not|often|mostly)\b|\bhamper|\bhinder|\bbarrier|\bobstacle|\bdifficult|\bexplain"
            r"|\bthis is why\b|\bthe rationale\b|\benabl|\bso that\b|\bin order to\b|\bbecause of\b",
    DEFINITION: r"\bdefin|\bmeans?\b|\bmeaning\b|\brefers? to\b|\bunderstood\b|\bdescribes?\b|\b(?:is|are) called\b"
                r"|\bso-called\b|\b(?:is|are) (?:those|the|an?) \w+|\bi\.e\.|\bin other words\b|\bstands? for\b"
                r"|\bconcept\b|\bterm\b|\bdenot|\bcharacteri[sz]ed by\b|\bconsists? of\b|\bincludes?\b|\bprinciple\b",
    EXAMPLE: r"\bfor (?:example|instance)\b|\be\.g\.|\bexample\b|\bsuch as\b|\billustrat|\bcase\b|\bshowcase",
    RECOMMENDATION: r"\bshould\b|\bmust\b|\bneeds? to\b|\bhave to\b|\bhas to\b|\brecommend|\badvis|\bnecessary\b"
                    r"|\bcrucial\b|\bessential\b|\brequire|\bit is (?:important|advisable)\b|\bought\b|\bcall(?:s|ed)?"
                    r" for\b|\bparadigm\b|\bpolicy\b|\btargeted\b",
    NUMBER: r"(?<![\w^{])\d[\d,.]*(?!\w)|\bper ?cent\b|%|\b(?:two|three|four|five|six|seven|eight|nine|ten|"
            r"eleven|twelve|hundred|thousand|million|billion|half|third|quarter|dozen)s?\b",
    LIST: r":\s*$|;|(?:,[^,]+){2,}|\bfollowing\b|\bnamely\b|\binclud",
    METHOD: r"\b(?:were|was|been|are|is) (?:\w+ ){0,2}(?:selected|chosen|identified|evaluated|assessed|analysed|"
            r"used|considered|merged)\b|\bbased on\b|\bdata (?:of|pool|from)\b|\bpool of\b|\bpanel of\b|\bexperts?\b"
            r"|\bsurvey|\bdesk research\b|\bmethodolog|\bcriteri|\bsample\b|\binterview",
    # who did something: a passive with its agent ("evaluated by a panel of experts", "initiated by cluster
    # managements"), the people involved, or the one named as the driver ("… are no longer the driver for …")
    AGENT: r"\b(?:\w+ed|done|made|run|led|driven|given|taken|written|drawn|chosen|undertaken|carried out|set up) by\b"
           r"|\binvolv(?:ing|ed)\b|\b(?:initiated|conducted|prepared|commissioned|organi[sz]ed|funded|rated"
           r"|evaluated|assessed)\b|\bthe (?:main )?(?:drivers?|initiators?) (?:for|of|behind)\b",
    POINTER: r"\b(?:found|discussed|described|detailed|presented|shown|listed|given|documented) (?:[\w-]+ ){0,4}in (?:the )?"
             r"(?:annex|appendix|chapter|section|report|figure|table|stud)\w*|\bin detail in\b|\bsee (?:also )?"
             r"(?:the )?(?:annex|appendix|chapter|section)",
    WHOLE: r"\b(?:this|the) (?:report|study|analysis|work)\b|\bkey points\b|\bfindings\b|\bconclu|\baim|\bfocus",
}
_COMPILED_ASKS = tuple((k, re.compile(p, re.IGNORECASE)) for k, p in _ASKS)
_COMPILED_CUES = {k: re.compile(p, re.IGNORECASE) for k, p in _CUES.items() if p}


@dataclass(frozen=True)
class Reading:
    """How a narrative question was read: what kind of answer it wants, in one phrase for the user."""

    kind: str
    phrase: str  # "Explanation from the report: why …"


_PHRASES = {
    REASON: "Explanation from the report",
    DEFINITION: "Definition from the report",
    EXAMPLE: "Example from the report",
    RECOMMENDATION: "Recommendation from the report",
    NUMBER: "Figure from the report",
    METHOD: "How the report worked it out",
    AGENT: "Who, from the report",
    POINTER: "Where the report points for more",
    LIST: "List from the report",
    WHOLE: "The report as a whole, from its introduction and conclusion",
    GENERAL: "What the report says",
}


# Words that say how a question asks, not what it is about: left out when a sentence's words are compared.
ASKING_WORDS = frozenset("""define definition defined explain explanation example examples instance reason reasons
recommend recommendation recommendations advise advice suggest purpose main key meaning understood term concept
""".split())


def question_kind(question: str) -> str:
    """The kind of answer ``question`` asks for (one of the module's constants)."""
    q = " ".join(question.replace("’", "'").split())
    for kind, pat in _COMPILED_ASKS:
        if pat.search(q):
            return kind
    return GENERAL


_SAY_ABOUT = re.compile(r"^(?:what|how) (?:does|do|did) (?:the |this )?(?:report|study|document|it|they) (?:say|write|tell"
                        r"(?: us)?|mention|state)s? (?:about|on|regarding|concerning) ", re.IGNORECASE)


def reading(question: str, kind: str | None = None) -> Reading:
    kind = kind or question_kind(question)
    q = " ".join(question.split()).rstrip(" ?.!")
    q = q[0].lower() + q[1:] if q[:1].isupper() and not q[1:2].isupper() else q
    if kind == WHOLE:
        return Reading(kind, _PHRASES[WHOLE])
    topic = _SAY_ABOUT.sub("", q)
    if kind == GENERAL and topic != q and topic:
        return Reading(kind, f"What the report says about {topic}")
    return Reading(kind, f"{_PHRASES[kind]}: {q}")


@lru_cache(maxsize=32768)  # the report's sentences recur in every search: test each for each kind once
def answers(kind: str, sentence: str) -> bool:
    """Does ``sentence`` carry the kind of answer ``kind`` asks for (a reason, a definition, …)?"""
    pat = _COMPILED_CUES.get(kind)
    return bool(pat and pat.search(sentence))


def shows_kind(kind: str, quote: str) -> bool:
    """Does a lead quote give the kind of answer asked for? A why-question whose lead holds no reason is not
    answered for sure; a general or whole-report question asks for no particular kind, and the lead of a what-is
    question answers whatever its wording (sure9's calibration: the doubt fired on 44 right answers, 1 wrong)."""
    return kind in (GENERAL, WHOLE, DEFINITION) or answers(kind, quote)


# "which industries …", "what regions …": the answer names members of one of the report's lists (its vocabulary)
_NAMED = (("industry", r"industr\w*|sectors?"), ("region", r"regions?|countr\w*"),
          ("subtrend", r"sub-? ?trends?"), ("trend", r"(?:mega ?)?trends?|megatrends?"), ("parameter", r"param\w*"))
_WHICH = re.compile(r"\b(?:which|what) (?:(?:of the|emerging|european|global|mega|value[- ]chain|two|three|four|five|\d+)"
                    r" )*(" + "|".join(p for _, p in _NAMED) + r")\b", re.IGNORECASE)


def names_asked(question: str) -> str:
    """The kind of the report's names a "which industries / regions / trends …" question asks for ("" if none)."""
    m = _WHICH.search(question)
    if not m:
        return ""
    return next(kind for kind, pat in _NAMED if re.fullmatch(pat, m[1], re.IGNORECASE))
