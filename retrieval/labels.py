"""Terms the report introduces by name, and the sentences that introduce them.

The report names a term it introduces in one of three ways: in brackets after what it describes ("… the mega trends
influence the examined emerging industries (“downstream approach”)", "there is an opportunity (= “market
intelligence services”)"), as an abbreviation in brackets ("areas of strong interdependencies (AOSI)"), or in bold
("The **knowledge-based learning orientation** describes …"). The sentence that does so says what the term is: a
question about the term ("downstream vs upstream?", "what are matchmaking services") is answered there first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from retrieval import vocab
from retrieval.lexical import tokenize
from retrieval.roles import BODY

# "(“downstream approach”)", "(= “matchmaking services”)", "(“**upstream approach**”)", "(AOSI)": a label in
# brackets is quoted, bold, after "=", or an abbreviation (a bracketed aside "(see Figure 12)" is none of these)
_BRACKETED = re.compile(r"\((=\s*)?([“\"]?)(\*\*)?([^()“”\"*\n]{2,60}?)(\*\*)?[”\"]?\)")
_ABBREVIATION = re.compile(r"[A-Z]{2,}s?")
_BOLD = re.compile(r"\*\*([^*\n]{2,60}?)\*\*")
# A label's word names it only when the report uses that word in at most this many sentences ("approach",
# "services" are everywhere; "downstream", "matchmaking" are not).
LABEL_WORD_AT_MOST = 12


# The report's names of these kinds set in bold ("The **Advanced Packaging** industry …") are emphasis, not a term
# introduced (its value-chain parameters are: "The **knowledge-based learning orientation** describes …").
NAMED_KINDS = ("industry", "region", "trend")


@dataclass(frozen=True)
class Label:
    """A term the report introduces: its words and its distinctive words (stems), and the sentence introducing it."""

    words: frozenset[str]
    distinctive: frozenset[str]
    start: int  # the introducing sentence's start offset


def terms_of(text: str) -> list[str]:
    """The terms a sentence introduces: bracketed labels and abbreviations, and words set in bold."""
    out = []
    for m in _BRACKETED.finditer(text):
        marked = bool(m[1] or m[2] or m[3])
        if marked or _ABBREVIATION.fullmatch(m[4]):
            out.append(m[4].strip())
    out += [m[1].strip() for m in _BOLD.finditer(text)]
    return list(dict.fromkeys(out))  # a bold label in brackets is one term


def find_labels(sentences: Sequence, where: dict[str, list[int]]) -> list[Label]:
    """Every term the report's body text introduces, with the words that name it (``where``: stem -> the indices of
    the sentences using it). A term none of whose words is distinctive names nothing."""
    names = set().union(*(vocab.names_of(kind) for kind in NAMED_KINDS))
    out = []
    for s in sentences:
        if s.role != BODY or ("**" not in s.text and "(" not in s.text):
            continue
        for term in terms_of(s.text):
            words = frozenset(tokenize(term))
            distinctive = frozenset(t for t in words if len(where.get(t, ())) <= LABEL_WORD_AT_MOST)
            if distinctive and " ".join(term.split()).lower() not in names:
                out.append(Label(words, distinctive, s.start))
    return out


def introducing(labels: Sequence[Label], qtokens: Sequence[str]) -> frozenset[int]:
    """Start offsets of the sentences introducing a term the question names: all of its distinctive words and at
    least half of its words ("downstream" names the "downstream approach"; "learn" alone does not name the
    "knowledge-based learning orientation")."""
    asked = set(qtokens)
    return frozenset(lb.start for lb in labels if lb.distinctive <= asked and 2 * len(lb.words & asked) >= len(lb.words))



# A fourth way: a sentence whose subject is the term and whose verb says what it is ("In this study,
# internationalisation is seen as the process …", "Mega Trends³ are those trends …", "Global mega trends can be
# understood as a sustainable force …"). "considered as highly important" rates the term, it does not say what it is:
# the predicate opens with a determiner.
# The term is one to three whole words, each with its footnote mark (one word split into pieces would make the search
# try every split: 2 s over the report, where whole words take 0.05 s).
_DEFINES = re.compile(r"(?<![\w&-])((?:[\w&-]+[\u00b9\u00b2\u00b3\u2070-\u2079]*\s+){0,2}?"
                      r"[\w&-]+[\u00b9\u00b2\u00b3\u2070-\u2079]*)\s*"
                      r"(?:\b(?:is|are)\s+(?:those|the process|the concept)\b|\b(?:is|are|can be|may be|need to be|"
                      r"must be|has to be|have to be)\s+(?:seen|understood|defined|regarded|considered|described|viewed)"
                      r"\s+as\s+(?:a|an|the|those)\b)", re.IGNORECASE)
_NOT_TERM = frozenset(tokenize("therefore thus also"))
DEFINED_WORDS = 3  # the words before the verb that may make the term


def find_definitions(sentences: Sequence) -> list[Label]:
    """The terms the report's body text says what they are, by a defining verb after them (``_DEFINES``): each
    term's words (stems), and the sentence."""
    out = []
    for s in sentences:
        m = _DEFINES.search(s.text) if s.role == BODY else None
        words = [t for t in tokenize(m[1])[-DEFINED_WORDS:] if t not in _NOT_TERM] if m else []
        if words:
            out.append(Label(frozenset(words), frozenset(words[-1:]), s.start))
    return out


def defined(definitions: Sequence[Label], qtokens: Sequence[str]) -> frozenset[int]:
    """Start offsets of the sentences saying what a term the question names is: its last word (the head, kept as
    its distinctive word) and at least half of its words are the question's ("mega trend" for "Global mega
    trends can be understood as …")."""
    asked = set(qtokens)
    return frozenset(d.start for d in definitions if d.distinctive <= asked and 2 * len(d.words & asked) >= len(d.words))
