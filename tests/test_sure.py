"""Golden tables for the sure decision: signals that make a guess unsure, and the check that keeps a passage answer
sure when its lead quote holds what was asked. Wordings written for these tests (not from any question set), one
class per block, each with controls that must come out the other way."""

import pytest

from assistant.answer import Answer, Citation
from assistant.coverage import coverage
from assistant.leadquote import lead_answers
from assistant.understand import read


def _passage_answer(question: str, quote: str, lead_section: str = "3.1", best_section: str = "3.1") -> bool:
    frame = read(question)
    ans = Answer(route="retrieval", answer="", citations=[Citation(section=lead_section, page=20, quote=quote)],
                 passages=[{"id": "p", "text": quote, "section": best_section, "score": 0.5}])
    return lead_answers(ans, frame, coverage(frame, question))


@pytest.mark.parametrize(("question", "quote", "sure"), [
    # the lead quote, from the best passage, holds every topic word: sure, whatever the search doubted
    ("what is meant by the trap of complexity", "Firms fall into the trap of complexity when variants multiply.",
     True),
    # all but one framing word ("play") of a longer question
    ("what role do innovation vouchers play for cluster SMEs", "Innovation vouchers let SMEs of a cluster buy "
     "advice from research institutes.", True),
    ("what are alumni effects for clusters abroad", "Alumni effects link former staff of a cluster's firms "
     "abroad.", True),
    # two topic words missing: not enough
    ("what role do innovation vouchers play for cluster SMEs", "Vouchers are one service among many.", False),
    # a pronoun leans on the turn before: what it stands for is not in the quote's words
    ("what does it say about liquid knowledge", "Knowledge becomes liquid as it flows between firms.", False),
])
def test_a_passage_answer_is_sure_when_its_lead_quote_holds_the_topic(question, quote, sure):
    assert _passage_answer(question, quote) is sure


def test_a_lead_quote_from_another_section_than_the_best_passage_is_not_enough():
    question, quote = "what is meant by the trap of complexity", "Firms fall into the trap of complexity."
    assert _passage_answer(question, quote)
    assert not _passage_answer(question, quote, lead_section="2.2")



@pytest.mark.parametrize(("question", "quote", "announced"), [
    # the lead announces the things asked for and stops: what follows is not quoted
    ("which parameters does the report use for value chain transitions", "The following parameters were used:",
     True),
    ("how many regions were set up for the cooperation analysis", "For the analyses, regions were set up:", True),
    ("name the services that make up the spectrum", "The spectrum comprises these services:", True),
    # a question about where it is: the announcing sentence answers it
    ("where are the regions for the cooperation analysis set up", "For the analyses, regions were set up:", False),
    # the lead says the things themselves
    ("which parameters does the report use for value chain transitions", "Information sharing is one of the "
     "parameters used.", False),
])
def test_a_lead_quote_that_only_announces_the_answer_is_unsure(question, quote, announced):
    from assistant.leadquote import announced_only

    ans = Answer(route="retrieval", answer="", citations=[Citation(section="3.2", page=21, quote=quote)])
    assert (announced_only(ans, read(question)) is not None) is announced


@pytest.mark.parametrize(("text", "pointed"), [
    # a demonstrative pointing at a thing of the turn before
    ("which step comes last in that spectrum", "that spectrum"),
    ("why does that process matter for smes", "that process"),
    ("who first described this effect", None),  # no preposition or auxiliary before it: a subject, not pointed at
    ("what is said about these services", "these services"),
    # the report itself, or "that" opening a clause
    ("what does this report say about exports", None),
    ("does the report say that clusters export", None),
])
def test_a_demonstrative_points_at_the_turn_before(text, pointed):
    from assistant.leadquote import pointed_at

    assert pointed_at(text) == pointed



def test_a_lead_quote_is_not_enough_when_a_demonstrative_points_at_the_turn_before():
    quote = "Processes that matter for SMEs speed up."
    assert _passage_answer("why do processes matter for SMEs", quote)
    assert not _passage_answer("why does that process matter for SMEs", quote)


def _annotated(question: str, quote: str, plan_sure: bool = False, search_sure: bool = True) -> Answer:
    """A passage answer annotated as ``Assistant`` does: found by the router's last resort or by a rule
    (``plan_sure``), its search sure or not."""
    from assistant.plan import Retrieve
    from assistant.understood import annotate

    frame = read(question)
    ans = Answer(route="retrieval", answer="", citations=[Citation(section="4.2", page=33, quote=quote)],
                 passages=[{"id": "p", "text": quote, "section": "4.2", "score": 0.5}], sure=search_sure)
    annotate(ans, Retrieve(question, sure=plan_sure), frame, coverage(frame, question))
    return ans


# (question, lead quote, sure): words the report never uses that only frame the question, beside a lead quote
# that holds its topic, leave a passage answer sure, and its reading names them (the router's last resort found it)
FRAMING = [
    ("what makes SMEs so keen on cluster services abroad", "SMEs use cluster services to go abroad.", True),
    ("why are cluster managers in a hurry to offer matchmaking services", "Cluster managers offer matchmaking "
     "services because SMEs lack time.", True),
    ("why do firms fuss over the carbon footprint of their products", "Firms measure the carbon footprint of their "
     "products because customers ask for it.", True),
    ("why are cluster managers in a hurry to offer matchmaking services", "Clusters differ by region.", False),
    ("how did brexit change cluster cooperation", "Cluster cooperation changed.", False),  # brexit is the subject
]


