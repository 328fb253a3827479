"""Where a word the report never uses stands in a question: as its topic, or as a way of saying it.

A word at the topic's place ("how did covid change …", "what does it say about blockchain", "hydrogen trucks - …",
"satellite and space clusters") is what the question is about: a report that never writes it does not cover the
question. Elsewhere ("an empty cell", "the target audience", "stuff available instantly") it is the user's way of
saying something the report says in its own words, and does not count against the question being covered. The
patterns are generic English; which words the report uses comes from its text (``assistant.coverage.known``).
"""

from __future__ import annotations

import re

from assistant import cues as C
from assistant.coverage import qualifies, subjects

# a verb that names what a question asks about: "does the report discuss the …", "is there anything covering …", "does
# the study look at …", "does it evaluate the …"
_VERB = (r"discuss(?:es|ed|ing)?|mention(?:s|ed|ing)?|cover(?:s|ed|ing)?|address(?:es|ed)?|look(?:s|ed|ing)? (?:at|into)|"
         r"evaluat(?:e|es|ed|ing)|assess(?:es|ed|ing)?|examin(?:e|es|ed|ing)|analy[sz](?:e|es|ed|ing)")
_TOPIC_VERB = re.compile(rf"\b(?:{_VERB})\s+(?:(?:the|a|an|any)\s+)?$", re.IGNORECASE)
# … or a preposition of topic: "anything on …", "what does it say about …"; the agent of a passive: "driven by …"
_TOPIC_BEFORE = re.compile(rf"\b(?:{_VERB}|about|regarding|concerning|on|of|\w+(?:ed|en) by)\s+(?:(?:the|a|an|any)\s+)?$",
                           re.IGNORECASE)
# "what does it say about the …", "during the …": its object after a determiner (a bare "about X" is ``coverage.subjects``'s)
_ABOUT_THE = re.compile(r"\b(?:about|regarding|concerning|during|amid|since)\s+(?:the|a|an|any)\s+$", re.IGNORECASE)
# a programme or a policy named by the word: "the quasar programme", "which chips act measures"
_PROGRAMME_AFTER = re.compile(r"(?:\s+[\w-]+)?\s+(?:programmes?|programs?|acts?|directives?|initiatives?|strateg(?:y|ies)|"
                              r"platforms?|funds?|deals?|agreements?|treat(?:y|ies)|pacts?|regulations?)\b", re.IGNORECASE)
# the question opens with the word, before a noun or a dash ("brexit impact on …", "hydrogen trucks - …"), not as the
# subject of a clause that sets a scene ("client is a …", "client wants to …")
OPENING = re.compile(r"^\W*(?:(?:and|so|but|also|what about|how about|anything on)\s+)?$", re.IGNORECASE)
_CLAUSE_VERB = re.compile(r"\s+(?:is|are|was|were|has|have|had|does|do|did|will|would|can|could|should|may|might|wants?|"
                          r"needs?|makes?|sells?|runs?|thinks?|asks?|says?|plans?|works?|builds?|buys?|here|there)\b", re.IGNORECASE)
# after an auxiliary the clause's subject: "how does <generative AI> change …", "how did the <pandemic> change …"
_AUXILIARY_BEFORE = re.compile(r"\b(?:do|does|did|can|could|will|would|is|are|was|were)\s+$", re.IGNORECASE)
_SUBJECT_AFTER = re.compile(r"\b(?:do|does|did|can|could|will|would)\s+(?:the|a|an)\s+$", re.IGNORECASE)
# words that end a noun phrase: function words, question words and verbs of asking
_NOT_IN_PHRASE = re.compile(r"^(?:the|a|an|and|or|but|in|on|at|of|for|to|from|with|by|as|is|are|was|were|be|do|does|"
                            r"did|has|have|had|it|they|them|this|that|these|those|what|which|who|how|why|when|where|"
                            r"will|would|can|could|should|may|might|not|no|its|their|our|my|your|per)$", re.IGNORECASE)
PHRASE = 2  # words of a noun phrase that may stand between its opening and an unknown word ("the paris climate <agreement>")
# the name of a kind of thing the report is about right after the word, or after up to three more words of a name or
# one word joined by "and/or": "luxembourg clusters", "satellite and space industry clusters"
_NAME_WORD = r"(?!(?:in|of|for|with|to|on|at|by|from|is|are|was|were|the|a|an|and|or|other|which|what|who|how|do|does)\b)[\w&'-]+"
_KIND_AFTER = re.compile(rf"(?:\s+{_NAME_WORD}){{0,3}}?(?:\s*(?:\band\b|\bor\b|&|/)\s*{_NAME_WORD})?\s+(?:clusters?|"
                         r"cluster organi[sz]ations?|industr(?:y|ies)|sectors?|firms|compan(?:y|ies)|(?:mega ?)?trends?|"
                         r"megatrends?)\b", re.IGNORECASE)
