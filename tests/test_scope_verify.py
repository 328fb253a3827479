"""Answer verification: an answer whose quotes do not hold what the question asks for says what the report does not
give, with the closest passage as a pointer (refused, not sure); an answer whose quotes hold it is left alone."""

from __future__ import annotations

import re
from functools import cache

import pytest

import corpus
from assistant.coverage import FILLER
from assistant.scope import NEAR, unverified
from assistant.times import report_date
from retrieval import vocab
from retrieval.chunks import chunk_report
from retrieval.lexical import tokenize
from retrieval.records import Quote, RetrievalResult
from retrieval.roles import BODY
from retrieval.sentences import Sentences


@cache
def _sentences() -> Sentences:
    return Sentences(chunk_report())


def _quote(sentence) -> Quote:
    sec, page = corpus.section_at(sentence.start), corpus.page_of(sentence.start)
    return Quote(sentence.text, sentence.start, sentence.end, sec.number, sec.title, page.page, page.estimated, 0.5)


def _body(pred) -> Quote:
    """The first body sentence of the report for which ``pred(text)`` holds, as a quote."""
    return _quote(next(s for s in _sentences().items if s.role == BODY and len(s.text.split()) > 8 and pred(s.text)))


def _result(question: str, quote: Quote, unknown: tuple[str, ...] = ()) -> RetrievalResult:
    return RetrievalResult(question, [], [quote], True, 0.6, 0.37, unknown_terms=list(unknown))


def _check(question: str, quote: Quote, unknown: tuple[str, ...] = ()):
    return unverified(_result(question, quote, unknown), _sentences())


def test_the_pointer_is_the_closest_passage_verbatim_and_not_sure():
    q = _body(lambda t: "cluster" in t)
    ans = _check(f"what came out of the {report_date() + 3} cluster conference", q)
    assert ans is not None and ans.route == "refuse" and not ans.sure and ans.reason == "out_of_scope"
    assert ans.citations[0].quote == q.text == corpus.report_text()[q.start : q.end]
    assert q.text in ans.answer and str(report_date() + 3) in ans.answer


@pytest.mark.parametrize("question", ["how have clusters changed since the report was published",
                                      "what happened to the regions after the study came out"])
def test_a_time_after_the_report_is_one_it_cannot_know(question):
    ans = _check(question, _body(lambda t: "cluster" in t))
    assert ans is not None and str(report_date()) in ans.answer


def test_a_year_the_report_names_asked_about_in_the_present_is_left_alone():
    year = max(int(y) for y in re.findall(r"\b20\d\d\b", corpus.report_text()))
    assert year > report_date()  # a forecast year, in a title
    assert _check(f"is the {year} study used", _body(lambda t: "cluster" in t)) is None


def test_a_claim_no_sentence_holds_is_not_confirmed():
    ans = _check("the report says zyxwvut clusters have their strongest links with qwxyzzy - which page is that on",
                 _body(lambda t: "cluster" in t))
    assert ans is not None and "does not say" in ans.answer


def test_a_claim_one_sentence_holds_is_left_alone():
    s = _body(lambda t: t.endswith(".") and "," not in t and " - " not in t and ":" not in t and 10 < len(t.split()) < 25)
    claim = s.text.rstrip(".")
    assert _check(f"the report says {claim[0].lower()}{claim[1:]} - which page is that on", s) is None


def _typed(claim: str) -> str:
    """``claim`` with two letters of its longest word swapped, as a user mistypes it ("logisitcs")."""
    w = max(claim.split(), key=len)
    return claim.replace(w, w[:3] + w[4] + w[3] + w[5:], 1)


# class: a claim the report makes, put to it with a second sentence after it or with a word mistyped, is not refused
@pytest.mark.parametrize("wording", ["the report says {}. What would that change for a regional food producer's suppliers?",
                                     "The authors state that {}. So what should a furniture exporter plan differently?",
                                     "report claims {typed} - where exactly?"])
def test_a_claim_one_sentence_holds_is_held_past_its_end_and_its_typos(wording):
    s = _body(lambda t: t.endswith(".") and "," not in t and " - " not in t and ":" not in t and len(t.split()) < 12
              and len(max(t.split(), key=len)) >= 8)
    claim = s.text.rstrip(".")
    claim = claim[0].lower() + claim[1:]
    assert _check(wording.format(claim, typed=_typed(claim)), s) is None


@pytest.mark.parametrize("question", ["how many people work in the clusters", "how much co2 do the firms emit",
                                      "what budget does the programme put into clusters", "number of employees in clusters",
                                      "what was the response rate of the survey",
                                      "how many smes were interviewed for it"])
