"""What the last answered turn was about, kept as words a passage search can use, and the narrative follow-up that
leans on it: "why is that?", "what example does it give", "what does it advise cluster managers there to do" ask
for an explanation, name nothing of their own and point back. They are searched with the subject of the turn
before (its names and table, or its words), and the reading names that subject, so the user sees what was searched.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant import cues as C
from assistant.answer import Answer
from assistant.coverage import _WORD, FILLER, report_stems, stem
from assistant.followups import KINDS_OF_RELATION
from assistant.frame import Frame
from assistant.pair_text import PAIR, pair_asked, regions_in
from assistant.plan import Clarify, Recall, Retrieve, ToolPlan
from assistant.state import State

# the kinds of answer a table never gives: a reason, a definition, an example, a piece of advice, a method
_NARRATIVE = ("reason", "definition", "example", "recommendation", "method")
# a general question that asks what the report says of something ("what does it say about them")
_SAYS = re.compile(r"\b(say|says|said|write|writes|wrote|mention\w*|describ\w*|explain\w*|discuss\w*|more about|"
                   r"details?|elaborat\w*)\b")
# words of a turn that say how it leans, not what it is about
_OPENING = re.compile(r"^\W*(?:and|so|ok|okay|then|now|what about|how about|same for)\b\W*", re.IGNORECASE)
_TABLE_WORDS = {"downstream": "downstream", "upstream": "upstream", "aosi": "areas of strong interdependency",
                "rd": "R&D cooperation", "business": "business cooperation", "subtrends": "sub-trends",
                "crossover": "value-chain crossover points", "membership": "regions and their countries"}


# verbs a follow-up asks with ("give me the example it uses", "can u show the one they use"): not its subject
_ASKING_VERBS = frozenset("u use uses used using give gives gave given show shows shown tell tells told provide "
                          "provides offer offers cite cites quote quotes".split())
_SOURCE = re.compile(r"\b(?:figures?|fig|pages?|sections?|chapters?|tables?|charts?|sources?)\b")
# "where does it say that", "where in the report is that": the passage that says what the turn before was about
_WHERE_SAID = re.compile(r"\bwhere\b.*\b(?:say|says|said|written|write|writes|mention\w*|report|text|page|section)\b")


def asks_narrative(text: str) -> bool:
    """The words ask for what only the text gives: a reason, a definition, an example, advice, a method, or what the
    report says of something."""
    # the passage search's own reading of what kind of answer is asked (imported late: the search's package)
    from retrieval.kinds import question_kind

    kind = question_kind(text)
    return kind in _NARRATIVE or kind == "general" and bool(_SAYS.search(text) or _WHERE_SAID.search(text))


def own_first(frame: Frame) -> bool:
    """A narrative follow-up with words of its own ("why is the importance going down for them") is searched on them
    first; one with none ("why is that"), an elliptic one ("and upstream?"), one that asks for an example of what
    it points at ("a concrete example of that the authors mention"), or a yes or no judging "those" the turn before
    gave ("is one of those services enough"), only with the subject before."""
    from assistant.beside import NEARBY_KINDS
    from retrieval.kinds import question_kind

    fu = frame.followup
    if fu.pronoun and question_kind(frame.text) in NEARBY_KINDS:  # "an example of it": the subject is the one before
        return False
    if frame.intent == "yesno" and fu.of_those and not frame.names:  # "is one of those enough": judged of what was given
        return False
    return not bare(frame.text) and not (fu.opener and fu.short)


def bare(text: str) -> bool:
    """The words say only how they ask and what they point at ("why is that", "where does it say that exactly"): no
    word of the report's own of what they are about, so the turn before's subject is all there is to search."""
    from retrieval.kinds import ASKING_WORDS

    words = _WORD.findall(text.lower())
    return not [w for w in words if w not in FILLER and w not in ASKING_WORDS and w not in _ASKING_VERBS
                and stem(w) in report_stems()]


def leans_back(frame: Frame) -> bool:
    """The words point at the turn before and name nothing themselves: "it", "there", "that", "those", "why is
    that", an opening "and"."""
    fu = frame.followup
    return not frame.names and (fu.pronoun or fu.of_those or fu.opener or bool(C.THAT_ANSWER.search(frame.text)))


