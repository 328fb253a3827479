"""Coverage: terms the report never uses are named in a refusal; words the report uses are not."""

import pytest

from assistant.coverage import FILLER, coverage, known, stem
from assistant.understand import read
from assistant.understood import unknown_terms


@pytest.mark.parametrize("question,terms", [
    ("Which trends shape hydrogen valleys?", ("hydrogen valleys",)),
    ("What is the GDP growth of Atlantis?", ("gdp growth", "atlantis")),
    ("Which region is Iran in?", ("iran",)),
    ("which trends affect the insurance sector?", ("insurance",)),
])
def test_unknown_terms_are_named_in_a_refusal(question, terms):
    frame = read(question)
    cov = coverage(frame, question)
    assert cov.unknown == terms
    refusal = unknown_terms(frame, cov, question)
    assert refusal is not None and refusal.reason == "unknown_term"
    for t in terms:
        assert t.lower() in refusal.message.lower()
    assert "covers" in refusal.message


@pytest.mark.parametrize("question", [
    "Which mega trends drive Logistical Services?",
    "wich megatrends influnce mobility technolgies",  # typos of the report's and of filler words
    "For a briefing note for our MEP: which emerging industries feel the Big data trend downstream?",
    "Which transition parameter collects the most very strong (✓✓) marks across Figure 7?",
    "How many double ticks does the Mobility Technologies block of Figure 7 contain?",
])
def test_questions_in_the_reports_terms_are_not_refused(question):
    frame = read(question)
    assert unknown_terms(frame, coverage(frame, question), question) is None


def test_scene_setting_clauses_are_context_not_the_subject():
    q = "For a briefing note for our MEP: which emerging industries feel the Big data trend downstream?"
    cov = coverage(read(q), q)
    assert "mep" in cov.context and not cov.unknown


def test_stems_and_vocabulary():
    assert stem("valleys") == stem("valley")
    assert known("interdependencies") and known("medtech") and not known("hydrogen")
    assert {"which", "the", "please"} <= FILLER and "hydrogen" not in FILLER