def test_a_number_of_another_measure_does_not_answer(question):
    quote = _body(lambda t: "cluster organisations" in t and re.search(r"\b\d{2,}\b", t))
    ans = _check(question, quote)
    assert ans is not None and re.search(r"gives no (?:\w+ )?figure", ans.answer)  # "no budget figures": a value asked


def test_a_money_word_naming_another_thing_asks_no_figure():
    quote = _body(lambda t: "cluster" in t and not re.search(r"\d", t))
    assert _check("what funding problem hampers cooperation", quote) is None


def test_a_number_of_the_measure_asked_answers():
    quote = _body(lambda t: "cluster organisations" in t and re.search(r"\b\d{2,}\b", t))
    assert _check("how many cluster organisations are in the data, roughly", quote) is None


def test_which_one_stands_out_needs_a_name_of_its_kind():
    named = _body(lambda t: any(re.search(rf"\b{re.escape(n)}\b", t.lower()) for n in vocab.names_of("country") if len(n) > 2))
    unnamed = _body(lambda t: not any(n in t.lower() for n in vocab.names_of("country") | vocab.names_of("region")))
    assert "does not say which country" in _check("which country has the most clusters", unnamed).answer
    assert _check("which country has the most clusters", named) is None
    assert _check("which countries should clusters target", unnamed) is None  # no superlative: the advice answers


@cache
def _rare() -> list[str]:
    """Two words the report uses in one body sentence each (as written there)."""
    S, out, filler = _sentences(), [], set(tokenize(" ".join(FILLER)))
    for t, ix in S.where.items():
        words = re.findall(r"[a-z]{6,}", S.items[ix[0]].text.lower())
        word = next((w for w in words if tokenize(w) == [t]), None)
        if len(ix) == 1 and S.items[ix[0]].role == BODY and word and t not in filler and len(out) < 2:
            out.append(word)
    return out


def test_an_unknown_topic_beside_words_the_quotes_lack_is_not_covered():
    a, b = _rare()
    question = f"does the report see zyxwvut as a way to {a} and {b}"
    ans = _check(question, _body(lambda t: a not in t.lower() and b not in t.lower()), ("zyxwvut",))
    assert ans is not None and "does not mention \u201czyxwvut\u201d" in ans.answer
    holding = _quote(_sentences().items[_sentences().where[tokenize(a)[0]][0]])
    assert _check(question, holding, ("zyxwvut",)) is None


@pytest.mark.parametrize(("question", "unknown"), [("do the firms zyxwvut up with {a} and {b}", "zyxwvut"),
                                                   ("why do {a} and {b} clusters link to NW europe", "NW")])
def test_an_unknown_verb_or_abbreviation_is_not_a_topic(question, unknown):
    a, b = _rare()
    quote = _body(lambda t: a not in t.lower() and b not in t.lower())
    assert _check(question.format(a=a, b=b), quote, (unknown,)) is None


@pytest.mark.parametrize("question", ["zyxwvut clusters - which region are they in",
                                      "zyxwvut blue growth cluster partners", "which zyxwvut clusters are strongest",
                                      "zyxwvut printing in packaging, what does the report say",
                                      "zyxwvut computing for advanced packaging, what does the report recommend",
                                      "zyxwvut in logistics - what does the study advise?",
                                      "zyxwvut in packaging - what should clusters do according to the report"])
def test_an_unknown_word_naming_a_kind_of_cluster_is_not_covered(question):
    ans = _check(question, _body(lambda t: "cluster" in t), ("zyxwvut",))
    assert ans is not None and "does not mention \u201czyxwvut\u201d" in ans.answer


@pytest.mark.parametrize("question", ["zyxwvut is a cold-chain firm - what does the report say about logistics clusters",
                                      "zyxwvut runs a small firm: what does the report say about clusters"])
def test_the_subject_of_a_scene_setting_clause_before_the_ask_is_not_the_topic(question):
    assert _check(question, _body(lambda t: "cluster" in t), ("zyxwvut",)) is None


@pytest.mark.parametrize("question", ["why do {a} and {b} clusters offer zyxwvut of services - what does the report say",
                                      "does the report zyxwvut about {a} and {b}"])
def test_a_word_framing_the_topic_is_not_a_topic_the_report_lacks(question):
    a, b = _rare()
    quote = _body(lambda t: a not in t.lower() and b not in t.lower())
    assert _check(question.format(a=a, b=b), quote, ("zyxwvut",)) is None


def test_an_unknown_verb_before_a_kind_is_not_a_topic():
    assert _check("how does personalisation zyxwvut packaging companies", _body(lambda t: "personalis" in t),
                  ("zyxwvut",)) is None


@pytest.mark.parametrize("question", ["does the report say zyxwvut policy is better than qwxyzzy's",
                                      "report says zyxwvut clusters lead - is that right?",
                                      "according to the report, zyxwvut clusters lead in R&D - which page"])
