"""Two rare words the question puts side by side, which the report puts side by side in one sentence of its body
only, name that sentence: it leads.

The class: a passing mention asked about by its two words ("ESCA database", "heavy duty transportation") led with a
sentence on the broader topic (the study's own data pool, the region's examples), while the one sentence holding the
two words came second or not at all. Wordings written for the class, none from a question set.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question", [
    "how big is the ESCA database as a whole",
    "heavy duty transportation: which research institutes are named",
    "tell me about the heavy duty transportation research in the region",
])
def test_the_one_sentence_holding_the_rare_pair_leads(retriever, question):
    named = retriever.sentences.phrased(question)
    assert len(named) == 1
    lead = retriever.search(question).quotes[0]
    assert any(lead.start <= s < lead.end for s in named), lead.text[:100]


def test_a_pair_of_common_words_names_nothing(retriever):
    assert not retriever.sentences.phrased("how do clusters create value for their members")
