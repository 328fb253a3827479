"""Which impact matrix a question asks about, read from direction words and from who acts on whom.

A trend acting on an industry is downstream (Figure 3); an industry acting on a trend is upstream (Figure 4);
passives reverse the order ("industries shaped by X"); a negated second clause makes "*_only".
"""

from __future__ import annotations

import re

from assistant import cues as C
from assistant.spot import Mention, fold

INDUSTRY_WORD = re.compile(r"\b(industr(y|ies)|sectors?)\b")
TREND_WORD = re.compile(r"\b(mega ?trends?|megatrends?|trends?)\b")


def direction(text: str, inds: list[str], trends: list[str], mentions: list[Mention] | None = None) -> str | None:
    """The matrix a question asks about: downstream, upstream, aosi, both, either, *_only; None if unsaid."""
    mentions = mentions or []
    down, up, aosi = bool(C.DOWN.search(text)), bool(C.UP.search(text)), bool(C.AOSI.search(text))
    if not (down and up) and not aosi:
        two = _two_clauses(text, inds, trends, mentions) or _joined_clauses(text, inds, trends, mentions)
        if two is not None:
            return two
    if aosi and not (down or up):
        return "aosi"
    if down and up:
        return _both_words(text)
    if down or up:
        word = "downstream" if down else "upstream"
        alone = C.ONLY.search(text) and C.NEG.search(text) or C.ONLY_BESIDE.search(text)  # "upstream only"
        return f"{word}_only" if alone else word
    if C.BOTH.search(text):
        return "both"
    if C.EITHER.search(text):
        return "either"
    return _verb_direction(text, inds, trends, mentions)


def _both_words(text: str) -> str:
    """Both direction words in one question: "downstream but not upstream", "either", or "both"."""
    if C.NEG.search(text) or C.ONLY.search(text):
        i_down, i_up = C.DOWN.search(text).start(), C.UP.search(text).start()
        neg = C.NEG.search(text)
        neg_at = neg.start() if neg else -1
        if i_down < neg_at < i_up:
            return "downstream_only"
        if i_up < neg_at < i_down:
            return "upstream_only"
        return "downstream_only" if i_down < i_up else "upstream_only"
    if C.EITHER.search(text) or re.search(r"\bor\b", text):
        return "either"
    return "both"


# a second clause that contrasts with the first ("… but it does not …", "… without …") and the words in it that
# say it runs the other way ("influence back", "in return")
_CONTRAST = re.compile(r"\b(without|but|yet|while|whereas|although|though|that|which)\b")
_NOT = re.compile(r"\b(not|never|no|dont|doesnt|" + C.CONTRACTED_NOT + r")\b|n't\b")
_BACK = re.compile(r"\b(back|in return|in turn|the other way( round| around)?|conversely|vice versa|reciprocally|"
                   r"in reverse)\b")
_IT = re.compile(r"\b(it|its|itself)\b")
_THEY = re.compile(r"\b(they|them|their|themselves)\b")


def _two_clauses(text: str, inds, trends, mentions) -> str | None:
    """"empowered by X without influencing X", "trends that shape it but that it does not shape back": a direction,
    a contrast with a negation, the other direction -> *_only."""
    if len(C.ACTIVE.findall(text)) < 2:
        return None
    for joint in _CONTRAST.finditer(text):
        rest = text[joint.end():]
        said_before = {m.canonical for m in mentions if m.start < joint.start()}
        if joint[1] != "without" and not _NOT.search(rest) or not C.ACTIVE.search(rest) or \
                not C.ACTIVE.search(text, 0, joint.start()) or \
                any(m.canonical not in said_before for m in mentions if m.start >= joint.end()) or \
                joint[1] in ("that", "which") and not (_BACK.search(rest) or said_before & _names_in(rest, mentions, joint)):
            continue  # another name after the contrast: a difference of two names, not one name's two directions
        head = text[:joint.start()]
        first = _verb_direction(head, inds, trends, with_pronouns(head, 0, mentions))
        second = _second_clause(rest, joint.end(), inds, trends, mentions, first)
        if first and second and first != second:
            return f"{first}_only"
    return None


# two clauses joined as one ask: "hit by it and push it back", "drive and get driven by"
_JOINT = re.compile(r"\b(?:and|as well as)\b(?: (?:also|then|in turn))?")
_ASKS_AGAIN = re.compile(r"\W*(which|what|how|who|where|is|are|does|do)\b")  # "… and which does X shape": two lists