def test_a_claim_put_as_a_question_is_checked(question):
    ans = _check(question, _body(lambda t: "cluster" in t))
    assert ans is not None and "does not say" in ans.answer


@pytest.mark.parametrize("question", ["what does the report say about zyxwvut clusters",
                                      "does the report say anything about clusters"])
def test_asking_what_the_report_says_is_not_a_claim(question):
    from assistant.scope import _false_claim

    assert _false_claim(_result(question, _body(lambda t: "cluster" in t)), _sentences()) == ""


def test_a_hyphenated_word_of_the_quote_holds_the_word():
    s = _body(lambda t: re.search(r"\b[a-z]{2,}-[a-z]{3,}\b", t) is not None)
    word = re.search(r"\b([a-z]{2,})-([a-z]{3,})\b", s.text)
    from assistant.scope import _held

    assert tokenize(word[1] + word[2])[0] in _held(_result("q", s))


@pytest.mark.parametrize(("question", "word"), [("how do I read the bubbles in the chart", "read"),
                                                ("what does this mean for zyxwvut / smart strategies", "zyxwvut")])
def test_a_verb_or_another_name_beside_the_reports_word_does_not_count_against_scope(question, word):
    from assistant.scope import weighed

    assert weighed(question, [word]) == []
    assert weighed("what does the report say about zyxwvut clusters", ["zyxwvut"]) == ["zyxwvut"]


def _named_firm_sentence() -> Quote:
    """A body sentence naming a firm or place the report only ever writes capitalised."""
    from assistant.scope import _proper_names

    return _body(lambda t: bool(_proper_names(t)))


def test_individual_clusters_by_name_need_a_name_in_the_quotes():
    from assistant.scope import _proper_names

    plain = _body(lambda t: "cluster" in t and not _proper_names(t))
    ans = _check("rank the top 5 clusters in europe by name", plain)
    assert ans is not None and "does not name individual clusters" in ans.answer
    assert _check("give me the names of the firms in the example", _named_firm_sentence()) is None
    assert _check("which regions do the clusters name as partners", plain) is None  # not asking for names


# class: individual ones asked for by name with the user's abbreviation, in the singular or as "named" ones
@pytest.mark.parametrize(("question", "what"), [("what are the names of the logistics cluster orgs in the benchmarking",
                                                 "organisations"),
                                                ("is there any named cluster in the report that a packaging firm could join",
                                                 "cluster"),
                                                ("the name of each cluster org in the sample, please", "cluster")])
def test_names_asked_for_in_other_words_need_a_name_in_the_quotes(question, what):
    from assistant.scope import _proper_names

    plain = _body(lambda t: "cluster" in t and not _proper_names(t))
    ans = _check(question, plain)
    assert ans is not None and f"does not name individual {what}" in ans.answer
    assert _check(question, _named_firm_sentence()) is None


def test_a_label_of_the_reports_apparatus_names_no_cluster():
    from assistant.scope import _proper_names

    lower = set(re.findall(r"\b[a-z]{3,}\b", corpus.report_text()))
    labels = {m[1] for m in re.finditer(r"(?<=[a-z,;] )([A-Z][a-z]{2,}) [A-Z](?![\w.])", corpus.report_text())
              if m[1].lower() not in lower}  # "Appendix A": a label the report never writes in lower case
    assert labels
    labelled = _body(lambda t: any(re.search(rf"(?<=[a-z,;] ){w} [A-Z](?![\w.])", t) for w in labels)
                     and not _proper_names(re.sub(rf"\b(?:{'|'.join(labels)})\b", "", t)))
    assert not _proper_names(labelled.text)
    ans = _check("list the names of all the clusters that were surveyed", labelled)
    assert ans is not None and "does not name individual clusters" in ans.answer


@pytest.mark.parametrize("question", ["so how many countries is that", "how many of them are there"])
def test_a_measure_that_leans_on_the_conversation_is_not_checked(question):
    from assistant.scope import _measure_missing

    assert _measure_missing(_result(question, _body(lambda t: "cluster" in t)), _sentences()) == ""


def _counting_sentence():
    """A body sentence with a count ("154 cluster organisations") and a word of the report named far from any number
    in it, as (quote, the two counted words, the far word)."""
    for s in _sentences().items:
        m = re.search(r"(?<![\w.,])(\d{2,}) (?!(?:billion|million|thousand|hundred|per)\b)([a-z]{4,} [a-z]{5,})\b", s.text)
        if s.role != BODY or not m or re.search(r"\d", s.text[m.end() :]):
            continue
        near = set(tokenize(" ".join(s.text[: m.start()].split()[-NEAR:] + s.text[m.end(1) :].split()[:NEAR])))
        far = [w for w in re.findall(r"\b[a-z]{6,}\b", s.text[m.end() :])
               if w not in FILLER and not set(tokenize(w)) & near and tokenize(w)[0] in _sentences().where]
        if far:
            return _quote(s), m[2], far[-1]
    raise AssertionError("no counting sentence")