# what a question asks the report's view of: "does the report see X as …", "does it treat X as …"
_SEEN_AS = re.compile(r"\b(?:see|sees|view|views|regard|regards|consider|considers|treat|treats|rate|rates|look(?:s|ed)? at)"
                      r"\s+$", re.IGNORECASE)
# a place where something the report counts stands: "organisations from bavaria", "clusters based in lisbon"
_PLACE_OF = re.compile(r"\b(?:clusters?|organi[sz]ations?|firms|companies|members|smes)\s+(?:(?:based|located)\s+)?"
                       r"(?:in|from)\s+(?:the\s+)?$", re.IGNORECASE)


def salient(question: str, words: list[str]) -> list[str]:
    """The ``words`` (unknown to the report) that stand where the question's topic stands."""
    from assistant.understood import topic_at

    text = question.lower()
    return [w for w in words if not scene(question, w) and not negated(question, w) and not predicate(text, w.lower())
            and not before_name(question, w)
            and (subjects(text, [w.lower()]) or topic_at(text, w.lower()) or _in_topic_phrase(question, w)
                 or _KIND_AFTER.match(question, _end(question, w)) and _phrase_opens(question, w)
                 or _PLACE_OF.search(question[: _start(question, w)]) or _seen_as(question, w) or asked_for(question, w))]


def _seen_as(question: str, word: str) -> bool:
    """``word`` is what the question asks the report's view of: "does the study see <X> as …"."""
    return bool(_SEEN_AS.search(question[: _start(question, word)])) and bool(re.match(r"\s+as\b", question[_end(question, word):]))


# what a question asks for by its question word or verb of listing: "what tax incentives …", "list the interreg
# projects …", "name some quantum start-ups"; or the event it asks what came after: "after the pandemic", and a bare
# name of one that ends its phrase: "since covid", "after brexit, …" (``_bare_event``)
_ASKS_FOR = re.compile(r"(?:^|[-–—:;,.?!(]|\b(?:and|so|but|also|please))\W*(?:(?:what|which)(?:\s+(?:kinds?|sorts?|types?)\s+of)?"
                       r"|(?:can you |could you |pls |please )?(?:list|name|give me|show me|tell me)(?:\s+(?:the|all|some|any|"
                       r"a few|all the))?)\s+$|\b(?P<event>after|following|post|since|before)\s+the\s+$", re.IGNORECASE)
_BARE_EVENT = re.compile(rf"\b(?:{C.EVENT_OPENERS})\s+$", re.IGNORECASE)


# words that may stand between the question word and an unknown word of the phrase asked for: none ("what <tax>
# incentives"); further on a word is as often the phrase's own head or the verb after it ("what funding problem
# hampers …")
ASKED = 0


def asked_for(question: str, word: str) -> bool:
    """``word`` stands in the noun phrase a question asks for, up to ``ASKED`` words after its question word or
    verb of listing ("what tax incentives do …", "list the interreg projects linking …"), or names the event it asks
    what came after ("remote working after the pandemic"): not a way of saying what the report says."""
    before = question[: _start(question, word)].split()
    after = question[_end(question, word):]
    for n in range(ASKED + 1):
        if len(before) < n or n and (_NOT_IN_PHRASE.match(before[-n]) or not re.fullmatch(r"[\w&'-]+", before[-n])):
            return False
        m = _ASKS_FOR.search(" ".join(before[: len(before) - n]) + " ")
        joined = _JOINED_NEXT.match(after)  # "which COSME or horizon 2020 calls": one phrase of two names
        if m and (m["event"] or _NOUN_NEXT.match(after) or joined and _NOUN_NEXT.match(after, joined.end())):
            return True
    return _bare_event(question, word)


# a second name joined to the word, with a year or a number of its own: "… or horizon 2020", "… and interreg"
_JOINED_NEXT = re.compile(r"\s*(?:\bor\b|\band\b|/|&)\s*[\w-]+(?:\s+\d{1,4})?(?=\s)", re.IGNORECASE)


def _bare_event(question: str, word: str) -> bool:
    """``word`` alone names the event a question asks what came after or during ("changed since covid", "after brexit,
    who …"): it follows "since", "after" or "during" without a determiner and ends its phrase (no verb follows: "since
    gadgets spread" is a clause)."""
    start = _start(question, word)
    return start < len(question) and bool(_BARE_EVENT.search(question[:start])) \
        and not _NOUN_NEXT.match(question[_end(question, word):])