def test_unread_words_that_only_frame_a_passage_question_leave_it_sure():
    for question, quote, sure in FRAMING:
        ans = _annotated(question, quote)
        assert ans.sure is sure, (question, ans.reading)
        assert "not read:" in ans.reading


def _search_result(passing: list[str], margin: float):
    import re

    from corpus.parse import report_text
    from retrieval.records import Passage, Quote, RetrievalResult

    text = report_text()
    m = re.search(r"[A-Z][^.\n]{40,200}\.", text[len(text) // 2:])
    start, end = len(text) // 2 + m.start(), len(text) // 2 + m.end()
    passage = Passage("p1", m[0], start, end, "3.2", "Title", 21, False, [], 0.9)
    quote = Quote(m[0], start, end, "3.2", "Title", 21, False, 0.8, passage_id="p1")
    return RetrievalResult(question="what does the report say about it", passages=[passage], quotes=[quote],
                           in_scope=True, best_score=0.5 + margin, threshold=0.5, passing=passing)


def test_a_word_found_only_in_passing_is_said_not_doubted():
    from assistant.render import SURE_MARGIN, retrieval_answer

    ans = retrieval_answer(_search_result(["it"], SURE_MARGIN + 0.05))
    assert "only in passing" in ans.answer and ans.sure  # the quote is that mention: an answer, said plainly
    assert not retrieval_answer(_search_result(["it"], SURE_MARGIN / 2)).sure  # a weak search still doubts



@pytest.mark.parametrize("question", [
    "why are cluster managers so keen on matchmaking events",
    "what makes logistics firms fret about e-commerce",
    "why do the authors reckon sub-trends help SMEs",
])
def test_a_word_that_only_frames_a_question_a_rule_sent_to_the_passages_is_named_not_doubted(question):
    """A narrative question a rule sent to the passages, found sure by the search, with a word the report never uses
    beside its topic: the word is named in the reading and the answer stays sure, whatever the lead quote's words.
    Sent there by the router's last resort, or found by a search that was not sure, it is unsure."""
    quote = "Clusters differ by region."
    ans = _annotated(question, quote, plan_sure=True)
    assert ans.sure and "not read" in ans.reading
    assert not _annotated(question, quote).sure
    assert not _annotated(question, quote, plan_sure=True, search_sure=False).sure


def test_an_unread_subject_stays_unsure_whoever_sent_it_to_the_passages():
    question = "what does the report say about blockchain platforms for logistics"
    assert not _annotated(question, "Logistics platforms link firms.", plan_sure=True).sure


def _why(question: str, quote: str, plan_sure: bool = True, lead_section: str = "4.2") -> Answer:
    """A passage answer to a why-question as the search made it: unsure, its lead quote holding no causal word."""
    from assistant.plan import Retrieve
    from assistant.understood import annotate

    frame = read(question)
    ans = Answer(route="retrieval", answer="", sure=False,
                 citations=[Citation(section=lead_section, page=33, quote=quote)],
                 passages=[{"id": "p", "text": quote, "section": "4.2", "score": 0.5}])
    annotate(ans, Retrieve(question, sure=plan_sure), frame, coverage(frame, question))
    return ans


@pytest.mark.parametrize(("question", "quote"), [
    ("why do logistics clusters offer so many internationalisation services",
     "Logistics clusters are strongly embedded in global value chains."),
    ("why is R&D cooperation of southeast europe so weak", "Southeast Europe shows few links in the matrix."),
    ("why do cluster managers push matchmaking events", "Matchmaking events are a common service in many clusters."),
])
def test_a_why_question_answered_from_the_best_passage_without_a_causal_word_is_sure(question, quote):
    """The report often explains without "because": a rule's search whose lead quote, from the best passage, holds
    some of the topic is not doubted for that alone. The router's last resort, a lead from another section, or a lead
    that holds none of the topic stays unsure."""
    assert _why(question, quote).sure
    assert not _why(question, quote, plan_sure=False).sure
    assert not _why(question, quote, lead_section="2.1").sure
    assert not _why(question, "The figure shows the matrix of all ten industries.").sure


@pytest.mark.parametrize(("question", "quote", "sure"), [
    # the word the report never uses is who the question is for, or what it is measured against: the quote, which
    # holds the rest, does not answer for it, whoever sent the question to the passages
    ("what does carbon footprint reduction mean for hovercraft makers", "Carbon footprint reduction affects makers "
     "of vehicles.", False),
    ("how do logistics clusters compare to atlantis", "Logistics clusters compare well.", False),
    ("are mobility clusters more international than zeppelin yards", "Mobility clusters are international.", False),
    # a verb's -ing form after "versus" asks how, not about what: named, and the answer stays sure
    ("what does the report say about outsourcing versus dawdling", "Outsourcing grows, says the report.", True),
])
def test_an_unread_word_the_question_is_for_or_compared_with_is_a_doubt(question, quote, sure):
    ans = _annotated(question, quote, plan_sure=True)
    assert ans.sure is sure, ans.reading
    assert "not read" in ans.reading