def test_a_count_answers_only_a_question_about_what_it_counts():
    quote, counted, far = _counting_sentence()
    assert _check(f"how many {counted} are there", quote) is None
    ans = _check(f"how many {far} are in the {counted}", quote)
    assert ans is not None and "gives no figure" in ans.answer
    assert "gives no figure" in _check(f"total number of {far} across the {counted}", quote).answer
    assert "gives no figure" in _check(f"what is the average number of {far} per {counted}", quote).answer


@pytest.mark.parametrize("shape", ["why is {x} one of the 12 megatrends",
                                   "the report counts {x} among its mega trends; how does it describe it",
                                   "since {x} is one of the twelve mega trends, which industries does it affect"])
def test_a_premise_putting_something_on_the_list_of_mega_trends_is_checked_against_the_list(shape):
    import tools

    trends, industries = tools.list_items("mega_trends").items, tools.list_items("industries").items
    quote = _body(lambda t: "trend" in t)
    for x in (trends[1], trends[-1].lower()):
        assert _check(shape.format(x=x), quote) is None
    for x in ("zyxwvut economy", industries[0]):
        ans = _check(shape.format(x=x), quote)
        assert ans is not None and f"does not list \u201c{x}\u201d among its mega trends" in ans.answer
        assert all(t in ans.answer for t in trends)


def _places() -> tuple[str, str, str]:
    """A region outside the European ones, a European region and a country in it (from the structured data)."""
    import tools

    europe = tools.list_items("european_regions").items
    outside = next(r for r in tools.list_items("regions").items if r not in europe)
    country = next(c for c in sorted(vocab.names_of("country")) if c.isalpha() and len(c) > 4
                   and tools.region_of(c).value == europe[0] and c.title() in tools.region_of(c).title)
    return outside, europe[0], country.title()


def test_clusters_of_a_place_outside_europe_or_by_name_are_not_in_the_report():
    outside, region, country = _places()
    quote = _body(lambda t: "cluster" in t and country.lower() not in t.lower())
    assert "has no data on clusters in" in _check(f"what does the data say about clusters in {outside}", quote).answer
    assert "has no data on clusters in" in _check(f"do {outside} clusters show the same mega trends", quote).answer
    for q in (f"which cluster organisations in {country} took part in the study",
              f"name the biggest clusters in {country}", f"{country} cluster organisations - which ones are in the data"):
        ans = _check(q, quote)
        assert ans is not None and "does not name individual clusters in" in ans.answer
    assert _check(f"why do clusters in {region} cooperate less", quote) is None
    assert _check(f"which industries are clusters in {country} active in", quote) is None


def test_clusters_outside_europe_as_partners_are_left_to_the_cooperation_passages():
    outside, _, _ = _places()
    quote = _body(lambda t: "cluster" in t)
    assert _check(f"do european clusters cooperate with clusters in {outside}", quote) is None


def test_an_industry_named_with_another_head_word_is_on_the_list():
    import tools

    industries = tools.list_items("industries").items
    ind = next(i for i in industries if i.endswith("Industries") and len(i.split()) == 2)
    quote = _body(lambda t: "industr" in t)
    assert _check(f"why is the {ind.split()[0].lower()} economy among the emerging industries", quote) is None
    ans = _check("why is the zyxwvut economy among the emerging industries", quote)
    assert ans is not None and all(i in ans.answer for i in industries)


def test_the_spelled_out_name_of_a_report_acronym_names_no_cluster():
    from assistant.scope import _proper_names

    acronym, expansion = next((a, e) for a, e in vocab.report_acronyms() if e[0].isupper() and len(e.split()) > 2)
    quote = _body(lambda t: expansion in t)
    assert not _proper_names(quote.text.replace(f"({acronym})", ""))
    for q in ("give me the names of the clusters that were analysed", "list the cluster organisations by name"):
        ans = _check(q, quote)
        assert ans is not None and "does not name individual" in ans.answer


def test_a_figure_written_in_words_answers_a_how_often_question():
    from assistant.scope import missing_figure

    question = "how often do firms renew their product ranges nowadays"
    worded = _body(lambda t: re.search(r"\b(?:two|three|four|five)\b", t) and not re.search(r"\d|%|per ?cent", t))
    assert missing_figure(_result(question, worded)) is None
    plain = _body(lambda t: not re.search(r"\d|%|per ?cent|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                                          r"twelve|twenty|thirty|hundreds?|thousands?|millions?|billions?|dozens?|half|"
                                          r"third|quarter|majority|minority)\b", t, re.I))
    assert missing_figure(_result(question, plain)) is not None