# the next word goes on the noun phrase: the word is a modifier of what is asked for ("tax incentives", "interreg
# projects"), not a generic noun that only names the kind of answer ("what jobs does it do")
_NOUN_NEXT = re.compile(r"\s+(?!(?:the|a|an|and|or|but|in|on|at|of|for|to|from|with|by|as|is|are|was|were|be|do|does|did|"
                        r"has|have|had|will|would|can|could|should|may|might|that|which|who|it|they|there|about|into|over|under|between|"
                        r"among|across|through|up|out|off|like|than|not|no|so|if|when|where|why|how|what)\b)[a-z][\w&'-]*",
                        re.IGNORECASE)


def scene(question: str, word: str) -> bool:
    """The word opens the question as the subject of a clause that sets a scene ("client is a …", "customer wants to
    …")."""
    return bool(OPENING.match(question[: _start(question, word)]) and _CLAUSE_VERB.match(question, _end(question, word)))


def before_name(question: str, word: str) -> bool:
    """``word`` is a participle qualifying a name of the report's that follows it ("on shrinking product life cycles"):
    the name is the topic (``assistant.coverage.qualifies``)."""
    from assistant.spot import fold, spot

    text = fold(question)  # where the names stand ("client's" folds to fewer letters)
    m = word_at(text, word)
    return bool(m) and qualifies(text, m[0], m.end(), [n.start for n in spot(question)])


# what the question sets aside: "… that isn't about X", "other than X", "rather than the X"
_SET_ASIDE = re.compile(r"(?:\bnot|n't|\bother than|\bapart from|\brather than|\binstead of|\bexcept(?: for)?|\bbesides)"
                        r"(?:\s+about|\s+on|\s+for)?\s+(?:(?:the|a|an|any|its|their)\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def negated(question: str, word: str) -> bool:
    """``word`` is what the question sets aside ("a shift that isn't about quarterly profit"): not its topic."""
    return bool(_SET_ASIDE.search(question[: _start(question, word)]))


def topic_words(question: str, words: list[str]) -> list[str]:
    """The ``words`` that stand as the question's topic beyond doubt: a clause's subject or the object of "about", "of",
    "on" (``coverage.subjects``), a subject after its determiner ("how did the pandemic change …"), what "discuss",
    "mention" or "cover" take, a name before the kind of thing the report is about, a place clusters are from. Not a
    predicate ("… is the cell untouched?"), not a user's abbreviation ("NW", "VC")."""
    text = question.lower()
    return [w for w in words if not predicate(text, w.lower()) and not negated(question, w) and not before_name(question, w)
            and (subjects(text, [w.lower()]) or _opens_topic(question, w) or _PLACE_OF.search(question[: _start(question, w)])
                 or not (w.isupper() and len(w) <= 3) and _KIND_AFTER.match(question, _end(question, w))
                 and _phrase_opens(question, w) or asked_for(question, w) or acronym(question, w) or _seen_as(question, w))]


ACRONYM = 4  # letters at least of a name typed in capitals that is a topic wherever it stands


def acronym(question: str, word: str) -> bool:
    """``word`` is a name typed in capitals (``ACRONYM`` letters or more) that the report never writes and that
    abbreviates none of its terms ("innovation vouchers under XYZW"): what the question names, wherever it stands in
    a clause; not one opening the question or set off by a comma (a remark: "TLDR of …", "…, ASAP please"), nor one
    set beside another word by a slash ("the XYZW / benelux area": another name of a place the report has)."""
    from assistant.incidental import typed_name

    m = word_at(question, word)
    return bool(m) and len(word) >= ACRONYM and typed_name(m[0]) and bool(re.search(r"\w\s+$", question[: m.start()])) \
        and not re.match(r"\s*/", question[m.end():])


# the subject of a clause a question asks how or whether it acts: "look at how <X> is hitting …", "whether <X> will …"
_CLAUSE_OPENS = re.compile(r"\b(?:how|whether|if|why)\s+(?:the\s+)?$", re.IGNORECASE)
_AUXILIARY_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:is|are|was|were|has|have|had|will|would|can|could|may|might)\b", re.IGNORECASE)


