"""A word the user writes as one that the report mostly writes as two ("megatrend" for "mega trend") is searched
the report's way too.

The class: a definition question typed with the one-word form led with a sentence that merely uses the word,
while the report's definition (written with the two words) went unquoted or came second. Wordings written for the
class, none from a question set; which words the report writes as two is counted in the report, never listed here.
"""

from __future__ import annotations

import re

import pytest

import corpus
from retrieval.kinds import DEFINITION, answers
from retrieval.lexical import tokenize
from retrieval.spacing import _pairs, spaced


def _count(pattern: str) -> int:
    return len(re.findall(pattern, corpus.report_text(), re.IGNORECASE))


def test_only_words_the_report_mostly_writes_as_two_get_the_two_words():
    pairs = _pairs()
    assert pairs
    for stem, two in list(pairs.items())[:200]:
        a, b = two.split()
        assert tokenize(a + b) == [stem]
        assert _count(rf"\b{a}[ -]{b}\b") >= 1
    one = next(w for w in ("internationalisation", "cluster", "value") if tokenize(w)[0] not in pairs)
    assert spaced(f"what about {one}?") == f"what about {one}?"


def test_the_two_words_are_added_never_replacing_the_user_s_word():
    stem, two = next((s, t) for s, t in _pairs().items() if _count(rf"\b{s}\w*\b") > 0)
    word = re.search(rf"\b{stem}\w*\b", corpus.report_text(), re.IGNORECASE)[0].lower()
    out = spaced(f"tell me about {word}")
    assert out.startswith(f"tell me about {word}") and two in out


@pytest.mark.parametrize("question", [
    "how does the report define a megatrend",
    "what does the report mean by a megatrend",
    "megatrend - definition please",
])
def test_a_definition_question_in_one_word_leads_with_the_report_s_definition(retriever, question):
    word = next(w for w in re.findall(r"\w+", question) if spaced(w) != w)
    two = spaced(word).split("(")[1].rstrip(")")
    lead = retriever.search(question).quotes[0]
    assert answers(DEFINITION, lead.text), lead.text[:100]
    assert set(tokenize(two)) <= set(tokenize(lead.text)), lead.text[:100]