def _joined_clauses(text: str, inds, trends, mentions) -> str | None:
    """"which industries are hit by it and push it back", "which trends does it both drive and get driven by": two
    clauses joined by "and", each with its own verb, running opposite ways, with no negation and no other name
    after the joint -> both directions."""
    if len(C.ACTIVE.findall(text)) < 2 or _NOT.search(text):
        return None
    for joint in _JOINT.finditer(text):
        head, rest = text[:joint.start()], text[joint.end():]
        said_before = {m.canonical for m in mentions if m.start < joint.start()}
        if not C.ACTIVE.search(head) or not C.ACTIVE.search(rest) or _ASKS_AGAIN.match(rest) or \
                any(m.canonical not in said_before for m in mentions if m.start >= joint.end()):
            continue
        first = _verb_direction(head, inds, trends, with_pronouns(head, 0, mentions))
        second = _second_clause(rest, joint.end(), inds, trends, mentions, first) or _subjectless(rest, first)
        if first and second and first != second:
            return "both"
    return None


def _subjectless(rest: str, first: str | None) -> str | None:
    """A second verb sharing the first clause's subject, in the passive ("… drive and get driven by"): the first
    direction reversed."""
    if first is None or not re.match(r"\W*(?:(?:get|are|is|be|being|also)\s+)*" + C.VERB + r"\s+by\b", rest):
        return None
    return "upstream" if first == "downstream" else "downstream"


def _names_in(rest: str, mentions, joint: re.Match) -> set[str]:
    """The names said after the joint ("… that don't push logistics": Logistical Services)."""
    return {m.canonical for m in mentions if m.start >= joint.end()}


def _second_clause(rest: str, at: int, inds, trends, mentions, first: str | None) -> str | None:
    """The direction of the contrasting clause: who acts on whom in it, its pronouns standing for the one name
    said before it ("it") or the other side ("they"); "back" / "in return" without that is the first reversed."""
    shifted = with_pronouns(rest, at, mentions)
    second = _verb_direction(rest, inds, trends, shifted)
    if second is None and re.search(r"\b" + C.VERB + r"ing\b", rest):
        # "without influencing X": the subject of the first clause acts; an industry object means downstream
        second = "downstream" if any(m.kind == "industry" for m in shifted) else "upstream"
    if second is None and first is not None and _BACK.search(rest):
        second = "upstream" if first == "downstream" else "downstream"
    return second


def with_pronouns(part: str, at: int, mentions) -> list[Mention]:
    """The mentions of one part of the question starting at ``at`` (offsets made relative to it), with its
    pronouns read as names when one name is said before them: "it" is that name, "they" / "them" the other side."""
    own = [Mention(m.kind, m.canonical, m.text, m.start - at, m.end - at) for m in mentions
           if at <= m.start < at + len(part)]
    before = [m for m in mentions if m.start < at + len(part) and m.kind in ("industry", "trend")]
    if len({m.canonical for m in before}) != 1:
        return own
    kind = before[0].kind
    other = "trend" if kind == "industry" else "industry"
    first = before[0].end - at
    own += [Mention(kind, "", p[0], p.start(), p.end()) for p in _IT.finditer(part) if p.start() >= first]
    own += [Mention(other, "", p[0], p.start(), p.end()) for p in _THEY.finditer(part) if p.start() >= first]
    return own


def _verb_direction(text: str, inds: list[str], trends: list[str], mentions: list[Mention]) -> str | None:
    """Who acts on whom: a trend acting on an industry is downstream; an industry acting on a trend is upstream."""
    ind_pos = [m.start() for m in INDUSTRY_WORD.finditer(text)] + _positions_of(text, inds) + \
        [m.start for m in mentions if m.kind == "industry"]
    trend_pos = [m.start() for m in TREND_WORD.finditer(text)] + _positions_of(text, trends) + \
        [m.start for m in mentions if m.kind == "trend"]
    p = C.PASSIVE.search(text)
    if p:
        return _passive(p, ind_pos, trend_pos)
    aux = C.AUX_SUBJECT.search(text)
    if aux:
        s, e = aux.start("subj"), aux.end("subj")
        if any(s <= pos < e for pos in ind_pos):
            return "upstream"
        if any(s <= pos < e for pos in trend_pos):
            return "downstream"
    v = C.ACTIVE.search(text)
    if v:
        before = max([pos for pos in ind_pos + trend_pos if pos < v.start()], default=None)
        if before is not None:
            return "upstream" if before in ind_pos else "downstream"
        after = min([pos for pos in ind_pos + trend_pos if pos > v.start()], default=None)
        if after is not None:
            return "downstream" if after in ind_pos else "upstream"
    return None


def _passive(p: re.Match, ind_pos: list[int], trend_pos: list[int]) -> str | None:
    first_after = min([pos for pos in ind_pos + trend_pos if pos >= p.end()], default=None)
    if first_after is not None:
        return "upstream" if first_after in ind_pos else "downstream"
    before = max([pos for pos in ind_pos + trend_pos if pos < p.start()], default=None)
    if before is not None:
        return "downstream" if before in ind_pos else "upstream"
    return None


def _positions_of(text: str, names: list[str]) -> list[int]:
    out = []
    for n in names:
        i = text.find(fold(n))
        if i >= 0:
            out.append(i)
    return out
