"""Between the frame and the answer: refuse terms the report never uses, and fill every Answer's reading, sure,
alternatives and inherited fields."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from assistant import render
from assistant.agencies import organisation_before_kind
from assistant.answer import Alternative, Answer
from assistant.breakdown import unbroken
from assistant.causes import unknown_cause
from assistant.cited import cited_only
from assistant.comparand import unknown_comparand
from assistant.compile.places import unlisted_place
from assistant.coverage import FILLER, Coverage, common, known, subjects
from assistant.fragment import SCENE_BREAK, SCENE_OPENS, topic_before
from assistant.frame import Frame
from assistant.leadquote import announced_only, lead_answers, lead_holds_every, lead_holds_topic
from assistant.measures import _report_sentences, measure_asked, never_quantified
from assistant.mentioned import mention_found
from assistant.numbers import number_unquoted
from assistant.plan import Clarify, Plan, Recall, Refuse, Retrieve, ToolPlan
from assistant.premises import clusters_outside, individual_clusters
from assistant.reading import check
from assistant.reasons import reason_unmarked
from assistant.salient import OPENING, english, negated, predicate, scene, topic_words, typo, word_at
from assistant.signals import doubted, raised, unsure
from assistant.slots import half_given
from assistant.subnational import sub_units
from assistant.unread import unread

_RELATION_WORDS = {"downstream": "downstream (Figure 3)", "upstream": "upstream (Figure 4)",
                   "aosi": "areas of strong interdependency (Figure 5)", "rd": "R&D cooperation (Figure 13)",
                   "business": "business cooperation (Figure 16)", "subtrends": "sub-trends (Figure 6)",
                   "crossover": "value-chain crossover (Figure 7)", "membership": "region membership (Figure 10)"}
NAME_KEYS = ("industry", "trend", "subtrend", "parameter", "region", "country", "region_a", "region_b")


def unknown_terms(frame: Frame, cov: Coverage, question: str = "",
                  aside: Callable[[str, list[str]], list[str]] | None = None) -> Refuse | ToolPlan | Retrieve | None:
    """A refusal naming the terms the report never uses, when the question is about them; the text (not a table)
    for individual clusters of a place asked for by name: the tables count clusters by region and name none
    (``assistant.premises.individual_clusters``; the answer's quotes must name them, ``assistant.scope``), and for the
    parts of one country ("which US states …": ``assistant.subnational``), which no table grades."""
    found = _unknown_terms(frame, cov, question, aside)
    if found is None and not _over_last_answer(frame) and (individual_clusters(question) or clusters_outside(question)
                                                           or sub_units(question) or organisation_before_kind(question)):
        return Retrieve(question)  # "the EEA megatrend definition": whose definition, not which trend
    return found


def _unknown_terms(frame: Frame, cov: Coverage, question: str,
                   aside: Callable[[str, list[str]], list[str]] | None) -> Refuse | ToolPlan | None:
    """A refusal naming the terms the report never uses, when the question is about them.

    Not refused (answered, marked unsure): a question that also names the report's own names (in English), one
    whose frame is complete without any name (a ranking over a whole figure), and a request to explain that
    has other words the report uses (retrieval decides those). Gibberish and other languages without any of
    the report's names are refused too, naming what was not understood. A place the report never names, asked
    about its region, is answered from Figure 10's countries (it is not among them). ``aside`` says which unknown
    words only say something the report says otherwise (``assistant.incidental``): when all are, nothing is refused.
    """
    cause = _unknown_cause(cov, question)
    if cause:  # "how did covid-19 disrupt …", "brexit - how did it change …": the report cannot say what it did
        return _refuse((cause,), question)
    foreign = bool(frame.names) and _foreign(frame, cov)
    named_first = cov.named and not foreign  # "the GDP growth of Atlantis": the unknown name is named first
    report = _report_sentences  # built on first use: "how many of the 154 … per region", "sweden's score in the
    gap = not named_first and (unbroken(question, report) or cited_only(question, report))  # <source's scoreboard>"
    if gap:
        return Refuse("out_of_scope", gap)
    words = _unknown_words(cov, question)
    said = set(aside(question, words)) if aside and words else set()
    if cov.unknown and all(typo(w) or negated(question, w) or w in said for w in words):
        return None  # "what does the reprot say", "… that isn't about profit", "so SMEs are ready": not a topic
    unread = {w for t in cov.unknown for w in t.split()}  # "the GDP growth of Atlantis": the words are named instead
    gap = not named_first and measure_asked(question).lower() not in unread and never_quantified(question)
    if gap:  # "the export volume of … to North America": no table of the report holds a volume
        return Refuse("out_of_scope", gap)
    counted = _counted_unknown(cov, question)
    if counted:  # "how many jobs will …": a count of something the report never writes about
        return _refuse((counted,), question)
    if named_first:
        return _refuse(cov.named, question)
    ahead = _topic_ahead(cov, question) or topic_before(cov, question, aside)
    if ahead and not foreign:  # "3d printing as a driver of … - does the study cover it": the topic stands first
        return _refuse(ahead, question)
    unlisted = unlisted_place(frame, cov.unknown, question)
    if unlisted is not None:
        return unlisted
    lead = _unknown_subject(cov, question)
    if lead and not foreign:  # "can blockchain help with … in logistics": the unknown term is what is asked about
        return _refuse((lead,), question)
    named = frame.names and not foreign and not _over_last_answer(frame) and english(question)
    topics = topic_words(question, _unknown_words(cov, question) + _acronym_names(question)) if named else []
    if topics:  # "impact of covid on logistics clusters": asked of a name the report has, about a term it has not
        return _refuse(_as_runs(topics, cov), question)
    if not cov.unknown or frame.names or complete(frame) or _over_last_answer(frame):
        return None
    if frame.intent == "explain" and any(not common(w) for w in cov.unused):
        return None
    if frame.relation is None and not _foreign(frame, cov) and not _subject_unknown(cov, question):
        return None  # an unread word beside the subject ("the target audience", "a silver bullet"): retrieval decides
    return _refuse(cov.unknown, question)


def _as_runs(words: list[str], cov: Coverage) -> tuple[str, ...]:
    """Each word with the rest of the unread run it opens ("artificial intelligence", not "artificial" alone)."""
    runs = {w: " ".join(t.split()[i:]) for t in cov.unknown for i, w in enumerate(t.split())}
    return tuple(dict.fromkeys(runs.get(w.lower(), w) for w in words))


_OPENS_WITH = re.compile(r"\s*(do|does|did|can|could|will|would|is|are|was|were|should|may|might)\s+", re.I)


def _unknown_words(cov: Coverage, question: str) -> list[str]:
    """The unknown words as the question writes them, with what a hyphen joins to them ("covid" of "covid-19"); not a
    word naming a part of the report ("there's a footnote about …": the report's apparatus, not a topic)."""
    from retrieval.roles import asked_for

    out = []
    for w in (w for t in cov.unknown for w in t.split() if not known(w) and not asked_for(w)):
        m = re.search(rf"(?<![\w-]){re.escape(w)}(?:-\w+)*", question, re.IGNORECASE)
        out.append(m[0] if m else w)
    return list(dict.fromkeys(out))


def _unknown_cause(cov: Coverage, question: str) -> str:
    """The cause a question asks the effect of, when a word of it is one the report never uses (coverage's unknown or
    scene words), no typo and not set aside by the question ("apart from covid, …")."""
    words = [w for t in (*cov.unknown, *cov.context) for w in t.split()
             if not known(w) and not typo(w) and not negated(question, w) and not w.isdigit()]
    return unknown_cause(question, words) if words else ""


# the thing a count asks for: "how many <jobs> …", "how many of the <patents> …"
_HOW_MANY = re.compile(r"\bhow many\s+(?:of\s+(?:the|their|its)\s+)?([a-z][\w'-]*)", re.IGNORECASE)


def _counted_unknown(cov: Coverage, question: str) -> str:
    """The word a "how many" counts, when the report never uses it (nor is it a typo of its words): the report
    counts no such thing, whatever a table of the names beside it lists."""
    m = _HOW_MANY.search(question)
    word = m[1].lower() if m else ""
    unread = {w for t in (*cov.unknown, *cov.context) for w in t.split()}
    return word if len(word) >= 4 and word in unread and not known(word) and not typo(word) else ""


def _acronym_names(question: str) -> list[str]:
    """A short acronym the report never writes with the word before it that the report never writes either:
    "generative AI" (coverage reads no word under three letters; ``assistant.incidental.acronym_names``)."""
    from assistant.incidental import acronym_names

    return acronym_names(question, [w for w in re.findall(r"\b[A-Z]{2,3}\b", question) if not known(w.lower())])


def _unknown_subject(cov: Coverage, question: str) -> str | None:
    """The words right after an opening "can/does/is …" that the report never uses, when coverage found them
    unknown too: the subject of a yes/no question ("can blockchain help …", "will quantum computing change …")."""
    m = _OPENS_WITH.match(question)
    if not m or not cov.unknown:
        return None
    words = re.findall(r"[\w'-]+", question[m.end():].lower())
    words = words[1:] if words[:1] in (["the"], ["a"], ["an"]) else words
    run = []
    for w in words:
        if known(w):
            break
        run.append(w)
    said = " ".join(cov.unknown)
    return " ".join(run) if run and run[0] in said.split() else None


# the asking clause after a dash or a colon, about what stands before it: "does the study cover it", "is that something
# the report covers", "any mention of this in the study?"
_ABOUT_IT = re.compile(r"^\W*(?:(?:do|does|did|is|are|was|can|could|will|would|has|have)\b|any\b|what\b|anything\b)[^?]*?"
                       r"\b(?:it|that|this|them|those|these|any of (?:it|that|this))\b(?:\s+(?:at all|in (?:the|this) "
                       r"(?:report|study|document)|something [\w ]*|anywhere))?\W*$", re.IGNORECASE)
# the verbs of asking whether the report covers something, and the words that end a topic's noun phrase
_ASKING = re.compile(r"\b(?:cover(?:s|ed|ing)?|mention(?:s|ed|ing)?|discuss(?:es|ed|ing)?|talk(?:s|ed|ing)?|address(?:es|ed)?|"
                     r"deal(?:s|t)?|touch(?:es|ed)?|study|report|document|authors?)\b")
_PHRASE_END = re.compile(r"\s(?:as|in|on|at|of|for|to|from|with|by|near|into|across|and|or|is|are|was|were|that|which|"
                         r"who|when|where|while|vs)\s", re.IGNORECASE)


def _topic_ahead(cov: Coverage, question: str) -> tuple[str, ...]:
    """The words the report never uses (coverage's context words) in a topic written before a dash or a colon,
    when the asking clause after it only points back at it: "hydrogen ferries — any mention of this in the study?".
    A first part that sets a scene ("for a briefing to our MEP: …") is no topic."""
    parts = SCENE_BREAK.split(question, maxsplit=1)
    if len(parts) < 2 or not cov.context or SCENE_OPENS.match(parts[0]) or not _ABOUT_IT.match(parts[1]):
        return ()
    topic = _PHRASE_END.split(parts[0], maxsplit=1)[0]  # "vertical farming" of "vertical farming near big cities"
    words = [w for w in cov.context if not known(w) and not typo(w) and word_at(topic, w)]
    if any(known(w) and not common(w) for w in re.findall(r"[\w'-]+", _ASKING.sub(" ", parts[1].lower()))
           if w not in FILLER):
        return ()  # the asking clause has a subject of its own
    return tuple(dict.fromkeys(_unknown_words(replace(cov, unknown=tuple(words)), parts[0])))


def _over_last_answer(frame: Frame) -> bool:
    """"does either of them qualify as …", "which of those …": the subject is the last answer's names, so an unread
    word is a way of asking about them (answered, marked unsure), not a subject the report lacks."""
    return frame.followup.of_those or frame.followup.group is not None


def _subject_unknown(cov: Coverage, question: str) -> bool:
    """An unknown word stands where the question's topic stands: after an auxiliary or a preposition of topic
    ("how did covid change …", "the GDP growth of Atlantis"), opening the question ("brexit impact on …"), as the
    subject of what the report is said to say ("… say brexit means …"), or before the name of a kind of thing the
    report is about ("which aerospace clusters"). Elsewhere an unknown word is a generic word that frames the
    question ("how do the authors define …", "what sequence of services …", "which regions should a cluster pick"):
    not a topic the report lacks; retrieval decides, and the answer names the word it did not read."""
    text = _UNJOINED.sub(" ", question.lower())  # "covid-19": the unknown word stands alone
    words = [w for t in cov.unknown for w in t.split() if not known(w) and not predicate(text, w)]  # "… is bad"
    return bool(subjects(text, words)) or any(topic_at(text, w) for w in words)


_UNJOINED = re.compile(r"(?<=[a-z])-(?=\d)|(?<=\d)-(?=[a-z])")


# the subject of a clause the report is said to say: "does the report say brexit means …"
_SAID = re.compile(r"\b(?:says?|said|claims?|thinks?|believes?|expects?)\s+(?:that\s+)?$", re.IGNORECASE)
# a kind of thing the report is about, right after the word (or after "and/or <word>"): "aerospace clusters",
# "textile and fashion industry"
_KIND_NEXT = re.compile(r"(?:\s*(?:and|or|&|/)\s*[\w-]+)?\s+(?:clusters?|cluster organi[sz]ations?|industr(?:y|ies)|"
                        r"sectors?|firms|compan(?:y|ies)|(?:mega ?)?trends?|megatrends?|regions?|countr(?:y|ies))\b",
                        re.IGNORECASE)


def topic_at(question: str, word: str) -> bool:
    """``word`` opens the question, is the subject of what the report is said to say, or names a kind of thing."""
    m = word_at(question, word)
    if not m:
        return False
    before = question[: m.start()]  # opening it: "brexit impact on …", "interreg or ERDF funding for …"; not the
    opens = OPENING.match(before) and not scene(question, word)  # subject of a scene: "client wants to sell …, is …"
    return bool(opens or _SAID.search(before) or _KIND_NEXT.match(question, m.end()))


def _refuse(unknown: tuple[str, ...], question: str) -> Refuse:
    unknown = tuple(t for t in unknown if not all(typo(w) for w in t.split())) or unknown  # "reprot": the report
    terms = " or ".join(f"\u201c{_as_typed(t, question)}\u201d" for t in unknown[:3])
    return Refuse("unknown_term", f"The report does not mention {terms}. {render.covers()}")


def complete(frame: Frame) -> bool:
    """The frame can be answered without any name: a ranking, count or list over a whole figure, a figure
    look-up, or one of the report's lists. Then an unread word is a way of saying, not the subject asked about."""
    if frame.relation in ("lists", "figures") or frame.figure is not None and frame.relation is not None:
        return True
    whole = frame.intent in ("rank", "count") or frame.aggregation is not None or frame.focus == "pairs"
    return frame.relation is not None and whole


def _as_typed(term: str, question: str) -> str:
    """The term with the user's own capitals ("Atlantis", "GDP growth")."""
    m = re.search(r"\W+".join(re.escape(w) for w in term.split()), question, re.I)
    return m.group() if m else term


def _foreign(frame: Frame, cov: Coverage) -> bool:
    """Most of the words unread: another language or gibberish, which the router's own checks answer."""
    words = frame.text.split()
    unread = sum(len(t.split()) for t in cov.unknown)
    return len(words) >= 3 and unread * 2 > len(words)


def annotate(ans: Answer, plan: Plan, frame: Frame, cov: Coverage, done: Frame | None = None) -> None:
    """Fill reading, sure, alternatives and inherited for every kind of answer. ``frame`` is the question as
    asked, ``done`` the same frame completed from the previous turn (a follow-up's holes filled)."""
    if isinstance(plan, ToolPlan) and ans.route == "tool":
        _tool(ans, plan, frame, done or frame)
        unread(ans, plan, frame, cov)
    elif isinstance(plan, Recall):  # the notes of doubts come after (a recall of passages keeps their route)
        ans.reading = "The sources of the previous answer" + ans.reading
    elif isinstance(plan, Retrieve) or ans.route == "retrieval":
        ans.reading = ans.reading or f"Passages of the report on: \u201c{frame.text}\u201d"
        _passages(ans, plan, frame, cov)
    elif isinstance(plan, Clarify):
        ans.reading = plan.message
        ans.sure = False
        ans.alternatives = [Alternative(o, o) for o in plan.options[:3]]
    elif not ans.reading:
        ans.reading = refusal_reading(ans)
    if (cov.unknown or cov.aside) and ans.route != "refuse":
        note = f"not read: {', '.join((cov.unknown + cov.aside)[:3])}"
        if _frames_only(ans, plan, frame, cov):
            raised("+words.framing_only")
            ans.reading += f" ({note})"
        else:
            unsure(ans, "words.unknown" if cov.unknown else "words.aside", note)
    half = half_given(frame, cov.unused) if ans.route == "tool" else []
    if half:
        unsure(ans, "words.half_given", f"not read: {', '.join(half[:2])}?")
    if not ans.sure and ans.route != "refuse":
        ans.answer = _unsure_preface(ans) + ans.answer


def _passages(ans: Answer, plan: Plan, frame: Frame, cov: Coverage) -> None:
    """A passage answer is sure as the search made it, unless its plan was a guess and the lead quote does not hold
    the question's topic; a lead quote that holds every topic word makes it sure; one that only announces what
    follows makes it unsure."""
    guess = isinstance(plan, Retrieve) and not plan.sure
    held = guess and lead_holds_topic(ans, frame, cov)
    if held:
        raised("+lead.holds_topic")
    elif guess and lead_holds_every(ans, frame, cov):
        raised("+lead.holds_every_topic_word")
        held = True
    elif guess and mention_found(ans, frame, cov):  # "is crowdfunding mentioned anywhere": the quote is the mention
        raised("+lead.mention_found")
        held = True
    answers = lead_answers(ans, frame, cov)
    if answers:
        raised("+lead.answers")
    # a subject taken from the turn before (``inherited``) stays a guess however well the lead quote answers
    ans.sure = ans.sure and (not guess or held) or answers and not ans.inherited
    if reason_unmarked(ans, plan, frame, cov) and not ans.inherited:
        raised("+lead.reason_unmarked")
        ans.sure = True
    announced = announced_only(ans, frame)
    if announced:
        unsure(ans, "lead.announced_only", f"not quoted: {announced}")
    number = number_unquoted(ans, frame)
    if number:
        doubted(ans, "lead.number_unquoted", f"not quoted: {number}")


def _frames_only(ans: Answer, plan: Plan, frame: Frame, cov: Coverage) -> bool:
    """A passage answer whose unread words only frame the question ("why can't SMEs just stick to …", "what do they
    hope to …"): none stands where its subject or topic stands, and either the lead quote holds most of the topic
    words, or a rule asked for passages (not the router's last resort) and the search found them sure. The words are
    named in the reading; they do not make the answer unsure."""
    if ans.route != "retrieval" or not ans.citations or _subject_unknown(cov, frame.text) or \
            unknown_comparand(cov, frame.text):  # "… for hovercraft makers", "compared to atlantis"
        return False
    return ans.sure and isinstance(plan, Retrieve) and plan.sure or lead_holds_topic(ans, frame, cov)


def _unsure_preface(ans: Answer) -> str:
    """The first lines of an unsure answer: how it was read, that it may be wrong, and the other readings."""
    lines = [f"I read your question as: *{ans.reading}*; I'm not sure that is what you meant."]
    for alt in ans.alternatives:
        lines.append(f"- Or did you mean: *{alt.reading}*? Ask: \u201c{alt.question}\u201d")
    return "\n".join(lines) + "\n\n"


def _tool(ans: Answer, plan: ToolPlan, frame: Frame, done: Frame) -> None:
    if plan.reading:
        ans.reading = f"{ans.reading} ({plan.reading})"
    given = {n.canonical for n in frame.names}
    taken = [v for s in plan.steps for k, v in s.args.items() if k in NAME_KEYS and isinstance(v, str)]
    inherited = [v for v in dict.fromkeys(taken) if v not in given]
    if not frame.relation_said and done.relation is not None and done is not frame:
        inherited.append(_RELATION_WORDS.get(done.relation, done.relation))
    if inherited:
        ans.inherited = ", ".join(inherited)
    judged = check(done, plan)
    if not plan.sure:  # a cue rule's guess
        unsure(ans, "plan.guess.tool")
    if _tied_figures(ans):  # two different figures fit as well
        unsure(ans, "figures.tied")
    if not judged.sure:
        ans.sure = False  # ``check`` raised the signal of each judge that found a mismatch
        ans.alternatives = list(dict.fromkeys([*judged.alternatives, *ans.alternatives]))[:3]  # and the doubts'


def _tied_figures(ans: Answer) -> bool:
    """A figure look-up whose two best figures fit equally well and show different things (the same chart printed
    twice, in the text and in an appendix, is one answer, whatever its dashes)."""
    rows = ans.rows if ans.tool == "figure_lookup" else []
    return len(rows) > 1 and rows[0].get("score") == rows[1].get("score") and \
        _letters(rows[0].get("caption")) != _letters(rows[1].get("caption"))


def _letters(caption: str | None) -> str:
    """A caption's letters and digits only: the text's and the appendix's printing of one chart differ in a dash or
    a hyphen ("South-East Europe", "Southeast Europe")."""
    return re.sub(r"[^a-z0-9]", "", (caption or "").casefold())


def refusal_reading(ans: Answer) -> str:
    """The reading of a refusal, by its reason."""
    return {"empty": "An empty question", "too_long": "A text too long to read as one question",
            "not_english": "A question not in English", "clarify": "A question with more than one reading",
            "unknown_term": "A question about terms the report never uses",
            "unknown_name": "A question naming something that is not one of the report's names",
            "unavailable": "A question that needs the search index, which is not available",
            "internal_error": "A question that failed while being answered",
            }.get(ans.reason or "", "A question the report's tables and text do not answer")
