"""Cue words: directions, grades, kinds of cooperation, question shapes. Language, not report facts."""

from __future__ import annotations

import re

DOWN = re.compile(r"\bdown-?stream\b")
UP = re.compile(r"\bup-?stream\b")
AOSI = re.compile(r"\b(aosi'?s?|aios|areas? of strong|strong(ly)? interdepend\w*|interdependenc\w*|hot[- ]?spots?)\b")
BOTH = re.compile(r"\b(both directions|both ways|in both|both down|both up|two-?way|mutual(ly)?|each other)\b")
EITHER = re.compile(r"\b(either|any direction|one direction or|at least one direction)\b")
NEG = re.compile(r"\b(but not|and not|not|don'?t|doesn'?t|do not|does not|without|except|excluding|no longer|never|isn'?t|aren'?t)\b")
ONLY = re.compile(r"\bonly\b")
ALSO = re.compile(r"\b(of those|of these|of them|among (them|those|these)|which also|that also|also|as well)\b")

VERB = r"(influenc\w*|driv\w*|drove|affect\w*|shap\w*|empower\w*|impact\w*|act\w* on|push\w*|propel\w*|boost\w*|hit\w*|touch\w*|matter\w* (for|to))"
PASSIVE = re.compile(VERB + r"\s+(by|par|von|durch|por|da|door)\b|\b(influencées?|beeinflusst|influenciad[oa]s?|influenzat[ei]) (par|von|por|da)\b")
ACTIVE = re.compile(r"\b" + VERB)
AUX_SUBJECT = re.compile(r"\b(does|do|did|can|could|will)\s+(?P<subj>.+?)\s+" + VERB)

YESNO = re.compile(r"^\s*(does|do|is|are|did|can|could|has|have|was|were|will)\b")
COUNT = re.compile(r"\bhow many\b|\bnumber of\b|\bcount\b")
MOST = re.compile(r"\b(most|highest|largest|greatest|biggest|top|rank\w*|leading)\b")
LEAST = re.compile(r"\b(fewest|least|lowest|smallest)\b")
STRONGEST = re.compile(r"\b(strongest|best|closest|most intense|most intensive|tightest)\b")

RD = re.compile(r"\b(r ?and ?d|r&d|r & d|research|innovation cooperation|scientific|forschung\w*|recherche)\b|i\+d|f&e|f\+e|r\+d")
BUSINESS = re.compile(r"\b(business|commercial|trade|economic cooperation|market)\b|gesch[äa]ft\w*|negocio\w*|affaires|commerci\w*|empresarial")
COOP = re.compile(r"\b(cooperat\w*|co-operat\w*|collaborat\w*|partner\w*|ties|links?|relations?\w*|work\w* with|grade|strength|strong|intensity|weak\w*|medium|kooperation|cooperaci[oó]n|coop[ée]ration|zusammenarbeit)\b|kooperation")

SUBTREND_WORD = re.compile(r"\b(sub-?trends?|reactions?|underlying trends?|entry points?)\b")
CROSSOVER = re.compile(r"\b(cross-?over\w*|value[- ]chain|transformation\w*|parameters?|✓+|ticks?|checks?|marks?)\b")
PARAMETERS_WORD = re.compile(r"\bparameters?\b")
GAPS = re.compile(r"\b(lack\w*|missing|absent|not (in|covered|listed)|gaps?|left out|omit\w*)\b")

WHY = re.compile(r"^\s*(why|how come|how do|how does|how can|how should|how is|how are|explain|what drives the|in what way)\b")
DEFINE = re.compile(r"\b(what is meant|what does .* mean|meaning of|define|definition|describe|description|explain|what is|what are|tell me about)\b")

RECALL = re.compile(r"\b(which|what) (section|page|figure|source)s?\b.*\b(that|this|it|answer|from)\b|\bwhere (is|was|does) (that|this|it) (come )?from\b|"
                    r"\bwhere'?s (that|this|it)\b|\bwhere (is|are) (that|this|those|these) (table|figure|matrix|list|passage)\b|\b(source|citation)s? (for|of) (that|this)\b|\bcite (that|this|it)\b")
FOLLOW = re.compile(r"^\s*(and|what about|how about|same for|and for|now|then|ok|okay)\b")
PRONOUN = re.compile(r"\b(it|its|that one|this one|they|them|there|that country|this country|that region|this region)\b")

LIST = re.compile(r"\b(list|name|enumerate|what are|which are|show( me)?|give( me)?|all|overview|the (12|twelve|10|ten|8|eight|4|four|5|five|6|six))\b")

_GRADE_WORDS = [
    (re.compile(r"\bonly weak\b|\bjust weak\b"), "coop", "-", "exact"),
    (re.compile(r"\bvery strong or strong\b|\bstrong or very strong\b|\bat least strong\b|\bstrong or (more|above|better|higher)\b"), "coop", "+", "at_least"),
    (re.compile(r"\bat least medium\b|\bmedium or (stronger|more|above|better|higher)\b|\bat least (moderate|average)\b|"
                r"\bo or (better|stronger|above|higher)\b|\bat least o\b|\babove weak\b|\bbetter than weak\b|\bmore than weak\b"),
     "coop", "o", "at_least"),
    (re.compile(r"\bvery strong\b|\bvery intensive\b|\bstrongest grade\b|\+\+"), "coop", "++", "exact"),
    (re.compile(r"\bmedium\b|\bmoderate\b"), "coop", "o", "exact"),
    (re.compile(r"\bweak\w*\b"), "coop", "-", "exact"),
    (re.compile(r"\bstrong\b"), "coop", "+", "exact"),
]


def grade_cue(text: str) -> tuple[str, str] | None:
    """("+", "at_least") for "very strong or strong", ("o", "at_least") for "at least medium", …"""
    for pat, _, sym, rel in _GRADE_WORDS:
        if pat.search(text):
            return sym, rel
    return None


def check_grade(text: str) -> str | None:
    """The Figure 7 grade a question asks for: "✓✓" (very strong / double tick) or "✓" (strong / any mark)."""
    if re.search(r"strong or very strong|very strong or strong|at least strong|at least ✓|✓ or ✓✓|✓✓ or ✓|any mark|marked|"
                 r"\ba tick\b|\bany tick|\bticked\b|\bat least one tick|\ba mark\b|\bany mark\b|\bget a tick\b", text):
        return "✓"
    if re.search(r"✓✓|very strong|double|two ticks|cross-?over points?", text):
        return "✓✓"
    if re.search(r"✓|\bstrong\b|single tick|\bany mark|\bmarked\b", text):
        return "✓"
    return None


def coop_kind(text: str) -> str | None:
    rd, bus = bool(RD.search(text)), bool(BUSINESS.search(text))
    if rd and bus:
        return "both"
    return "rd" if rd else "business" if bus else None