def narrative_followup(frame: Frame, asked: str, plan, state: State) -> Retrieve | None:
    """The passage search for a question that asks for an explanation of the turn before ("why is that?"), with
    that turn's subject added to its words; None when the question is not of that kind, names its own subject,
    or nothing was answered before. After a passage answer any question that points back and names nothing is
    searched so ("and which one is still lacking", "and upstream?"). A table plan guessed from the pronoun alone
    gives way to an explanation asked: no table gives a reason, an example or advice."""
    swap = swapped(frame, state)
    if swap is not None:  # "and what about logistics there?": the last question again, with the new name in it
        return Retrieve(swap, sure=False)
    last = state.last_answer
    narrative = last is not None and last.route == "retrieval"  # the conversation is about the report's text
    leans = leans_back(frame) or not frame.names and bare(frame.text) or why_of_table(frame, plan, last) or \
        why_of_pair(frame, plan, state)
    if not state.topic or not leans or not (asks_narrative(frame.text) or narrative or judged(frame, plan)):
        return None
    if isinstance(plan, ToolPlan) and (frame.relation_said or not asks_narrative(frame.text)) or \
            isinstance(plan, Recall) or _SOURCE.search(frame.text) and not asks_narrative(frame.text):
        return None  # "why does it push logistics upstream" names a table; "what page", "which figure": a source
    return about_topic(asked, state)


def judged(frame: Frame, plan) -> bool:
    """"so is one of those enough on its own", "are they all needed": a yes or no that judges what the turn before
    gave, pointing at it with nothing named, which no table answers (the plan is a passage search)."""
    fu = frame.followup
    return frame.intent == "yesno" and isinstance(plan, Retrieve) and not frame.names and (fu.of_those or fu.pronoun)


def about_topic(asked: str, state: State) -> Retrieve:
    """The passage search of ``asked`` with the subject of the turn before added to its words (a guess: unsure)."""
    return Retrieve(f"{asked.strip().rstrip('?.! ')} \u2014 about {state.topic}", sure=False)


def _without_opening(asked: str) -> str:
    """A turn's words with its opening ("and", "so", "what about") and closing punctuation left out."""
    return _OPENING.sub("", asked.strip()).rstrip(" ?.!")


def asked_words(asked: str) -> str | None:
    """A turn's own words as a subject to search with, quoted; its opening ("and", "so") left out."""
    words = _without_opening(asked)  # all its words: "figure 9" is as much its subject
    return f"\u201c{words}\u201d" if words else None


def thin(frame: Frame) -> bool:
    """A follow-up with no subject of its own: it points back ("what example do they give for it"), opens with
    "and", or is a few words ("which 4 were green"), and names nothing of the report's."""
    fu = frame.followup
    return not frame.names and not fu.switch and not frame.names_own_subject() and not frame.relation_said and \
        (leans_back(frame) or fu.short or bare(frame.text))  # "which sub-trends?" names a table: not thin


def swapped(frame: Frame, state: State) -> str | None:
    """The last question (a passage answer's) with its one name of a kind replaced by the one name of that kind this
    elliptic turn says ("why is creative industries a mismatch" + "and what about logistics there?" -> "why is
    Logistical Services a mismatch"); None when the turn is not elliptic, names more or other kinds, or the last
    answer was not a passage answer to the question the last frame holds."""
    last, before = state.last_answer, state.last_frame
    fu = frame.followup
    if last is None or last.route != "retrieval" or before is None or len(frame.names) != 1 or \
            not (fu.opener or fu.short or fu.of_those):
        return None
    new = frame.names[0]
    old = [n for n in before.names if n.kind == new.kind]
    if len(old) != 1 or old[0].canonical == new.canonical or \
            not set(_WORD.findall(before.text.lower())) <= set(_WORD.findall(last.question.lower())):
        return None  # the frame kept is another turn's (a table's), not the passage question's
    return before.text[: old[0].start] + new.canonical + before.text[old[0].end:]


def why_of_table(frame: Frame, plan, last: Answer | None) -> bool:
    """"why mostly central eastern europe" after a table answer: a reason asked of what that table showed, which the
    compiler read as a table question again (no table gives a reason), or a search that leans on the turn before ("and
    why so weak with …") or names only what that answer showed; a question naming its own table is not."""
    from retrieval.kinds import REASON, question_kind

    fu = frame.followup
    if last is None or last.route != "tool" or frame.relation_said or question_kind(frame.text) != REASON:
        return False
    # "and why …", "why so weak?", "why so weak with central western": it points back, or names only what the table
    # answer before showed
    return isinstance(plan, ToolPlan) or isinstance(plan, Retrieve) and (
        fu.opener or fu.pronoun or not own_subject(frame.text) and
        all(n.canonical.casefold() in last.answer.casefold() for n in frame.names))


