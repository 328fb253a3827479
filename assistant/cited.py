"""The results of a source the report only cites: a question asking the scores, results or ranking "in the regional
innovation scoreboard" asks for what another publication found ("how does this compare with the OECD's work": how
the report stands against it). The report names such a source only in its
apparatus (a footnote, a reference, the Observatory's blurb), never in its own text, so it gives none of its
results, whatever passage or table (a country's region) is nearest. "Which scoreboard backs the claim …" asks for
the citation itself, which the report does give: no result is asked there.

Which of the question's words the report writes only in its apparatus comes from its sentences
(their roles); the words asking for results are generic English.
"""

from __future__ import annotations

import re

from retrieval.lexical import tokenize
from retrieval.roles import FOOTNOTE, FRONT, REFERENCE

# where the report cites another work
_CITING = frozenset({FOOTNOTE, REFERENCE, FRONT})
# what a source found: its results, its scores, its ranking (not "figures" or "data": the report's own charts)
_RESULTS = re.compile(r"\b(?:results?|scores?|scored|scoring|rankings?|ranked|findings|outcomes?)\b", re.IGNORECASE)
# … or how the report compares with it: "how does this compare with the OECD's work"
_COMPARED = re.compile(r"\bcompar\w*\s+(?:\w+\s+)?(?:with|to|against)\b|\b(?:versus|vs)\b", re.IGNORECASE)


def cited_only(question: str, sentences) -> str:
    """What the report does not give when ``question`` asks the results of a source it only cites (a sentence), or
    "". ``sentences`` gives the report's sentences when called (built only for a question that asks results)."""
    compared = _COMPARED.search(question)
    if not _RESULTS.search(question) and not compared:
        return ""
    from assistant.content import _filler_tokens
    from retrieval.roles import asked_for

    words = [w for w in re.findall(r"[\w-]+", question) if len(w) > 3 and not asked_for(w)]  # "the value chain table"
    filler = _filler_tokens()
    cited = [w for w in words if (t := tokenize(w)) and not set(t) & filler and all(_cited(x, sentences()) for x in t)
             and not _RESULTS.fullmatch(w) and _a_name(w)]
    if not cited:
        return ""
    what = "does not compare itself with it" if compared else "gives none of its results"
    return (f"The report mentions \u201c{cited[0]}\u201d only in its footnotes or front matter, as a source it cites: it "
            f"{what} (\u201c{question.strip()}\u201d).")


def _cited(term: str, sentences) -> bool:
    """The report writes ``term`` only where it cites (a footnote, a reference, the Observatory's blurb): not in its
    text, nor in its own figures' captions and tables ("crossover")."""
    ix = sentences.where.get(term, ())
    return bool(ix) and all(sentences.items[i].role in _CITING for i in ix)


def _a_name(word: str) -> bool:
    """The report writes ``word`` (with any ending) with a capital wherever it writes it: a name ("Scoreboard",
    "OECD"), not a word of a cited title ("… megatrends shaping governments")."""
    import corpus

    found = re.findall(rf"(?<![\w./-]){re.escape(word[:5])}[\w-]*", corpus.report_text(), re.IGNORECASE)  # not in a URL
    return bool(found) and all(f[0].isupper() for f in found)


def cited_results(res, sentences) -> str:
    """``cited_only`` for a retrieval result (the form of ``assistant.scope``'s checks)."""
    return cited_only(res.question, lambda: sentences)
