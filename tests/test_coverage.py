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


def test_abbreviations_of_the_reports_own_words_are_known():
    from assistant.abbreviations import acronyms, expansion
    from corpus.parse import report_text

    text = report_text().lower()
    # acronyms of the report's multi-word terms, derived from its text: each stands for a term the report uses
    assert acronyms() and all(term in text or len(term.split()) > 1 for term in acronyms().values())
    for a, term in list(acronyms().items())[:50]:
        assert a == "".join(w[0] for w in term.split() if w not in FILLER)
        assert known(a) and known(a + "s")
    # vowel-less skeletons and cut-offs before a vowel of the words the report uses most
    for word in ("organisations", "parameters", "international"):
        assert word in text
        assert expansion(word[:3]) is not None or expansion(word[:4]) is not None
    assert expansion("".join(ch for ch in "managers" if ch not in "aeiou")) == "managers"
    # a word the report never uses that is no abbreviation of it stays unknown
    assert not known("zyxwvut") and expansion("zyxwvut") is None


@pytest.mark.parametrize("question,aside", [
    ("how does globalisation zyxwvut them", "zyxwvut"),  # a verb before its object: not the subject
    ("who zyxwvut off the cross-regional business cooperation", "zyxwvut"),
    ("main findings of the report in a zyxwvut?", "zyxwvut"),  # a closing adverbial phrase
])
def test_an_unknown_word_that_is_not_the_subject_does_not_refuse(question, aside):
    frame = read(question)
    cov = coverage(frame, question)
    assert cov.aside == (aside,) and not cov.unknown
    assert unknown_terms(frame, cov, question) is None


@pytest.mark.parametrize("question", [
    "how did zyxwvut change cluster internationalisation",  # the subject, not a verb
    "what does the report say about the zyxwvut industry",
    "cluster cooperation in zyxwvut",
])
def test_an_unknown_subject_is_still_unknown(question):
    cov = coverage(read(question), question)
    assert "zyxwvut" in " ".join(cov.unknown) and not cov.aside


@pytest.mark.parametrize("question,words,expected", [
    ("how did zyxwvut change cluster internationalisation", ["zyxwvut"], ["zyxwvut"]),  # after an auxiliary
    ("what is the impact of Zyxwvut on clusters", ["Zyxwvut"], ["Zyxwvut"]),  # after "of"
    ("what does it say about zyxwvut printing", ["zyxwvut"], ["zyxwvut"]),
    ("how does globalisation zyxwvut smes", ["zyxwvut"], []),  # a verb after its subject
    ("why use value chains as the zyxwvut", ["zyxwvut"], []),  # not in a subject's or topic's place
    ("cluster cooperation with zyxwvut or qwxyzzy", ["zyxwvut", "qwxyzzy"], ["zyxwvut", "qwxyzzy"]),  # a place, joined
    ("which is the best cluster in zyxwvut", ["zyxwvut"], ["zyxwvut"]),
    ("zyxwvut clusters: how to read the grid", ["zyxwvut"], []),  # the first word alone is no topic's place
])
def test_an_unknown_word_in_the_subjects_place_is_the_subject(question, words, expected):
    from assistant.coverage import subjects

    assert subjects(question, words) == expected


@pytest.mark.parametrize("question,term", [
    ("does quantum computing drive logistics downstream", "quantum computing"),
    ("can crowdworking shape medtech upstream", "crowdworking"),
    ("will the metaverse affect creative industries", "metaverse"),
    ("is 6g a driver for mobility technologies", "6g"),
    ("which trends does 4d printing touch", "4d printing"),
])
def test_the_subject_slot_of_a_cue_and_a_short_name_with_digits_are_the_questions_own_words(question, term):
    """A cue's slot ("does <subject> drive") is not the cue's word, and "6g" / "4d" are names, not fillers."""
    cov = coverage(read(question), question)
    assert term in cov.unknown + cov.aside