def why_of_pair(frame: Frame, plan, state: State) -> bool:
    """"why so weak?" after a grade asked of two regions, or of one region towards several (the table's answer, a
    passage answer, or a refusal when the table does not hold one of them): a reason asked that names no region
    beyond them, searched as leaning on that turn."""
    from retrieval.kinds import REASON, question_kind

    if not isinstance(plan, Retrieve) or frame.relation or question_kind(frame.text) != REASON or not state.topic:
        return False
    own = regions_in(frame.text)
    return len(pair_asked(frame.text, state.topic)) >= PAIR and {n.canonical for n in frame.names} <= own and \
        not own_subject(frame.text)


# how strong a link is, beside the cooperation legend's own words ("why so low", "why so little with X")
_DEGREE = frozenset("so such only just low lower lowest high higher highest little less least more most much tight "
                    "tighter close closer poor poorly good well bad".split())


def own_subject(text: str) -> bool:
    """The question names a subject of its own ("why do clusters internationalise?"): a word of the report's beyond
    asking words, pointers, region names and how strong a link is (the cooperation legend's words, degree words); such
    a question is a new one, not a reason asked of the grade before ("why so weak with central western")."""
    from retrieval.kinds import ASKING_WORDS
    from tools._data import legend

    told = {w for e in legend("cooperation") for w in _WORD.findall(e.words.lower())}
    regions = {w for r in regions_in(text) for w in _WORD.findall(r.lower())}
    not_own = {stem(w) for w in told | regions | ASKING_WORDS | _ASKING_VERBS | _DEGREE}
    words = [w for w in _WORD.findall(text.lower()) if w not in FILLER and stem(w) not in not_own]
    return any(stem(w) in report_stems() for w in words)


def topic_of(ans: Answer, frame: Frame, asked: str, state: State, leaned: bool) -> str | None:
    """The subject of an answered turn as words to search with: a table answer's names and table, else its own
    title; a passage answer's own words, quoted (a narrative follow-up keeps the subject it leaned on)."""
    own = asked_words(asked) or state.topic
    if ans.route == "tool":
        last = state.last_frame
        names = [n.canonical for n in last.names] if last is not None else []
        words = list(dict.fromkeys(names)) + ([_TABLE_WORDS[last.relation]] if last is not None and
                                               last.relation in _TABLE_WORDS else [])
        # a table answer with no name ("the diff between downstream and upstream"): the words asked, not its title
        return ", ".join(words) if names else own
    if ans.route == "refuse" and ans.reason == "not_in_matrix" and not leaned:
        return own  # "… r&d with east asia - how strong" then "why": the table does not hold it, the text may
    if ans.route != "retrieval" or leaned:
        return state.topic
    return own


def unfinished(asked: str, state: State) -> Clarify:
    """A thin follow-up that neither its own words nor the subject of the turn before find in the report: not a
    refusal naming its function words, but what it was read as (a follow-up to that turn) and what to ask instead."""
    last = state.last_answer
    before = " ".join((last.question if last is not None else "").split()).rstrip(" ?.!")
    words = _without_opening(asked) or asked.strip()
    options = tuple(o for o in (f"{words} \u2014 about {state.topic}" if state.topic else "",
                                f"{before}?" if before else "") if o)
    msg = (f"I read \u201c{words}\u201d as a follow-up to your last question, \u201c{before}\u201d, but found no "
           "passage of the report that answers it about that. Could you say what it is about? For example: "
           + "; ".join(f"\u201c{o}\u201d" for o in options[:2]) + ".")
    return Clarify(msg, options[:3])


def named(frame: Frame) -> bool:
    """A narrative turn that names what it is about, or a table of the report by its relation ("the business
    cooperation matrix"): the next turn may lean on it ("northwest with southwest?")."""
    return bool(frame.names) or frame.relation_said and frame.relation in KINDS_OF_RELATION


def kept_names(frame: Frame, last: Frame | None) -> Frame:
    """A narrative turn that leans on the turn before and names nothing itself ("are they an AOSI anywhere")
    keeps the names it leaned on for the next turn."""
    fu = frame.followup
    if frame.names or last is None or not last.names or not (fu.pronoun or fu.opener or fu.of_those):
        return frame
    return replace(frame, names=last.names)