def _opens_topic(question: str, word: str) -> bool:
    head = question[: _start(question, word)]
    if _CLAUSE_OPENS.search(head) and _AUXILIARY_AFTER.match(question, _end(question, word)):
        return True
    opens = OPENING.match(head) and not scene(question, word)
    subject = _SUBJECT_AFTER.search(head) and not word.lower().endswith("ed")  # "did the predicted rise …": a modifier
    return bool(opens or subject or _TOPIC_VERB.search(head) or _ABOUT_THE.search(head)
                or _PROGRAMME_AFTER.match(question, _end(question, word))
                or re.search(r"\w+(?:ed|en) by\s+$", head))


# a predicate closing its clause after a copula: "… is untouched?", "are they outdated"; not "what is X?"
_PREDICATE = re.compile(r"\b(?!(?:what|who|which|where|how|why|when|there|here)\b)[\w'-]+\s+(?:is|are|was|were|be|been|"
                        r"seems?|looks?|gets?|got)\s+(?:(?:so|very|too|really|still|now|already)\s+)?$", re.IGNORECASE)


# a progressive verb closing its clause after its subject and auxiliary: "… the story there is fading", "margins are
# shrinking?" ("there" is a place here, not the "there is" of a thing that exists)
_PROGRESSIVE = re.compile(r"\b(?!(?:what|who|which|where|how|why|when|here)\b)[\w'-]+\s+(?:is|are|was|were|be|been)\s+"
                          r"(?:(?:so|very|too|really|still|now|already|slowly|fast)\s+)?$", re.IGNORECASE)


def predicate(text: str, word: str) -> bool:
    """``word`` is a predicate closing its clause after a copula ("… when the economy is bad", "… the growth story
    is fading"), not a subject."""
    before = text[: _start(text, word)]
    copula = _PREDICATE.search(before) or word.lower().endswith("ing") and _PROGRESSIVE.search(before)
    return bool(copula) and \
        bool(re.match(r"\s*(?:$|[,;:?!.)]|(?:and|or|but|now|then|anymore|too)\b)", text[_end(text, word):]))


_FUNCTION_WORDS = frozenset("the a an of in on at to for from with by about and or is are was were do does did which what how "
                            "who why where when that this these those it they their its be has have".split())
ENGLISH = 2  # function words of English a question has at least (another language's question names report names too)


def english(question: str) -> bool:
    """The question is English: an unknown word in it is a topic, not a word of another language ("Welche Megatrends
    beeinflussen …", "Quelles industries sont …")."""
    return sum(w in _FUNCTION_WORDS for w in re.findall(r"[a-z]+", question.lower())) >= ENGLISH


def _in_topic_phrase(question: str, word: str) -> bool:
    """``word`` ends a short noun phrase that opens after a topic verb or preposition ("about generative ai", "discuss
    the paris climate agreement"), or a name (capitals) in the subject after an auxiliary ("does generative AI …")."""
    before = question[: _start(question, word)].split()
    for n in range(PHRASE + 1):
        if len(before) < n or n and (_NOT_IN_PHRASE.match(before[-n]) or not re.fullmatch(r"[\w&'-]+", before[-n])):
            return False
        head = " ".join(before[: len(before) - n]) + " "
        if _TOPIC_BEFORE.search(head) or not n and _SUBJECT_AFTER.search(head) \
                or n and _AUXILIARY_BEFORE.search(head) and word[:1].isupper():
            return True
    return False


def _phrase_opens(question: str, word: str) -> bool:
    """Nothing but a determiner, a preposition or a question word stands between the word and the clause's start."""
    before = question[: _start(question, word)]
    return bool(re.search(r"(?:^|[-–—:;,(]|\b(?:which|what|the|a|an|in|of|for|with|about|on|from|among|between|any|all|"
                          r"some|no|do|does|are|is))\W*$", before, re.IGNORECASE))


def word_at(question: str, word: str) -> re.Match | None:
    """Where ``word`` stands in ``question`` as a whole word, in any case."""
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", question, re.IGNORECASE)


def _start(question: str, word: str) -> int:
    m = word_at(question, word)
    return m.start() if m else len(question)


def _end(question: str, word: str) -> int:
    m = word_at(question, word)
    return m.end() if m else len(question)


TYPO_LENGTH = 6  # a word this long one edit (or two letters swapped) from a word of the report is that word mistyped


def typo(word: str) -> bool:
    """``word`` is a word of the report typed with one letter wrong, missing, added or two letters swapped ("reprot",
    "personalisaton"): not a term the report lacks. Shorter words are left alone ("cell" is not "sell")."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    from retrieval.vocab import report_words

    w = word.lower()
    if len(w) < TYPO_LENGTH or not w.isalpha() or w in report_words():
        return False
    return process.extractOne(w, report_words(), scorer=OSA.distance, score_cutoff=1) is not None
